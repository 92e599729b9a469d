import { extname } from 'node:path'
import { CAMERA_RAW, HEIF, PDF, PHOTOSHOP, POSTSCRIPT } from './formats'
import { heifSources } from './heic'
import { pdfSources } from './pdf'
import { postscriptSources } from './postscript'
import { photoshopSources } from './psd'
import { rawSources } from './raw'
import { PREVIEW_PX, render, type Rendered } from './render'
import type { PreviewSources } from './source'

export type { Rendered } from './render'

function embeddedSources(path: string): PreviewSources | null {
  const ext = extname(path).slice(1).toLowerCase()
  if (CAMERA_RAW.has(ext)) return rawSources(path)
  if (HEIF.has(ext)) return heifSources(path)
  if (PHOTOSHOP.has(ext)) return photoshopSources(path)
  if (POSTSCRIPT.has(ext)) return postscriptSources(path, PREVIEW_PX)
  if (PDF.has(ext)) return pdfSources(path, PREVIEW_PX)
  return null
}

/**
 * Preview and thumbnail of a file (its path) or of a video's poster frame (PNG bytes). For formats
 * sharp reads, a failure is the file's fault and is thrown. Embedded previews and other decoders are
 * a best effort: null when none gives an image, because the file is already catalogued and the lack
 * of a preview is no damage.
 */
export async function makePreview(input: string | Buffer): Promise<Rendered | null> {
  const sources = typeof input === 'string' ? embeddedSources(input) : null
  if (!sources) return render({ input })
  try {
    for await (const source of sources) {
      const rendered = await render(source).catch(() => null)
      if (rendered) return rendered
    }
    return null
  } catch {
    return null
  }
}
