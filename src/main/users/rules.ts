import type { UserRow } from '../../shared/contract'
import type { Role } from '../../shared/domain/roles'
import type { AuthedCtx, Trx } from '../core/context'
import { AppError, conflict } from '../core/errors'

/**
 * What an account edit may not do: lock its author out (deactivating or re-roling oneself), or
 * leave the office without an active jefe, since only a jefe approves and delegates.
 */
export async function assertAccountChangeAllowed(
  trx: Trx,
  ctx: AuthedCtx,
  before: UserRow,
  after: { role: Role; active: boolean }
): Promise<void> {
  if (before.id === ctx.user.id) {
    if (!after.active) {
      throw new AppError('FORBIDDEN', 'No puede desactivar su propia cuenta. Pida a otro jefe o administrador que lo haga.', {
        active: 'No puede desactivar su propia cuenta.'
      })
    }
    if (after.role !== before.role) {
      throw new AppError('FORBIDDEN', 'No puede cambiar su propio rol. Pida a otro jefe o administrador que lo haga.', {
        role: 'No puede cambiar su propio rol.'
      })
    }
  }
  const losesJefe = before.role === 'jefe' && before.active && (after.role !== 'jefe' || !after.active)
  if (!losesJefe) return
  const others = await trx
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'jefe')
    .where('active', '=', 1)
    .where('id', '<>', before.id)
    .executeTakeFirstOrThrow()
  if (others.n === 0) {
    const field = after.active ? 'role' : 'active'
    throw conflict(
      `${before.fullName} es el único jefe activo de la oficina. Asigne primero el rol de jefe a otra cuenta activa.`,
      { [field]: 'La oficina debe conservar al menos un jefe activo.' }
    )
  }
}
