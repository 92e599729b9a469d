import { stat } from 'node:fs/promises'
import { extname } from 'node:path'
import type { AssetVariant } from '../core/host'
import type { Db } from '../db/connection'
import { archiveCacheDir, masterPath, pathInside } from './storage'

export interface AssetFile {
  path: string
  mime: string
  size: number
  /** Where the served bytes start in `path` (an embedded thumbnail inside its master); 0 otherwise. */
  offset: number
}

const CACHE_MIME: Record<string, string> = { '.webp': 'image/webp', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png' }

/**
 * The file behind one variant of a catalogued asset, or null: unknown asset, no such variant yet,
 * a recorded path that would leave its folder, or a master whose drive is not connected.
 */
export async function resolveAssetFile(db: Db, dataDir: string, assetId: number, variant: AssetVariant): Promise<AssetFile | null> {
  if (!Number.isSafeInteger(assetId) || assetId <= 0) return null
  const asset = await db
    .selectFrom('assets')
    .select(['mime', 'storage_mode', 'master_path', 'thumb_path', 'preview_path', 'embedded_thumb_offset', 'embedded_thumb_length'])
    .where('id', '=', assetId)
    .executeTakeFirst()
  if (!asset) return null
  if (variant === 'thumb' && asset.thumb_path === null && asset.embedded_thumb_offset !== null && asset.embedded_thumb_length !== null) {
    return embeddedThumbnail(masterPath(dataDir, asset), asset.embedded_thumb_offset, asset.embedded_thumb_length)
  }
  let path: string | null
  let mime: string
  if (variant === 'master') {
    path = masterPath(dataDir, asset)
    mime = asset.mime
  } else {
    const cached = variant === 'thumb' ? asset.thumb_path : asset.preview_path
    path = cached === null ? null : pathInside(archiveCacheDir(dataDir), cached)
    mime = path === null ? '' : (CACHE_MIME[extname(path).toLowerCase()] ?? '')
  }
  if (path === null || !mime) return null
  try {
    const info = await stat(path)
    return info.isFile() ? { path, mime, size: info.size, offset: 0 } : null
  } catch {
    return null
  }
}

/** The JPEG thumbnail inside a master, while its drive is connected and the master still holds those bytes. */
async function embeddedThumbnail(path: string | null, offset: number, length: number): Promise<AssetFile | null> {
  if (path === null) return null
  try {
    const info = await stat(path)
    return info.isFile() && offset + length <= info.size ? { path, mime: 'image/jpeg', size: length, offset } : null
  } catch {
    return null
  }
}
