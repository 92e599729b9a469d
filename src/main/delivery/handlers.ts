import type { DomainHandlers } from '../core/handlers'
import type { AuthedCtx } from '../core/context'
import { forbidden, notFound } from '../core/errors'
import { authorize, hasPermission } from '../auth/permissions'
import { deliverGenerated, saveGeneratedAs } from './deliver'
import { checkFolder, createDestination, getDestination, listDestinations, updateDestination } from './destinations'
import { cancelItem, retryNow } from './outbox'
import { listOutbox } from './outbox-queries'
import { listSchedules, saveSchedule } from './schedules'

/** Whoever may send files or manage destinations may push a queued file again. */
function authorizeOutboxWork(ctx: AuthedCtx): void {
  if (hasPermission(ctx.user.role, 'reports.generate') || hasPermission(ctx.user.role, 'delivery.manage')) return
  throw forbidden('Su rol no permite enviar archivos a las carpetas compartidas.')
}

export const deliveryHandlers: DomainHandlers<'delivery'> = {
  destinations: async (ctx) => listDestinations(ctx.db),

  async createDestination(ctx, input) {
    authorize(ctx, 'delivery.manage')
    return createDestination(ctx, input)
  },

  async updateDestination(ctx, input) {
    authorize(ctx, 'delivery.manage')
    return updateDestination(ctx, input)
  },

  async chooseFolder(ctx) {
    authorize(ctx, 'delivery.manage')
    return ctx.core.host.chooseFolder({ title: 'Elija la carpeta' })
  },

  async checkDestination(ctx, input) {
    authorize(ctx, 'delivery.manage')
    const destination = await getDestination(ctx.db, input.id)
    return checkFolder(destination.path)
  },

  async deliver(ctx, input) {
    authorize(ctx, 'reports.generate')
    return deliverGenerated(ctx, input.fileId, input.destinationId)
  },

  async saveAs(ctx, input) {
    authorize(ctx, 'reports.generate')
    return saveGeneratedAs(ctx, input.fileId)
  },

  outbox: async (ctx, input) => listOutbox(ctx.db, input.includeDone),

  async retry(ctx, input) {
    authorizeOutboxWork(ctx)
    return retryNow(ctx, input.id)
  },

  async cancel(ctx, input) {
    const row = await ctx.db.selectFrom('outbox').select('created_by').where('id', '=', input.id).executeTakeFirst()
    if (!row) throw notFound('el envío de la bandeja de salida')
    if (row.created_by !== ctx.user.id && !hasPermission(ctx.user.role, 'delivery.manage')) {
      throw forbidden('Solo quien envió el archivo, el jefe de la oficina o un administrador pueden cancelar este envío.')
    }
    return cancelItem(ctx, input.id)
  },

  schedules: async (ctx) => listSchedules(ctx.db, ctx.today),

  async saveSchedule(ctx, input) {
    authorize(ctx, 'delivery.manage')
    return saveSchedule(ctx, input)
  }
}
