import type { Delegation } from '../../shared/contract'
import { formatDate } from '../../shared/dates'
import type { AuthedCtx } from '../core/context'
import { conflict, invalidTransition, validation } from '../core/errors'
import { recordAudit } from '../audit/record'
import { getDelegation } from './delegation-queries'
import { getUser } from './queries'

const period = (startsOn: string, endsOn: string) => `del ${formatDate(startsOn)} al ${formatDate(endsOn)}`

export async function createDelegation(
  ctx: AuthedCtx,
  input: { delegateId: number; startsOn: string; endsOn: string; note: string }
): Promise<Delegation> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const delegate = await getUser(trx, input.delegateId)
    if (delegate.id === ctx.user.id) {
      throw validation('No puede delegarse la aprobación a sí mismo. Elija a otra persona de la oficina.', {
        delegateId: 'Elija a otra persona.'
      })
    }
    if (!delegate.active) {
      throw validation(`La cuenta de ${delegate.fullName} está desactivada. Actívela o elija a otra persona.`, {
        delegateId: 'La cuenta está desactivada.'
      })
    }
    if (delegate.role === 'jefe') {
      throw validation(`${delegate.fullName} ya es jefe y puede aprobar sin delegación.`, {
        delegateId: 'Un jefe ya puede aprobar.'
      })
    }
    const overlapping = await trx
      .selectFrom('delegations')
      .select(['starts_on', 'ends_on'])
      .where('delegate_id', '=', delegate.id)
      .where('revoked_at', 'is', null)
      .where('starts_on', '<=', input.endsOn)
      .where('ends_on', '>=', input.startsOn)
      .orderBy('starts_on')
      .executeTakeFirst()
    if (overlapping) {
      throw conflict(
        `${delegate.fullName} ya tiene una delegación ${period(overlapping.starts_on, overlapping.ends_on)} que se cruza con estas fechas. Cambie las fechas o revoque esa delegación primero.`,
        { startsOn: 'Las fechas se cruzan con otra delegación.' }
      )
    }
    const inserted = await trx
      .insertInto('delegations')
      .values({
        delegator_id: ctx.user.id,
        delegate_id: delegate.id,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        note: input.note,
        revoked_at: null,
        created_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'delegations.created',
      entityType: 'delegation',
      entityId: inserted.id,
      summary: `Delegó la aprobación de piezas en ${delegate.fullName} ${period(input.startsOn, input.endsOn)}`,
      details: { delegateId: delegate.id, startsOn: input.startsOn, endsOn: input.endsOn }
    })
    return inserted.id
  })
  return getDelegation(ctx.db, id, ctx.today)
}

export async function revokeDelegation(ctx: AuthedCtx, id: number): Promise<Delegation> {
  await ctx.db.transaction().execute(async (trx) => {
    const delegation = await getDelegation(trx, id, ctx.today)
    if (delegation.revokedAt !== null) throw invalidTransition('Esta delegación ya fue revocada.')
    if (delegation.endsOn < ctx.today) {
      throw invalidTransition(`Esta delegación terminó el ${formatDate(delegation.endsOn)}; ya no hay nada que revocar.`)
    }
    await trx.updateTable('delegations').set({ revoked_at: ctx.nowIso }).where('id', '=', id).execute()
    await recordAudit(trx, ctx, {
      action: 'delegations.revoked',
      entityType: 'delegation',
      entityId: id,
      summary: `Revocó la delegación de aprobación de ${delegation.delegateName} (${period(delegation.startsOn, delegation.endsOn)})`
    })
  })
  return getDelegation(ctx.db, id, ctx.today)
}
