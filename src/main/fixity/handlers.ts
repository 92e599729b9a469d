import type { DomainHandlers } from '../core/handlers'
import { authorize } from '../auth/permissions'
import { recordAudit } from '../audit/record'
import type { AuthedCtx } from '../core/context'
import { invalidTransition, validation } from '../core/errors'
import { isActive, startRun, stopRun } from './engine'
import { getRun, getRunDetail, listRuns } from './queries'
import { relocate } from './relocate'
import { readSchedule, toSchedule } from './schedule-store'
import { FIXITY_FREQUENCY_LABELS, WEEKDAY_LABELS } from '../../shared/domain/archive-export'

/** Runs left en curso by a closed or crashed Pauta: nothing is verifying them any more. */
async function closeOrphanRuns(ctx: AuthedCtx): Promise<void> {
  const open = await ctx.db.selectFrom('fixity_runs').select('id').where('state', '=', 'en_curso').execute()
  const orphans = open.filter((r) => !isActive(ctx.core, r.id)).map((r) => r.id)
  if (orphans.length === 0) return
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('fixity_runs').set({ state: 'cancelada', finished_at: ctx.nowIso }).where('id', 'in', orphans).execute()
    for (const id of orphans) {
      await recordAudit(trx, ctx, {
        action: 'fixity.cancel',
        entityType: 'fixity_run',
        entityId: id,
        summary: 'Dio por cancelada una verificación de integridad que quedó interrumpida al cerrar Pauta.'
      })
    }
  })
}

export const fixityHandlers: DomainHandlers<'fixity'> = {
  async run(ctx, input) {
    authorize(ctx, 'archive.fixity')
    await closeOrphanRuns(ctx)
    const running = await ctx.db.selectFrom('fixity_runs').select('id').where('state', '=', 'en_curso').executeTakeFirst()
    if (running) throw invalidTransition('Ya hay una verificación de integridad en curso. Espere a que termine o cancélela.')
    const selection = input.assetIds ? [...new Set(input.assetIds)] : null
    let query = ctx.db.selectFrom('assets').select('id').orderBy('id')
    if (selection) query = query.where('id', 'in', selection)
    const assetIds = (await query.execute()).map((a) => a.id)
    if (selection && assetIds.length !== selection.length) {
      throw validation('Uno de los materiales elegidos ya no está en el archivo. Actualice la búsqueda y elija de nuevo.')
    }
    if (assetIds.length === 0) throw validation('El archivo aún no tiene material para verificar.')
    const scope = selection ? 'seleccion' : 'todo'
    const id = await ctx.db.transaction().execute(async (trx) => {
      const run = await trx
        .insertInto('fixity_runs')
        .values({ scope, state: 'en_curso', total: assetIds.length, started_at: ctx.nowIso, finished_at: null, created_by: ctx.user.id })
        .returning('id')
        .executeTakeFirstOrThrow()
      await recordAudit(trx, ctx, {
        action: 'fixity.start',
        entityType: 'fixity_run',
        entityId: run.id,
        summary: selection
          ? `Inició la verificación de integridad de ${assetIds.length} originales seleccionados.`
          : `Inició la verificación de integridad de todo el archivo (${assetIds.length} originales).`,
        details: { scope, total: assetIds.length, ...(selection ? { assetIds } : {}) }
      })
      return run.id
    })
    startRun(ctx, id, assetIds)
    return getRun(ctx.db, id)
  },

  runs: (ctx) => listRuns(ctx.db),

  get: (ctx, input) => getRunDetail(ctx.db, ctx.core.dataDir, input.id),

  async cancel(ctx, input) {
    authorize(ctx, 'archive.fixity')
    const run = await getRun(ctx.db, input.id)
    if (run.state !== 'en_curso') throw invalidTransition('Solo se puede cancelar una verificación en curso.')
    stopRun(ctx.core, input.id)
    await ctx.db.transaction().execute(async (trx) => {
      await trx.updateTable('fixity_runs').set({ state: 'cancelada', finished_at: ctx.nowIso }).where('id', '=', input.id).execute()
      await recordAudit(trx, ctx, {
        action: 'fixity.cancel',
        entityType: 'fixity_run',
        entityId: input.id,
        summary: `Canceló la verificación de integridad tras revisar ${run.checked} de ${run.total} originales.`
      })
    })
    return getRun(ctx.db, input.id)
  },

  async relocate(ctx, input) {
    authorize(ctx, 'archive.fixity')
    return relocate(ctx, input)
  },

  schedule: async (ctx) => toSchedule(await readSchedule(ctx.db), ctx.now),

  async saveSchedule(ctx, input) {
    authorize(ctx, 'archive.fixity')
    // Only the field the frequency uses is kept, so a later change of frequency starts clean.
    const weekday = input.frequency === 'semanal' ? input.weekday : null
    const monthDay = input.frequency === 'mensual' ? input.monthDay : null
    const previous = await readSchedule(ctx.db)
    await ctx.db.transaction().execute(async (trx) => {
      const values = { frequency: input.frequency, weekday, month_day: monthDay, hour: input.hour, updated_at: ctx.nowIso, updated_by: ctx.user.id }
      await trx
        .insertInto('fixity_schedule')
        .values({ id: 1, ...values, last_run_at: null })
        .onConflict((oc) => oc.column('id').doUpdateSet(values))
        .execute()
      await recordAudit(trx, ctx, {
        action: 'fixity.schedule',
        entityType: 'fixity_schedule',
        entityId: 1,
        summary: scheduleSummary(input.frequency, weekday, monthDay, input.hour),
        details: { before: previous ? { frequency: previous.frequency, weekday: previous.weekday, monthDay: previous.monthDay, hour: previous.hour } : null, after: { frequency: input.frequency, weekday, monthDay, hour: input.hour } }
      })
    })
    return toSchedule(await readSchedule(ctx.db), ctx.now)
  }
}

const hourText = (hour: number) => `${String(hour).padStart(2, '0')}:00`

function scheduleSummary(frequency: keyof typeof FIXITY_FREQUENCY_LABELS, weekday: number | null, monthDay: number | null, hour: number): string {
  if (frequency === 'apagada') return 'Desactivó la verificación de integridad programada.'
  const day = (WEEKDAY_LABELS[weekday ?? 1] ?? '').toLowerCase()
  // "los lunes", "los sábados": only sábado and domingo change in the plural.
  const when = frequency === 'semanal' ? `cada semana, los ${day.endsWith('s') ? day : `${day}s`}` : `cada mes, el día ${monthDay}`
  return `Programó la verificación de integridad de todo el archivo ${when} a las ${hourText(hour)}.`
}
