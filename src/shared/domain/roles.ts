export const ROLES = [
  'jefe',
  'profesional',
  'disenador',
  'audiovisual',
  'community_manager',
  'archivista',
  'administrador'
] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  jefe: 'Jefe de la oficina',
  profesional: 'Profesional (periodista / redactor)',
  disenador: 'Diseñador(a)',
  audiovisual: 'Audiovisual',
  community_manager: 'Community manager',
  archivista: 'Archivista',
  administrador: 'Administrador(a)'
}
