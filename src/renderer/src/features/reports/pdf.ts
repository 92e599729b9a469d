import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url'
import type { PDFDocumentProxy } from 'pdfjs-dist'

/** pdf.js measures pages in points; a CSS pixel is 3/4 of a point, so 100 % shows the page at its printed size. */
export const POINTS_TO_CSS = 96 / 72

/**
 * Opens a PDF that main generated. The bytes are fetched here (same origin in the bridge,
 * pauta-media: in Electron; both allowed by connect-src) and parsed in pdf.js's worker, loaded
 * from the app's own files as worker-src 'self' requires. pdf.js itself is loaded on first use.
 */
export async function openPdf(url: string): Promise<{ doc: PDFDocumentProxy; close: () => Promise<void> }> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`No se pudo leer el PDF (${response.status})`)
  const data = new Uint8Array(await response.arrayBuffer())
  const pdfjs = await import('pdfjs-dist')
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl
  const task = pdfjs.getDocument({ data })
  return { doc: await task.promise, close: () => task.destroy() }
}
