import type { Trx } from '../core/context'
import { notFound, validation } from '../core/errors'
import type { RiskType, Treatment } from '../../shared/domain/risks'

/** A responsible must be an active account: a deactivated person cannot run a control or an action. */
export async function activeResponsible(trx: Trx, userId: number, field = 'responsibleId'): Promise<{ id: number; full_name: string }> {
  const user = await trx.selectFrom('users').select(['id', 'full_name', 'active']).where('id', '=', userId).executeTakeFirst()
  if (!user) throw notFound('la persona responsable')
  if (user.active !== 1) {
    throw validation(`La cuenta de ${user.full_name} está inactiva. Elija otra persona responsable.`, { [field]: 'Esta cuenta está inactiva.' })
  }
  return user
}

/**
 * The guide's rules for corruption risks: their impact is never below moderado (a corrupt act
 * always harms the entity), and they cannot be accepted.
 */
export function assertRiskRules(input: { type: RiskType; impact: number; treatment: Treatment }): void {
  if (input.type !== 'corrupcion') return
  if (input.impact < 3) {
    throw validation('Un riesgo de corrupción tiene como mínimo impacto moderado (3), según la guía de Función Pública.', {
      impact: 'En riesgos de corrupción el impacto va de 3 (moderado) a 5 (catastrófico).'
    })
  }
  if (input.treatment === 'aceptar') {
    throw validation('Un riesgo de corrupción no se puede aceptar: elija reducir, evitar o compartir.', {
      treatment: 'Los riesgos de corrupción no admiten aceptación.'
    })
  }
}
