import { ASSET_KIND_LABELS, CATALOGUE_STATUS_LABELS, CONSENT_LABELS } from '../../shared/domain/archive'
import { DISPOSITION_LABELS } from '../../shared/domain/retention'
import { consentAllowsUse } from '../archive/consent'
import type { ExportAsset } from './selection'
import type { XmpFields } from './xmp'

/** Where one asset ended up in the bag. */
export interface BagEntry {
  asset: ExportAsset
  /** Path of its copy inside the bag, "data/…". */
  path: string
  /** SHA-256 of the copy: the master's, unless the metadata was written into it. */
  copySha256: string
  copySize: number
  metadataEmbedded: boolean
  sidecarPath: string | null
  sidecarSha256: string
  sidecarSize: number
}

export const hasConsentIssue = (a: Pick<ExportAsset, 'consent'>): boolean => !consentAllowsUse(a.consent)

export function xmpFieldsOf(a: ExportAsset): XmpFields {
  return {
    title: a.title,
    description: a.description,
    keywords: a.keywords,
    creator: a.creator,
    credit: a.credit,
    copyright: a.copyright,
    dateCreated: a.capturedOn,
    place: a.place,
    city: a.city,
    people: a.people,
    event: a.event ?? '',
    consent: CONSENT_LABELS[a.consent],
    consentMinors: a.consentMinors,
    consentExpiresOn: a.consentExpiresOn,
    assetId: a.id,
    sha256: a.sha256
  }
}

/** One record per asset: every catalogue field, the consent, the retention serie and both hashes. */
function record(e: BagEntry) {
  const a = e.asset
  return {
    archivo: e.path,
    xmp: e.sidecarPath,
    idPauta: a.id,
    nombreOriginal: a.originalName,
    tipo: ASSET_KIND_LABELS[a.kind],
    mime: a.mime,
    tamanoBytes: a.size,
    sha256Original: a.sha256,
    sha256Copia: e.copySha256,
    metadatosEnLaCopia: e.metadataEmbedded,
    titulo: a.title,
    descripcion: a.description,
    palabrasClave: a.keywords,
    personas: a.people,
    autor: a.creator,
    credito: a.credit,
    derechos: a.copyright,
    fechaCreacion: a.capturedOn,
    fechaHoraCreacion: a.capturedAt,
    lugar: a.place,
    municipio: a.city,
    evento: a.event,
    dependencia: a.dependencia,
    calificacion: a.rating,
    estadoCatalogacion: CATALOGUE_STATUS_LABELS[a.status],
    autorizacionUsoImagen: CONSENT_LABELS[a.consent],
    autorizacionVigente: !hasConsentIssue(a),
    autorizacionMenores: a.consentMinors,
    autorizacionFecha: a.consentGrantedOn,
    autorizacionVence: a.consentExpiresOn,
    autorizacionAlcance: a.consentScope,
    serieRetencion: a.retention ? `${a.retention.code} ${a.retention.serie}` : null,
    subserieRetencion: a.retention?.subserie || null,
    disposicionFinal: a.retention ? DISPOSITION_LABELS[a.retention.disposition] : null,
    ancho: a.width,
    alto: a.height,
    duracionSegundos: a.durationSeconds,
    camara: a.camera,
    latitud: a.gps?.lat ?? null,
    longitud: a.gps?.lon ?? null,
    almacenamiento: a.storageMode === 'copia' ? 'Copia en el archivo de Pauta' : 'Referencia externa',
    unidad: a.volumeLabel
  }
}

type MetadataRecord = ReturnType<typeof record>

export interface PackageInfo {
  name: string
  entity: string
  baggingDate: string
  exportedBy: string
}

export function metadataJson(info: PackageInfo, entries: readonly BagEntry[]): string {
  const records = entries.map(record)
  const document = {
    paquete: {
      nombre: info.name,
      entidad: info.entity,
      fecha: info.baggingDate,
      exportadoPor: info.exportedBy,
      materiales: records.length,
      sinAutorizacionVigente: records.filter((r) => !r.autorizacionVigente).length
    },
    materiales: records
  }
  return `${JSON.stringify(document, null, 2)}\n`
}

const csvCell = (value: MetadataRecord[keyof MetadataRecord]): string => {
  const text = value === null ? '' : Array.isArray(value) ? value.join('; ') : typeof value === 'boolean' ? (value ? 'sí' : 'no') : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** RFC 4180 CSV (comma, CRLF) with a BOM so spreadsheet programs read the accents as UTF-8. */
export function metadataCsv(entries: readonly BagEntry[]): string {
  const records = entries.map(record)
  // Every record has the same keys, in the same order: the first one names the columns.
  const columns = Object.keys(records[0] ?? {}) as (keyof MetadataRecord)[]
  const lines = [columns.join(','), ...records.map((r) => columns.map((c) => csvCell(r[c])).join(','))]
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
