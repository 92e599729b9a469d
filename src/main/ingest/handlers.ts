import { constants } from 'node:fs'
import { access, stat } from 'node:fs/promises'
import { isAbsolute, resolve } from 'node:path'
import { authorize } from '../auth/permissions'
import { recordAudit } from '../audit/record'
import type { AuthedCtx } from '../core/context'
import { invalidTransition, validation } from '../core/errors'
import type { DomainHandlers } from '../core/handlers'
import { engineOf } from './engine'
import { getIngest, listIngests, type SpeedOf } from './queries'
import { scanFolder } from './scan'
import type { Template } from './store'
import { volumeLabel } from './volume'

const speedOf =
  (ctx: AuthedCtx): SpeedOf =>
  (id, remaining) =>
    engineOf(ctx.core).speed(id, remaining)

async function checkSource(sourcePath: string): Promise<string> {
  if (!isAbsolute(sourcePath)) throw validation('Elija la carpeta de origen con el botón «Elegir carpeta».', { sourcePath: 'Ruta no válida' })
  const path = resolve(sourcePath)
  const info = await stat(path).catch(() => null)
  if (!info) throw validation('No se encontró la carpeta de origen. Revise que la memoria o el disco estén conectados y elíjala de nuevo.', { sourcePath: 'No existe' })
  if (!info.isDirectory()) throw validation('El origen debe ser una carpeta, no un archivo. Elija la carpeta que contiene el material.', { sourcePath: 'No es una carpeta' })
  try {
    await access(path, constants.R_OK | constants.X_OK)
  } catch {
    throw validation('Pauta no tiene permiso para leer esa carpeta. Revise sus permisos o elija otra.', { sourcePath: 'Sin permiso de lectura' })
  }
  return path
}

async function checkTemplate(ctx: AuthedCtx, template: Template): Promise<void> {
  if (template.eventId !== null) {
    const event = await ctx.db.selectFrom('archive_events').select('id').where('id', '=', template.eventId).executeTakeFirst()
    if (!event) throw validation('El evento elegido para la plantilla ya no existe. Elija otro o créelo de nuevo.', { 'template.eventId': 'No existe' })
  }
  if (template.dependenciaId !== null) {
    const dependencia = await ctx.db
      .selectFrom('catalogue_items')
      .select('active')
      .where('id', '=', template.dependenciaId)
      .where('kind', '=', 'dependencia')
      .executeTakeFirst()
    if (!dependencia?.active) throw validation('La dependencia elegida no existe o está inactiva. Elija una dependencia activa.', { 'template.dependenciaId': 'No válida' })
  }
}

// Large ingests insert their items in chunks: SQLite limits the parameters of one statement.
const INSERT_CHUNK = 500

