import type { Audience, Channel, Dependencia } from './data/catalogue'
import type { DemoUser } from './data/office'
import type { ActivityKey } from './data/plan'
import type { DemoCalendar } from './calendar'
import type { DemoOffice } from './runner'
import { Timeline } from './timeline'

const lookup = <K extends string>(map: Map<K, number>, key: K, what: string): number => {
  const id = map.get(key)
  if (id === undefined) throw new Error(`Datos de ejemplo: falta ${what} «${key}».`)
  return id
}

/**
 * What the demo's stories share: the office that acts, the timeline they are written on, and the
 * ids that earlier events produced (known only once those events have run).
 */
export class DemoWorld {
  readonly timeline: Timeline
  readonly users = new Map<DemoUser, number>()
  readonly channels = new Map<Channel, number>()
  readonly audiences = new Map<Audience, number>()
  readonly dependencias = new Map<Dependencia, number>()
  readonly activities = new Map<ActivityKey, number>()

  constructor(
    readonly office: DemoOffice,
    readonly calendar: DemoCalendar,
    /** A scratch folder for the design files the designers "choose". */
    readonly scratchDir: string
  ) {
    this.timeline = new Timeline(calendar)
  }

  userId = (u: DemoUser) => lookup(this.users, u, 'la cuenta')
  channelIds = (names: readonly Channel[]) => names.map((n) => lookup(this.channels, n, 'el canal'))
  audienceIds = (names: readonly Audience[]) => names.map((n) => lookup(this.audiences, n, 'el grupo de valor'))
  dependenciaId = (name: Dependencia) => lookup(this.dependencias, name, 'la dependencia')
  activityId = (key: ActivityKey) => lookup(this.activities, key, 'la actividad')
}
