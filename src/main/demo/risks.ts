import type { InputOf } from '../../shared/contract/define'
import type { Contract } from '../../shared/contract'
import { JEFE, type DemoUser } from './data/office'
import type { DemoWorld } from './world'

type RiskInput = InputOf<Contract['risks']['create']>
type ControlInput = Omit<InputOf<Contract['risks']['addControl']>, 'riskId' | 'responsibleId'> & { responsible: DemoUser }

interface RiskStory {
  risk: RiskInput
  controls: ControlInput[]
}

const REGISTERED_DAYS_AGO = 26
const FOLLOW_UP_DAYS_AGO = 3
const at = (hour: number, minute = 0) => hour * 60 + minute

/** The process's usual risks (characterisation of Gestión de Comunicaciones Estratégicas). */
const RISKS: RiskStory[] = [
  {
    risk: {
      description: 'Publicar información institucional sin la aprobación del jefe de la oficina o su delegado',
      type: 'imagen',
      causes: 'Urgencia de publicar en redes; desconocimiento del flujo de aprobación por parte de las secretarías',
      consequences: 'Pérdida de credibilidad de la Alcaldía; rectificaciones públicas',
      probability: 3,
      impact: 4,
      treatment: 'reducir'
    },
    controls: [
      {
        description: 'El jefe de la oficina (o su delegado) aprueba en Pauta el contenido y el diseño de cada pieza antes de publicarla',
        responsible: JEFE,
        type: 'preventivo',
        implementation: 'manual',
        documentation: 'documentado',
        frequency: 'continua',
        evidence: 'con_registro'
      },
      {
        description: 'Revisión diaria de lo publicado en redes contra las piezas aprobadas',
        responsible: 'srozo',
        type: 'detectivo',
        implementation: 'manual',
        documentation: 'documentado',
        frequency: 'continua',
        evidence: 'con_registro'
      }
    ]
  },
  {
    risk: {
      description: 'Difundir información inexacta o desactualizada sobre trámites y servicios',
      type: 'operativo',
      causes: 'Datos entregados tarde o incompletos por las dependencias; falta de verificación con la fuente',
      consequences: 'Ciudadanos mal informados; quejas y PQRS; reprocesos',
      probability: 4,
      impact: 3,
      treatment: 'reducir'
    },
    controls: [
      {
        description: 'Verificación de datos, fechas y cifras con el líder de la fuente antes de enviar a revisión (lista de chequeo de la pieza)',
        responsible: 'agutierrez',
        type: 'preventivo',
        implementation: 'manual',
        documentation: 'documentado',
        frequency: 'continua',
        evidence: 'con_registro'
      },
      {
        description: 'Publicación de la fe de erratas y corrección de la pieza dentro de las 24 horas siguientes',
        responsible: 'srozo',
        type: 'correctivo',
        implementation: 'manual',
        documentation: 'sin_documentar',
        frequency: 'aleatoria',
        evidence: 'con_registro'
      }
    ]
  },
  {
    risk: {
      description: 'Pérdida o daño del material audiovisual del archivo institucional',
      type: 'seguridad_informacion',
      causes: 'Tarjetas de memoria sin descargar; copias en equipos personales; falla de disco',
      consequences: 'Pérdida de la memoria institucional; incumplimiento de la Tabla de Retención Documental',
      probability: 2,
      impact: 4,
      treatment: 'reducir'
    },
    controls: [
      {
        description: 'Verificación de integridad (fixity) del archivo audiovisual y copia de seguridad semanal',
        responsible: 'gsandoval',
        type: 'detectivo',
        implementation: 'automatico',
        documentation: 'documentado',
        frequency: 'continua',
        evidence: 'con_registro'
      }
    ]
  },
  {
    risk: {
      description: 'Uso de la imagen de menores o de ciudadanos sin autorización (Ley 1581 de 2012)',
      type: 'cumplimiento',
      causes: 'Cubrimientos sin formato de autorización; desconocimiento de la norma de datos personales',
      consequences: 'Reclamaciones y sanciones de la Superintendencia de Industria y Comercio',
      probability: 2,
      impact: 3,
      treatment: 'reducir'
    },
    controls: []
  }
]

/** What each control's responsible found in the last follow-up. */
const FOLLOW_UPS: { risk: number; control: number; executed: boolean; evidence: string; observation: string }[] = [
  { risk: 0, control: 0, executed: true, evidence: 'Aprobaciones de contenido y diseño registradas en Pauta', observation: '' },
  { risk: 0, control: 1, executed: true, evidence: 'Bitácora de revisión de redes', observation: 'Sin publicaciones fuera del flujo en el periodo.' },
  { risk: 1, control: 0, executed: false, evidence: '', observation: 'Dos piezas de la Secretaría de Salud se enviaron sin verificar las fechas con la fuente.' },
  { risk: 2, control: 0, executed: true, evidence: 'Informe de la verificación de integridad del archivo', observation: '' }
]

