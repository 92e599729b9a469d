import type { SessionUser } from '../../shared/contract'
import { AppError } from '../core/errors'
import type { Ctx } from '../core/context'
import { recordAudit } from '../audit/record'
import { loadSessionUser } from './session-user'
import { verifyPassword } from './password'

/** After this many wrong passwords in a row the account waits, doubling each time, up to 15 min. */
export const FREE_ATTEMPTS = 5
const BASE_LOCK_MS = 30_000
const MAX_LOCK_MS = 15 * 60_000

export function lockDurationMs(failedLogins: number): number {
  if (failedLogins < FREE_ATTEMPTS) return 0
  return Math.min(BASE_LOCK_MS * 2 ** (failedLogins - FREE_ATTEMPTS), MAX_LOCK_MS)
}

const WRONG = 'Usuario o contraseña incorrectos.'

export async function login(ctx: Ctx, username: string, password: string): Promise<SessionUser> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'password_hash', 'active', 'failed_logins', 'locked_until'])
    .where('username', '=', username)
    .executeTakeFirst()
  if (!user) throw new AppError('UNAUTHENTICATED', WRONG)
  if (user.locked_until && user.locked_until > ctx.nowIso) {
    const seconds = Math.ceil((Date.parse(user.locked_until) - ctx.now.getTime()) / 1000)
    throw new AppError('RATE_LIMITED', `Demasiados intentos fallidos. Espere ${seconds} segundos e intente de nuevo.`)
  }
  const ok = await verifyPassword(password, user.password_hash)
  if (!ok) {
    const failed = user.failed_logins + 1
    const lockMs = lockDurationMs(failed)
    await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({ failed_logins: failed, locked_until: lockMs ? new Date(ctx.now.getTime() + lockMs).toISOString() : null })
        .where('id', '=', user.id)
        .execute()
      await recordAudit(trx, ctx, {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user.id,
        summary: `Intento de ingreso fallido (${failed} seguido${failed === 1 ? '' : 's'})`,
        actorId: user.id
      })
    })
    throw new AppError(lockMs ? 'RATE_LIMITED' : 'UNAUTHENTICATED', lockMs ? `${WRONG} Por seguridad espere ${Math.ceil(lockMs / 1000)} segundos antes de intentar de nuevo.` : WRONG)
  }
  if (user.active !== 1) throw new AppError('FORBIDDEN', 'Esta cuenta está desactivada. Pida al jefe de la oficina que la active.')
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute()
    await recordAudit(trx, ctx, { action: 'auth.login', entityType: 'user', entityId: user.id, summary: 'Ingresó a Pauta', actorId: user.id })
  })
  const session = await loadSessionUser(ctx.db, user.id, ctx.today)
  if (!session) throw new AppError('UNAUTHENTICATED', WRONG)
  ctx.core.sessions.signIn(ctx.clientId, user.id)
  return session
}
