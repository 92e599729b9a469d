import sharp, { type Sharp } from 'sharp'
import type { PreviewSource } from './source'

export const THUMB_PX = 320
export const PREVIEW_PX = 1600

export interface Rendered {
  preview: Buffer
  thumbnail: Buffer
  /** Upright size of the decoded image. */
  width: number | null
  height: number | null
}

/** An EXIF orientation as sharp operations (sharp mirrors before it rotates). */
function orient(image: Sharp, orientation: number): Sharp {
  if (orientation === 2 || orientation === 5 || orientation === 7) image.flop()
  if (orientation === 4) image.flip()
  const angle = { 3: 180, 5: 270, 6: 90, 7: 90, 8: 270 }[orientation]
  return angle ? image.rotate(angle) : image
}

/** Decodes once (JPEG shrink-on-load) to the preview size, then makes the thumbnail from it. */
export async function render(source: PreviewSource): Promise<Rendered> {
  const image = sharp(source.input, { limitInputPixels: 268_402_689, failOn: 'error', ...(source.raw ? { raw: source.raw } : {}) })
  if (source.orientation) orient(image, source.orientation)
  else image.rotate()
  const meta = await image.metadata()
  const preview = await image.resize(PREVIEW_PX, PREVIEW_PX, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 80 }).toBuffer()
  const thumbnail = await sharp(preview).resize(THUMB_PX, THUMB_PX, { fit: 'inside', withoutEnlargement: true }).webp({ quality: 75 }).toBuffer()
  const rotated = (source.orientation ?? meta.orientation ?? 1) >= 5
  return {
    preview,
    thumbnail,
    width: (rotated ? meta.height : meta.width) ?? null,
    height: (rotated ? meta.width : meta.height) ?? null
  }
}
