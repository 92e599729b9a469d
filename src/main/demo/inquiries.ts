import type { InquiryChannel, PetitionTermKind } from '../../shared/domain/inquiries'
import { isWorkingDay } from '../calendar/colombian-holidays'
import type { Dependencia } from './data/catalogue'
import { JEFE, type DemoUser } from './data/office'
import type { DemoWorld } from './world'

const COMMUNITY_MANAGER: DemoUser = 'srozo'
const PRESS: DemoUser = 'agutierrez'
const at = (hour: number, minute = 0) => hour * 60 + minute

/** [working days ago, minutes after midnight] on the demo calendar. */
type When = readonly [number, number]

interface InquiryStory {
  received: When
  /** When it was typed into Pauta; by default a quarter of an hour after it arrived. */
  registered?: When
  channel: InquiryChannel
  citizen: string
  text: string
  topic: string
  dependencia?: Dependencia
  assignee?: DemoUser
  consult?: { at: When; dependencia: Dependencia; note: string }
  transfer?: { at: When; termKind: PetitionTermKind; radicado: string }
  reply?: { at: When; text: string }
  closeAt?: When
}

/** Questions that reached the office's networks over the last four weeks: most answered the same or the next day. */
const STORIES: InquiryStory[] = [
  {
    received: [20, at(7, 48)],
    channel: 'facebook',
    citizen: 'Marcela Rodríguez',
    text: '¿Hasta qué fecha hay descuento por pronto pago en el impuesto predial?',
    topic: 'Impuesto predial',
    dependencia: 'Secretaría de Hacienda',
    assignee: COMMUNITY_MANAGER,
    reply: { at: [20, at(9, 30)], text: 'Buen día, Marcela. El descuento del 10 % por pronto pago aplica hasta el último día hábil de abril. Puede liquidar y pagar en línea en cajica.gov.co.' },
    closeAt: [19, at(8, 30)]
  },
  {
    received: [19, at(11, 5)],
    channel: 'instagram',
    citizen: '@juanes.cajica',
    text: '¿Dónde se hacen las inscripciones para las escuelas de formación deportiva?',
    topic: 'Deportes',
    assignee: COMMUNITY_MANAGER,
    reply: { at: [19, at(14, 10)], text: 'Hola, Juan. Las inscripciones son en el Coliseo Fortaleza de Piedra, de lunes a viernes de 8:00 a. m. a 4:00 p. m., con documento de identidad y certificado de EPS.' },
    closeAt: [18, at(8, 40)]
  },
  {
    received: [19, at(20, 40)],
    registered: [18, at(8, 5)],
    channel: 'whatsapp',
    citizen: 'Luz Dary Morales',
    text: 'Buenas noches, en la vereda Chuntame no pasó el carro de la basura esta semana. ¿Qué día pasa?',
    topic: 'Recolección de residuos',
    dependencia: 'Secretaría de Ambiente',
    assignee: PRESS,
    consult: { at: [18, at(9, 0)], dependencia: 'Secretaría de Ambiente', note: 'Se pidió a Ambiente la ruta de recolección de Chuntame.' },
    reply: { at: [17, at(11, 20)], text: 'Buen día, Luz Dary. La ruta de Chuntame pasa martes y viernes desde las 6:00 a. m.; esta semana hubo un retraso por mantenimiento del vehículo y ya se normalizó.' },
    closeAt: [16, at(8, 15)]
  },
  {
    received: [18, at(10, 15)],
    channel: 'x',
    citizen: '@vecinocajica',
    text: '¿Cuándo arreglan el hueco de la calle 1 con carrera 6? Ya hubo dos accidentes de moto.',
    topic: 'Malla vial',
    dependencia: 'Secretaría de Infraestructura',
    assignee: PRESS,
    consult: { at: [18, at(11, 0)], dependencia: 'Secretaría de Infraestructura', note: 'Se consultó el cronograma de parcheo.' },
    // Infraestructura took a week to answer: this one was late.
    reply: { at: [13, at(16, 30)], text: 'Gracias por el reporte. La Secretaría de Infraestructura programó el parcheo de la calle 1 con carrera 6 para la próxima semana.' }
  },
  {
    received: [17, at(9, 40)],
    channel: 'facebook',
    citizen: 'Andrea Páez',
    text: '¿La jornada de vacunación del sábado también es para mascotas?',
    topic: 'Vacunación',
    dependencia: 'Secretaría de Salud',
    assignee: COMMUNITY_MANAGER,
    reply: { at: [17, at(10, 5)], text: 'Hola, Andrea. La jornada del sábado es de vacunación humana. La antirrábica para perros y gatos es el domingo en el parque principal de 8:00 a. m. a 1:00 p. m.' },
    closeAt: [16, at(8, 20)]
  },
  {
    received: [16, at(15, 20)],
    channel: 'tiktok',
    citizen: '@lauramvlogs',
    text: '¿A qué hora empieza el concierto del festival del fin de semana?',
    topic: 'Cultura',
    assignee: COMMUNITY_MANAGER,
    reply: { at: [16, at(15, 45)], text: '¡Hola, Laura! El concierto empieza a las 6:00 p. m. en el parque principal. La entrada es libre.' }
  },
  {
    received: [15, at(8, 30)],
    channel: 'correo',
    citizen: 'Hernando Suárez Gil',
    text: 'Solicito copia del acta de la reunión de socialización del plan parcial de la vereda Canelón.',
    topic: 'Planeación',
    dependencia: 'Secretaría de Planeación',
    assignee: PRESS,
    // A request for documents: a formal petition, answered through PQRS with its legal term.
    transfer: { at: [15, at(10, 0)], termKind: 'documentos', radicado: 'PQRS-2026-01387' },
    reply: { at: [9, at(15, 0)], text: 'Señor Suárez: la Secretaría de Planeación le envió el acta solicitada al correo registrado, con radicado de salida 2026-2210.' },
    closeAt: [8, at(9, 0)]
  },
  {
    received: [14, at(12, 10)],
    channel: 'instagram',
    citizen: '@mafe.rincon',
    text: '¿Hay cupos en los jardines infantiles para niños de dos años?',
    topic: 'Primera infancia',
    dependencia: 'Secretaría de Desarrollo Social',
    assignee: COMMUNITY_MANAGER,
    consult: { at: [14, at(14, 0)], dependencia: 'Secretaría de Desarrollo Social', note: 'Se preguntó la disponibilidad de cupos.' },
    reply: { at: [13, at(11, 40)], text: 'Hola, María Fernanda. Hay cupos en el jardín de Capellanía. Acérquese a Desarrollo Social con el registro civil del niño y el certificado del Sisbén.' },
    closeAt: [12, at(8, 10)]
  },
  {
    received: [13, at(9, 0)],
    channel: 'youtube',
    citizen: 'Carlos Andrés Beltrán',
    text: '¿Dónde puedo ver la grabación completa de la rendición de cuentas?',
    topic: 'Rendición de cuentas',
    assignee: COMMUNITY_MANAGER,
    reply: { at: [13, at(9, 25)], text: 'Hola, Carlos. La grabación completa está en la lista «Rendición de cuentas» de nuestro canal de YouTube y en cajica.gov.co/transparencia.' },
    closeAt: [12, at(8, 12)]
  },
  {
    received: [12, at(16, 50)],
    channel: 'facebook',
    citizen: 'Rosa Elvira Cañón',
    text: '¿Cuáles son los requisitos para el subsidio del adulto mayor? Mi mamá tiene 72 años.',
    topic: 'Adulto mayor',
    dependencia: 'Secretaría de Desarrollo Social',
    assignee: PRESS,
    reply: { at: [11, at(10, 15)], text: 'Doña Rosa Elvira: debe presentar cédula, certificado del Sisbén y certificado de residencia en Cajicá en la oficina de Desarrollo Social, de lunes a viernes.' },
    closeAt: [10, at(8, 30)]
  },
  {
    received: [11, at(7, 55)],
    channel: 'whatsapp',
    citizen: 'Óscar Mauricio Díaz',
    text: 'El semáforo de la variante con la calle 7 está dañado desde ayer.',
    topic: 'Movilidad',
    dependencia: 'Secretaría de Movilidad',
    assignee: COMMUNITY_MANAGER,
    reply: { at: [11, at(8, 40)], text: 'Gracias, Óscar. Ya informamos a la Secretaría de Movilidad; hay agentes de tránsito en la intersección mientras se repara.' },
    closeAt: [10, at(8, 35)]
  },
  {
    received: [10, at(10, 30)],
    channel: 'sitio_web',
    citizen: 'Patricia Gómez Rojas',
    text: 'El formulario de inscripción al programa de emprendimiento no carga en el sitio web.',
    topic: 'Emprendimiento',
    dependencia: 'Secretaría de Desarrollo Económico',
    assignee: PRESS,
    consult: { at: [10, at(11, 0)], dependencia: 'Secretaría de Desarrollo Económico', note: 'Se reportó la falla y se pidió un canal alterno.' },
    // The form stayed broken for days before anyone could answer: late.
    reply: { at: [6, at(14, 20)], text: 'Señora Patricia: el formulario ya funciona. Si lo prefiere, puede inscribirse presencialmente en Desarrollo Económico.' }
  },
  {
    received: [9, at(14, 5)],
    channel: 'x',
    citizen: '@cajicaverde',
    text: '¿Qué se va a hacer con los árboles talados en la Av. Cundinamarca?',
    topic: 'Medio ambiente',
    dependencia: 'Secretaría de Ambiente',
    assignee: COMMUNITY_MANAGER,
    consult: { at: [9, at(15, 0)], dependencia: 'Secretaría de Ambiente', note: 'Se pidió el permiso de aprovechamiento forestal y la compensación.' },
    reply: { at: [8, at(16, 0)], text: 'La tala cuenta con permiso de la CAR; por cada árbol se sembrarán cinco en el parque lineal del río Bogotá.' }
  },
  {
    received: [8, at(9, 15)],
    channel: 'facebook',
    citizen: 'Diana Marcela Ortiz',
    text: '¿Hasta cuándo hay matrículas para los colegios oficiales?',
    topic: 'Educación',
    dependencia: 'Secretaría de Educación',
    assignee: COMMUNITY_MANAGER,
    reply: { at: [8, at(10, 45)], text: 'Hola, Diana. Las matrículas para estudiantes nuevos van hasta el viernes de la próxima semana en cada institución educativa.' },
    closeAt: [7, at(8, 10)]
  },
  {
    received: [7, at(11, 30)],
    channel: 'instagram',
    citizen: '@felipe_moto',
    text: '¿Dónde se paga un comparendo de tránsito?',
    topic: 'Movilidad',
    assignee: COMMUNITY_MANAGER,
    reply: { at: [7, at(12, 0)], text: 'Hola, Felipe. Puede pagarlo en línea en el SIMIT o en la sede de la Secretaría de Movilidad con el número del comparendo.' }
  },
  {
    received: [6, at(8, 45)],
    channel: 'whatsapp',
    citizen: 'Gloria Patricia Ruiz',
    text: 'Quiero presentar una queja formal por el ruido de un establecimiento en el barrio Capellanía.',
    topic: 'Convivencia',
    dependencia: 'Secretaría de Gobierno',
    assignee: PRESS,
    transfer: { at: [6, at(10, 30)], termKind: 'peticion_general', radicado: 'PQRS-2026-01432' }
  },
  {
    received: [5, at(15, 10)],
    channel: 'facebook',
    citizen: 'Jairo Alberto Pinzón',
    text: '¿Cuándo se entregan los mercados para los damnificados por la ola invernal en Río Grande?',
    topic: 'Gestión del riesgo',
    dependencia: 'Secretaría de Gobierno',
    assignee: COMMUNITY_MANAGER,
    reply: { at: [4, at(9, 50)], text: 'Don Jairo: la entrega es el sábado a las 9:00 a. m. en el salón comunal de Río Grande, con el censo que hizo la Secretaría de Gobierno.' }
  },
  {
    received: [4, at(10, 0)],
    channel: 'tiktok',
    citizen: '@sofi.danza',
    text: '¿Las clases de danza de la casa de la cultura tienen costo?',
    topic: 'Cultura',
    dependencia: 'Secretaría de Cultura',
    assignee: COMMUNITY_MANAGER,
    reply: { at: [4, at(10, 30)], text: '¡Hola, Sofía! Las clases son gratuitas para residentes de Cajicá. Inscríbete en la Casa de la Cultura.' }
  },
  {
    received: [3, at(9, 20)],
    channel: 'correo',
    citizen: 'Nelson Fabián Cortés',
    text: '¿El puente festivo hay atención en la Alcaldía para radicar documentos?',
    topic: 'Atención al ciudadano',
    assignee: PRESS,
    reply: { at: [3, at(11, 0)], text: 'Señor Cortés: el festivo no hay atención presencial; puede radicar en la ventanilla virtual de cajica.gov.co.' }
  },
  {
    received: [2, at(16, 30)],
    channel: 'instagram',
    citizen: '@natalia.cardenas',
    text: '¿A qué hora abre el punto de vacunación del centro de salud?',
    topic: 'Vacunación',
    dependencia: 'Secretaría de Salud',
    assignee: COMMUNITY_MANAGER,
    reply: { at: [1, at(8, 20)], text: 'Hola, Natalia. El punto abre de lunes a viernes de 7:00 a. m. a 4:00 p. m. y los sábados de 8:00 a. m. a 12:00 m.' }
  },
  {
    received: [1, at(11, 45)],
    channel: 'facebook',
    citizen: 'Edgar Fonseca',
    text: '¿Se puede reservar el polideportivo de Granjitas para un campeonato de la junta de acción comunal?',
    topic: 'Deportes',
    assignee: COMMUNITY_MANAGER
  },
  {
    // After office hours: it counts as received on the next working day.
    received: [1, at(17, 40)],
    registered: [1, at(17, 50)],
    channel: 'x',
    citizen: '@movilidadcajica_',
    text: '¿Mañana hay cierre en la vía a Zipaquirá por la ciclovía?',
    topic: 'Movilidad'
  }
]

