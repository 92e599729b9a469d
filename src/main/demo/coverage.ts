import type { CoverageNeed } from '../../shared/domain/coverage'
import type { Dependencia } from './data/catalogue'
import { JEFE, type DemoUser } from './data/office'
import type { ActivityKey } from './data/plan'
import type { DemoWorld } from './world'

/** Who covers each need in the demo office. */
const COVERER: Record<CoverageNeed, DemoUser> = {
  nota_escrita: 'agutierrez',
  fotografia: 'dforero',
  video: 'dforero',
  diseno: 'jcuervo',
  redes_en_vivo: 'srozo'
}

/** How far a coverage got: delivered ones have been accepted and started first. */
type Progress = 'asignada' | 'aceptada' | 'en_curso' | 'entregada'

interface CoverageStory {
  need: CoverageNeed
  progress: Progress
  /** Hours after the event ends that the material is due. */
  dueAfterHours: number
  deliveryNote?: string
}

interface EventStory {
  title: string
  place: string
  dependencia: Dependencia
  activity: ActivityKey
  description: string
  /** Working days before today the event happened (1 = the last working day), or days after today (0 = today). */
  when: { workdaysAgo: number } | { inDays: number }
  start: string
  end: string
  state: 'programado' | 'confirmado' | 'cubierto' | 'aplazado' | 'cancelado'
  coverages: CoverageStory[]
  postponedTo?: { inDays: number; start: string; end: string }
  cancelReason?: string
}

const EVENTS: readonly EventStory[] = [
  {
    title: 'Entrega de kits escolares en la IE Pompilio Martínez',
    place: 'Institución Educativa Pompilio Martínez, sede principal',
    dependencia: 'Secretaría de Educación',
    activity: 'cubrimiento',
    description: 'El alcalde entrega 1.200 kits escolares a estudiantes de primaria de la sede principal.',
    when: { workdaysAgo: 3 },
    start: '09:00',
    end: '11:00',
    state: 'cubierto',
    coverages: [
      { need: 'fotografia', progress: 'entregada', dueAfterHours: 3, deliveryNote: '96 fotografías seleccionadas en la carpeta del evento.' },
      { need: 'nota_escrita', progress: 'entregada', dueAfterHours: 5, deliveryNote: 'Borrador de boletín enviado a revisión.' }
    ]
  },
  {
    title: 'Consejo municipal de gestión del riesgo',
    place: 'Salón del Concejo Municipal',
    dependencia: 'Secretaría de Gobierno',
    activity: 'cubrimiento',
    description: 'Sesión extraordinaria por la temporada de lluvias: reporte de las quebradas y puntos críticos.',
    when: { workdaysAgo: 2 },
    start: '08:00',
    end: '10:00',
    state: 'cubierto',
    coverages: [
      { need: 'video', progress: 'entregada', dueAfterHours: 6, deliveryNote: 'Clip de 90 segundos con las declaraciones del coordinador.' },
      { need: 'nota_escrita', progress: 'entregada', dueAfterHours: 4 }
    ]
  },
  {
    title: 'Inauguración del parque biosaludable de Capellanía',
    place: 'Parque de la vereda Capellanía',
    dependencia: 'Secretaría de Infraestructura',
    activity: 'cubrimiento',
    description: 'Apertura del parque con máquinas biosaludables y actividad de los grupos de adulto mayor.',
    when: { workdaysAgo: 1 },
    start: '10:00',
    end: '12:00',
    state: 'cubierto',
    coverages: [
      { need: 'fotografia', progress: 'entregada', dueAfterHours: 3, deliveryNote: '64 fotografías, con autorizaciones de imagen firmadas.' },
      { need: 'redes_en_vivo', progress: 'entregada', dueAfterHours: 1 },
      { need: 'nota_escrita', progress: 'en_curso', dueAfterHours: 24 }
    ]
  },
  {
    title: 'Jornada de vacunación casa a casa en Chuntame',
    place: 'Vereda Chuntame, salón comunal',
    dependencia: 'Secretaría de Salud',
    activity: 'cubrimiento',
    description: 'Brigada de vacunación contra influenza y sarampión para niños y adultos mayores.',
    when: { inDays: 0 },
    start: '08:00',
    end: '12:00',
    state: 'confirmado',
    coverages: [
      { need: 'fotografia', progress: 'aceptada', dueAfterHours: 4 },
      { need: 'redes_en_vivo', progress: 'asignada', dueAfterHours: 1 },
      { need: 'nota_escrita', progress: 'aceptada', dueAfterHours: 6 }
    ]
  },
  {
    title: 'Rueda de prensa: balance de seguridad del primer trimestre',
    place: 'Despacho del Alcalde, sala de juntas',
    dependencia: 'Despacho del Alcalde',
    activity: 'ruedas',
    description: 'El alcalde y el comandante de Policía presentan las cifras de convivencia y seguridad.',
    when: { inDays: 0 },
    start: '15:00',
    end: '16:00',
    state: 'confirmado',
    coverages: [
      { need: 'video', progress: 'asignada', dueAfterHours: 3 },
      { need: 'nota_escrita', progress: 'asignada', dueAfterHours: 2 }
    ]
  },
  {
    title: 'Festival gastronómico de la fresa',
    place: 'Plaza principal de Cajicá',
    dependencia: 'Secretaría de Desarrollo Económico',
    activity: 'cubrimiento',
    description: 'Muestra de 30 emprendimientos rurales alrededor de la fresa cajiqueña.',
    when: { inDays: 2 },
    start: '10:00',
    end: '17:00',
    state: 'programado',
    coverages: [
      { need: 'fotografia', progress: 'asignada', dueAfterHours: 4 },
      { need: 'diseno', progress: 'asignada', dueAfterHours: 24 }
    ]
  },
  {
    title: 'Cabildo abierto del presupuesto participativo',
    place: 'Coliseo municipal',
    dependencia: 'Secretaría de Planeación',
    activity: 'cubrimiento',
    description: 'Las juntas de acción comunal priorizan las obras del presupuesto participativo.',
    when: { inDays: 1 },
    start: '18:00',
    end: '21:00',
    state: 'aplazado',
    postponedTo: { inDays: 8, start: '18:00', end: '21:00' },
    coverages: [{ need: 'nota_escrita', progress: 'asignada', dueAfterHours: 14 }]
  },
  {
    title: 'Caminata ecológica al cerro de La Cumbre',
    place: 'Sendero del cerro de La Cumbre',
    dependencia: 'Secretaría de Ambiente',
    activity: 'cubrimiento',
    description: 'Recorrido guiado con colegios por el sendero ecológico.',
    when: { inDays: 4 },
    start: '07:00',
    end: '11:00',
    state: 'cancelado',
    cancelReason: 'La Secretaría de Ambiente suspendió la caminata por la temporada de lluvias.',
    coverages: [{ need: 'fotografia', progress: 'asignada', dueAfterHours: 4 }]
  }
]

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
const instant = (date: string, hhmm: string) => `${date}T${hhmm}:00-05:00`
const addHours = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString()

