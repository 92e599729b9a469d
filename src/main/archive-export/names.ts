import { extname } from 'node:path'

// A bag is often copied to Windows shares (archivo central): names must be valid there too.
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

/** "foto.jpg" → "foto (2).jpg". */
function numbered(name: string, n: number): string {
  const ext = extname(name)
  return `${name.slice(0, name.length - ext.length)} (${n})${ext}`
}

/**
 * Hands out names unique in one folder. Windows and macOS ignore case, so "Foto.JPG" and
 * "foto.jpg" collide too; a later one becomes "foto (2).jpg".
 */
export class NameSet {
  private readonly taken = new Set<string>()

  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(this.key(name))
  }

  private key(name: string): string {
    return name.normalize('NFC').toLocaleLowerCase('es-CO')
  }

  has(name: string): boolean {
    return this.taken.has(this.key(name))
  }

  /** A free name for `original`, reserved from now on (with `alsoReserve(name)`, e.g. its sidecar). */
  claim(original: string, alsoReserve: (name: string) => string[] = () => []): string {
    const base = safeName(original)
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? base : numbered(base, n)
      const all = [candidate, ...alsoReserve(candidate)]
      if (all.some((c) => this.has(c))) continue
      for (const c of all) this.taken.add(this.key(c))
      return candidate
    }
  }
}
