import type { Db } from '../db/connection'
import type { Role } from '../../shared/domain/roles'

/**
 * Only the jefe approves, or someone holding a delegation from an active jefe that covers `today`
 * (both ends included) and has not been revoked.
 */
export async function approvalRight(
  db: Db,
  user: { id: number; role: Role },
  today: string
): Promise<{ canApprove: boolean; delegationEndsOn: string | null }> {
  if (user.role === 'jefe') return { canApprove: true, delegationEndsOn: null }
  const delegation = await db
    .selectFrom('delegations as d')
    .innerJoin('users as j', 'j.id', 'd.delegator_id')
    .select('d.ends_on')
    .where('d.delegate_id', '=', user.id)
    .where('d.revoked_at', 'is', null)
    .where('d.starts_on', '<=', today)
    .where('d.ends_on', '>=', today)
    .where('j.role', '=', 'jefe')
    .where('j.active', '=', 1)
    .orderBy('d.ends_on', 'desc')
    .executeTakeFirst()
  return delegation
    ? { canApprove: true, delegationEndsOn: delegation.ends_on }
    : { canApprove: false, delegationEndsOn: null }
}
