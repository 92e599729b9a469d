import type { InputOf } from '../../shared/contract/define'
import type { Contract } from '../../shared/contract'
import { COMPUTED_SOURCES, periodContaining, periodRange, previousPeriod, type ComputedSource } from '../../shared/domain/indicators'
import type { DemoUser } from './data/office'
import { SETUP_DAYS_AGO } from './office-setup'
import type { DemoWorld } from './world'

type SheetInput = Omit<InputOf<Contract['indicators']['saveSheet']>, 'responsibleId'> & { responsible: DemoUser }

const JEFE: DemoUser = 'crincon'
/** The day after the office starts using Pauta, the jefe moves the indicator sheets in from the old spreadsheet. */
const SHEETS_DAY = SETUP_DAYS_AGO - 1

interface ManualSheet {
  sheet: SheetInput
  /** One value per closed period, oldest first: figures [numerator, denominator] or a plain value. */
  history: ([number, number] | number)[]
  analyses: Record<number, string>
}

/** The process's indicators that are measured outside Pauta (surveys, platforms). */
const MANUAL: ManualSheet[] = [
  {
    sheet: {
      name: 'Satisfacción de las dependencias con los productos de comunicación',
      objective: 'Conocer si las piezas y campañas responden a lo que pidieron las dependencias de la Alcaldía.',
      formula: '(Encuestas con calificación buena o excelente / Encuestas de satisfacción respondidas) × 100',
      type: 'efectividad',
      frequency: 'mensual',
      unit: 'porcentaje',
      direction: 'mayor',
      goal: 90,
      criticalLimit: 75,
      responsible: 'agutierrez'
    },
    history: [
      [22, 25],
      [29, 32],
      [27, 29],
      [18, 20],
      [24, 26],
      [31, 33]
    ],
    analyses: { 3: 'Dos encuestas señalan demoras en los diseños para la Secretaría de Salud.' }
  },
  {
    sheet: {
      name: 'Interacciones promedio por publicación en redes sociales',
      objective: 'Medir cuánto conversa la ciudadanía con los contenidos de la Alcaldía en sus redes.',
      formula: 'Interacciones del mes en Facebook, Instagram y X / Publicaciones del mes',
      type: 'efectividad',
      frequency: 'mensual',
      unit: 'numero',
      direction: 'mayor',
      goal: 120,
      criticalLimit: 80,
      responsible: 'srozo'
    },
    history: [
      [18_900, 140],
      [17_280, 135],
      [16_520, 140],
      [12_610, 130],
      [11_340, 135],
      [9_360, 130]
    ],
    analyses: {
      4: 'Baja el alcance orgánico en Facebook desde el cambio del algoritmo.',
      5: 'Tercer mes a la baja: se propone una acción de mejora con más video corto y transmisiones en vivo de los eventos.'
    }
  }
]

const QUARTERLY: ManualSheet = {
  sheet: {
    name: 'Cumplimiento del plan de comunicación interna',
    objective: 'Verificar que los servidores reciban a tiempo la información institucional prevista.',
    formula: '(Acciones de comunicación interna ejecutadas / Acciones programadas en el trimestre) × 100',
    type: 'eficacia',
    frequency: 'trimestral',
    unit: 'porcentaje',
    direction: 'mayor',
    goal: 95,
    criticalLimit: 80,
    responsible: 'agutierrez'
  },
  history: [
    [18, 19],
    [20, 21]
  ],
  analyses: {}
}

/** Sheets Pauta computes from the demo's own pieces, plan, inquiries, coverages and clips. */
const COMPUTED: { source: ComputedSource; name: string; objective: string; goal: number; criticalLimit: number; responsible: DemoUser }[] = [
  { source: 'publicacion_oportuna', name: 'Oportunidad en la publicación de piezas', objective: 'Que las piezas salgan en la fecha que necesita la dependencia.', goal: 90, criticalLimit: 75, responsible: 'srozo' },
  { source: 'tiempo_aprobacion', name: 'Tiempo de aprobación de contenidos', objective: 'Que la revisión de la jefatura no frene la publicación.', goal: 2, criticalLimit: 4, responsible: JEFE },
  { source: 'piezas_devueltas', name: 'Piezas devueltas para ajustes', objective: 'Reducir los reprocesos en la redacción y el diseño.', goal: 20, criticalLimit: 35, responsible: 'agutierrez' },
  { source: 'ejecucion_plan', name: 'Ejecución del Plan de Comunicaciones', objective: 'Cumplir la frecuencia de las actividades del plan de la vigencia.', goal: 90, criticalLimit: 70, responsible: JEFE },
  { source: 'inquietudes_a_tiempo', name: 'Inquietudes ciudadanas respondidas en término', objective: 'Responder todas las inquietudes que llegan por las redes dentro del término.', goal: 95, criticalLimit: 85, responsible: 'srozo' },
  { source: 'cubrimientos_a_tiempo', name: 'Cubrimientos entregados a tiempo', objective: 'Que el material de los eventos llegue a tiempo para publicarlo.', goal: 90, criticalLimit: 75, responsible: 'dforero' },
  { source: 'medios_favorables', name: 'Favorabilidad de la gestión en medios', objective: 'Seguir el tono con que los medios tratan la gestión de la Alcaldía.', goal: 80, criticalLimit: 65, responsible: 'agutierrez' }
]

