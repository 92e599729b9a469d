import type { EXTRA_DEPENDENCIAS } from './office'

/** Names from the default catalogue (src/shared/domain/catalogues.ts) the demo refers to. */
export type Channel =
  | 'Página web'
  | 'Facebook'
  | 'X'
  | 'Instagram'
  | 'YouTube'
  | 'TikTok'
  | 'WhatsApp'
  | 'Intranet'
  | 'Correo masivo'
  | 'Radio'
  | 'Prensa'
  | 'Carteleras'

export type Audience =
  | 'Ciudadanía en general'
  | 'Medios de comunicación'
  | 'Funcionarios y contratistas'
  | 'Alta dirección'
  | 'Concejo Municipal'
  | 'Entes de control'
  | 'Gremios'
  | 'Veedurías'

export type Dependencia =
  | 'Despacho del Alcalde'
  | 'Secretaría de Gobierno'
  | 'Secretaría de Hacienda'
  | 'Secretaría de Planeación'
  | 'Secretaría de Salud'
  | 'Secretaría de Educación'
  | 'Secretaría de Desarrollo Social'
  | 'Secretaría de Infraestructura'
  | 'Secretaría de Movilidad'
  | 'Secretaría de Ambiente'
  | 'Oficina de Control Interno'
  | 'Oficina Jurídica'
  | (typeof EXTRA_DEPENDENCIAS)[number]
