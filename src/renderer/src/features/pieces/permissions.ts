import type { Role } from '../../../../shared/domain/roles'

/** Mirrors main's role matrix only to decide whether to show the button; main still decides. */
const CREATORS: readonly Role[] = ['jefe', 'profesional', 'community_manager', 'audiovisual']

export const canCreatePieces = (role: Role | undefined): boolean => role !== undefined && CREATORS.includes(role)
