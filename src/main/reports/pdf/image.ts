const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff]

/** What the first bytes say an image is; a file's extension is only a name. */
export function imageKind(bytes: Uint8Array): 'png' | 'jpeg' | null {
  const starts = (signature: number[]) => signature.every((b, i) => bytes[i] === b)
  if (starts(PNG_SIGNATURE)) return 'png'
  if (starts(JPEG_SIGNATURE)) return 'jpeg'
  return null
}
