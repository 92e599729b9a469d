/** The value below which `p` (0..1) of the values fall, interpolating linearly as Excel's PERCENTIL.INC. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = p * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low)
}

export const median = (values: readonly number[]): number | null => percentile(values, 0.5)

/** part / whole, or null when there is no whole to divide by. */
export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null)

export interface Count {
  label: string
  count: number
}

/** How many items fall under each label, the largest first (ties by label, Spanish order). */
export function countBy<T>(items: readonly T[], labelsOf: (item: T) => string | readonly string[]): Count[] {
  const counts = new Map<string, number>()
  for (const item of items) {
    const labels = labelsOf(item)
    for (const label of typeof labels === 'string' ? [labels] : new Set(labels)) counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'es'))
}
