import { lstat, readdir } from 'node:fs/promises'
import { join } from 'node:path'

export interface ScannedFile {
  /** Relative to the source folder, with "/" separators on every platform. */
  relativePath: string
  size: number
}

// Operating-system bookkeeping that is never part of an office's material.
const SKIPPED = new Set(['thumbs.db', 'desktop.ini', '.ds_store', '$recycle.bin', 'system volume information', '.spotlight-v100', '.trashes', '.fseventsd'])

const skipped = (name: string): boolean => name.startsWith('.') || name.startsWith('._') || SKIPPED.has(name.toLowerCase())

/** Every regular file under `root`, recursively, in a stable order; links are not followed. */
export async function scanFolder(root: string): Promise<ScannedFile[]> {
  const files: ScannedFile[] = []
  const walk = async (dir: string, prefix: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true })
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    const kept = entries.filter((entry) => !skipped(entry.name))
    const relative = (name: string) => (prefix ? `${prefix}/${name}` : name)
    // A folder's files are measured together (a card holds thousands; one at a time took longer than cataloguing the first ones).
    const sizes = await Promise.all(kept.map((entry) => (entry.isFile() ? lstat(join(dir, entry.name)).then((s) => s.size, () => null) : null)))
    for (const [i, entry] of kept.entries()) {
      if (entry.isDirectory()) {
        try {
          await walk(join(dir, entry.name), relative(entry.name))
        } catch {
          // An unreadable subfolder is skipped; the rest of the source is still imported.
        }
      } else if (sizes[i] !== null && sizes[i] !== undefined) {
        files.push({ relativePath: relative(entry.name), size: sizes[i] })
      }
    }
  }
  await walk(root, '')
  return files
}
