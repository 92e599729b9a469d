import type { IncomingMessage, ServerResponse } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import type { Core } from '../../src/main/core/context'
import { handleMediaRequest } from '../../src/main/shell/media'
import { assetUrl, mediaUrl } from '../../src/main/shell/security'

/** `<id>` names a stored file and `assets/<id>/<variant>` an archive asset; anything else is refused by the handler. */
function mediaUrlFor(path: string): string {
  if (/^[1-9]\d{0,15}$/.test(path)) return mediaUrl(Number(path))
  const asset = /^assets\/([1-9]\d{0,15})\/(thumb|preview|master)$/.exec(path)
  if (asset) return assetUrl(Number(asset[1]), asset[2] as 'thumb' | 'preview' | 'master')
  return 'pauta-media://files/invalid'
}

/**
 * `GET /__pauta/media/<id>` and `/__pauta/media/assets/<id>/<variant>` answered by the same code as Electron's pauta-media protocol (only
 * catalogued files, their recorded type, byte ranges, a CSP that keeps an SVG from running), so
 * the browser sees exactly what the desktop window sees.
 */
export async function serveMedia(core: Core, idText: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const range = req.headers.range
  const request = new Request(mediaUrlFor(idText), { method: req.method, headers: range ? { range } : {} })
  const response = await handleMediaRequest(core, request)
  res.writeHead(response.status, Object.fromEntries(response.headers))
  if (!response.body) {
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>), res)
}
