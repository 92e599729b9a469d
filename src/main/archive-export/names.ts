import { extname } from 'node:path'
import { safeName } from '../files/safe-name'

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
