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
  'archive.retention': ['jefe', 'archivista'],
  // Risks and improvement (issue 5): the jefe keeps the risk matrix and the improvement plan; whoever
  // is responsible for a control or an action records its follow-up or progress (row rule in risks/ and improvement/).
  'risks.manage': ['jefe'],
  'risks.followup': ['jefe', 'profesional', 'disenador', 'audiovisual', 'community_manager', 'archivista'],
  'improvement.manage': ['jefe'],
  'improvement.progress': ['jefe', 'profesional', 'disenador', 'audiovisual', 'community_manager', 'archivista'],
  // Press (issue 5): bulletins go out under the office's editorial staff; the media directory and the
  // press conferences are kept by whoever deals with journalists (audiovisual links the conference's material).
  'press.bulletins': ['jefe', 'profesional', 'community_manager'],
  'press.contacts': ['jefe', 'profesional', 'community_manager'],
  'press.conferences': ['jefe', 'profesional', 'community_manager', 'audiovisual'],
  // Coverage schedule (issue 5): whoever runs the office's agenda programmes events and assigns the team.
  // Accepting, starting and delivering a coverage is the assignee's (the jefe may also mark it delivered): see coverage/rules.ts.
  'coverage.schedule': ['jefe', 'profesional', 'community_manager'],
  // Media monitoring (issue 5): the press professionals and the community manager follow the media and
  // the networks every morning and send the directors the daily digest. Deleting a clip is its author's
  // or the jefe's (row rule in monitoring/clip-writes.ts).
  'monitoring.record': ['jefe', 'profesional', 'community_manager'],
  'monitoring.digest': ['jefe', 'profesional', 'community_manager'],
  // Archive export (issue 3): a BagIt package takes masters out of Pauta (a transfer to archivo central): the archivist's, under the jefe.
  'archive.export': ['jefe', 'archivista'],
  // Citizen inquiries (issue 5): those who answer the office's networks register, assign and answer them
  // (the reply is the assignee's or the jefe's: inquiries/rules.ts); the term for network replies is an office setting.
  'inquiries.manage': ['jefe', 'profesional', 'community_manager'],
  'inquiries.configure': ['jefe', 'administrador'],
  // Indicators (issue 5): the jefe defines the indicator sheets; measurements are recorded by the jefe or
  // the sheet's responsible (row rule in indicators/rules.ts), who may hold any editorial role.
  'indicators.manage': ['jefe'],
  'indicators.record': ['jefe', 'profesional', 'disenador', 'audiovisual', 'community_manager', 'archivista']
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
  'archive.retention': 'Solo el archivista o el jefe de la oficina gestionan la Tabla de Retención Documental.',
  // Risks and improvement (issue 5)
  'risks.manage': 'Solo el jefe de la oficina registra y modifica los riesgos y sus controles.',
  'risks.followup': 'Su rol no permite registrar seguimientos de controles.',
  'improvement.manage': 'Solo el jefe de la oficina registra hallazgos, acciones de mejora y su cierre.',
  'improvement.progress': 'Su rol no permite registrar avances de acciones de mejora.',
  // Press (issue 5)
  'press.bulletins': 'Solo el jefe de la oficina, un profesional o el community manager numeran y envían boletines de prensa.',
  'press.contacts': 'Solo el jefe de la oficina, un profesional o el community manager gestionan el directorio de medios y sus listas.',
  'press.conferences': 'Solo el jefe de la oficina, un profesional, el community manager o el equipo audiovisual registran ruedas de prensa.',
  // Coverage schedule (issue 5)
  'coverage.schedule': 'Solo el jefe de la oficina, un profesional o el community manager programan eventos y asignan cubrimientos.',
  // Media monitoring (issue 5)
  'monitoring.record': 'Solo el jefe de la oficina, un profesional o el community manager registran notas del seguimiento de medios.',
  'monitoring.digest': 'Solo el jefe de la oficina, un profesional o el community manager generan y envían el boletín diario de medios.',
  // Archive export (issue 3)
  'archive.export': 'Solo el archivista o el jefe de la oficina exportan paquetes del archivo audiovisual.',
  // Citizen inquiries (issue 5)
  'inquiries.manage': 'Solo el jefe de la oficina, un profesional o el community manager registran y responden inquietudes ciudadanas.',
  'inquiries.configure': 'Solo el jefe de la oficina o un administrador cambian el término de respuesta en redes.',
  // Indicators (issue 5)
  'indicators.manage': 'Solo el jefe de la oficina define las hojas de vida de los indicadores.',
  'indicators.record': 'Su rol no permite registrar mediciones de indicadores.'
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role)
}

export function authorize(ctx: AuthedCtx, permission: Permission): void {
  if (!hasPermission(ctx.user.role, permission)) throw forbidden(DENIED[permission])
}
