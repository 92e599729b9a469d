const UNITS = ['bytes', 'KB', 'MB', 'GB', 'TB'] as const

const numberFormat = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1 })

/** "1,2 GB", "200 MB", "512 bytes": binary multiples, Colombian decimal comma. */
export function formatBytes(bytes: number): string {
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  return `${numberFormat.format(value)} ${UNITS[unit]}`
}
