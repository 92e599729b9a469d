import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import type { Core } from '../../src/main/core/context'
import { handleMediaRequest } from '../../src/main/shell/media'
import { mediaUrl } from '../../src/main/shell/security'

/**
 * `GET /__pauta/media/<id>` answered by the same code as Electron's pauta-media protocol (only
 * catalogued files, their recorded type, byte ranges, a CSP that keeps an SVG from running), so
 * the browser sees exactly what the desktop window sees.
 */
export async function serveMedia(core: Core, idText: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const id = /^[1-9]\d{0,15}$/.test(idText) ? Number(idText) : null
  const range = req.headers.range
  const request = new Request(id === null ? 'pauta-media://files/invalid' : mediaUrl(id), {
    method: req.method,
    headers: range ? { range } : {}
  })
  const response = await handleMediaRequest(core.db, core.filesDir, request)
  res.writeHead(response.status, Object.fromEntries(response.headers))
  if (!response.body) {
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), res)
}
