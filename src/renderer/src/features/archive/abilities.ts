import type { Role } from '../../../../shared/domain/roles'

/**
 * Which roles see the archive's write controls. Main checks every call again
 * (src/main/auth/permissions.ts); these lists only keep the screens from offering what main refuses.
 */
const ROLES = {
  ingest: ['archivista', 'jefe', 'audiovisual'],
  catalogue: ['archivista', 'jefe', 'audiovisual'],
  consent: ['archivista', 'jefe']
} as const satisfies Record<string, readonly Role[]>

export type ArchiveAbility = keyof typeof ROLES

export function canArchive(role: Role | undefined, ability: ArchiveAbility): boolean {
  return role !== undefined && (ROLES[ability] as readonly Role[]).includes(role)
}
