import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { startCore, type RunningCore } from '../../src/main/core/create-core'
import type { Clock } from '../../src/main/core/host'
import type { Envelope } from '../../src/shared/errors'
import { apiScript } from './api-script'
import { BridgeHost } from './host'
import { serveMedia } from './media'
import { API_SCRIPT_PATH, MEDIA_PREFIX, RPC_PREFIX } from './paths'

/** Connect-style handler for everything outside /__pauta/: a built renderer or Vite's middlewares. */
export type RendererHandler = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void

export interface BridgeOptions {
  dataDir: string
  /** 0 (the default) picks a free port. */
  port?: number
  clock?: Clock
  /** What the file picker returns when no batch was queued. */
  standingPicks?: readonly string[]
  /** Receives the HTTP server so Vite can attach its HMR socket to it. */
  renderer?: (server: Server) => RendererHandler | Promise<RendererHandler>
  log?: (error: unknown) => void
  /** Runs the outbox drainer, scheduled exports and daily backup, as the desktop app does. */
  background?: boolean
}

export interface Bridge {
  /** "http://127.0.0.1:<port>/" */
  url: string
  port: number
  running: RunningCore
  host: BridgeHost
  /** The next file dialog "chooses" these absolute paths. */
  queuePickedFiles(paths: readonly string[]): void
  close(): Promise<void>
}

// One bridge plays one Electron window: every page it serves shares this session.
export const BRIDGE_CLIENT_ID = 'bridge'
const MAX_BODY_BYTES = 8 * 1024 * 1024

/**
 * Serves Pauta's contract over HTTP on 127.0.0.1 so the renderer runs in a real browser against
 * the real main-process services. Dev and test only: it is never part of the packaged app.
 */
export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const host = new BridgeHost(options.standingPicks)
  const log = options.log ?? console.error
  const running = await startCore({ dataDir: options.dataDir, host, clock: options.clock, log, background: options.background ?? false })
  const script = apiScript()
  let renderer: RendererHandler | null = null
  let allowed = new Set<string>()

  const server = createServer((req, res) => {
    if (!isLoopbackRequest(req, allowed)) {
      res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8' }).end('Solo se aceptan peticiones de este equipo.')
      return
    }
    route(req, res).catch((error: unknown) => {
      log(error)
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' })
      res.end()
    })
  })

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    if (pathname === API_SCRIPT_PATH && (req.method === 'GET' || req.method === 'HEAD')) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
      res.end(req.method === 'HEAD' ? undefined : script)
      return
    }
    if (pathname.startsWith(RPC_PREFIX)) return rpc(pathname.slice(RPC_PREFIX.length), req, res)
    if (pathname.startsWith(MEDIA_PREFIX) && (req.method === 'GET' || req.method === 'HEAD')) {
      return serveMedia(running.core, pathname.slice(MEDIA_PREFIX.length), req, res)
    }
    // Browsers ask for it on their own; Electron never does, and the app has none.
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end()
      return
    }
    if (!renderer) return notFound(res)
    renderer(req, res, (error) => {
      if (error) {
        log(error)
        if (!res.headersSent) res.writeHead(500)
        res.end()
      } else notFound(res)
    })
  }

  async function rpc(path: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const [domain, name, ...rest] = path.split('/')
    if (req.method !== 'POST' || !domain || !name || rest.length > 0) return notFound(res)
    // A cross-site form can only send "simple" content types; JSON forces a same-origin fetch.
    if (!req.headers['content-type']?.startsWith('application/json')) {
      return sendEnvelope(res, 415, { ok: false, error: { code: 'VALIDATION', message: 'La petición debe enviarse como JSON.' } })
    }
    const body = await readBody(req)
    if (body === null) {
      return sendEnvelope(res, 413, { ok: false, error: { code: 'VALIDATION', message: 'La petición es demasiado grande.' } })
    }
    let input: unknown
    try {
      input = body.length === 0 ? undefined : JSON.parse(body)
    } catch {
      return sendEnvelope(res, 400, { ok: false, error: { code: 'VALIDATION', message: 'La petición no es JSON válido.' } })
    }
    sendEnvelope(res, 200, await running.dispatch(BRIDGE_CLIENT_ID, domain, name, input))
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const port = (server.address() as AddressInfo).port
  allowed = new Set([`127.0.0.1:${port}`, `localhost:${port}`])
  try {
    renderer = options.renderer ? await options.renderer(server) : null
  } catch (error) {
    await closeServer(server)
    await running.close()
    throw error
  }

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    running,
    host,
    queuePickedFiles: (paths) => host.queuePickedFiles(paths),
    async close() {
      await closeServer(server)
      await running.close()
    }
  }
}

/**
 * Host and Origin must name this server on the loopback interface: that stops other sites
 * (directly or through DNS rebinding) from driving the bridge from the user's browser.
 */
function isLoopbackRequest(req: IncomingMessage, allowed: ReadonlySet<string>): boolean {
  const host = req.headers.host
  if (!host || !allowed.has(host)) return false
  const origin = req.headers.origin
  if (origin === undefined) return true
  try {
    const url = new URL(origin)
    return url.protocol === 'http:' && allowed.has(url.host)
  } catch {
    return false
  }
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= MAX_BODY_BYTES) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? null : Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

function sendEnvelope(res: ServerResponse, status: number, envelope: Envelope<unknown>): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' })
  res.end(JSON.stringify(envelope))
}

function notFound(res: ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('No encontrado.')
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise((resolve) => server.close(() => resolve()))
}
