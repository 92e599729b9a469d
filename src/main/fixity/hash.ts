import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'

const CHUNK = 1024 * 1024

/** One buffer per run: hashing thousands of masters should not allocate a megabyte per file. */
export function createHasher(): (path: string, shouldStop: () => boolean) => Promise<string | null> {
  const buffer = Buffer.allocUnsafe(CHUNK)
  /** SHA-256 of the file as hex, or null when `shouldStop` turned true half-way. */
  return async (path, shouldStop) => {
    const hash = createHash('sha256')
    const file = await open(path, 'r')
    try {
      for (;;) {
        if (shouldStop()) return null
        const { bytesRead } = await file.read(buffer, 0, CHUNK, null)
        if (bytesRead === 0) break
        hash.update(buffer.subarray(0, bytesRead))
      }
    } finally {
      await file.close()
    }
    return hash.digest('hex')
  }
}
