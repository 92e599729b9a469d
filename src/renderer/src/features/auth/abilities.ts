import type { Role } from '../../../../shared/domain/roles'

/**
 * Which roles see write controls. Main checks every write again (src/main/auth/permissions.ts);
 * these lists only keep the screens from offering what main would refuse.
 */
const WRITERS = {
  users: ['jefe', 'administrador'],
  settings: ['jefe', 'administrador'],
  catalogues: ['jefe', 'administrador'],
  delegations: ['jefe'],
  plans: ['jefe'],
  requests: ['jefe', 'profesional', 'community_manager']
} as const satisfies Record<string, readonly Role[]>

export type Ability = keyof typeof WRITERS

export function canManage(role: Role | undefined, ability: Ability): boolean {
  return role !== undefined && (WRITERS[ability] as readonly Role[]).includes(role)
}
