/** "Boletín N.º 045 de 2026": the number with three digits, as the office's follow-up format writes it. */
export function bulletinLabel(number: number, year: number): string {
  return `Boletín N.º ${String(number).padStart(3, '0')} de ${year}`
}

/**
 * A Colombian phone written loosely: spaces, dots, dashes and parentheses are ignored, and "+57"
 * may lead. What remains is a mobile (10 digits, starting with 3) or a landline (601… to 608…,
 * 10 digits since 2021; 7 digits in older directories).
 */
export function normalizePhone(raw: string): string {
  return raw.replace(/[\s().-]/g, '')
}

export function isColombianPhone(raw: string): boolean {
  const digits = normalizePhone(raw).replace(/^\+?57(?=\d{10}$)/, '')
  return /^3\d{9}$/.test(digits) || /^60[1-8]\d{7}$/.test(digits) || /^[1-9]\d{6}$/.test(digits)
}

/** WhatsApp runs on mobiles: a Colombian mobile, or an international number written with "+". */
export function isWhatsappNumber(raw: string): boolean {
  const digits = normalizePhone(raw)
  if (digits.startsWith('+') && !digits.startsWith('+57')) return /^\+\d{8,15}$/.test(digits)
  return /^3\d{9}$/.test(digits.replace(/^\+?57(?=\d{10}$)/, ''))
}

/** Days ahead that Inicio looks for press conferences. */
export const UPCOMING_CONFERENCE_DAYS = 7

/** "12/03/2026 09:30": an instant on the Colombian wall clock (UTC−5 all year), 24-hour. */
export function formatDateTime24(isoInstant: string): string {
  const local = new Date(Date.parse(isoInstant) - 5 * 3_600_000).toISOString()
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 16)}`
}

/** "09:30" of an instant on the Colombian wall clock. */
export function formatTime24(isoInstant: string): string {
  return formatDateTime24(isoInstant).slice(11)
}
