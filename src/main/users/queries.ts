import type { UserRow } from '../../shared/contract'
import type { Db } from '../db/connection'
import type { UserRecord } from '../db/schema'
import type { Trx } from '../core/context'
import { notFound } from '../core/errors'

const COLUMNS = ['id', 'username', 'full_name', 'role', 'email', 'active', 'created_at'] as const

const toUserRow = (r: Pick<UserRecord, (typeof COLUMNS)[number]>): UserRow => ({
  id: r.id,
  username: r.username,
  fullName: r.full_name,
  role: r.role,
  email: r.email,
  active: r.active === 1,
  createdAt: r.created_at
})

const byName = new Intl.Collator('es-CO', { sensitivity: 'base' })

/** Active accounts first, then by name in Spanish order (SQLite's would put "Ángela" after "Zoe"). */
export async function listUsers(db: Db): Promise<UserRow[]> {
  const rows = await db.selectFrom('users').select(COLUMNS).execute()
  return rows
    .map(toUserRow)
    .sort((a, b) => Number(b.active) - Number(a.active) || byName.compare(a.fullName, b.fullName) || a.id - b.id)
}

export async function getUser(db: Db | Trx, id: number): Promise<UserRow> {
  const row = await db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('el usuario')
  return toUserRow(row)
}
