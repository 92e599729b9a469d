import type { Role } from '../../../../shared/domain/roles'

/**
 * Which roles see the write controls of issue 4's screens. Main checks every call again
 * (src/main/auth/permissions.ts); these lists only keep the screens from offering what main refuses.
 */
const ROLES = {
  generateReports: ['jefe', 'profesional', 'disenador', 'audiovisual', 'community_manager', 'archivista'],
  configureReports: ['jefe', 'administrador'],
  manageSocial: ['jefe', 'community_manager', 'profesional'],
  manageDelivery: ['jefe', 'administrador'],
  manageBackups: ['jefe', 'administrador']
} as const satisfies Record<string, readonly Role[]>

export type ReportAbility = keyof typeof ROLES

export function can(role: Role | undefined, ability: ReportAbility): boolean {
  return role !== undefined && (ROLES[ability] as readonly Role[]).includes(role)
}
