import type { DeliveryResult } from '../../../shared/contract'
import type { MediaDigest } from '../../../shared/contract/monitoring'
import { formatDate } from '../../../shared/dates'
import { DIGEST_FILE_KIND, DIGEST_NAME } from '../../../shared/domain/monitoring'
import type { AuthedCtx, Core, Trx } from '../../core/context'
import type { Db } from '../../db/connection'
import { notFound } from '../../core/errors'
import { recordAudit } from '../../audit/record'
import { deliverGenerated } from '../../delivery/deliver'
import { insertStoredFile, storeBytes, type ImportedFile } from '../../files'
import { getGenerated } from '../../reports/generated'
import { headerForPdf } from '../../reports/header/queries'
import { loadDigestData } from './data'
import { renderDigestHtml } from './html'
import { renderDigestPdf } from './pdf'

async function insertGenerated(
  trx: Trx,
  ctx: AuthedCtx,
  file: { title: string; fileName: string; stored: ImportedFile; pageCount: number | null; date: string }
): Promise<number> {
  const fileId = await insertStoredFile(trx, file.stored, ctx.nowIso)
  const row = await trx
    .insertInto('generated_files')
    .values({
      kind: DIGEST_FILE_KIND,
      title: file.title,
      file_name: file.fileName,
      file_id: fileId,
      page_count: file.pageCount,
      row_count: null,
      params: JSON.stringify({ date: file.date }),
      created_by: ctx.user.id,
      created_at: ctx.nowIso
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/**
 * Lays out the day's digest as a PDF and as an HTML file for email, keeps both among the
 * generated files (so they can be saved or delivered like any report) and records the pair.
 */
export async function generateDigest(ctx: AuthedCtx, date: string): Promise<MediaDigest> {
  const data = await loadDigestData(ctx.db, date)
  const title = `${DIGEST_NAME} del ${formatDate(date)}`
  const pdf = await renderDigestPdf(
    { header: await headerForPdf(ctx.core), title, generatedBy: ctx.user.fullName, generatedAt: ctx.nowIso },
    data
  )
  const html = Buffer.from(renderDigestHtml(data, ctx.user.fullName, ctx.nowIso), 'utf8')
  const base = `Boletin-medios-${date}`
  const [storedPdf, storedHtml] = await Promise.all([
    storeBytes(ctx.core.filesDir, pdf.bytes, `${base}.pdf`),
    storeBytes(ctx.core.filesDir, html, `${base}.html`)
  ])
  const id = await ctx.db.transaction().execute(async (trx) => {
    const pdfId = await insertGenerated(trx, ctx, { title, fileName: `${base}.pdf`, stored: storedPdf, pageCount: pdf.pageCount, date })
    const htmlId = await insertGenerated(trx, ctx, { title: `${title} (correo)`, fileName: `${base}.html`, stored: storedHtml, pageCount: null, date })
    const row = await trx
      .insertInto('media_digests')
      .values({
        digest_date: date,
        clip_count: data.counts.total,
        pdf_generated_id: pdfId,
        html_generated_id: htmlId,
        created_by: ctx.user.id,
        created_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'monitoring.digest_generated',
      entityType: 'media_digest',
      entityId: row.id,
      summary: `Generó el ${DIGEST_NAME.toLowerCase()} del ${formatDate(date)} con ${data.counts.total} ${data.counts.total === 1 ? 'nota' : 'notas'} (PDF y HTML para correo)`,
      details: { date, counts: data.counts, pdfSha256: storedPdf.sha256, htmlSha256: storedHtml.sha256 }
    })
    return row.id
  })
  return getDigest(ctx.core, id)
}

function digestQuery(db: Db) {
  return db
    .selectFrom('media_digests as m')
    .innerJoin('users as u', 'u.id', 'm.created_by')
    .selectAll('m')
    .select('u.full_name')
}

async function toDigest(core: Core, row: Awaited<ReturnType<ReturnType<typeof digestQuery>['executeTakeFirstOrThrow']>>): Promise<MediaDigest> {
  const [pdf, html] = await Promise.all([getGenerated(core, row.pdf_generated_id), getGenerated(core, row.html_generated_id)])
  return { id: row.id, date: row.digest_date, clipCount: row.clip_count, pdf, html, createdAt: row.created_at, createdByName: row.full_name }
}

export async function getDigest(core: Core, id: number): Promise<MediaDigest> {
  const row = await digestQuery(core.db).where('m.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('el boletín de medios')
  return toDigest(core, row)
}

export async function latestDigest(core: Core, date: string): Promise<MediaDigest | null> {
  const row = await digestQuery(core.db).where('m.digest_date', '=', date).orderBy('m.id', 'desc').executeTakeFirst()
  return row ? toDigest(core, row) : null
}

/** Both files go the way every report goes: straight to the folder, or to the outbox. */
export async function sendDigest(ctx: AuthedCtx, digestId: number, destinationId: number): Promise<DeliveryResult[]> {
  const digest = await getDigest(ctx.core, digestId)
  const results: DeliveryResult[] = []
  for (const file of [digest.pdf, digest.html]) results.push(await deliverGenerated(ctx, file.id, destinationId))
  return results
}