/**
 * The risk matrix with its controls and a round of follow-ups, and the improvement plan: a finding
 * from the internal audit whose action is late, and one from the inaccurate-information risk with
 * actions under way (one of them due this week).
 */
export function scheduleRisks(world: DemoWorld): void {
  const { office, timeline, calendar } = world
  const riskIds: number[] = []
  const controlIds: number[][] = []

  RISKS.forEach((story, i) => {
    timeline.add(REGISTERED_DAYS_AGO, at(15, i * 10), async () => {
      let detail = await office.call(JEFE, 'risks', 'create', story.risk)
      for (const { responsible, ...control } of story.controls) {
        detail = await office.call(JEFE, 'risks', 'addControl', { ...control, riskId: detail.id, responsibleId: world.userId(responsible) })
      }
      riskIds[i] = detail.id
      controlIds[i] = detail.controls.map((c) => c.id)
    })
  })

  FOLLOW_UPS.forEach((f, i) => {
    const story = RISKS[f.risk]!
    const responsible = story.controls[f.control]!.responsible
    timeline.add(FOLLOW_UP_DAYS_AGO, at(16, i * 7), async () => {
      const controlId = controlIds[f.risk]?.[f.control]
      if (controlId === undefined) throw new Error('Datos de ejemplo: el control no se creó.')
      await office.call(responsible, 'risks', 'recordFollowUp', {
        controlId,
        followedOn: calendar.workday(FOLLOW_UP_DAYS_AGO),
        executed: f.executed,
        evidence: f.evidence,
        observation: f.observation
      })
    })
  })

  timeline.add(20, at(11), async () => {
    const finding = await office.call(JEFE, 'improvement', 'create', {
      description: 'Tres boletines de prensa se publicaron en fin de semana sin el visto bueno registrado de la jefe',
      source: 'auditoria',
      sourceDetail: 'Auditoría interna de gestión, Oficina de Control Interno',
      cause: 'No había un turno de aprobación para fines de semana y festivos',
      actionType: 'correctiva',
      identifiedOn: calendar.workday(20)
    })
    await office.call(JEFE, 'improvement', 'addAction', {
      findingId: finding.id,
      description: 'Definir el turno de aprobación de fines de semana y festivos con delegación en Pauta',
      responsibleId: world.userId('agutierrez'),
      startsOn: calendar.workday(20),
      dueOn: calendar.fromToday(-4)
    })
  })

  timeline.add(8, at(17), async () => {
    const [finding] = await office.call(JEFE, 'improvement', 'list', { state: 'abierto' })
    const action = finding && (await office.call(JEFE, 'improvement', 'get', { id: finding.id })).actions[0]
    if (!action) throw new Error('Datos de ejemplo: falta la acción del hallazgo de auditoría.')
    await office.call('agutierrez', 'improvement', 'recordProgress', {
      actionId: action.id,
      progress: 60,
      evidence: 'Borrador del turno de fines de semana enviado a la jefe para su revisión'
    })
  })

  timeline.add(FOLLOW_UP_DAYS_AGO, at(17, 30), async () => {
    const riskId = riskIds[1]
    if (riskId === undefined) throw new Error('Datos de ejemplo: el riesgo de información inexacta no se creó.')
    let finding = await office.call(JEFE, 'improvement', 'create', {
      description: 'El control de verificación con la fuente no se ejecutó en dos piezas de la Secretaría de Salud',
      source: 'riesgo',
      sourceDetail: '',
      riskId,
      cause: 'Las piezas urgentes se enviaron a revisión sin la lista de chequeo completa',
      actionType: 'preventiva',
      identifiedOn: calendar.workday(FOLLOW_UP_DAYS_AGO)
    })
    finding = await office.call(JEFE, 'improvement', 'addAction', {
      findingId: finding.id,
      description: 'Taller con los enlaces de comunicaciones de las secretarías sobre la verificación de datos',
      responsibleId: world.userId('agutierrez'),
      startsOn: calendar.workday(FOLLOW_UP_DAYS_AGO),
      dueOn: calendar.fromToday(4)
    })
    finding = await office.call(JEFE, 'improvement', 'addAction', {
      findingId: finding.id,
      description: 'Incluir en la plantilla de solicitud la persona que valida los datos en la dependencia',
      responsibleId: world.userId('srozo'),
      startsOn: calendar.workday(FOLLOW_UP_DAYS_AGO),
      dueOn: calendar.fromToday(20)
    })
    const template = finding.actions.find((a) => a.responsibleId === world.userId('srozo'))
    if (!template) throw new Error('Datos de ejemplo: falta la acción de la plantilla.')
    await office.call('srozo', 'improvement', 'recordProgress', { actionId: template.id, progress: 30, evidence: 'Campo agregado en el borrador de la plantilla' })
  })
}
