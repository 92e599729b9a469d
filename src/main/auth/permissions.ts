import type { Role } from '../../shared/domain/roles'
import { forbidden } from '../core/errors'
import type { AuthedCtx } from '../core/context'

/**
 * Which roles may perform each kind of write. Piece-level rules (writer, designer, approver,
 * no self-approval) live in pieces/rules.ts on top of these.
 */
export const PERMISSIONS = {
  'users.manage': ['jefe', 'administrador'],
  'settings.manage': ['jefe', 'administrador'],
  'catalogues.manage': ['jefe', 'administrador'],
  'delegations.manage': ['jefe'],
  'plans.manage': ['jefe'],
  'requests.manage': ['jefe', 'profesional', 'community_manager'],
  'pieces.create': ['jefe', 'profesional', 'community_manager', 'audiovisual'],
  'pieces.publish': ['jefe', 'profesional', 'community_manager'],
  'audit.read': ['jefe', 'administrador'],
  // Reports (issue 4): the header is part of the entity's quality system; every editorial role produces reports.
  'reports.configure': ['jefe', 'administrador'],
  'reports.generate': ['jefe', 'profesional', 'disenador', 'audiovisual', 'community_manager', 'archivista'],
  // Social-network statistics (issue 4): the people who run the networks record their monthly figures.
  'social.manage': ['jefe', 'community_manager', 'profesional'],
  // Delivery and backups (issue 4): where files go and how the database is kept safe are office-wide settings.
  'delivery.manage': ['jefe', 'administrador'],
  'backups.manage': ['jefe', 'administrador'],
  // Archive catalogue (issue 3): archivists and the jefe describe assets; audiovisual describes its own coverage.
  // Consent is a legal record (Ley 1581 de 2012): only the archivist and the jefe register it.
  'archive.catalogue': ['jefe', 'archivista', 'audiovisual'],
  'archive.consent': ['jefe', 'archivista'],
  'archive.fixity': ['jefe', 'archivista'],
  // Archive ingest (issue 3): archivists and the jefe import cards and folders; audiovisual imports its own coverage.
  'archive.ingest': ['jefe', 'archivista', 'audiovisual'],
  // Retention (issue 3): the Tabla de Retención Documental is the archivist's, under the jefe.
  'archive.retention': ['jefe', 'archivista']
} as const satisfies Record<string, readonly Role[]>

export type Permission = keyof typeof PERMISSIONS

const DENIED: Record<Permission, string> = {
  'users.manage': 'Solo el jefe de la oficina o un administrador gestionan las cuentas.',
  'settings.manage': 'Solo el jefe de la oficina o un administrador cambian los datos de la entidad.',
  'catalogues.manage': 'Solo el jefe de la oficina o un administrador editan los catálogos.',
  'delegations.manage': 'Solo el jefe de la oficina delega la aprobación.',
  'plans.manage': 'Solo el jefe de la oficina registra y modifica el Plan de Comunicaciones.',
  'requests.manage': 'Su rol no permite registrar ni tramitar solicitudes.',
  'pieces.create': 'Su rol no permite crear piezas.',
  'pieces.publish': 'Su rol no permite registrar publicaciones.',
  'audit.read': 'Solo el jefe de la oficina o un administrador consultan el registro de auditoría.',
  // Reports (issue 4)
  'reports.configure': 'Solo el jefe de la oficina o un administrador cambian el encabezado de los informes.',
  'reports.generate': 'Su rol no permite generar informes.',
  // Social-network statistics (issue 4)
  'social.manage': 'Solo el jefe de la oficina, el community manager o un profesional registran las estadísticas de redes sociales.',
  // Delivery and backups (issue 4)
  'delivery.manage': 'Solo el jefe de la oficina o un administrador configuran los destinos y la bandeja de salida.',
  'backups.manage': 'Solo el jefe de la oficina o un administrador gestionan las copias de seguridad.',
  // Archive catalogue (issue 3)
  'archive.catalogue': 'Solo el archivista, el jefe de la oficina o el equipo audiovisual catalogan el material de archivo.',
  'archive.consent': 'Solo el archivista o el jefe de la oficina registran autorizaciones de uso de imagen.',
  'archive.fixity': 'Solo el archivista o el jefe de la oficina verifican la integridad del archivo o reubican sus carpetas.',
  // Archive ingest (issue 3)
  'archive.ingest': 'Solo el archivista, el jefe de la oficina o el equipo audiovisual importan material al archivo.',
  'archive.retention': 'Solo el archivista o el jefe de la oficina gestionan la Tabla de Retención Documental.'
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role)
}

export function authorize(ctx: AuthedCtx, permission: Permission): void {
  if (!hasPermission(ctx.user.role, permission)) throw forbidden(DENIED[permission])
}
