import { extname } from 'node:path'

// Masters and bags are often copied to Windows shares (archivo central): names must be valid there too.
const RESERVED_CHARS = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
const RESERVED_NAMES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i
const MAX_NAME = 150

/** A file or folder name valid on Windows, macOS and Linux, as close to the original as possible. */
export function safeName(original: string, fallback = 'archivo'): string {
  let name = original.normalize('NFC').replace(RESERVED_CHARS, '_').replace(/[. ]+$/, '').trim()
  if (name === '' || /^\.+$/.test(name)) name = fallback
  const ext = extname(name)
  let stem = name.slice(0, name.length - ext.length)
  // "CON.jpg" is as reserved as "CON": Windows looks at the part before the first dot.
  if (RESERVED_NAMES.test(stem.split('.')[0] ?? '')) stem = `_${stem}`
  if (stem.length + ext.length > MAX_NAME) stem = stem.slice(0, Math.max(1, MAX_NAME - ext.length)).trimEnd()
  return `${stem}${ext}`
}
