import type { Delegation } from '../../shared/contract'
import type { Db } from '../db/connection'
import type { Trx } from '../core/context'
import { AppError } from '../core/errors'

function delegationsQuery(db: Db | Trx) {
  return db
    .selectFrom('delegations as d')
    .innerJoin('users as u', 'u.id', 'd.delegate_id')
    .select(['d.id', 'd.delegate_id', 'u.full_name', 'd.starts_on', 'd.ends_on', 'd.note', 'd.revoked_at', 'd.created_at'])
}

type DelegationRecord = Awaited<ReturnType<ReturnType<typeof delegationsQuery>['executeTakeFirstOrThrow']>>

const toDelegation = (r: DelegationRecord, today: string): Delegation => ({
  id: r.id,
  delegateId: r.delegate_id,
  delegateName: r.full_name,
  startsOn: r.starts_on,
  endsOn: r.ends_on,
  note: r.note,
  revokedAt: r.revoked_at,
  activeNow: r.revoked_at === null && r.starts_on <= today && today <= r.ends_on,
  createdAt: r.created_at
})

/** Latest first: the ones that matter now are at the top. */
export async function listDelegations(db: Db, today: string): Promise<Delegation[]> {
  const rows = await delegationsQuery(db).orderBy('d.starts_on', 'desc').orderBy('d.id', 'desc').execute()
  return rows.map((r) => toDelegation(r, today))
}

export async function getDelegation(db: Db | Trx, id: number, today: string): Promise<Delegation> {
  const row = await delegationsQuery(db).where('d.id', '=', id).executeTakeFirst()
  if (!row) throw new AppError('NOT_FOUND', 'La delegación no existe. Actualice la lista.')
  return toDelegation(row, today)
}
