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
    for (const entry of entries) {
      if (skipped(entry.name)) continue
      const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name
      const full = join(dir, entry.name)
      if (entry.isDirectory()) {
        try {
          await walk(full, relativePath)
        } catch {
          // An unreadable subfolder is skipped; the rest of the source is still imported.
        }
      } else if (entry.isFile()) {
        const stat = await lstat(full).catch(() => null)
        if (stat) files.push({ relativePath, size: stat.size })
      }
    }
  }
  await walk(root, '')
  return files
}
