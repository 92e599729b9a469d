import type { Role } from '../../../shared/domain/roles'

/** Every demo account shares it; the login screen shows it next to the accounts. */
export const DEMO_PASSWORD = 'cajica-demo'

export const ENTITY = {
  entityName: 'Alcaldía de Cajicá',
  officeName: 'Oficina Asesora de Comunicaciones',
  city: 'Cajicá, Cundinamarca',
  nit: '899.999.465-0'
}

export interface DemoAccount {
  username: DemoUser
  fullName: string
  role: Role
  email: string
}

export type DemoUser = 'crincon' | 'hcastiblanco' | 'agutierrez' | 'jcuervo' | 'dforero' | 'srozo' | 'gsandoval'

/** One person per role; the jefe comes first because app.setup creates that account. */
export const ACCOUNTS: readonly DemoAccount[] = [
  { username: 'crincon', fullName: 'Carolina Rincón Beltrán', role: 'jefe', email: 'comunicaciones@cajica.gov.co' },
  { username: 'hcastiblanco', fullName: 'Hernán Darío Castiblanco', role: 'administrador', email: 'sistemas@cajica.gov.co' },
  { username: 'agutierrez', fullName: 'Andrés Felipe Gutiérrez', role: 'profesional', email: 'prensa@cajica.gov.co' },
  { username: 'jcuervo', fullName: 'Julián Andrés Cuervo', role: 'disenador', email: 'diseno.comunicaciones@cajica.gov.co' },
  { username: 'dforero', fullName: 'Daniela Forero Páez', role: 'audiovisual', email: 'audiovisual@cajica.gov.co' },
  { username: 'srozo', fullName: 'Santiago Rozo Malaver', role: 'community_manager', email: 'redes@cajica.gov.co' },
  { username: 'gsandoval', fullName: 'Gloria Inés Sandoval', role: 'archivista', email: 'archivo.comunicaciones@cajica.gov.co' }
]

export const JEFE: DemoUser = 'crincon'
export const ADMIN: DemoUser = 'hcastiblanco'

/** Dependencias the office works with beyond the Colombian defaults. */
export const EXTRA_DEPENDENCIAS = ['Secretaría de Cultura', 'Secretaría de Desarrollo Económico'] as const

/** The jefe was away at a regional meeting and delegated approval; reviews in those days are the delegate's. */
export const PAST_DELEGATION = {
  delegate: 'agutierrez' as DemoUser,
  createdDaysAgo: 17,
  fromDaysAgo: 16,
  toDaysAgo: 14,
  note: 'Asistencia de la jefe al Encuentro Regional de Comunicadores Públicos de Cundinamarca.'
}

/** Approval already arranged for the jefe's coming vacation. */
export const UPCOMING_DELEGATION = {
  delegate: 'agutierrez' as DemoUser,
  startsInDays: 24,
  endsInDays: 38,
  note: 'Vacaciones de la jefe de la oficina.'
}
