import type { Frequency, PhvaPhase, StrategyKind } from '../../../shared/domain/plans'
import type { Audience, Channel } from './catalogue'
import type { DemoUser } from './office'

export type ActivityKey =
  | 'cubrimiento'
  | 'ruedas'
  | 'monitoreo'
  | 'programacion'
  | 'web'
  | 'convocatorias'
  | 'redes'
  | 'inquietudes'
  | 'campanas'
  | 'imagen'
  | 'audiovisual'
  | 'radio'
  | 'interna'
  | 'clima'

export interface DemoActivity {
  key: ActivityKey
  description: string
  frequency: Frequency
  phvaPhase: PhvaPhase
  channels: Channel[]
  audiences: Audience[]
  responsible: DemoUser
  goalQuantity: number
  goalUnit: string
}

export interface DemoStrategy {
  kind: StrategyKind
  name: string
  objective: string
  activities: DemoActivity[]
}

export const planDescription = (year: number) =>
  `Plan de Comunicaciones de la Alcaldía de Cajicá para la vigencia ${year}: orienta la divulgación de la gestión ` +
  'de la Administración Municipal, la relación con los medios, las redes sociales institucionales y la comunicación ' +
  'interna, con lenguaje claro y enfoque en los grupos de valor.'

export const STRATEGIES: readonly DemoStrategy[] = [
  {
    kind: 'prensa',
    name: 'Prensa y relación con medios',
    objective: 'Garantizar el acceso de la ciudadanía y los medios a información pública veraz y oportuna sobre la gestión municipal.',
    activities: [
      {
        key: 'cubrimiento',
        description:
          'Cubrimiento periodístico y redacción de boletines de prensa sobre programas, eventos, campañas y proyectos de la Administración Municipal.',
        frequency: 'permanente',
        phvaPhase: 'H',
        channels: ['Página web', 'Facebook', 'WhatsApp', 'Prensa'],
        audiences: ['Ciudadanía en general', 'Medios de comunicación', 'Concejo Municipal'],
        responsible: 'agutierrez',
        goalQuantity: 120,
        goalUnit: 'boletines de prensa'
      },
      {
        key: 'ruedas',
        description: 'Convocatoria y realización de ruedas de prensa del alcalde y su gabinete.',
        frequency: 'segun_requerimiento',
        phvaPhase: 'H',
        channels: ['WhatsApp', 'Página web'],
        audiences: ['Medios de comunicación'],
        responsible: 'crincon',
        goalQuantity: 6,
        goalUnit: 'ruedas de prensa'
      },
      {
        key: 'monitoreo',
        description:
          'Seguimiento a las publicaciones de los medios de comunicación sobre la gestión municipal y envío del resumen diario de medios al gabinete.',
        frequency: 'diaria',
        phvaPhase: 'V',
        channels: ['Correo masivo'],
        audiences: ['Alta dirección'],
        responsible: 'gsandoval',
        goalQuantity: 240,
        goalUnit: 'resúmenes de medios'
      },
      {
        key: 'programacion',
        description: 'Programación semanal de cubrimientos y asignación de actividades al equipo de prensa, diseño, audiovisual y redes.',
        frequency: 'semanal',
        phvaPhase: 'P',
        channels: ['Intranet'],
        audiences: ['Funcionarios y contratistas'],
        responsible: 'crincon',
        goalQuantity: 48,
        goalUnit: 'programaciones'
      }
    ]
  },
  {
    kind: 'redaccion',
    name: 'Contenidos web y lenguaje claro',
    objective: 'Mantener la página web institucional actualizada con noticias y trámites explicados en lenguaje claro.',
    activities: [
      {
        key: 'web',
        description: 'Actualización de noticias y contenidos de la página web institucional.',
        frequency: 'permanente',
        phvaPhase: 'H',
        channels: ['Página web'],
        audiences: ['Ciudadanía en general'],
        responsible: 'agutierrez',
        goalQuantity: 150,
        goalUnit: 'notas web'
      },
      {
        key: 'convocatorias',
        description:
          'Divulgación de convocatorias, procesos de contratación pública y espacios de participación ciudadana que fortalezcan las veedurías.',
        frequency: 'segun_requerimiento',
        phvaPhase: 'H',
        channels: ['Página web', 'Facebook'],
        audiences: ['Ciudadanía en general', 'Veedurías'],
        responsible: 'agutierrez',
        goalQuantity: 20,
        goalUnit: 'convocatorias divulgadas'
      }
    ]
  },
  {
    kind: 'digital',
    name: 'Redes sociales institucionales',
    objective: 'Informar y conversar con la ciudadanía en las redes sociales, respondiendo todas sus inquietudes.',
    activities: [
      {
        key: 'redes',
        description: 'Publicación y administración de contenidos en las redes sociales institucionales de la Alcaldía.',
        frequency: 'diaria',
        phvaPhase: 'H',
        channels: ['Facebook', 'Instagram', 'X', 'TikTok'],
        audiences: ['Ciudadanía en general'],
        responsible: 'srozo',
        goalQuantity: 600,
        goalUnit: 'publicaciones'
      },
      {
        key: 'inquietudes',
        description: 'Respuesta a inquietudes de la ciudadanía en redes sociales e informe mensual con las estadísticas de las redes.',
        frequency: 'mensual',
        phvaPhase: 'V',
        channels: ['Facebook', 'Instagram'],
        audiences: ['Ciudadanía en general', 'Alta dirección'],
        responsible: 'srozo',
        goalQuantity: 12,
        goalUnit: 'informes mensuales'
      }
    ]
  },
  {
    kind: 'diseno',
    name: 'Diseño y campañas institucionales',
    objective: 'Acercar la oferta institucional a la comunidad con campañas y piezas gráficas que cumplan el manual de imagen.',
    activities: [
      {
        key: 'campanas',
        description:
          'Campañas institucionales con desarrollo creativo, piezas gráficas y productos audiovisuales sobre la oferta de la Administración.',
        frequency: 'permanente',
        phvaPhase: 'H',
        channels: ['Facebook', 'Instagram', 'Carteleras', 'Página web'],
        audiences: ['Ciudadanía en general'],
        responsible: 'jcuervo',
        goalQuantity: 10,
        goalUnit: 'campañas'
      },
      {
        key: 'imagen',
        description: 'Actualización del manual de imagen institucional y de las plantillas para redes, carteleras y presentaciones.',
        frequency: 'anual',
        phvaPhase: 'A',
        channels: ['Intranet'],
        audiences: ['Funcionarios y contratistas'],
        responsible: 'jcuervo',
        goalQuantity: 1,
        goalUnit: 'manual actualizado'
      }
    ]
  },
  {
    kind: 'audiovisual',
    name: 'Producción audiovisual y radio',
    objective: 'Registrar y difundir en video, fotografía y radio las actividades del alcalde y su gabinete.',
    activities: [
      {
        key: 'audiovisual',
        description:
          'Preproducción, cubrimiento audiovisual y fotográfico y postproducción de los eventos del despacho y su gabinete.',
        frequency: 'permanente',
        phvaPhase: 'H',
        channels: ['YouTube', 'Facebook', 'Instagram', 'TikTok'],
        audiences: ['Ciudadanía en general'],
        responsible: 'dforero',
        goalQuantity: 80,
        goalUnit: 'videos'
      },
      {
        key: 'radio',
        description: 'Producción de cuñas radiales para la emisora comunitaria y las emisoras regionales.',
        frequency: 'mensual',
        phvaPhase: 'H',
        channels: ['Radio'],
        audiences: ['Ciudadanía en general'],
        responsible: 'dforero',
        goalQuantity: 24,
        goalUnit: 'cuñas radiales'
      }
    ]
  },
  {
    kind: 'comunicacion_interna',
    name: 'Comunicación interna',
    objective: 'Mantener informados a funcionarios y contratistas y fortalecer el clima laboral y el sentido de pertenencia.',
    activities: [
      {
        key: 'interna',
        description: 'Boletín interno semanal y comunicados para funcionarios y contratistas.',
        frequency: 'semanal',
        phvaPhase: 'H',
        channels: ['Correo masivo', 'Intranet', 'WhatsApp'],
        audiences: ['Funcionarios y contratistas', 'Alta dirección'],
        responsible: 'agutierrez',
        goalQuantity: 48,
        goalUnit: 'boletines internos'
      },
      {
        key: 'clima',
        description: 'Campañas de clima laboral, código de integridad y sentido de pertenencia.',
        frequency: 'trimestral',
        phvaPhase: 'H',
        channels: ['Intranet', 'Carteleras'],
        audiences: ['Funcionarios y contratistas'],
        responsible: 'jcuervo',
        goalQuantity: 4,
        goalUnit: 'campañas internas'
      }
    ]
  }
]
