import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { resolveAssetFile } from '../archive/media-files'
import type { Db } from '../db/connection'
import { resolveStoredFile, type ResolvedFile } from '../files'
import { MEDIA_CONTENT_SECURITY_POLICY, parseAssetMediaRequest, parseMediaRequest } from './security'

export type ByteRange = { start: number; end: number }

/**
 * A single `bytes=` range against a file of `size` bytes: the range, null to send the whole
 * file (no header, or a form this server does not split, like several ranges), or
 * 'unsatisfiable' when it starts past the end.
 */
export function parseRange(header: string | null, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim())
  if (!match || (match[1] === '' && match[2] === '')) return null
  if (match[1] === '') {
    const suffix = Number(match[2])
    if (suffix === 0) return 'unsatisfiable'
    return { start: Math.max(0, size - suffix), end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  if (start >= size || start > end) return 'unsatisfiable'
  return { start, end }
}

// Stored files and cached thumbnails/previews are content-addressed: an URL always names the same
// bytes. An archive master may be relocated or fail a fixity check, so it is revalidated.
const IMMUTABLE = 'private, max-age=31536000, immutable'
const REVALIDATE = 'private, no-cache'

/** The file a media URL names: a stored file, or a variant of a catalogued archive asset. */
async function resolveMedia(db: Db, filesDir: string, dataDir: string, url: string): Promise<{ file: ResolvedFile & { offset: number }; cache: string } | null> {
  const asset = parseAssetMediaRequest(url)
  if (asset) {
    const file = await resolveAssetFile(db, dataDir, asset.assetId, asset.variant)
    // A thumbnail read from inside its master is replaced by the preview pass's under the same URL.
    return file && { file, cache: asset.variant === 'master' || file.offset > 0 ? REVALIDATE : IMMUTABLE }
  }
  const id = parseMediaRequest(url)
  const file = id === null ? null : await resolveStoredFile(db, filesDir, id)
  return file && { file: { ...file, offset: 0 }, cache: IMMUTABLE }
}

/**
 * Answers `pauta-media://files/<id>` and `pauta-media://assets/<id>/<thumb|preview|master>`: only
 * files the catalogue knows, with their recorded type, never sniffed or run, and byte ranges so
 * video and audio can seek. `dataDir` defaults to the folder holding `filesDir` (create-core's
 * layout), where the archive keeps its masters and cache.
 */
export async function handleMediaRequest(
  { db, filesDir, dataDir }: { db: Db; filesDir: string; dataDir: string },
  request: Request
): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { Allow: 'GET, HEAD' } })
  }
  const resolved = await resolveMedia(db, filesDir, dataDir, request.url)
  if (!resolved) return new Response('Archivo no encontrado', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  const { file } = resolved
  const headers = new Headers({
    'Content-Type': file.mime,
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
    'Cache-Control': resolved.cache,
    // The page (file:// in Electron) fetches reports for pdf.js; only Pauta's own page can reach this scheme.
    'Access-Control-Allow-Origin': '*'
  })
  const range = parseRange(request.headers.get('Range'), file.size)
  if (range === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${file.size}`)
    return new Response(null, { status: 416, headers })
  }
  const { start, end } = range ?? { start: 0, end: file.size - 1 }
  const length = Math.max(0, end - start + 1)
  headers.set('Content-Length', String(length))
  if (range) headers.set('Content-Range', `bytes ${start}-${end}/${file.size}`)
  const status = range ? 206 : 200
  if (request.method === 'HEAD' || length === 0) return new Response(null, { status, headers })
  const body = Readable.toWeb(createReadStream(file.path, { start: file.offset + start, end: file.offset + end })) as ReadableStream<Uint8Array>
  return new Response(body, { status, headers })
}
