import { createReadStream } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pipeline } from 'node:stream/promises'
import type { Core } from '../../src/main/core/context'
import { resolveStoredFile } from '../../src/main/files'

// A stored SVG opened directly (not through <img>) must not run its scripts under the app's origin.
const MEDIA_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox"

/** Streams a stored file the catalogue knows, with single byte ranges so <video> can seek. */
export async function serveMedia(core: Core, idText: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const id = /^\d{1,15}$/.test(idText) ? Number(idText) : NaN
  const file = Number.isSafeInteger(id) ? await resolveStoredFile(core.db, core.filesDir, id) : null
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Archivo no encontrado.')
    return
  }
  const headers = {
    'content-type': file.mime,
    'accept-ranges': 'bytes',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'content-security-policy': MEDIA_CSP
  }
  const range = parseRange(req.headers.range, file.size)
  if (range === 'unsatisfiable') {
    res.writeHead(416, { ...headers, 'content-range': `bytes */${file.size}` }).end()
    return
  }
  const { start, end } = range ?? { start: 0, end: file.size - 1 }
  const length = file.size === 0 ? 0 : end - start + 1
  res.writeHead(range ? 206 : 200, {
    ...headers,
    'content-length': String(length),
    ...(range ? { 'content-range': `bytes ${start}-${end}/${file.size}` } : {})
  })
  if (req.method === 'HEAD' || length === 0) {
    res.end()
    return
  }
  await pipeline(createReadStream(file.path, { start, end }), res)
}

function parseRange(header: string | undefined, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
  if (!match || (match[1] === '' && match[2] === '')) return null
  if (match[1] === '') {
    const suffix = Math.min(Number(match[2]), size)
    return suffix === 0 ? 'unsatisfiable' : { start: size - suffix, end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  return start >= size || end < start ? 'unsatisfiable' : { start, end }
}
