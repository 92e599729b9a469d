import { readFile } from 'node:fs/promises'
import type { PreviewSources } from './source'

/**
 * Camera RAW: the largest JPEG the camera embedded (a full-size or ~1600 px preview). Like
 * `dcraw -e`, the file is scanned for whole JPEG streams instead of following each maker's IFDs
 * and boxes: that one walk serves TIFF-based RAWs (NEF, CR2, ARW, DNG…), CR3 and RAF alike.
 */

const SOI = Buffer.from([0xff, 0xd8, 0xff])
const EOI = Buffer.from([0xff, 0xd9])
// Enough for every preview a camera writes; bounds the work on sensor data full of false starts.
const MAX_CANDIDATES = 32
// Lossless JPEG (SOF3, SOF7, SOF11, SOF15) is how DNG and CR2 store the sensor data itself.
const LOSSLESS = new Set([0xc3, 0xc7, 0xcb, 0xcf])

interface EmbeddedJpeg {
  start: number
  end: number
  pixels: number
}

const isFrame = (marker: number): boolean => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc

/** The JPEG that starts at `start`, read marker by marker; null when the bytes only look like one. */
function jpegAt(data: Buffer, start: number): EmbeddedJpeg | null {
  let at = start + 2
  let pixels = 0
  while (at + 4 <= data.length) {
    if (data[at] !== 0xff) return null
    const marker = data[at + 1] ?? 0
    if (marker === 0xff) {
      at += 1
      continue
    }
    const length = data.readUInt16BE(at + 2)
    if (length < 2 || marker === 0xd8 || marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7)) return null
    if (isFrame(marker)) {
      if (LOSSLESS.has(marker) || at + 9 > data.length) return null
      pixels = data.readUInt16BE(at + 5) * data.readUInt16BE(at + 7)
      if (pixels === 0) return null
    }
    if (marker === 0xda) {
      if (pixels === 0) return null
      // Entropy-coded data never holds FF D9 (an FF there is followed by 00 or a restart marker).
      const end = data.indexOf(EOI, at + 2 + length)
      return end < 0 ? null : { start, end: end + 2, pixels }
    }
    at += 2 + length
  }
  return null
}

/** Every embedded JPEG, largest first; one nested in another (an EXIF thumbnail) is skipped. */
export function embeddedJpegs(data: Buffer): Buffer[] {
  const found: EmbeddedJpeg[] = []
  let from = 0
  while (found.length < MAX_CANDIDATES && (from = data.indexOf(SOI, from)) >= 0) {
    const jpeg = jpegAt(data, from)
    if (jpeg) found.push(jpeg)
    from = jpeg ? jpeg.end : from + 2
  }
  return found.sort((a, b) => b.pixels - a.pixels).map((j) => data.subarray(j.start, j.end))
}

/** IFD0's Orientation in a TIFF structure at `base` (II/MM; magic 42, ORF's RO/RS or RW2's 0x55). */
function tiffOrientation(data: Buffer, base: number): number | null {
  if (base + 8 > data.length) return null
  const order = data.toString('latin1', base, base + 2)
  if (order !== 'II' && order !== 'MM') return null
  const le = order === 'II'
  const u16 = (o: number) => (le ? data.readUInt16LE(o) : data.readUInt16BE(o))
  const u32 = (o: number) => (le ? data.readUInt32LE(o) : data.readUInt32BE(o))
  if (![42, 0x4f52, 0x5352, 0x55].includes(u16(base + 2))) return null
  const ifd = base + u32(base + 4)
  if (ifd + 2 > data.length) return null
  const count = u16(ifd)
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12
    if (entry + 12 > data.length) return null
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8)
      return value >= 1 && value <= 8 ? value : null
    }
  }
  return null
}

type Container = 'tiff' | 'cr3' | 'raf'

// TIFF, Olympus ORF and Panasonic RW2 headers.
const TIFF_MAGIC = new Set(['II*\0', 'MM\0*', 'IIRO', 'IIRS', 'MMOR', 'IIU\0'])

/** What the header says the file is: a RAW only when its bytes say so, not its extension. */
function container(data: Buffer): Container | null {
  if (TIFF_MAGIC.has(data.toString('latin1', 0, 4))) return 'tiff'
  if (data.toString('latin1', 4, 12) === 'ftypcrx ') return 'cr3'
  if (data.toString('latin1', 0, 15) === 'FUJIFILMCCD-RAW') return 'raf'
  return null
}

/** Where CR3 keeps its IFD0: the CMT1 box, a TIFF structure of its own. */
function cr3Orientation(data: Buffer): number | null {
  const box = data.subarray(0, 256 * 1024).indexOf('CMT1', 0, 'latin1')
  return box < 0 ? null : tiffOrientation(data, box + 4)
}

export async function* rawSources(path: string): PreviewSources {
  const data = await readFile(path)
  const kind = container(data)
  if (!kind) return
  // RAF's JPEG carries the camera's full EXIF, orientation included; the others keep it in the container.
  const orientation = kind === 'tiff' ? tiffOrientation(data, 0) : kind === 'cr3' ? cr3Orientation(data) : null
  for (const jpeg of embeddedJpegs(data)) yield orientation ? { input: jpeg, orientation } : { input: jpeg }
}
