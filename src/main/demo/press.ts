import { isoDateInColombia } from '../../shared/dates'
import { JEFE } from './data/office'
import type { DemoWorld } from './world'

const PRESS = 'agutierrez'
const NETWORKS = 'srozo'

const at = (hour: number, minute = 0) => hour * 60 + minute

interface DemoContact {
  fullName: string
  medium: string
  section: string
  phone: string
  whatsapp: string
  email: string
  lists: ('regional' | 'nacional')[]
}

/** Journalists who cover Cajicá: the names and media are invented, the mix is that of a Sabana Centro town. */
const CONTACTS: readonly DemoContact[] = [
  { fullName: 'Natalia Suárez Rincón', medium: 'Noticias Sabana Centro', section: 'Regional', phone: '601 883 4120', whatsapp: '310 456 7821', email: 'natalia.suarez@example.co', lists: ['regional'] },
  { fullName: 'Camilo Andrés Peña', medium: 'Radio Sabana Estéreo', section: 'Informativo de la mañana', phone: '', whatsapp: '315 302 1188', email: 'camilo.pena@example.co', lists: ['regional'] },
  { fullName: 'Luz Marina Ortiz', medium: 'Periódico El Cajiqueño', section: 'Comunidad', phone: '601 866 0932', whatsapp: '', email: 'luzmarina.ortiz@example.co', lists: ['regional'] },
  { fullName: 'Jorge Iván Lozano', medium: 'Cajicá TV', section: 'Noticiero local', phone: '', whatsapp: '320 781 4455', email: 'jorge.lozano@example.co', lists: ['regional'] },
  { fullName: 'Paola Andrea Vanegas', medium: 'Zipa Noticias', section: 'Orden público', phone: '', whatsapp: '311 220 9034', email: 'paola.vanegas@example.co', lists: ['regional'] },
  { fullName: 'Ricardo Muñoz Ávila', medium: 'Emisora Comunitaria Cajicá 88.4', section: 'Magazín', phone: '601 879 2210', whatsapp: '300 612 7740', email: '', lists: ['regional'] },
  { fullName: 'Valentina Castro Mejía', medium: 'Canal Regional de Cundinamarca', section: 'Noticias', phone: '', whatsapp: '316 908 2231', email: 'valentina.castro@example.co', lists: ['regional', 'nacional'] },
  { fullName: 'Sergio Alejandro Duarte', medium: 'Diario de la Sabana', section: 'Economía', phone: '601 745 3390', whatsapp: '', email: 'sergio.duarte@example.co', lists: ['regional'] },
  { fullName: 'Mónica Patricia Gil', medium: 'Diario Nacional', section: 'Regiones', phone: '601 294 0000', whatsapp: '312 554 6012', email: 'monica.gil@example.co', lists: ['nacional'] },
  { fullName: 'Andrés Camilo Beltrán', medium: 'Cadena Radial Colombiana', section: 'Noticias de las 6', phone: '', whatsapp: '301 447 8820', email: 'andres.beltran@example.co', lists: ['nacional'] },
  { fullName: 'Carolina Ramírez Tovar', medium: 'Noticiero Nacional de Televisión', section: 'Corresponsales', phone: '', whatsapp: '318 663 0915', email: 'carolina.ramirez@example.co', lists: ['nacional'] },
  { fullName: 'Felipe Herrera Sanabria', medium: 'Portal Colombia Hoy', section: 'Ciudades', phone: '', whatsapp: '', email: 'felipe.herrera@example.co', lists: ['nacional'] }
]

const LISTS = {
  regional: { name: 'Medios regionales de Sabana Centro', description: 'Prensa, radio y televisión de Cajicá y los municipios vecinos.' },
  nacional: { name: 'Medios nacionales', description: 'Corresponsales y secciones de regiones de medios nacionales.' }
} as const

/** Working days ago on which the press team numbers and sends the bulletins approved by then. */
const BULLETIN_DAYS = [24, 18, 12, 7, 4, 2, 1]

/** The second working day (Monday to Friday) after today: far enough to be convened, within Inicio's week. */
function comingWorkday(world: DemoWorld): string {
  let found = 0
  for (let days = 1; ; days++) {
    const date = world.calendar.fromToday(days)
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay()
    if (weekday !== 0 && weekday !== 6 && ++found === 2) return date
  }
}

