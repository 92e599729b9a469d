import { formatDate } from '../../shared/dates'
import type { AuthedCtx, Trx } from '../core/context'
import { conflict, forbidden, validation } from '../core/errors'
import { findDuplicates } from './clip-queries'

/** A clip reports what was already published: its date cannot be in the future. */
export function checkClipDate(ctx: AuthedCtx, clipDate: string): void {
  if (clipDate > ctx.today) {
    throw validation('La fecha de la nota no puede ser posterior a hoy.', { clipDate: `Escriba una fecha hasta ${formatDate(ctx.today)}.` })
  }
}

export async function checkDependencia(trx: Trx, dependenciaId: number | null): Promise<void> {
  if (dependenciaId === null) return
  const row = await trx.selectFrom('catalogue_items').select(['kind', 'active']).where('id', '=', dependenciaId).executeTakeFirst()
  if (!row || row.kind !== 'dependencia') {
    throw validation('La dependencia elegida no existe.', { dependenciaId: 'Elija una dependencia de la lista.' })
  }
  if (!row.active) {
    throw validation('La dependencia elegida está inactiva.', { dependenciaId: 'Elija una dependencia activa.' })
  }
}

/**
 * A URL already registered is refused until the user confirms the clip is a different one.
 * Answers whether the URL was already there (and so confirmed).
 */
export async function checkDuplicateUrl(trx: Trx, urlKey: string | null, confirmed: boolean, excludeId?: number): Promise<boolean> {
  if (urlKey === null) return false
  const [first] = await findDuplicates(trx, urlKey, excludeId)
  if (!first) return false
  if (confirmed) return true
  const message = `Esta URL ya está registrada en «${first.headline}» (${first.medium}, ${formatDate(first.clipDate)}).`
  throw conflict(`${message} Si es una nota distinta, confirme que desea registrarla de todos modos.`, { url: message })
}

/** Deleting a clip is for its author or the jefe: others correct it instead. */
export function checkCanDelete(ctx: AuthedCtx, createdBy: number): void {
  if (ctx.user.role !== 'jefe' && ctx.user.id !== createdBy) {
    throw forbidden('Solo quien registró la nota o el jefe de la oficina pueden eliminarla. Puede corregirla con «Editar».')
  }
}
