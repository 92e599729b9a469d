import { mkdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { authorize } from '../auth/permissions'
import { recordAudit } from '../audit/record'
import { invalidTransition, validation } from '../core/errors'
import type { DomainHandlers } from '../core/handlers'
import { bagFolders, destinationFolder } from './destination'
import { exportWorkerUrl, startExport, stopExport } from './engine'
import { closeInterruptedExports } from './interrupted'
import { hasConsentIssue } from './metadata'
import { NameSet } from './names'
import { getExport, listExports } from './queries'
import { labelOf, loadExportAssets, resolveSelection } from './selection'

// SQLite limits the parameters of one statement.
const INSERT_CHUNK = 400
const PREVIEW_ISSUES = 20

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('es-CO', { maximumFractionDigits: 1 })} MB`

const isFile = (path: string | null) =>
  path === null
    ? Promise.resolve(false)
    : stat(path).then(
        (s) => s.isFile(),
        () => false
      )

export const archiveExportHandlers: DomainHandlers<'archiveExport'> = {
  async preview(ctx, input) {
    authorize(ctx, 'archive.export')
    const ids = await resolveSelection(ctx.db, input.selection, ctx.today)
    const assets = await loadExportAssets(ctx.db, ctx.core.dataDir, ctx.today, ids)
    const present = await Promise.all(assets.map((a) => isFile(a.source)))
    const issues = assets.filter(hasConsentIssue)
    return {
      count: assets.length,
      totalBytes: assets.reduce((sum, a) => sum + a.size, 0),
      offline: present.filter((p) => !p).length,
      consentIssues: issues.slice(0, PREVIEW_ISSUES).map((a) => ({ assetId: a.id, title: labelOf(a), consent: a.consent })),
      consentIssueCount: issues.length
    }
  },

  async chooseFolder(ctx) {
    authorize(ctx, 'archive.export')
    return ctx.core.host.chooseFolder({ title: 'Elija la carpeta donde se guardará el paquete' })
  },

  async start(ctx, input) {
    authorize(ctx, 'archive.export')
    await closeInterruptedExports(ctx.core)
    // A damaged install (no worker file) is refused before anything is written.
    const workerUrl = exportWorkerUrl()
    const folder = await destinationFolder(ctx, input.destination)
    const ids = await resolveSelection(ctx.db, input.selection, ctx.today)
    if (ids.length === 0) throw validation('La selección no tiene materiales. Cambie la búsqueda o seleccione materiales en el archivo.')
    const assets = await loadExportAssets(ctx.db, ctx.core.dataDir, ctx.today, ids)
    const { bagDir, partialDir } = await bagFolders(folder, input.name)
    const names = new NameSet(['metadatos.csv', 'metadatos.json'])
    const bagNames = new Map(assets.map((a) => [a.id, names.claim(a.originalName, (n) => [`${n}.xmp`])]))
    const totalBytes = assets.reduce((sum, a) => sum + a.size, 0)
    const consentIssues = assets.filter(hasConsentIssue).length
    const entity = (await ctx.db.selectFrom('entity_settings').select('entity_name').executeTakeFirst())?.entity_name ?? 'Pauta'
    const id = await ctx.db.transaction().execute(async (trx) => {
      const job = await trx
        .insertInto('archive_exports')
        .values({
          name: input.name,
          destination_path: folder,
          bag_path: bagDir,
          partial_path: partialDir,
          state: 'en_curso',
          xmp_sidecars: input.options.xmpSidecars ? 1 : 0,
          embed_xmp: input.options.embedXmp ? 1 : 0,
          total_files: assets.length,
          total_bytes: totalBytes,
          consent_issues: consentIssues,
          error: null,
          started_at: ctx.nowIso,
          finished_at: null,
          created_by: ctx.user.id
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (let i = 0; i < assets.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('archive_export_assets')
          .values(assets.slice(i, i + INSERT_CHUNK).map((a, j) => ({ export_id: job.id, asset_id: a.id, position: i + j, bag_name: bagNames.get(a.id)! })))
          .execute()
      }
      const consentNote = consentIssues > 0 ? `; ${consentIssues} sin autorización de uso de imagen vigente` : ''
      await recordAudit(trx, ctx, {
        action: 'archive_export.start',
        entityType: 'archive_export',
        entityId: job.id,
        summary: `Inició la exportación del paquete «${input.name}» con ${assets.length} materiales (${megabytes(totalBytes)}) a ${folder}${consentNote}.`,
        details: { bagPath: bagDir, files: assets.length, bytes: totalBytes, consentIssues, options: input.options }
      })
      // Last, so a refused insert leaves no folder behind; a failed mkdir rolls the rows back.
      await mkdir(partialDir)
      await mkdir(join(partialDir, 'data'))
      return job.id
    })
    startExport(ctx, { jobId: id, name: input.name, partialDir, bagDir, assets, bagNames, options: input.options, entity, workerUrl })
    return getExport(ctx.db, id)
  },

  async list(ctx) {
    await closeInterruptedExports(ctx.core)
    return listExports(ctx.db)
  },

  async get(ctx, input) {
    await closeInterruptedExports(ctx.core)
    return getExport(ctx.db, input.id)
  },

  async cancel(ctx, input) {
    authorize(ctx, 'archive.export')
    const job = await getExport(ctx.db, input.id)
    if (job.state !== 'en_curso') throw invalidTransition('Solo se puede cancelar una exportación en curso.')
    await stopExport(ctx.core, input.id)
    const partial = await ctx.db.selectFrom('archive_exports').select('partial_path').where('id', '=', input.id).executeTakeFirstOrThrow()
    await rm(partial.partial_path, { recursive: true, force: true })
    await ctx.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('archive_exports')
        .set({ state: 'cancelada', finished_at: ctx.nowIso })
        .where('id', '=', input.id)
        .where('state', '=', 'en_curso')
        .executeTakeFirst()
      // It finished (or failed) while the worker was being stopped: its outcome stands.
      if (Number(updated.numUpdatedRows) === 0) return
      await recordAudit(trx, ctx, {
        action: 'archive_export.cancel',
        entityType: 'archive_export',
        entityId: input.id,
        summary: `Canceló la exportación del paquete «${job.name}» tras copiar ${job.doneFiles} de ${job.totalFiles} originales; se borró lo escrito.`
      })
    })
    return getExport(ctx.db, input.id)
  }
}
