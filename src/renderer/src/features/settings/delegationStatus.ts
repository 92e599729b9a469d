import type { Delegation } from '../../../../shared/contract'

export type DelegationStatus = 'vigente' | 'programada' | 'vencida' | 'revocada'

export const DELEGATION_STATUS: Record<DelegationStatus, { label: string; color: string }> = {
  vigente: { label: 'Vigente', color: 'green' },
  programada: { label: 'Programada', color: 'blue' },
  vencida: { label: 'Vencida', color: 'gray' },
  revocada: { label: 'Revocada', color: 'red' }
}

/** "In force" comes from main; the rest only depends on the dates and on today in Colombia. */
export function delegationStatus(d: Delegation, today: string): DelegationStatus {
  if (d.revokedAt) return 'revocada'
  if (d.activeNow) return 'vigente'
  return d.startsOn > today ? 'programada' : 'vencida'
}
