import { isoDateInColombia } from '../../../../shared/dates'

export type PeriodKey = 'mes' | 'mes_anterior' | 'trimestre' | 'anio'

export const PERIOD_OPTIONS: { value: PeriodKey; label: string }[] = [
  { value: 'mes', label: 'Este mes' },
  { value: 'mes_anterior', label: 'Mes anterior' },
  { value: 'trimestre', label: 'Últimos tres meses' },
  { value: 'anio', label: 'Este año' }
]

const pad = (n: number) => String(n).padStart(2, '0')
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()
const first = (year: number, month: number) => {
  const d = new Date(Date.UTC(year, month - 1, 1))
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 }
}

/** The period's Colombian dates, both ends included, as of `now`. */
export function periodRange(key: PeriodKey, now: Date = new Date()): { from: string; to: string } {
  const today = isoDateInColombia(now)
  const year = Number(today.slice(0, 4))
  const month = Number(today.slice(5, 7))
  switch (key) {
    case 'mes':
      return { from: `${year}-${pad(month)}-01`, to: today }
    case 'mes_anterior': {
      const p = first(year, month - 1)
      return { from: `${p.year}-${pad(p.month)}-01`, to: `${p.year}-${pad(p.month)}-${pad(lastDay(p.year, p.month))}` }
    }
    case 'trimestre': {
      const p = first(year, month - 2)
      return { from: `${p.year}-${pad(p.month)}-01`, to: today }
    }
    case 'anio':
      return { from: `${year}-01-01`, to: today }
  }
}
