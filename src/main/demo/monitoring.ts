import type { ClipInput } from '../../shared/contract/monitoring'
import type { MediumType, Tone } from '../../shared/domain/monitoring'
import type { Dependencia } from './data/catalogue'
import type { DemoUser } from './data/office'
import type { DemoWorld } from './world'

/** The press professional reviews the papers and the radio; the community manager, portals and networks. */
const PRESS: DemoUser = 'agutierrez'
const NETWORKS: DemoUser = 'srozo'

interface Medium {
  medium: string
  type: MediumType
  program: string
  site: string | null
  reach: number
}

const MEDIA: Record<string, Medium> = {
  tiempo: { medium: 'El Tiempo', type: 'prensa', program: 'Bogotá y Cundinamarca', site: 'https://www.eltiempo.com/bogota', reach: 180_000 },
  extra: { medium: 'Extra Cundinamarca', type: 'prensa', program: 'Sabana Centro', site: 'https://www.extra.com.co/cundinamarca', reach: 25_000 },
  caracol: { medium: 'Caracol Radio', type: 'radio', program: '6 AM Hoy por Hoy', site: 'https://caracol.com.co/emisora/bogota', reach: 420_000 },
  rcn: { medium: 'RCN Radio', type: 'radio', program: 'La FM Noticias', site: 'https://www.rcnradio.com/colombia/cundinamarca', reach: 310_000 },
  blu: { medium: 'Blu Radio', type: 'radio', program: 'Mañanas Blu', site: 'https://www.bluradio.com/bogota', reach: 260_000 },
  noticiasCaracol: { medium: 'Noticias Caracol', type: 'television', program: 'Emisión del mediodía', site: 'https://noticias.caracoltv.com/bogota', reach: 1_200_000 },
  canalTrece: { medium: 'Canal Trece', type: 'television', program: 'Noticias Región', site: null, reach: 90_000 },
  pulzo: { medium: 'Pulzo', type: 'portal_digital', program: 'Regiones', site: 'https://www.pulzo.com/nacion', reach: 75_000 },
  infobae: { medium: 'Infobae Colombia', type: 'portal_digital', program: 'Colombia', site: 'https://www.infobae.com/colombia', reach: 140_000 },
  sabana: { medium: 'Sabana Noticias', type: 'portal_digital', program: '', site: 'https://www.sabananoticias.com', reach: 12_000 },
  facebook: { medium: 'Cajicá Informa (Facebook)', type: 'red_social', program: 'Grupo ciudadano', site: 'https://www.facebook.com/groups/cajicainforma/posts', reach: 8_500 },
  x: { medium: 'X – @SabanaAlDia', type: 'red_social', program: '', site: 'https://x.com/SabanaAlDia/status', reach: 15_000 }
}

interface DemoClip {
  /** Working days before today (0 = today). */
  ago: number
  media: keyof typeof MEDIA
  headline: string
  summary: string
  tone: Tone
  topic: string
  dependencia?: Dependencia
  spokesperson?: string
  /** The slug of the note's URL; a clip without one has no URL (radio and TV often do not). */
  slug?: string
  /** The same note shared again with tracking parameters: saved on purpose, confirming the duplicate. */
  sharedAgain?: boolean
}

