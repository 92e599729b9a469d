import type { UserRow } from '../../shared/contract'
import { ROLE_LABELS, type Role } from '../../shared/domain/roles'
import type { AuthedCtx, Trx } from '../core/context'
import { conflict } from '../core/errors'
import { recordAudit } from '../audit/record'
import { hashPassword } from '../auth/password'
import { getUser } from './queries'
import { assertAccountChangeAllowed } from './rules'

const TAKEN = 'Ese usuario ya existe.'

// The column is COLLATE NOCASE and the schema lowercases, so this also catches "Laura" vs "laura".
async function assertUsernameFree(trx: Trx, username: string): Promise<void> {
  const row = await trx.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()
  if (row) throw conflict(`${TAKEN} Elija otro nombre de usuario.`, { username: TAKEN })
}

export async function createUser(
  ctx: AuthedCtx,
  input: { username: string; fullName: string; role: Role; email: string; password: string }
): Promise<UserRow> {
  // Hashing takes tens of milliseconds; done before the transaction so it does not hold the database.
  const passwordHash = await hashPassword(input.password)
  const id = await ctx.db.transaction().execute(async (trx) => {
    await assertUsernameFree(trx, input.username)
    const inserted = await trx
      .insertInto('users')
      .values({
        username: input.username,
        full_name: input.fullName,
        email: input.email,
        role: input.role,
        password_hash: passwordHash,
        active: 1,
        created_at: ctx.nowIso,
        updated_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'users.created',
      entityType: 'user',
      entityId: inserted.id,
      summary: `Creó la cuenta de ${input.fullName} (${input.username}) con el rol ${ROLE_LABELS[input.role]}`,
      details: { username: input.username, role: input.role }
    })
    return inserted.id
  })
  return getUser(ctx.db, id)
}

function describeChanges(before: UserRow, after: { fullName: string; role: Role; email: string; active: boolean }): string[] {
  const changes: string[] = []
  if (before.fullName !== after.fullName) changes.push(`nombre «${before.fullName}» → «${after.fullName}»`)
  if (before.role !== after.role) changes.push(`rol ${ROLE_LABELS[before.role]} → ${ROLE_LABELS[after.role]}`)
  if (before.email !== after.email) changes.push('correo electrónico')
  if (before.active !== after.active) changes.push(after.active ? 'cuenta activada' : 'cuenta desactivada')
  return changes
}

export async function updateUser(
  ctx: AuthedCtx,
  input: { id: number; fullName: string; role: Role; email: string; active: boolean }
): Promise<UserRow> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getUser(trx, input.id)
    const changes = describeChanges(before, input)
    if (changes.length === 0) return
    await assertAccountChangeAllowed(trx, ctx, before, input)
    await trx
      .updateTable('users')
      .set({ full_name: input.fullName, role: input.role, email: input.email, active: input.active ? 1 : 0, updated_at: ctx.nowIso })
      .where('id', '=', input.id)
      .execute()
    await recordAudit(trx, ctx, {
      action: 'users.updated',
      entityType: 'user',
      entityId: input.id,
      summary: `Modificó la cuenta de ${input.fullName}: ${changes.join('; ')}`,
      details: {
        before: { fullName: before.fullName, role: before.role, email: before.email, active: before.active },
        after: { fullName: input.fullName, role: input.role, email: input.email, active: input.active }
      }
    })
  })
  return getUser(ctx.db, input.id)
}

/** Also lifts a lock from failed logins: the person gets a fresh start with the new password. */
export async function resetUserPassword(ctx: AuthedCtx, input: { id: number; password: string }): Promise<null> {
  const target = await getUser(ctx.db, input.id)
  const passwordHash = await hashPassword(input.password)
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ password_hash: passwordHash, failed_logins: 0, locked_until: null, updated_at: ctx.nowIso })
      .where('id', '=', target.id)
      .execute()
    await recordAudit(trx, ctx, {
      action: 'users.password_reset',
      entityType: 'user',
      entityId: target.id,
      summary: `Asignó una nueva contraseña a la cuenta de ${target.fullName}`
    })
  })
  return null
}
