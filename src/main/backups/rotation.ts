import type { BackupTier } from '../../shared/domain/reports'
import { isoDateInColombia } from '../../shared/dates'

export interface DatedBackup {
  fileName: string
  takenAt: Date
}

export interface Rotation {
  keep: (DatedBackup & { tier: BackupTier })[]
  remove: DatedBackup[]
}

/** ISO 8601 week of a calendar date, e.g. "2026-W11"; the year is the week's own. */
export function isoWeek(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  const weekday = date.getUTCDay() || 7
  // The Thursday of the same week decides the week's year.
  const thursday = new Date(date.getTime() + (4 - weekday) * 86_400_000)
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1)
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7)
  return `${thursday.getUTCFullYear()}-W${String(week).padStart(2, '0')}`
}

/**
 * Which backups to keep: the newest of each of the `daily` most recent days; then, among the
 * older ones, the newest of each of the `weekly` most recent ISO weeks; then, older still, the
 * newest of each of the `monthly` most recent months. Days, weeks and months are Colombian. Each
 * tier starts where the previous one ends, so the counts add up and no file holds two tiers.
 * Everything else is removed.
 */
export function planRotation(backups: readonly DatedBackup[], retention: Record<BackupTier, number>): Rotation {
  const newestFirst = [...backups].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime())
  const keep: Rotation['keep'] = []
  let rest = newestFirst
  const tiers: [BackupTier, (b: DatedBackup) => string][] = [
    ['diaria', (b) => isoDateInColombia(b.takenAt)],
    ['semanal', (b) => isoWeek(isoDateInColombia(b.takenAt))],
    ['mensual', (b) => isoDateInColombia(b.takenAt).slice(0, 7)]
  ]
  for (const [tier, periodOf] of tiers) {
    const seen = new Set<string>()
    let oldestKept = -1
    for (let i = 0; i < rest.length && seen.size < retention[tier]; i++) {
      const period = periodOf(rest[i]!)
      if (seen.has(period)) continue
      seen.add(period)
      keep.push({ ...rest[i]!, tier })
      oldestKept = i
    }
    // Older copies from a period already kept (a second backup the same day) go, not down a tier.
    rest = rest.slice(oldestKept + 1).filter((b) => !seen.has(periodOf(b)))
  }
  const kept = new Set(keep.map((k) => k.fileName))
  return { keep, remove: newestFirst.filter((b) => !kept.has(b.fileName)) }
}