/** The first working day of the demo after `isoDate` on which the sheets exist; null when there is none yet. */
function recordingDay(world: DemoWorld, isoDate: string): number | null {
  for (let ago = SHEETS_DAY; ago >= 1; ago--) if (world.calendar.workday(ago) > isoDate) return ago
  return null
}

/** `count` closed periods before the one of `isoDate`, oldest first. */
function closedPeriods(frequency: 'mensual' | 'trimestral', isoDate: string, count: number): string[] {
  const keys: string[] = []
  for (let key = previousPeriod(periodContaining(frequency, isoDate)); keys.length < count; key = previousPeriod(key)) keys.unshift(key)
  return keys
}

function scheduleManual(world: DemoWorld, m: ManualSheet, order: number): void {
  const { responsible, ...sheet } = m.sheet
  const ids: { id?: number } = {}
  world.timeline.add(SHEETS_DAY, 11 * 60 + order, async () => {
    ids.id = (await world.office.call(JEFE, 'indicators', 'saveSheet', { ...sheet, responsibleId: world.userId(responsible) })).id
  })
  const periods = closedPeriods(sheet.frequency === 'trimestral' ? 'trimestral' : 'mensual', world.calendar.today, m.history.length)
  periods.forEach((periodKey, i) => {
    const figures = m.history[i]!
    const ago = recordingDay(world, periodRange(periodKey).to) ?? SHEETS_DAY
    // Periods closed before Pauta arrived are typed in from the spreadsheet on the sheets' day, after the sheets.
    const minutes = ago === SHEETS_DAY ? 14 * 60 + order * 10 + i : 9 * 60 + 30 + order
    world.timeline.add(ago, minutes, async () => {
      await world.office.call(responsible, 'indicators', 'record', {
        sheetId: ids.id!,
        periodKey,
        ...(Array.isArray(figures) ? { numerator: figures[0], denominator: figures[1] } : { value: figures }),
        analysis: m.analyses[i] ?? ''
      })
    })
  })
}

function scheduleComputed(world: DemoWorld, c: (typeof COMPUTED)[number], order: number): void {
  const ids: { id?: number } = {}
  const { unit, direction, formula } = COMPUTED_SOURCES[c.source]
  world.timeline.add(SHEETS_DAY, 12 * 60 + order, async () => {
    const saved = await world.office.call(JEFE, 'indicators', 'saveSheet', {
      name: c.name,
      objective: c.objective,
      formula,
      type: c.source === 'tiempo_aprobacion' ? 'eficiencia' : 'eficacia',
      frequency: 'mensual',
      unit,
      direction,
      goal: c.goal,
      criticalLimit: c.criticalLimit,
      responsibleId: world.userId(c.responsible),
      source: c.source
    })
    ids.id = saved.id
  })
  // On the last working day, after the rest of the office's work, each responsible computes the closed months Pauta has data for.
  const recordOn = world.calendar.workday(1)
  for (const periodKey of closedPeriods('mensual', recordOn, 2)) {
    world.timeline.add(1, 17 * 60 + 30 + order, async () => {
      const figures = await world.office.call(c.responsible, 'indicators', 'compute', { sheetId: ids.id!, periodKey })
      if (figures.value === null) return
      await world.office.call(c.responsible, 'indicators', 'record', { sheetId: ids.id!, periodKey })
    })
  }
}

/** The office's indicator sheets: three measured by hand with months of history (one in red) and seven computed by Pauta. */
export function scheduleIndicators(world: DemoWorld): void {
  MANUAL.forEach((m, i) => scheduleManual(world, m, i))
  scheduleManual(world, QUARTERLY, MANUAL.length)
  COMPUTED.forEach((c, i) => scheduleComputed(world, c, i))
}
