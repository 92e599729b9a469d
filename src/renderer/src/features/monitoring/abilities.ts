import type { SessionUser } from '../../../../shared/contract'
import type { Role } from '../../../../shared/domain/roles'

/**
 * Mirrors src/main/auth/permissions.ts ('monitoring.record', 'monitoring.digest') and the row rule
 * on deleting: main checks every call again; these only keep the screen from offering what main refuses.
 */
const MONITORS: readonly Role[] = ['jefe', 'profesional', 'community_manager']

export const canRecordClips = (user: SessionUser | null): boolean => user !== null && MONITORS.includes(user.role)
export const canMakeDigest = canRecordClips
export const canDeleteClip = (user: SessionUser | null, createdById: number): boolean =>
  user !== null && (user.role === 'jefe' || (canRecordClips(user) && user.id === createdById))
