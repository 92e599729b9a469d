import { isoDateInColombia } from '../../shared/dates'
import type { Core, Ctx } from '../core/context'

/** The client id of work Pauta does on its own: scheduled exports, the outbox, the daily backup. */
export const SYSTEM_CLIENT_ID = 'tarea-programada'

/** A call context with no user: its audit entries have no actor. */
export function systemCtx(core: Core, now: Date): Ctx {
  return { core, db: core.db, clientId: SYSTEM_CLIENT_ID, now, nowIso: now.toISOString(), today: isoDateInColombia(now), user: null }
}

/** An audit summary as the history screen shows it: work Pauta did on its own says so. */
export function auditSummary(ctx: Ctx, sentence: string): string {
  if (ctx.user) return sentence
  return `Tarea programada: ${sentence.charAt(0).toLocaleLowerCase('es-CO')}${sentence.slice(1)}`
}
