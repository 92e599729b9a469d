/** What an XMP packet says about an asset: the catalogue's description, in the standard vocabularies. */
export interface XmpFields {
  title: string
  description: string
  keywords: string[]
  creator: string
  credit: string
  copyright: string
  /** ISO date ("aaaa-mm-dd") or instant; null when unknown. */
  dateCreated: string | null
  place: string
  city: string
  people: string[]
  event: string
  consent: string
  consentMinors: boolean
  consentExpiresOn: string | null
  assetId: number
  sha256: string
}

export const PAUTA_XMP_NS = 'https://pauta.gov.co/xmp/archivo/1.0/'

// XML 1.0 allows no control characters but tab, LF and CR, even escaped.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g

export const escapeXml = (text: string): string =>
  text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

const langAlt = (tag: string, value: string) =>
  value ? `   <${tag}><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(value)}</rdf:li></rdf:Alt></${tag}>\n` : ''
const list = (tag: string, kind: 'Bag' | 'Seq', values: string[]) =>
  values.length ? `   <${tag}><rdf:${kind}>${values.map((v) => `<rdf:li>${escapeXml(v)}</rdf:li>`).join('')}</rdf:${kind}></${tag}>\n` : ''
const simple = (tag: string, value: string | null) => (value ? `   <${tag}>${escapeXml(value)}</${tag}>\n` : '')

/**
 * An XMP packet (the same for a sidecar and for a JPEG's APP1 segment): Dublin Core, Photoshop
 * and IPTC Core/Extension properties, and Pauta's event and consent in its own namespace.
 */
export function xmpPacket(f: XmpFields): string {
  const body =
    langAlt('dc:title', f.title) +
    langAlt('dc:description', f.description) +
    list('dc:subject', 'Bag', f.keywords) +
    list('dc:creator', 'Seq', f.creator ? [f.creator] : []) +
    langAlt('dc:rights', f.copyright) +
    simple('photoshop:Credit', f.credit) +
    simple('photoshop:DateCreated', f.dateCreated) +
    simple('photoshop:City', f.city) +
    simple('Iptc4xmpCore:Location', f.place) +
    list('Iptc4xmpExt:PersonInImage', 'Bag', f.people) +
    simple('pauta:Event', f.event) +
    simple('pauta:ConsentStatus', f.consent) +
    simple('pauta:ConsentMinors', f.consentMinors ? 'True' : 'False') +
    simple('pauta:ConsentExpiresOn', f.consentExpiresOn) +
    simple('pauta:AssetId', String(f.assetId)) +
    simple('pauta:MasterSha256', f.sha256)
  return (
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n' +
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n' +
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n' +
    '  <rdf:Description rdf:about=""\n' +
    '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n' +
    '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"\n' +
    '    xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"\n' +
    '    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/"\n' +
    `    xmlns:pauta="${PAUTA_XMP_NS}">\n` +
    body +
    '  </rdf:Description>\n' +
    ' </rdf:RDF>\n' +
    '</x:xmpmeta>\n' +
    '<?xpacket end="w"?>'
  )
}
