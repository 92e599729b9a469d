import { readFile } from 'node:fs/promises'
import { renderFirstPage } from './pdf'
import type { PreviewSources } from './source'

const XMP_IMAGE = 'xmpGImg:image'
// A DOS EPS binary header: C5 D0 D3 C6, then the PostScript, WMF and TIFF sections' offsets and lengths.
const DOS_EPS = 0xc5d0d3c6

/**
 * The base64 JPEGs of XMP thumbnails (`<xmpGImg:image>` or `xmpGImg:image="…"`), largest first.
 * Illustrator wraps the base64 with `&#xA;` line breaks.
 */
export function xmpThumbnails(data: Buffer): Buffer[] {
  const found: Buffer[] = []
  let from = 0
  while ((from = data.indexOf(XMP_IMAGE, from, 'latin1')) >= 0) {
    from += XMP_IMAGE.length
    const opener = data[from]
    const start = opener === 0x3e ? from + 1 : opener === 0x3d && data[from + 1] === 0x22 ? from + 2 : -1
    if (start < 0) continue
    const end = data.indexOf(opener === 0x3e ? '<' : '"', start, 'latin1')
    if (end < 0) break
    const jpeg = Buffer.from(data.toString('latin1', start, end).replace(/&#x?[0-9a-f]+;/gi, ''), 'base64')
    if (jpeg[0] === 0xff && jpeg[1] === 0xd8) found.push(jpeg)
    from = end
  }
  return found.sort((a, b) => b.length - a.length)
}

/** The TIFF preview section of a DOS EPS binary file. */
function epsTiffPreview(data: Buffer): Buffer | null {
  if (data.length < 30 || data.readUInt32BE(0) !== DOS_EPS) return null
  const start = data.readUInt32LE(20)
  const length = data.readUInt32LE(24)
  return length > 0 && start + length <= data.length ? data.subarray(start, start + length) : null
}

/**
 * Illustrator and EPS: a PDF-compatible .ai renders its first page (the artwork itself); otherwise
 * the preview the application embedded: the EPS TIFF section or the XMP thumbnail.
 */
export async function* postscriptSources(path: string, maxPx: number): PreviewSources {
  const data = await readFile(path)
  // pdf.js takes the bytes it is given: it gets a copy so the thumbnails can still be read after it.
  if (data.toString('latin1', 0, 5) === '%PDF-') {
    const page = await renderFirstPage(Uint8Array.from(data), maxPx).catch(() => null)
    if (page) yield page
  }
  const tiff = epsTiffPreview(data)
  if (tiff) yield { input: tiff }
  for (const jpeg of xmpThumbnails(data)) yield { input: jpeg }
}
