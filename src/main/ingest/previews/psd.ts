import { open, readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { PixelData, ReadOptions } from 'ag-psd'
import type { PreviewSource, PreviewSources } from './source'

interface AgPsd {
  readPsd(buffer: Buffer, options: ReadOptions): { imageData?: PixelData }
  initializeCanvas(createCanvas: () => never, createImageData: (width: number, height: number) => PixelData): void
}

const requireCjs = createRequire(import.meta.url)

// 256 MB of 8-bit RGBA: past that the whole file and its composite do not fit a worker comfortably.
const MAX_COMPOSITE_BYTES = 256 * 1024 * 1024
const THUMBNAIL_RESOURCE = 1036

/** Pixel size and bits per channel from the 26-byte header of a PSD (version 1) or PSB (version 2). */
function header(data: Buffer): { width: number; height: number; depth: number } | null {
  if (data.length < 26 || data.toString('latin1', 0, 4) !== '8BPS') return null
  const version = data.readUInt16BE(4)
  if (version !== 1 && version !== 2) return null
  return { height: data.readUInt32BE(14), width: data.readUInt32BE(18), depth: data.readUInt16BE(22) }
}

/** The composite as 8-bit RGBA; null for 32-bit documents, whose float data is left to the thumbnail. */
function compositePixels(image: PixelData): Buffer | null {
  const { data } = image
  if (data instanceof Uint8Array || data instanceof Uint8ClampedArray) return Buffer.from(data.buffer, data.byteOffset, data.byteLength)
  if (data instanceof Uint16Array) return Buffer.from(Uint8Array.from(data, (v) => v >> 8))
  return null
}

/**
 * Without "Maximize compatibility" Photoshop writes a blank composite: a single colour everywhere
 * means the thumbnail says more.
 */
function isBlank(pixels: Buffer): boolean {
  const first = pixels.readUInt32LE(0)
  for (let at = 4; at + 4 <= pixels.length; at += 4) if (pixels.readUInt32LE(at) !== first) return false
  return true
}

/** The JPEG thumbnail of image resource 1036, read from the head of the file only. */
async function thumbnail(path: string): Promise<Buffer | null> {
  const file = await open(path, 'r')
  try {
    const read = async (position: number, length: number): Promise<Buffer> => {
      const chunk = Buffer.alloc(length)
      const { bytesRead } = await file.read(chunk, 0, length, position)
      return chunk.subarray(0, bytesRead)
    }
    const colorModeLength = (await read(26, 4)).readUInt32BE(0)
    const resourcesAt = 26 + 4 + colorModeLength
    const resourcesLength = (await read(resourcesAt, 4)).readUInt32BE(0)
    const resources = await read(resourcesAt + 4, Math.min(resourcesLength, 64 * 1024 * 1024))
    let at = 0
    while (at + 12 <= resources.length && resources.toString('latin1', at, at + 4) === '8BIM') {
      const id = resources.readUInt16BE(at + 4)
      const nameLength = resources[at + 6] ?? 0
      const sizeAt = at + 6 + ((nameLength + 2) & ~1)
      if (sizeAt + 4 > resources.length) return null
      const size = resources.readUInt32BE(sizeAt)
      const dataAt = sizeAt + 4
      // 28 bytes of header (format 1 = JPEG, sizes, 24 bits per pixel) before the JPEG itself.
      if (id === THUMBNAIL_RESOURCE && size > 28 && resources.readUInt32BE(dataAt) === 1) return Buffer.from(resources.subarray(dataAt + 28, dataAt + size))
      at = dataAt + size + (size & 1)
    }
    return null
  } finally {
    await file.close()
  }
}

let loaded: AgPsd | null = null

/** ag-psd with plain pixel arrays: it asks for a canvas only to allocate them, and none exists here. */
function agPsd(): AgPsd {
  if (loaded) return loaded
  loaded = requireCjs('ag-psd') as AgPsd
  loaded.initializeCanvas(
    () => {
      throw new Error('ag-psd pidió un canvas')
    },
    (width, height) => ({ width, height, data: new Uint8ClampedArray(width * height * 4) })
  )
  return loaded
}

/** The flattened composite as Photoshop saved it; no layer is decoded. */
async function composite(path: string): Promise<PreviewSource | null> {
  const psd = agPsd().readPsd(await readFile(path), {
    skipLayerImageData: true,
    skipThumbnail: true,
    skipLinkedFilesData: true,
    useImageData: true,
    totalMemoryLimit: MAX_COMPOSITE_BYTES * 2
  })
  const pixels = psd.imageData ? compositePixels(psd.imageData) : null
  if (!psd.imageData || !pixels || isBlank(pixels)) return null
  return { input: pixels, raw: { width: psd.imageData.width, height: psd.imageData.height, channels: 4 } }
}

/** Photoshop (PSD, PSB): the composite, else (too large, blank or unreadable) the thumbnail resource. */
export async function* photoshopSources(path: string): PreviewSources {
  const file = await open(path, 'r')
  let head: ReturnType<typeof header>
  try {
    const bytes = Buffer.alloc(26)
    await file.read(bytes, 0, 26, 0)
    head = header(bytes)
  } finally {
    await file.close()
  }
  if (!head) return
  if (head.width * head.height * 4 * Math.max(1, head.depth / 8) <= MAX_COMPOSITE_BYTES) {
    // A damaged layer section can stop the reader before the composite; the thumbnail may still be whole.
    const image = await composite(path).catch(() => null)
    if (image) yield image
  }
  const jpeg = await thumbnail(path)
  if (jpeg) yield { input: jpeg }
}
