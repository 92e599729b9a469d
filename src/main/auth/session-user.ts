import type { Db } from '../db/connection'
import type { SessionUser } from '../../shared/contract'
import { approvalRight } from './approval'

/** The signed-in user as of now, read fresh on every call so deactivation and delegation apply at once. */
export async function loadSessionUser(db: Db, userId: number, today: string): Promise<SessionUser | null> {
  const row = await db
    .selectFrom('users')
    .select(['id', 'username', 'full_name', 'role', 'active'])
    .where('id', '=', userId)
    .executeTakeFirst()
  if (!row || row.active !== 1) return null
  const right = await approvalRight(db, row, today)
  return {
    id: row.id,
    username: row.username,
    fullName: row.full_name,
    role: row.role,
    canApprove: right.canApprove,
    delegationEndsOn: right.delegationEndsOn
  }
}