/**
 * A week of the office's agenda around today: three covered events with their material delivered,
 * today's two events with the team assigned, one coming up, one aplazado and one cancelado. Each
 * event is programmed and assigned by the jefe some working days ahead, as the office does.
 */
export function scheduleCoverage(world: DemoWorld): void {
  EVENTS.forEach((story, order) => scheduleEvent(world, story, order))
}

function scheduleEvent(world: DemoWorld, story: EventStory, order: number): void {
  const { timeline, calendar, office } = world
  const past = 'workdaysAgo' in story.when ? story.when.workdaysAgo : null
  const date = past !== null ? calendar.workday(past) : calendar.fromToday('inDays' in story.when ? story.when.inDays : 0)
  const startsAt = instant(date, story.start)
  const endsAt = instant(date, story.end)
  // Programmed a few working days ahead; future events last week.
  const plannedAgo = (past ?? 0) + 4
  let eventId: number | null = null
  const id = () => {
    if (eventId === null) throw new Error(`Datos de ejemplo: el evento «${story.title}» no se programó.`)
    return eventId
  }
  const coverageIds = new Map<CoverageNeed, number>()

  timeline.add(plannedAgo, minutes('08:40') + order * 7, async () => {
    const event = await office.call(JEFE, 'coverage', 'create', {
      title: story.title,
      startsAt,
      endsAt,
      place: story.place,
      dependenciaId: world.dependenciaId(story.dependencia),
      description: story.description,
      planActivityId: world.activityId(story.activity)
    })
    eventId = event.id
    for (const c of story.coverages) {
      const result = await office.call(JEFE, 'coverage', 'assign', {
        eventId: event.id,
        need: c.need,
        assigneeId: world.userId(COVERER[c.need]),
        dueAt: addHours(endsAt, c.dueAfterHours),
        notes: ''
      })
      coverageIds.set(c.need, result.event.coverages.find((x) => x.need === c.need && x.state === 'asignada')!.id)
    }
  })

  // The team accepts the next morning; confirmed events are confirmed the same day.
  timeline.add(plannedAgo - 1, minutes('09:15') + order * 5, async () => {
    if (story.state !== 'programado') await office.call(JEFE, 'coverage', 'confirm', { id: id() })
    for (const c of story.coverages) if (c.progress !== 'asignada') await office.call(COVERER[c.need], 'coverage', 'accept', { coverageId: coverageIds.get(c.need)! })
  })

  if (story.state === 'aplazado' && story.postponedTo) {
    const to = calendar.fromToday(story.postponedTo.inDays)
    timeline.add(plannedAgo - 2, minutes('11:30'), async () => {
      await office.call(JEFE, 'coverage', 'postpone', { id: id(), startsAt: instant(to, story.postponedTo!.start), endsAt: instant(to, story.postponedTo!.end) })
    })
  }
  if (story.state === 'cancelado' && story.cancelReason) {
    timeline.add(plannedAgo - 2, minutes('14:10'), async () => {
      await office.call(JEFE, 'coverage', 'cancel', { id: id(), reason: story.cancelReason! })
    })
  }
  if (past === null) return

  // The day of the event: it starts, the team works, it is covered, and the material arrives.
  timeline.add(past, minutes(story.start), async () => {
    await office.call(JEFE, 'coverage', 'start', { id: id() })
    for (const c of story.coverages) {
      if (c.progress === 'en_curso' || c.progress === 'entregada') await office.call(COVERER[c.need], 'coverage', 'startCoverage', { coverageId: coverageIds.get(c.need)! })
    }
  })
  timeline.add(past, minutes(story.end) + 5, async () => {
    await office.call(JEFE, 'coverage', 'complete', { id: id() })
  })
  story.coverages
    .filter((c) => c.progress === 'entregada')
    .forEach((c, i) => {
      timeline.add(past, minutes(story.end) + 45 + i * 40, async () => {
        await office.call(COVERER[c.need], 'coverage', 'deliver', { coverageId: coverageIds.get(c.need)!, notes: c.deliveryNote ?? '' })
      })
    })
}