const CLIPS: DemoClip[] = [
  { ago: 15, media: 'tiempo', headline: 'Cajicá prepara su plan de movilidad para la temporada escolar', summary: 'Nuevos horarios de semaforización y apoyo de agentes en la variante.', tone: 'neutro', topic: 'Movilidad', dependencia: 'Secretaría de Movilidad', slug: 'cajica-plan-movilidad-temporada-escolar' },
  { ago: 15, media: 'caracol', headline: 'Alcalde de Cajicá anuncia 120 becas para bachilleres', summary: 'Entrevista en la franja regional sobre el programa de educación superior.', tone: 'positivo', topic: 'Educación', dependencia: 'Secretaría de Educación', spokesperson: 'Alcalde municipal' },
  { ago: 14, media: 'facebook', headline: 'Vecinos de Capellanía denuncian huecos en la vía principal', summary: 'Publicación con fotos y más de 200 comentarios.', tone: 'negativo', topic: 'Obras públicas', dependencia: 'Secretaría de Infraestructura', slug: '4417829' },
  { ago: 14, media: 'extra', headline: 'Jornada de vacunación casa a casa llega a las veredas de Cajicá', summary: 'La Secretaría de Salud visitará Chuntame y Canelón.', tone: 'positivo', topic: 'Salud', dependencia: 'Secretaría de Salud', slug: 'vacunacion-casa-a-casa-cajica' },
  { ago: 13, media: 'rcn', headline: 'Cierres viales por obras del acueducto regional en Sabana Centro', summary: 'Afectación en el corredor Cajicá–Zipaquirá durante dos semanas.', tone: 'neutro', topic: 'Movilidad', dependencia: 'Secretaría de Infraestructura', slug: 'cierres-viales-acueducto-sabana-centro' },
  { ago: 12, media: 'pulzo', headline: 'Cajicá, entre los municipios con mejor desempeño fiscal de Cundinamarca', summary: 'Informe departamental destaca el recaudo del impuesto predial.', tone: 'positivo', topic: 'Gestión fiscal', dependencia: 'Secretaría de Hacienda', slug: 'cajica-desempeno-fiscal-cundinamarca' },
  { ago: 12, media: 'x', headline: 'Usuarios reportan trancón de una hora en la variante de Cajicá', summary: 'Trino con video replicado por cuentas de movilidad de la Sabana.', tone: 'negativo', topic: 'Movilidad', dependencia: 'Secretaría de Movilidad', slug: '1893301122' },
  { ago: 11, media: 'noticiasCaracol', headline: 'Festival de la Sabana reúne a 15.000 personas en Cajicá', summary: 'Nota de dos minutos con declaraciones de la secretaria de Cultura.', tone: 'positivo', topic: 'Cultura y turismo', dependencia: 'Secretaría de Cultura', spokesperson: 'Secretaria de Cultura' },
  { ago: 10, media: 'blu', headline: 'Concejo de Cajicá cuestiona retrasos en el nuevo hospital', summary: 'Debate de control político con la Secretaría de Salud.', tone: 'negativo', topic: 'Salud', dependencia: 'Secretaría de Salud', slug: 'concejo-cajica-retrasos-hospital' },
  { ago: 10, media: 'sabana', headline: 'Abren inscripciones para huertas urbanas en Cajicá', summary: 'Programa de la Secretaría de Ambiente con entrega de semillas.', tone: 'positivo', topic: 'Medio ambiente', dependencia: 'Secretaría de Ambiente', slug: 'inscripciones-huertas-urbanas-cajica' },
  { ago: 9, media: 'infobae', headline: 'Capturan a banda dedicada al hurto de bicicletas en la Sabana', summary: 'Operativo conjunto de la Policía y la Secretaría de Gobierno de Cajicá.', tone: 'positivo', topic: 'Seguridad', dependencia: 'Secretaría de Gobierno', slug: 'capturan-banda-hurto-bicicletas-sabana' },
  { ago: 9, media: 'extra', headline: 'Comerciantes del centro piden más control al espacio público', summary: 'Quejas por ventas informales en el parque principal.', tone: 'negativo', topic: 'Seguridad', dependencia: 'Secretaría de Gobierno', slug: 'comerciantes-centro-cajica-espacio-publico' },
  { ago: 8, media: 'caracol', headline: 'Cajicá estrena ciclorruta hacia la Universidad Militar', summary: 'El alcalde recorrió los 3,2 km del nuevo tramo.', tone: 'positivo', topic: 'Movilidad', dependencia: 'Secretaría de Infraestructura', spokesperson: 'Alcalde municipal' },
  { ago: 7, media: 'canalTrece', headline: 'Turismo rural crece en las veredas de Cajicá', summary: 'Reportaje sobre fincas agroturísticas y la ruta de la fresa.', tone: 'positivo', topic: 'Cultura y turismo', dependencia: 'Secretaría de Desarrollo Económico' },
  { ago: 7, media: 'pulzo', headline: 'Denuncian malos olores cerca de la planta de tratamiento de Cajicá', summary: 'Habitantes de Rincón Santo piden una inspección ambiental.', tone: 'negativo', topic: 'Medio ambiente', dependencia: 'Secretaría de Ambiente', slug: 'malos-olores-planta-tratamiento-cajica' },
  { ago: 6, media: 'tiempo', headline: 'Así avanza el plan de pavimentación de vías rurales en Cajicá', summary: 'Balance del 60 % de ejecución y cronograma del segundo semestre.', tone: 'neutro', topic: 'Obras públicas', dependencia: 'Secretaría de Infraestructura', slug: 'avance-pavimentacion-vias-rurales-cajica' },
  { ago: 5, media: 'rcn', headline: 'Cajicá lanza campaña de prevención de incendios forestales', summary: 'Recomendaciones por la temporada seca y línea de emergencias.', tone: 'neutro', topic: 'Medio ambiente', dependencia: 'Secretaría de Ambiente', slug: 'campana-prevencion-incendios-cajica' },
  { ago: 5, media: 'facebook', headline: 'Padres de familia agradecen el nuevo comedor escolar de La Capellanía', summary: 'Publicación con fotos de la inauguración.', tone: 'positivo', topic: 'Educación', dependencia: 'Secretaría de Educación', slug: '4420116' },
  { ago: 4, media: 'blu', headline: 'Alcaldía de Cajicá responde por retrasos en el hospital', summary: 'El secretario de Salud explicó el nuevo cronograma de la obra.', tone: 'neutro', topic: 'Salud', dependencia: 'Secretaría de Salud', spokesperson: 'Secretario de Salud', slug: 'alcaldia-cajica-responde-retrasos-hospital' },
  { ago: 3, media: 'infobae', headline: 'Cajicá, primer municipio de la Sabana con semáforos inteligentes', summary: 'Sistema adaptativo en cinco intersecciones del casco urbano.', tone: 'positivo', topic: 'Movilidad', dependencia: 'Secretaría de Movilidad', slug: 'cajica-semaforos-inteligentes' },
  { ago: 3, media: 'x', headline: 'Usuarios comparten la nota de los semáforos inteligentes de Cajicá', summary: 'El mismo enlace de Infobae, compartido con parámetros de seguimiento.', tone: 'positivo', topic: 'Movilidad', dependencia: 'Secretaría de Movilidad', slug: 'cajica-semaforos-inteligentes', sharedAgain: true },
  { ago: 2, media: 'noticiasCaracol', headline: 'Inundaciones en dos barrios de Cajicá tras fuerte aguacero', summary: 'Familias afectadas en El Misterio y Granjitas; la Alcaldía activó el plan de emergencia.', tone: 'negativo', topic: 'Gestión del riesgo', dependencia: 'Secretaría de Gobierno' },
  { ago: 2, media: 'extra', headline: 'Entregan ayudas humanitarias a familias afectadas por las lluvias', summary: 'Mercados, colchonetas y kits de aseo para 48 familias.', tone: 'positivo', topic: 'Gestión del riesgo', dependencia: 'Secretaría de Desarrollo Social', slug: 'ayudas-humanitarias-lluvias-cajica' },
  { ago: 1, media: 'caracol', headline: 'Alcalde de Cajicá presenta balance de la emergencia invernal', summary: 'Entrevista en vivo: 48 familias atendidas y obras de drenaje en marcha.', tone: 'neutro', topic: 'Gestión del riesgo', dependencia: 'Despacho del Alcalde', spokesperson: 'Alcalde municipal' },
  { ago: 1, media: 'sabana', headline: 'Cajicá abre convocatoria de estímulos para artistas locales', summary: 'Bolsa de 180 millones para proyectos culturales.', tone: 'positivo', topic: 'Cultura y turismo', dependencia: 'Secretaría de Cultura', slug: 'convocatoria-estimulos-artistas-cajica' },
  { ago: 0, media: 'tiempo', headline: 'Cajicá anuncia obras de drenaje para evitar nuevas inundaciones', summary: 'Inversión de 2.400 millones en El Misterio y Granjitas.', tone: 'positivo', topic: 'Gestión del riesgo', dependencia: 'Secretaría de Infraestructura', slug: 'cajica-obras-drenaje-inundaciones' },
  { ago: 0, media: 'blu', headline: 'Vecinos de Granjitas dicen que la ayuda no ha llegado a todos', summary: 'Testimonios de tres familias que no fueron censadas.', tone: 'negativo', topic: 'Gestión del riesgo', dependencia: 'Secretaría de Desarrollo Social', slug: 'vecinos-granjitas-ayuda-no-llega' },
  { ago: 0, media: 'rcn', headline: 'Pico y placa en Cajicá se mantiene igual en el segundo semestre', summary: 'La Secretaría de Movilidad confirmó horarios y excepciones.', tone: 'neutro', topic: 'Movilidad', dependencia: 'Secretaría de Movilidad', slug: 'pico-y-placa-cajica-segundo-semestre' }
]

