import { describe, expect, it } from 'vitest'
import { addWorkingDays, nextWorkingDay, workingDaysBetween } from '../../src/main/calendar/working-days'

describe('addWorkingDays', () => {
  it.each([
    // Plain weeks: the day itself never counts; weekends are skipped.
    ['2026-03-10', 1, '2026-03-11'],
    ['2026-03-13', 1, '2026-03-16'],
    ['2026-03-14', 1, '2026-03-16'],
    ['2026-03-10', 0, '2026-03-10'],
    // Easter 2026: Jueves Santo 2 April and Viernes Santo 3 April.
    ['2026-04-01', 1, '2026-04-06'],
    ['2026-03-31', 2, '2026-04-06'],
    // Ascensión (Monday 18 May 2026), Corpus Christi (8 June), Sagrado Corazón (15 June).
    ['2026-05-15', 1, '2026-05-19'],
    ['2026-06-05', 1, '2026-06-09'],
    ['2026-06-12', 2, '2026-06-17'],
    // San José: 19 March 2026 is a Thursday, moved to Monday 23 March; the 19th is a working day.
    ['2026-03-18', 1, '2026-03-19'],
    ['2026-03-20', 1, '2026-03-24'],
    // 2025: Jueves and Viernes Santo on 17 and 18 April, Ascensión on Monday 2 June.
    ['2025-04-16', 1, '2025-04-21'],
    ['2025-05-30', 1, '2025-06-03'],
    // Year boundaries: 1 January is a holiday and Reyes moves to Monday 12 January 2026, so 6 January works.
    ['2025-12-31', 1, '2026-01-02'],
    ['2025-12-31', 5, '2026-01-08'],
    ['2026-01-09', 1, '2026-01-13'],
    // 2026 → 2027: Año Nuevo on Friday 1 January, Reyes on Monday 11 January.
    ['2026-12-31', 6, '2027-01-12'],
    ['2026-12-24', 1, '2026-12-28'],
    // Ley 1755 de 2015 terms from Tuesday 10 March 2026 (San José on the 23rd, Easter on 2–3 April).
    ['2026-03-10', 10, '2026-03-25'],
    ['2026-03-10', 15, '2026-04-01'],
    ['2026-03-10', 30, '2026-04-24']
  ])('%s + %i días hábiles = %s', (from, n, expected) => {
    expect(addWorkingDays(from, n)).toBe(expected)
  })

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-03-10', -1)).toThrow(RangeError)
    expect(() => addWorkingDays('2026-03-10', 1.5)).toThrow(RangeError)
  })
})

describe('nextWorkingDay', () => {
  it('skips weekends and holidays', () => {
    expect(nextWorkingDay('2026-04-02')).toBe('2026-04-06')
    expect(nextWorkingDay('2026-01-09')).toBe('2026-01-13')
    expect(nextWorkingDay('2027-12-24')).toBe('2027-12-27')
  })
})

describe('workingDaysBetween', () => {
  it('counts the working days after the first date up to and including the second', () => {
    expect(workingDaysBetween('2026-03-31', '2026-04-06')).toBe(2)
    expect(workingDaysBetween('2026-04-06', '2026-03-31')).toBe(-2)
    expect(workingDaysBetween('2026-03-10', '2026-03-10')).toBe(0)
    expect(workingDaysBetween('2026-03-07', '2026-03-08')).toBe(0)
    expect(workingDaysBetween('2025-12-31', '2026-01-08')).toBe(5)
    expect(workingDaysBetween('2026-03-10', '2026-04-24')).toBe(30)
  })

  it('is the inverse of addWorkingDays over two years of start dates', () => {
    for (let d = Date.parse('2025-11-01T00:00:00Z'); d < Date.parse('2027-11-01T00:00:00Z'); d += 5 * 86_400_000) {
      const from = new Date(d).toISOString().slice(0, 10)
      for (const n of [1, 2, 10, 15, 30]) expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n)
    }
  })
})
