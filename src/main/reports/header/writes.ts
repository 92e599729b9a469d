import { basename } from 'node:path'
import type { ReportHeader } from '../../../shared/contract'
import type { AuthedCtx, Trx } from '../../core/context'
import { formatDate } from '../../../shared/dates'
import { recordAudit } from '../../audit/record'
import { authorize } from '../../auth/permissions'
import { importFile, insertStoredFile } from '../../files'
import { checkLogoFile, LOGO_FILTERS, MAX_LOGO_BYTES } from './logo'
import { getHeader, readHeaderRecord } from './queries'

export interface HeaderFields {
  processName: string
  documentCode: string
  version: string
  versionDate: string | null
}

const FIELD_LABELS: Record<keyof HeaderFields, string> = {
  processName: 'el nombre del proceso',
  documentCode: 'el código del formato',
  version: 'la versión',
  versionDate: 'la fecha de la versión'
}

/** Writes the header row, creating it with the defaults the first time. */
async function saveHeaderRow(trx: Trx, nowIso: string, change: Partial<HeaderFields> & { logoFileId?: number | null }): Promise<void> {
  const current = await readHeaderRecord(trx)
  const values = {
    process_name: change.processName ?? current.processName,
    document_code: change.documentCode ?? current.documentCode,
    version: change.version ?? current.version,
    version_date: change.versionDate !== undefined ? change.versionDate : current.versionDate,
    logo_file_id: change.logoFileId !== undefined ? change.logoFileId : current.logoFileId,
    updated_at: nowIso
  }
  await trx
    .insertInto('report_header')
    .values({ id: 1, ...values })
    .onConflict((oc) => oc.column('id').doUpdateSet(values))
    .execute()
}

const shown = (key: keyof HeaderFields, value: string | null) => (key === 'versionDate' ? formatDate(value) : (value ?? '')) || '(vacío)'

export async function updateHeader(ctx: AuthedCtx, input: HeaderFields): Promise<ReportHeader> {
  authorize(ctx, 'reports.configure')
  return ctx.db.transaction().execute(async (trx) => {
    const before = await readHeaderRecord(trx)
    const keys = Object.keys(FIELD_LABELS) as (keyof HeaderFields)[]
    const changed = keys.filter((k) => before[k] !== input[k])
    if (changed.length === 0) return getHeader(ctx.core, trx)
    await saveHeaderRow(trx, ctx.nowIso, input)
    const described = changed.map((k) => `${FIELD_LABELS[k]} a «${shown(k, input[k])}»`)
    const list = described.length === 1 ? described[0] : `${described.slice(0, -1).join(', ')} y ${described.at(-1)}`
    await recordAudit(trx, ctx, {
      action: 'reports.header_updated',
      entityType: 'report_header',
      entityId: 1,
      summary: `Cambió en el encabezado de los informes ${list}`,
      details: Object.fromEntries(changed.map((k) => [k, { before: before[k], after: input[k] }]))
    })
    return getHeader(ctx.core, trx)
  })
}

export async function chooseLogo(ctx: AuthedCtx): Promise<ReportHeader> {
  authorize(ctx, 'reports.configure')
  const [path] = await ctx.core.host.pickFiles({ title: 'Seleccione el logo de la entidad', filters: LOGO_FILTERS })
  // Closing the picker is a change of mind: the header stays as it was.
  if (path === undefined) return getHeader(ctx.core)
  await checkLogoFile(path)
  const file = await importFile(ctx.core.filesDir, path, { maxBytes: MAX_LOGO_BYTES })
  return ctx.db.transaction().execute(async (trx) => {
    const fileId = await insertStoredFile(trx, file, ctx.nowIso)
    await saveHeaderRow(trx, ctx.nowIso, { logoFileId: fileId })
    await recordAudit(trx, ctx, {
      action: 'reports.logo_changed',
      entityType: 'report_header',
      entityId: 1,
      summary: `Cambió el logo del encabezado de los informes por «${basename(path)}»`,
      details: { fileName: file.originalName, sha256: file.sha256, size: file.size }
    })
    return getHeader(ctx.core, trx)
  })
}

export async function clearLogo(ctx: AuthedCtx): Promise<ReportHeader> {
  authorize(ctx, 'reports.configure')
  return ctx.db.transaction().execute(async (trx) => {
    const before = await readHeaderRecord(trx)
    if (before.logoFileId === null) return getHeader(ctx.core, trx)
    await saveHeaderRow(trx, ctx.nowIso, { logoFileId: null })
    await recordAudit(trx, ctx, {
      action: 'reports.logo_removed',
      entityType: 'report_header',
      entityId: 1,
      summary: 'Quitó el logo del encabezado de los informes',
      details: { fileId: before.logoFileId }
    })
    return getHeader(ctx.core, trx)
  })
}
