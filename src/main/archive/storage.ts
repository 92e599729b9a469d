import { isAbsolute, join, relative, resolve } from 'node:path'

/**
 * Where the archive keeps its files inside the data folder. Copied masters live under
 * `archivo/<aaaa>/<mm>/<evento o "sin-evento">/<nombre original>` and `assets.master_path` is
 * relative to `archivo/`; thumbnails and previews live under `archivo-cache/` and `thumb_path` /
 * `preview_path` are relative to it. Referenced masters keep their absolute path.
 */
export const ARCHIVE_DIR = 'archivo'
export const ARCHIVE_CACHE_DIR = 'archivo-cache'

export const archiveDir = (dataDir: string): string => join(dataDir, ARCHIVE_DIR)
export const archiveCacheDir = (dataDir: string): string => join(dataDir, ARCHIVE_CACHE_DIR)

/** `child` resolved under `root`, or null when it would escape it (a "../" or an absolute path). */
export function pathInside(root: string, child: string): string | null {
  const base = resolve(root)
  const full = resolve(base, child)
  const rel = relative(base, full)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null
  return full
}

/** The absolute path of an asset's master as recorded, whether copied or referenced. */
export function masterPath(dataDir: string, asset: { storage_mode: 'copia' | 'referencia'; master_path: string }): string | null {
  if (asset.storage_mode === 'referencia') return isAbsolute(asset.master_path) ? asset.master_path : null
  return pathInside(archiveDir(dataDir), asset.master_path)
}
