import type { Audience, Channel, Dependencia } from './data/catalogue'
import {
  ACCOUNTS,
  ADMIN,
  DEMO_PASSWORD,
  ENTITY,
  EXTRA_DEPENDENCIAS,
  JEFE,
  PAST_DELEGATION,
  UPCOMING_DELEGATION
} from './data/office'
import { STRATEGIES, planDescription } from './data/plan'
import type { DemoWorld } from './world'

/** The office is set up a few working days before the first request arrives. */
export const SETUP_DAYS_AGO = 32
const at = (hour: number, minute = 0) => hour * 60 + minute

/** First run, the team's accounts, the entity data, the catalogues and the plan of the vigencia. */
export function scheduleOfficeSetup(world: DemoWorld): void {
  const { office, timeline, calendar } = world
  const [jefe, ...team] = ACCOUNTS
  if (!jefe || jefe.username !== JEFE) throw new Error('Datos de ejemplo: la primera cuenta debe ser la del jefe.')

  timeline.add(SETUP_DAYS_AGO, at(8), async () => {
    const session = await office.call(JEFE, 'app', 'setup', {
      entityName: ENTITY.entityName,
      officeName: ENTITY.officeName,
      jefe: { fullName: jefe.fullName, username: jefe.username, password: DEMO_PASSWORD }
    })
    world.users.set(JEFE, session.id)
  })

  // The jefe opens the administrator's account; the administrator opens everyone else's.
  team.forEach((account, i) => {
    timeline.add(SETUP_DAYS_AGO, at(8, 10 + i * 4), async () => {
      const creator = account.username === ADMIN ? JEFE : ADMIN
      const user = await office.call(creator, 'users', 'create', { ...account, password: DEMO_PASSWORD })
      world.users.set(account.username, user.id)
    })
  })
  team.forEach((account, i) => {
    timeline.add(SETUP_DAYS_AGO, account.username === ADMIN ? at(8, 11) : at(9, 5 + i * 6), async () => {
      await office.call(account.username, 'auth', 'login', { username: account.username, password: DEMO_PASSWORD })
    })
  })

  timeline.add(SETUP_DAYS_AGO, at(8, 20), async () => {
    await office.call(ADMIN, 'settings', 'update', ENTITY)
    for (const name of EXTRA_DEPENDENCIAS) await office.call(ADMIN, 'catalogues', 'create', { kind: 'dependencia', name })
    const items = await office.call(ADMIN, 'catalogues', 'list', {})
    for (const item of items) {
      if (item.kind === 'canal') world.channels.set(item.name as Channel, item.id)
      else if (item.kind === 'grupo_valor') world.audiences.set(item.name as Audience, item.id)
      else world.dependencias.set(item.name as Dependencia, item.id)
    }
  })

  timeline.add(SETUP_DAYS_AGO, at(10), async () => {
    const year = Number(calendar.today.slice(0, 4))
    const plan = await office.call(JEFE, 'plans', 'create', {
      name: `Plan de Comunicaciones ${year}`,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      scope: 'mixta',
      status: 'vigente',
      description: planDescription(year)
    })
    for (const strategy of STRATEGIES) {
      const created = await office.call(JEFE, 'plans', 'createStrategy', {
        planId: plan.id,
        kind: strategy.kind,
        name: strategy.name,
        objective: strategy.objective
      })
      for (const activity of strategy.activities) {
        const { id } = await office.call(JEFE, 'plans', 'createActivity', {
          strategyId: created.id,
          description: activity.description,
          frequency: activity.frequency,
          phvaPhase: activity.phvaPhase,
          channelIds: world.channelIds(activity.channels),
          audienceIds: world.audienceIds(activity.audiences),
          responsibleId: world.userId(activity.responsible),
          goalQuantity: activity.goalQuantity,
          goalUnit: activity.goalUnit
        })
        world.activities.set(activity.key, id)
      }
    }
  })

  timeline.add(PAST_DELEGATION.createdDaysAgo, at(16, 30), async () => {
    await office.call(JEFE, 'delegations', 'create', {
      delegateId: world.userId(PAST_DELEGATION.delegate),
      startsOn: calendar.workday(PAST_DELEGATION.fromDaysAgo),
      endsOn: calendar.workday(PAST_DELEGATION.toDaysAgo),
      note: PAST_DELEGATION.note
    })
  })
  timeline.add(2, at(17), async () => {
    await office.call(JEFE, 'delegations', 'create', {
      delegateId: world.userId(UPCOMING_DELEGATION.delegate),
      startsOn: calendar.fromToday(UPCOMING_DELEGATION.startsInDays),
      endsOn: calendar.fromToday(UPCOMING_DELEGATION.endsInDays),
      note: UPCOMING_DELEGATION.note
    })
  })
}

/** Who reviews on a given working day: the delegate while the jefe was away, unless it is their own piece. */
export function reviewerOn(daysAgo: number, authors: readonly string[]): string {
  const away = daysAgo <= PAST_DELEGATION.fromDaysAgo && daysAgo >= PAST_DELEGATION.toDaysAgo
  return away && !authors.includes(PAST_DELEGATION.delegate) ? PAST_DELEGATION.delegate : JEFE
}
