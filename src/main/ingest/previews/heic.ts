import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { PreviewSources } from './source'

type HeicDecode = (input: { buffer: Uint8Array }) => Promise<{ width: number; height: number; data: Uint8ClampedArray }>

const requireCjs = createRequire(import.meta.url)
let decodeHeic: HeicDecode | null = null

/**
 * HEIC/HEIF: sharp first (its libheif reads AV1-coded HEIF), then libheif compiled to WebAssembly
 * (heic-decode) for the HEVC photos phones take, which the prebuilt libvips cannot decode.
 * libheif applies the container's rotation and mirroring itself, so the pixels come upright.
 */
export async function* heifSources(path: string): PreviewSources {
  yield { input: path }
  const data = await readFile(path)
  // The WebAssembly module (a few MB) is compiled on the first HEVC photo, not at worker start.
  decodeHeic ??= requireCjs('heic-decode') as HeicDecode
  const image = await decodeHeic({ buffer: data })
  yield { input: Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), raw: { width: image.width, height: image.height, channels: 4 } }
}
