import type { Role } from '../../../../shared/domain/roles'

/** Who sees «Nuevo evento»; main checks again (permission coverage.schedule). */
const SCHEDULERS: readonly Role[] = ['jefe', 'profesional', 'community_manager']

export const canSchedule = (role: Role | undefined) => role !== undefined && SCHEDULERS.includes(role)
