import { describe, expect, it } from 'vitest'
import { bagInfoText, bagSize, encodeManifestPath, manifestText, payloadOxum } from '../../src/main/archive-export/bagit'
import { NameSet } from '../../src/main/archive-export/names'
import { safeName } from '../../src/main/files/safe-name'
import { jpegWithXmp } from '../../src/main/archive-export/worker'
import { escapeXml } from '../../src/main/archive-export/xmp'
import { makePhoto } from '../fixtures/archive/photos'

describe('bag file names', () => {
  it('cleans characters and names Windows refuses', () => {
    expect(safeName('a<b>c:d"e/f\\g|h?i*j.jpg')).toBe('a_b_c_d_e_f_g_h_i_j.jpg')
    expect(safeName('línea\nnueva\t.jpg')).toBe('línea_nueva_.jpg')
    expect(safeName('CON')).toBe('_CON')
    expect(safeName('lpt1.tar.gz')).toBe('_lpt1.tar.gz')
    expect(safeName('console.jpg')).toBe('console.jpg')
    expect(safeName('foto. . ')).toBe('foto')
    expect(safeName('...')).toBe('archivo')
    expect(safeName(`${'á'.repeat(300)}.jpg`)).toHaveLength(150)
  })

  it('numbers collisions, ignoring case, and keeps room for sidecars', () => {
    const names = new NameSet(['metadatos.csv'])
    const sidecar = (n: string) => [`${n}.xmp`]
    expect(names.claim('Foto.jpg', sidecar)).toBe('Foto.jpg')
    expect(names.claim('foto.JPG', sidecar)).toBe('foto (2).JPG')
    expect(names.claim('Foto.jpg.xmp', sidecar)).toBe('Foto.jpg (2).xmp')
    expect(names.claim('METADATOS.csv', sidecar)).toBe('METADATOS (2).csv')
  })
})

describe('BagIt text', () => {
  it('percent-encodes only CR, LF and % in manifest paths', () => {
    expect(encodeManifestPath('data/100%\r\nfoto ñ.jpg')).toBe('data/100%25%0D%0Afoto ñ.jpg')
    expect(manifestText([{ path: 'data/a b.jpg', sha256: 'f'.repeat(64) }])).toBe(`${'f'.repeat(64)}  data/a b.jpg\n`)
  })

  it('computes Payload-Oxum and keeps bag-info values on one line', () => {
    expect(payloadOxum([{ size: 10 }, { size: 5 }])).toBe('15.2')
    expect(bagSize(12_345_678)).toBe('12.3 MB')
    expect(bagSize(999)).toBe('999 bytes')
    expect(bagInfoText([['External-Description', 'Dos\nlíneas ']])).toBe('External-Description: Dos líneas\n')
  })

  it('escapes XML and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">&'\u0001</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;')
  })
})

describe('XMP into a JPEG', () => {
  const segments = (jpeg: Buffer) => {
    const out: string[] = []
    let at = 2
    while (jpeg[at] === 0xff && jpeg[at + 1] !== 0xda) {
      const length = jpeg.readUInt16BE(at + 2)
      const marker = jpeg[at + 1]!
      const body = jpeg.toString('latin1', at + 4, at + 4 + 30)
      out.push(marker === 0xe1 ? (body.startsWith('Exif') ? 'exif' : body.startsWith('http://ns.adobe.com/xap/1.0/') ? 'xmp' : 'app1') : marker.toString(16))
      at += 2 + length
    }
    return out
  }

  it('puts the packet after APP0 and EXIF, replaces the old XMP and keeps the image data', async () => {
    const photo = await makePhoto(3, { artist: 'A', keywords: ['viejo'] })
    expect(segments(photo)).toContain('xmp')
    const copy = jpegWithXmp(photo, '<x:xmpmeta xmlns:x="adobe:ns:meta/"/>')!
    const order = segments(copy)
    expect(order.filter((s) => s === 'xmp')).toHaveLength(1)
    expect(order.indexOf('xmp')).toBe(order.indexOf('exif') + 1)
    expect(copy.includes(Buffer.from('viejo'))).toBe(false)
    const scan = (b: Buffer) => b.subarray(b.indexOf(Buffer.from([0xff, 0xda])))
    expect(scan(copy).equals(scan(photo))).toBe(true)
  })

  it('refuses bytes that are not a JPEG and packets too large for a segment', () => {
    expect(jpegWithXmp(Buffer.from('no soy un jpeg'), '<x/>')).toBeNull()
    expect(jpegWithXmp(Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x04, 0, 0]), 'x'.repeat(70_000))).toBeNull()
  })
})
