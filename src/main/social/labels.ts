import { SOCIAL_NETWORK_LABELS, SOCIAL_NETWORKS, type SocialNetwork } from '../../shared/domain/reports'

const monthFormat = new Intl.DateTimeFormat('es-CO', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "2026-10" → "octubre de 2026". */
export const monthName = (month: string): string => monthFormat.format(new Date(`${month}-01T00:00:00Z`))

/** "octubre de 2026", or "3 meses (enero de 2026 a marzo de 2026)". */
export function monthsText(months: string[]): string {
  const sorted = [...new Set(months)].sort()
  if (sorted.length === 1) return monthName(sorted[0]!)
  return `${sorted.length} meses (${monthName(sorted[0]!)} a ${monthName(sorted[sorted.length - 1]!)})`
}

/** "Facebook de octubre de 2026 y X de 2 meses (…)": the network-months a write touched, for the history. */
export function networkMonthsText(keys: { network: SocialNetwork; month: string }[]): string {
  const parts = SOCIAL_NETWORKS.flatMap((network) => {
    const months = keys.filter((k) => k.network === network).map((k) => k.month)
    return months.length > 0 ? [`${SOCIAL_NETWORK_LABELS[network]} de ${monthsText(months)}`] : []
  })
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} y ${parts[parts.length - 1]}`
}