export const ingestHandlers: DomainHandlers<'ingest'> = {
  async chooseSource(ctx) {
    authorize(ctx, 'archive.ingest')
    // Someone choosing a folder is about to import it: the threads start while they decide.
    engineOf(ctx.core).warm()
    const path = await ctx.core.host.chooseFolder({ title: 'Elija la carpeta o la memoria que desea importar' })
    if (!path) return null
    return { path, volumeLabel: await volumeLabel(path) }
  },

  async describeSource(ctx, input) {
    authorize(ctx, 'archive.ingest')
    const path = await checkSource(input.path)
    engineOf(ctx.core).warm()
    return { path, volumeLabel: await volumeLabel(path) }
  },

  async start(ctx, input) {
    authorize(ctx, 'archive.ingest')
    const source = await checkSource(input.sourcePath)
    await checkTemplate(ctx, input.template)
    // The threads start while the folder is scanned, not after.
    engineOf(ctx.core).warm()
    const labelling = volumeLabel(source)
    let files
    try {
      files = await scanFolder(source)
    } catch {
      throw validation('No se pudo leer el contenido de la carpeta de origen. Revise que siga conectada y que tenga permiso para leerla.')
    }
    if (files.length === 0) throw validation('La carpeta de origen no tiene archivos para importar (se omiten los archivos ocultos y del sistema).')
    const label = await labelling
    const totalBytes = files.reduce((sum, f) => sum + f.size, 0)
    const id = await ctx.db.transaction().execute(async (trx) => {
      const ingest = await trx
        .insertInto('ingests')
        .values({
          source_path: source,
          mode: input.mode,
          volume_label: label,
          template: JSON.stringify(input.template),
          state: 'en_curso',
          total_files: files.length,
          total_bytes: totalBytes,
          started_at: ctx.nowIso,
          finished_at: null,
          created_by: ctx.user.id
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (let i = 0; i < files.length; i += INSERT_CHUNK) {
        await trx
          .insertInto('ingest_items')
          .values(files.slice(i, i + INSERT_CHUNK).map((f) => ({ ingest_id: ingest.id, relative_path: f.relativePath, size: f.size, state: 'pendiente' as const, error: '' })))
          .execute()
      }
      const how = input.mode === 'copiar' ? 'copiando los originales al archivo de Pauta' : 'catalogándolos en su lugar'
      await recordAudit(trx, ctx, {
        action: 'ingest.start',
        entityType: 'ingest',
        entityId: ingest.id,
        summary: `Inició la importación de ${files.length} archivos desde ${source}, ${how}.`,
        details: { sourcePath: source, mode: input.mode, files: files.length, bytes: totalBytes, volumeLabel: label, template: input.template }
      })
      return ingest.id
    })
    await engineOf(ctx.core).attach(id)
    return getIngest(ctx.db, id, speedOf(ctx))
  },

  async list(ctx) {
    return listIngests(ctx.db, speedOf(ctx))
  },

  async get(ctx, input) {
    return getIngest(ctx.db, input.id, speedOf(ctx))
  },

  async pause(ctx, input) {
    authorize(ctx, 'archive.ingest')
    const job = await getIngest(ctx.db, input.id, speedOf(ctx))
    if (job.state !== 'en_curso') throw invalidTransition('Solo se puede pausar una importación en curso.')
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('ingests').set({ state: 'pausada' }).where('id', '=', input.id).execute()
      await recordAudit(trx, ctx, { action: 'ingest.pause', entityType: 'ingest', entityId: input.id, summary: `Pausó la importación de ${job.sourcePath}.` })
    })
    engineOf(ctx.core).pause(input.id)
    return getIngest(ctx.db, input.id, speedOf(ctx))
  },

  async resume(ctx, input) {
    authorize(ctx, 'archive.ingest')
    const job = await getIngest(ctx.db, input.id, speedOf(ctx))
    if (job.state !== 'pausada') throw invalidTransition('Solo se puede reanudar una importación en pausa.')
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('ingests').set({ state: 'en_curso' }).where('id', '=', input.id).execute()
      await recordAudit(trx, ctx, { action: 'ingest.resume', entityType: 'ingest', entityId: input.id, summary: `Reanudó la importación de ${job.sourcePath}.` })
    })
    await engineOf(ctx.core).resume(input.id)
    return getIngest(ctx.db, input.id, speedOf(ctx))
  },

  async cancel(ctx, input) {
    authorize(ctx, 'archive.ingest')
    const job = await getIngest(ctx.db, input.id, speedOf(ctx))
    if (job.state !== 'en_curso' && job.state !== 'pausada') throw invalidTransition('Esta importación ya terminó o fue cancelada.')
    await ctx.db.transaction().execute(async (trx) => {
      const skipped = await trx
        .updateTable('ingest_items')
        .set({ state: 'omitido' })
        .where('ingest_id', '=', input.id)
        .where('state', '=', 'pendiente')
        .executeTakeFirst()
      await trx.updateTable('ingests').set({ state: 'cancelada', finished_at: ctx.nowIso }).where('id', '=', input.id).execute()
      await recordAudit(trx, ctx, {
        action: 'ingest.cancel',
        entityType: 'ingest',
        entityId: input.id,
        summary: `Canceló la importación de ${job.sourcePath}; ${Number(skipped.numUpdatedRows)} archivos quedaron sin importar.`
      })
    })
    engineOf(ctx.core).cancel(input.id)
    return getIngest(ctx.db, input.id, speedOf(ctx))
  }
}
