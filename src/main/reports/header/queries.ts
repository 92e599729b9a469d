import { readFile } from 'node:fs/promises'
import type { ReportHeader } from '../../../shared/contract'
import type { Core, Trx } from '../../core/context'
import type { Db } from '../../db/connection'
import { resolveStoredFile } from '../../files'
import type { PdfHeader } from '../pdf/document'

export const DEFAULT_PROCESS_NAME = 'Gestión de Comunicaciones'

interface HeaderRecord {
  entityName: string
  processName: string
  documentCode: string
  version: string
  versionDate: string | null
  logoFileId: number | null
}

/** The header as stored, or the defaults while nobody has configured it. */
export async function readHeaderRecord(db: Db | Trx): Promise<HeaderRecord> {
  const [entity, row] = await Promise.all([
    db.selectFrom('entity_settings').select('entity_name').executeTakeFirst(),
    db.selectFrom('report_header').select(['process_name', 'document_code', 'version', 'version_date', 'logo_file_id']).executeTakeFirst()
  ])
  return {
    entityName: entity?.entity_name ?? '',
    processName: row?.process_name ?? DEFAULT_PROCESS_NAME,
    documentCode: row?.document_code ?? '',
    version: row?.version ?? '',
    versionDate: row?.version_date ?? null,
    logoFileId: row?.logo_file_id ?? null
  }
}

export function toReportHeader(core: Core, record: HeaderRecord): ReportHeader {
  return {
    entityName: record.entityName,
    processName: record.processName,
    documentCode: record.documentCode,
    version: record.version,
    versionDate: record.versionDate,
    logoUrl: record.logoFileId === null ? null : core.host.mediaUrl(record.logoFileId)
  }
}

export async function getHeader(core: Core, db: Db | Trx = core.db): Promise<ReportHeader> {
  return toReportHeader(core, await readHeaderRecord(db))
}

/**
 * The header with the logo's bytes. A logo whose file went missing from the data folder is left
 * out rather than stopping the report.
 */
export async function headerForPdf(core: Core): Promise<PdfHeader> {
  const record = await readHeaderRecord(core.db)
  let logo: Buffer | null = null
  if (record.logoFileId !== null) {
    const file = await resolveStoredFile(core.db, core.filesDir, record.logoFileId)
    if (file) logo = await readFile(file.path).catch(() => null)
  }
  return { ...record, logo }
}
