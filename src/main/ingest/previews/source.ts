/** An image sharp can read, from a file, an encoded buffer or decoded RGBA pixels. */
export interface PreviewSource {
  input: string | Buffer
  /** Set when `input` holds decoded pixels instead of an encoded image. */
  raw?: { width: number; height: number; channels: 3 | 4 }
  /**
   * EXIF orientation to apply, when it comes from the container and not from the image itself
   * (a RAW's embedded JPEG often carries none). Absent: the image's own EXIF decides.
   */
  orientation?: number
}

/** Tried in order until one renders; a decoder yields nothing when the file has no usable image. */
export type PreviewSources = AsyncGenerator<PreviewSource, void, undefined>
