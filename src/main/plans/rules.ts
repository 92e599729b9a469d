import type { Trx } from '../core/context'
import { conflict, notFound, validation } from '../core/errors'
import { assertCatalogueIds } from '../catalogues/validate'
import { strategyNotFound } from './queries'

export interface OpenPlan {
  id: number
  name: string
}

/** A closed plan is the record of a finished vigencia: nothing in it changes until it is reopened. */
export const planClosed = (name: string) =>
  conflict(`El plan «${name}» está cerrado y no admite cambios. Si necesita corregirlo, reábralo primero cambiando solo su estado.`)

export async function openPlan(trx: Trx, planId: number): Promise<OpenPlan> {
  const plan = await trx.selectFrom('plans').select(['id', 'name', 'status']).where('id', '=', planId).executeTakeFirst()
  if (!plan) throw notFound('el plan')
  if (plan.status === 'cerrado') throw planClosed(plan.name)
  return { id: plan.id, name: plan.name }
}

export async function openStrategy(trx: Trx, strategyId: number): Promise<{ id: number; name: string; plan: OpenPlan }> {
  const strategy = await trx.selectFrom('plan_strategies').select(['id', 'name', 'plan_id']).where('id', '=', strategyId).executeTakeFirst()
  if (!strategy) throw strategyNotFound()
  return { id: strategy.id, name: strategy.name, plan: await openPlan(trx, strategy.plan_id) }
}

export interface ActivityLinks {
  channelIds: readonly number[]
  audienceIds: readonly number[]
  responsibleId: number | null
}

/**
 * Checks only what the edit adds: an item deactivated (or a person who left) after being linked
 * stays on the activity until someone removes it, so old plans can still be edited.
 */
export async function assertActivityLinks(trx: Trx, next: ActivityLinks, current: ActivityLinks | null): Promise<void> {
  const added = (ids: readonly number[], old: readonly number[] | undefined) => ids.filter((id) => !old?.includes(id))
  await assertCatalogueIds(trx, 'canal', added(next.channelIds, current?.channelIds), 'Canales', 'channelIds')
  await assertCatalogueIds(trx, 'grupo_valor', added(next.audienceIds, current?.audienceIds), 'Grupos de valor', 'audienceIds')
  if (next.responsibleId === null || next.responsibleId === current?.responsibleId) return
  const person = await trx.selectFrom('users').select(['full_name', 'active']).where('id', '=', next.responsibleId).executeTakeFirst()
  if (!person) throw validation('El responsable elegido no existe. Actualice la lista y elija de nuevo.', { responsibleId: 'Elija un responsable de la lista.' })
  if (person.active !== 1) {
    throw validation(`La cuenta de ${person.full_name} está desactivada; elija otro responsable.`, { responsibleId: 'La cuenta está desactivada.' })
  }
}