/** The working day `n` working days (holidays excluded) before `date`. */
function workingDaysBefore(date: string, n: number): string {
  let d = date
  for (let left = n; left > 0; ) {
    d = new Date(Date.parse(`${d}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
    if (isWorkingDay(d)) left--
  }
  return d
}

/** How many of the demo calendar's working days ago `date` is (it must be a weekday the calendar holds). */
function agoOf(world: DemoWorld, date: string): number {
  for (let ago = 1; ago <= 30; ago++) if (world.calendar.workday(ago) === date) return ago
  throw new Error(`Datos de ejemplo: ${date} no está en el calendario.`)
}

/**
 * Stories whose due date depends on today: two received two working days ago (the network term),
 * so they are due today, and one left unanswered while a dependencia was consulted, now overdue.
 */
function storiesDueNow(world: DemoWorld): InquiryStory[] {
  const today = world.calendar.today
  const twoBack = agoOf(world, workingDaysBefore(today, 2))
  const fiveBack = agoOf(world, workingDaysBefore(today, 5))
  return [
    {
      received: [twoBack, at(9, 35)],
      channel: 'facebook',
      citizen: 'Yolanda Castiblanco',
      text: '¿Qué documentos piden para sacar el certificado de residencia?',
      topic: 'Trámites',
      dependencia: 'Secretaría de Gobierno',
      assignee: COMMUNITY_MANAGER
    },
    {
      received: [twoBack, at(14, 50)],
      channel: 'whatsapp',
      citizen: 'Miguel Ángel Torres',
      text: 'Buenas tardes, ¿cuándo inicia la obra del acueducto en la vereda Calahorra? Llevamos dos días sin agua.',
      topic: 'Servicios públicos',
      dependencia: 'Secretaría de Infraestructura',
      assignee: PRESS
    },
    {
      received: [fiveBack, at(10, 20)],
      channel: 'instagram',
      citizen: '@camilo.bici',
      text: '¿Por qué cerraron la ciclorruta de la calle 5? No hay señalización del desvío.',
      topic: 'Movilidad',
      assignee: PRESS,
      consult: { at: [fiveBack, at(11, 30)], dependencia: 'Secretaría de Movilidad', note: 'Se pidió a Movilidad el motivo del cierre y el plan de desvío.' }
    }
  ]
}

function scheduleStory(world: DemoWorld, story: InquiryStory): void {
  const { office, timeline, calendar } = world
  const [rAgo, rAt] = story.received
  const [gAgo, gAt] = story.registered ?? [rAgo, rAt + 15]
  let id: number | undefined
  const inquiryId = () => {
    if (id === undefined) throw new Error('Datos de ejemplo: la inquietud no se registró.')
    return id
  }
  timeline.add(gAgo, gAt, async () => {
    const created = await office.call(COMMUNITY_MANAGER, 'inquiries', 'create', {
      channel: story.channel,
      receivedAt: calendar.at(rAgo, rAt).toISOString(),
      citizen: story.citizen,
      text: story.text,
      topic: story.topic,
      dependenciaId: story.dependencia ? world.dependenciaId(story.dependencia) : null,
      assigneeId: story.assignee ? world.userId(story.assignee) : null
    })
    id = created.id
  })
  const { consult, transfer, reply, closeAt } = story
  const actor = story.assignee ?? COMMUNITY_MANAGER
  if (consult) {
    timeline.add(consult.at[0], consult.at[1], async () => {
      await office.call(actor, 'inquiries', 'consult', { id: inquiryId(), dependenciaId: world.dependenciaId(consult.dependencia), note: consult.note })
    })
  }
  if (transfer) {
    timeline.add(transfer.at[0], transfer.at[1], async () => {
      await office.call(JEFE, 'inquiries', 'transferToPqrs', { id: inquiryId(), termKind: transfer.termKind, radicado: transfer.radicado })
    })
  }
  if (reply) {
    timeline.add(reply.at[0], reply.at[1], async () => {
      await office.call(actor, 'inquiries', 'reply', { id: inquiryId(), replyText: reply.text })
    })
  }
  if (closeAt) {
    timeline.add(closeAt[0], closeAt[1], async () => {
      await office.call(COMMUNITY_MANAGER, 'inquiries', 'close', { id: inquiryId() })
    })
  }
}

/**
 * About twenty-five citizen inquiries over the last four weeks, registered by the community
 * manager: most answered within the network term, a few late (a dependencia took long to answer),
 * two transferred to PQRS, two due today and one overdue. Needs the office set up (accounts and
 * dependencias) at least 21 working days before today.
 */
export function scheduleInquiries(world: DemoWorld): void {
  for (const story of [...STORIES, ...storiesDueNow(world)]) scheduleStory(world, story)
}
