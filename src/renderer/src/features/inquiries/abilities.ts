import type { Role } from '../../../../shared/domain/roles'

/**
 * Which roles see the inquiry write controls. Main checks every write again
 * (src/main/auth/permissions.ts, inquiries.*); these lists only keep the screen from offering what main would refuse.
 */
const HANDLERS: readonly Role[] = ['jefe', 'profesional', 'community_manager']
const CONFIGURERS: readonly Role[] = ['jefe', 'administrador']

export const canHandleInquiries = (role: Role | undefined) => role !== undefined && HANDLERS.includes(role)
export const canConfigureInquiries = (role: Role | undefined) => role !== undefined && CONFIGURERS.includes(role)
