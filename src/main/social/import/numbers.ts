export type CountCell = { kind: 'empty' } | { kind: 'value'; value: number } | { kind: 'error'; reason: string }

const MAX = 10_000_000_000

/** Cells the platforms leave for "no data". */
const EMPTY = new Set(['', '-', '--', '—', 'n/a', 'na'])

const PLAIN = /^\d+$/
// Thousands grouped by one separator, used the same way throughout: "1.234.567", "1,234", "12 500".
const GROUPED = [/^\d{1,3}(?:\.\d{3})+$/, /^\d{1,3}(?:,\d{3})+$/, /^\d{1,3}(?:[ \u00A0\u202F]\d{3})+$/]
const ABBREVIATED = /^\d+(?:[.,]\d+)?\s*(?:k|m|mil|mill|millones)\.?$/i
const DECIMAL = /^\d+[.,]\d+$/
const NEGATIVE = /^(?:-\s*[\d.,\s]+|\(\s*[\d.,\s]+\))$/
const PERCENT = /^-?[\d.,\s]+%$/

/**
 * A whole count as the platforms export it. Digits may be grouped in thousands with "." or ","
 * (es-CO and English exports) or spaces; "1,234" is read as one thousand two hundred thirty-four,
 * since every metric is a count. Anything else is refused with the reason, never guessed.
 */
export function parseCount(raw: string): CountCell {
  const text = raw.trim()
  if (EMPTY.has(text.toLowerCase())) return { kind: 'empty' }
  let digits: string | null = null
  if (PLAIN.test(text)) digits = text
  else if (GROUPED.some((pattern) => pattern.test(text))) digits = text.replace(/[.,\s\u00A0\u202F]/g, '')
  if (digits !== null) {
    const value = Number(digits)
    if (value > MAX) return { kind: 'error', reason: `«${text}» es demasiado grande para una cifra mensual` }
    return { kind: 'value', value }
  }
  if (NEGATIVE.test(text)) return { kind: 'error', reason: `«${text}» es negativo; las cifras no pueden ser negativas` }
  if (PERCENT.test(text)) return { kind: 'error', reason: `«${text}» es un porcentaje; esta columna debe tener cantidades` }
  if (ABBREVIATED.test(text)) {
    return { kind: 'error', reason: `«${text}» está abreviado; exporte las cifras completas, sin «k» ni «M»` }
  }
  if (DECIMAL.test(text)) return { kind: 'error', reason: `«${text}» tiene decimales; se esperan cantidades enteras` }
  return { kind: 'error', reason: `«${text}» no es un número` }
}
