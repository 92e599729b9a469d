import type { Trx } from '../core/context'

/**
 * The next number of the year for pieces ("PZ-2026-0007") or requests ("SOL-2026-0007"). Read
 * inside the write's transaction, which holds SQLite's only writer, so two writes never get the
 * same number; UNIQUE (year, seq) backs it up.
 */
export async function nextCode(
  trx: Trx,
  table: 'pieces' | 'requests',
  prefix: 'PZ' | 'SOL',
  year: number
): Promise<{ code: string; year: number; seq: number }> {
  const row = await trx
    .selectFrom(table)
    .select((eb) => eb.fn.max<number | null>('seq').as('last'))
    .where('year', '=', year)
    .executeTakeFirst()
  const seq = (row?.last ?? 0) + 1
  return { code: `${prefix}-${year}-${String(seq).padStart(4, '0')}`, year, seq }
}

/** The year of a Colombian calendar date "aaaa-mm-dd". */
export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4))
