import { SOCIAL_NETWORKS, type SocialNetwork } from '../../shared/domain/reports'
import { isoDateInColombia } from '../../shared/dates'
import type { DemoWorld } from './world'

const COMMUNITY_MANAGER = 'srozo'
const MONTHS_OF_HISTORY = 6

/** Where each network stood six months ago and how much it grows each month (a modest municipal page). */
const BASELINE: Record<SocialNetwork, { followers: number; growth: number; publications: number; reachPerPost: number; videoShare: number }> = {
  facebook: { followers: 38_400, growth: 0.012, publications: 46, reachPerPost: 2_900, videoShare: 0.25 },
  instagram: { followers: 21_700, growth: 0.018, publications: 38, reachPerPost: 2_100, videoShare: 0.4 },
  x: { followers: 12_900, growth: 0.006, publications: 60, reachPerPost: 900, videoShare: 0.1 },
  youtube: { followers: 2_450, growth: 0.01, publications: 6, reachPerPost: 1_400, videoShare: 1 },
  tiktok: { followers: 6_800, growth: 0.035, publications: 14, reachPerPost: 5_200, videoShare: 1 }
}

/** "aaaa-mm" of the month `back` months before the one of `day`. */
function monthBefore(day: string, back: number): string {
  const year = Number(day.slice(0, 4))
  const month = Number(day.slice(5, 7)) - back
  const date = new Date(Date.UTC(year, month - 1, 1))
  return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`
}

/**
 * The community manager types in the closed months' statistics from the platforms, so the monthly
 * report has its social section and its month-on-month change.
 */
export function scheduleSocialStats(world: DemoWorld, daysAgo: number): void {
  const minutes = 16 * 60
  // The months are counted back from the day the figures are typed in: only closed months have them.
  const enteredOn = isoDateInColombia(world.calendar.at(daysAgo, minutes))
  world.timeline.add(daysAgo, minutes, async () => {
    const rows = SOCIAL_NETWORKS.flatMap((network) => {
      const base = BASELINE[network]
      return Array.from({ length: MONTHS_OF_HISTORY }, (_, i) => {
        const age = MONTHS_OF_HISTORY - i
        // A slightly uneven month: municipal agendas have busy and quiet months.
        const pulse = 1 + 0.15 * Math.sin(i * 1.7 + network.length)
        const publications = Math.round(base.publications * pulse)
        const reach = Math.round(publications * base.reachPerPost * pulse)
        return {
          network,
          month: monthBefore(enteredOn, age),
          values: {
            followers: Math.round(base.followers * (1 + base.growth) ** i),
            publications,
            reach,
            impressions: Math.round(reach * 1.6),
            interactions: Math.round(reach * 0.045),
            videoViews: Math.round(reach * base.videoShare * 0.8)
          }
        }
      })
    })
    await world.office.call(COMMUNITY_MANAGER, 'social', 'save', { rows })
  })
}
