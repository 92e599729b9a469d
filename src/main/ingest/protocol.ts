import type { AssetKind } from '../../shared/domain/archive'

/** What the main thread asks an ingest worker to do with one file. */
export type WorkerTask =
  | { type: 'catalogue'; taskId: number; path: string; kind: AssetKind }
  | { type: 'preview'; taskId: number; path: string; kind: AssetKind; cacheDir: string; sha256: string; durationSeconds: number | null }

/** Embedded metadata as read from the file; dates are left as written so main applies the offset. */
export interface EmbeddedMetadata {
  /** "aaaa:mm:dd hh:mm:ss" as the camera wrote it (local time of the camera). */
  dateTaken: string | null
  /** "+hh:mm" / "-hh:mm" when the camera recorded it. */
  offset: string | null
  camera: string | null
  gpsLat: number | null
  gpsLon: number | null
  creator: string
  copyright: string
  title: string
  description: string
  keywords: string[]
  width: number | null
  height: number | null
}

export interface MediaInfo {
  durationSeconds: number | null
  width: number | null
  height: number | null
  codec: string | null
  /** ISO instant from the container's creation_time tag. */
  createdAt: string | null
}

export interface CatalogueResult {
  sha256: string
  size: number
  mtimeMs: number
  metadata: EmbeddedMetadata | null
  media: MediaInfo | null
  /** Where the embedded EXIF thumbnail (a JPEG) lies in the file. */
  thumbnail: { offset: number; length: number } | null
  /** Something could not be read but the file was still catalogued. */
  warning: string | null
}

export interface PreviewResult {
  state: 'lista' | 'no_disponible'
  thumbPath: string | null
  previewPath: string | null
  width: number | null
  height: number | null
}

export type WorkerReply =
  | { taskId: number; ok: true; type: 'catalogue'; result: CatalogueResult }
  | { taskId: number; ok: true; type: 'preview'; result: PreviewResult }
  | { taskId: number; ok: false; code: string; message: string }

/** Sent before the answer when a file's own work is done but its answer waits (ffprobe, a process of its own). */
export interface WorkerNote {
  taskId: number
  note: 'read'
}
