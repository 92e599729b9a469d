import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { CONTENT_SECURITY_POLICY } from '../../src/main/shell/security'
import type { RendererHandler } from './server'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf'
}

/**
 * Serves a built renderer folder. The app routes with the URL hash, so there is no SPA fallback.
 * Pages also get the CSP as a header, as Electron's session sends it for the built app.
 */
export function serveBuiltRenderer(folder: string): RendererHandler {
  const root = resolve(folder)
  return (req, res, next) => {
    void serveFile(root, req, res).then((served) => {
      if (!served) next()
    }, next)
  }
}

async function serveFile(root: string, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname)
  } catch {
    return false
  }
  const wanted = pathname === '/' ? 'index.html' : normalize(pathname.slice(1))
  const full = join(root, wanted)
  const rel = relative(root, full)
  if (rel.startsWith('..') || isAbsolute(rel)) return false
  const info = await stat(full).catch(() => null)
  if (!info?.isFile()) return false
  const type = TYPES[extname(full).toLowerCase()] ?? 'application/octet-stream'
  res.writeHead(200, {
    ...(type.startsWith('text/html') ? { 'content-security-policy': CONTENT_SECURITY_POLICY } : {}),
    'content-type': type,
    'content-length': String(info.size),
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff'
  })
  if (req.method === 'HEAD') res.end()
  else await pipeline(createReadStream(full), res)
  return true
}
