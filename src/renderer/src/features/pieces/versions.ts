import type { ContentVersionSummary, DesignVersion } from '../../../../shared/contract'

/** Newest first, by version number. */
export const newestFirst = <T extends { number: number }>(versions: T[]): T[] => [...versions].sort((a, b) => b.number - a.number)

export const latestVersion = <T extends ContentVersionSummary | DesignVersion>(versions: T[]): T | null => newestFirst(versions)[0] ?? null