/** The first demo bulletin carries the number a year's pace (about one every four days) would have reached. */
function startingNumber(today: string): number {
  const dayOfYear = Math.floor((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${today.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000)
  return 1 + Math.floor(dayOfYear / 4)
}

/**
 * The media directory with its two lists, bulletin numbers for the boletín pieces as they get
 * approved (each sent to the lists the same afternoon), and two press conferences: one held last
 * week, with its attendance, and one coming in the next days.
 */
export function schedulePress(world: DemoWorld): void {
  const { office, timeline, calendar } = world
  const contactIds = new Map<string, number>()
  const listIds = new Map<keyof typeof LISTS, number>()
  const contact = (name: string) => contactIds.get(name) ?? 0

  timeline.add(28, at(9, 40), async () => {
    for (const c of CONTACTS) {
      const saved = await office.call(PRESS, 'press', 'saveContact', {
        fullName: c.fullName,
        medium: c.medium,
        section: c.section,
        phone: c.phone,
        whatsapp: c.whatsapp,
        email: c.email
      })
      contactIds.set(c.fullName, saved.id)
    }
    for (const key of Object.keys(LISTS) as (keyof typeof LISTS)[]) {
      const list = await office.call(PRESS, 'press', 'saveList', {
        ...LISTS[key],
        memberIds: CONTACTS.filter((c) => c.lists.includes(key)).map((c) => contact(c.fullName))
      })
      listIds.set(key, list.id)
    }
  })

  let first = true
  for (const daysAgo of BULLETIN_DAYS) {
    timeline.add(daysAgo, at(17, 10), async () => {
      const ready = (await office.call(PRESS, 'press', 'bulletinPieces', {})).filter((p) => p.ready).reverse()
      const issuedOn = isoDateInColombia(office.clock.now())
      const year = Number(issuedOn.slice(0, 4))
      for (const piece of ready) {
        const next = (await office.call(PRESS, 'press', 'nextBulletinNumber', { year })).number
        const number = first && next === 1 ? startingNumber(issuedOn) : next
        first = false
        const bulletin = await office.call(PRESS, 'press', 'registerBulletin', { pieceId: piece.id, issuedOn, number })
        // National media get the bulletins of wider interest; the regional list gets all of them.
        const lists = bulletin.number % 2 === 0 ? ['regional', 'nacional'] : ['regional']
        await office.call(NETWORKS, 'press', 'sendBulletin', {
          bulletinId: bulletin.id,
          listIds: lists.map((l) => listIds.get(l as keyof typeof LISTS) ?? 0)
        })
      }
    })
  }

  const invited = CONTACTS.slice(0, 9).map((c) => c.fullName)
  let pastId = 0
  timeline.add(8, at(11, 15), async () => {
    const past = await office.call(JEFE, 'press', 'saveConference', {
      title: 'Balance de seguridad y convivencia del trimestre',
      startsAt: calendar.at(6, at(10)).toISOString(),
      place: 'Salón de eventos de la Alcaldía de Cajicá',
      spokespersons: ['Alcalde municipal', 'Secretario de Gobierno', 'Comandante de la Estación de Policía'],
      topics: ['Reducción de hurtos', 'Patrullajes en la zona rural', 'Frentes de seguridad con las juntas de acción comunal'],
      invitedIds: invited.map(contact),
      notes: 'Convocatoria enviada por WhatsApp y correo dos días antes.'
    })
    pastId = past.id
  })
  timeline.add(6, at(12, 30), async () => {
    const came = invited.filter((_, i) => i % 3 !== 2).map(contact)
    await office.call(PRESS, 'press', 'setAttendance', { id: pastId, attendedIds: came })
  })
  timeline.add(1, at(17, 40), async () => {
    // Clips are typed in by the media-monitoring team; whatever came out after the conference is linked.
    const clips = await office.call(PRESS, 'press', 'clipOptions', { id: pastId })
    if (clips.length > 0) await office.call(PRESS, 'press', 'setClips', { id: pastId, clipIds: clips.slice(0, 4).map((k) => k.id) })
    await office.call(JEFE, 'press', 'saveConference', {
      title: 'Presentación del Festival del Maíz',
      startsAt: new Date(`${comingWorkday(world)}T10:00:00-05:00`).toISOString(),
      place: 'Casa de la Cultura de Cajicá',
      spokespersons: ['Alcalde municipal', 'Secretaria de Cultura'],
      topics: ['Programación del festival', 'Movilidad y seguridad durante el evento', 'Apoyo a productores campesinos'],
      invitedIds: CONTACTS.map((c) => contact(c.fullName)),
      notes: ''
    })
  })
}
