import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { PreviewSource, PreviewSources } from './source'

interface Canvas {
  width: number
  height: number
  getContext(kind: '2d'): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } }
}
interface CanvasFactory {
  create(width: number, height: number): { canvas: Canvas }
  destroy(item: { canvas: Canvas }): void
}

const requireCjs = createRequire(import.meta.url)
// pdf.js in Node reads its fonts, character maps and decoders from files, never from the network.
const PDFJS_DIR = dirname(requireCjs.resolve('pdfjs-dist/package.json'))
const folder = (name: string): string => join(PDFJS_DIR, name) + '/'

/** First page only, at most `maxPx` on its longer side: memory stays bounded whatever the document. */
export async function renderFirstPage(data: Uint8Array, maxPx: number): Promise<PreviewSource> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const task = pdfjs.getDocument({
    data,
    standardFontDataUrl: folder('standard_fonts'),
    cMapUrl: folder('cmaps'),
    wasmUrl: folder('wasm'),
    iccUrl: folder('iccs'),
    // Images past sharp's own input limit are left out of the page instead of decoded.
    maxImageSize: 268_402_689,
    verbosity: pdfjs.VerbosityLevel.ERRORS
  })
  try {
    const document = await task.promise
    const page = await document.getPage(1)
    const unscaled = page.getViewport({ scale: 1 })
    const viewport = page.getViewport({ scale: maxPx / Math.max(unscaled.width, unscaled.height) })
    const factory = document.canvasFactory as CanvasFactory
    const target = factory.create(Math.max(1, Math.floor(viewport.width)), Math.max(1, Math.floor(viewport.height)))
    try {
      const { canvas } = target
      await page.render({ canvas: canvas as unknown as Parameters<typeof page.render>[0]['canvas'], viewport }).promise
      const { data: pixels } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height)
      return { input: Buffer.from(pixels.buffer, pixels.byteOffset, pixels.byteLength), raw: { width: canvas.width, height: canvas.height, channels: 4 } }
    } finally {
      factory.destroy(target)
    }
  } finally {
    await task.destroy()
  }
}

export async function* pdfSources(path: string, maxPx: number): PreviewSources {
  const data = await readFile(path)
  // pdf.js refuses Node's Buffer; the same bytes as a plain Uint8Array, no copy.
  yield await renderFirstPage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), maxPx)
}
