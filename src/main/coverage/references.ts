import { NEED_LABELS, NEED_ROLES, canCoverNeed, type CoverageNeed } from '../../shared/domain/coverage'
import { ROLE_LABELS, type Role } from '../../shared/domain/roles'
import type { Trx } from '../core/context'
import { validation } from '../core/errors'
import { assertCatalogueIds } from '../catalogues/validate'

/** The optional dependencia and plan activity of an event must exist (and the dependencia be active). */
export async function assertEventReferences(trx: Trx, input: { dependenciaId: number | null; planActivityId: number | null }): Promise<void> {
  if (input.dependenciaId !== null) {
    await assertCatalogueIds(trx, 'dependencia', [input.dependenciaId], 'Dependencia solicitante', 'dependenciaId')
  }
  if (input.planActivityId !== null) {
    const row = await trx
      .selectFrom('plan_activities as a')
      .innerJoin('plan_strategies as s', 's.id', 'a.strategy_id')
      .innerJoin('plans as pl', 'pl.id', 's.plan_id')
      .select('pl.status')
      .where('a.id', '=', input.planActivityId)
      .executeTakeFirst()
    if (!row) {
      throw validation('La actividad del plan elegida no existe. Actualice la lista y elija otra.', {
        planActivityId: 'Elija una actividad del Plan de Comunicaciones.'
      })
    }
    if (row.status === 'cerrado') {
      throw validation('La actividad elegida pertenece a un plan cerrado. Elija una de un plan vigente o en formulación.', {
        planActivityId: 'El plan de esta actividad está cerrado.'
      })
    }
  }
}

const roleList = (roles: readonly Role[]) => roles.map((r) => ROLE_LABELS[r].toLocaleLowerCase('es-CO')).join(' o ')

/** Whoever covers a need is an active account whose role does that work (or the jefe). Answers the name. */
export async function assertAssignee(trx: Trx, assigneeId: number, need: CoverageNeed): Promise<string> {
  const user = await trx.selectFrom('users').select(['full_name', 'role', 'active']).where('id', '=', assigneeId).executeTakeFirst()
  if (!user) throw validation('La persona elegida no existe. Actualice la lista y elija otra.', { assigneeId: 'Elija una persona de la lista.' })
  if (user.active !== 1) {
    throw validation(`${user.full_name} tiene la cuenta desactivada: asigne el cubrimiento a otra persona.`, {
      assigneeId: `${user.full_name} está desactivado(a).`
    })
  }
  if (!canCoverNeed(user.role, need)) {
    const message = `${user.full_name} (${ROLE_LABELS[user.role]}) no cubre «${NEED_LABELS[need]}»: elija a alguien con rol ${roleList(NEED_ROLES[need])}, o al jefe de la oficina.`
    throw validation(message, { assigneeId: message })
  }
  return user.full_name
}