function clipInput(world: DemoWorld, clip: DemoClip, clipDate: string): ClipInput {
  const medium = MEDIA[clip.media]!
  const url = clip.slug && medium.site ? `${medium.site}/${clip.slug}` : ''
  const shared = clip.sharedAgain ? `${MEDIA.infobae!.site}/${clip.slug}/?utm_source=twitter&utm_medium=social` : url
  return {
    clipDate,
    medium: medium.medium,
    mediumType: medium.type,
    program: medium.program,
    headline: clip.headline,
    url: shared,
    summary: clip.summary,
    tone: clip.tone,
    topic: clip.topic,
    dependenciaId: clip.dependencia ? world.dependenciaId(clip.dependencia) : null,
    spokesperson: clip.spokesperson ?? '',
    reach: medium.reach,
    confirmDuplicate: clip.sharedAgain ?? false
  }
}

const who = (clip: DemoClip): DemoUser => (['portal_digital', 'red_social'].includes(MEDIA[clip.media]!.type) ? NETWORKS : PRESS)

/**
 * Three weeks of the morning media review: a couple of notes most working days, a flood story that
 * turns the tone negative two days ago, a note shared again from X (its duplicate URL confirmed),
 * the digest of the last working day, and three notes entered this morning for Inicio.
 */
export function scheduleMonitoring(world: DemoWorld): void {
  const { timeline, calendar, office } = world
  CLIPS.filter((c) => c.ago > 0).forEach((clip, i) => {
    timeline.add(clip.ago, 7 * 60 + 20 + i, async () => {
      await office.call(who(clip), 'monitoring', 'create', clipInput(world, clip, calendar.workday(clip.ago)))
    })
  })
  timeline.add(1, 8 * 60 + 10, async () => {
    await office.call(PRESS, 'monitoring', 'generateDigest', { date: calendar.workday(1) })
  })
  // The timeline's last day is the last working day; this morning's notes are written on today's
  // clock (the review starts before seven), then the clock goes back for the rest of the story.
  timeline.add(1, 23 * 60 + 50, async () => {
    const before = office.clock.now()
    try {
      for (const [i, clip] of CLIPS.filter((c) => c.ago === 0).entries()) {
        office.clock.set(new Date(`${calendar.today}T06:${String(40 + i * 4).padStart(2, '0')}:00-05:00`))
        await office.call(who(clip), 'monitoring', 'create', clipInput(world, clip, calendar.today))
      }
    } finally {
      office.clock.set(before)
    }
  })
}
