import { createHash, randomBytes } from 'node:crypto'
import { link, lstat, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises'
import { extname, join } from 'node:path'

/** How bytes reach the open temporary file. Tests swap it to fail part-way, like a share that drops. */
export interface WriteIo {
  write(handle: FileHandle, bytes: Uint8Array): Promise<void>
}

export const diskIo: WriteIo = {
  async write(handle, bytes) {
    await handle.writeFile(bytes)
  }
}

/** The written copy did not read back as the original: never renamed into place. */
export class VerificationError extends Error {
  readonly code = 'PAUTA_VERIFY'
  constructor(path: string) {
    super(`La copia escrita en ${path} no coincide con el original`)
  }
}

const PARTIAL = /\.partial-[0-9a-f]{16}$/
const STALE_PARTIAL_MS = 60 * 60_000
const MAX_SUFFIX = 999

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

/** What is delivered: its size and SHA-256, and its bytes in order, at once or in chunks. */
export interface Payload {
  size: number
  sha256: string
  chunks(): AsyncIterable<Uint8Array>
}

export function inMemory(bytes: Uint8Array, sha256: string = sha256Of(bytes)): Payload {
  return {
    size: bytes.byteLength,
    sha256,
    async *chunks() {
      yield bytes
    }
  }
}

const READ_CHUNK = 128 * 1024

/**
 * Hashes a file through one small buffer: reading back large files in fresh chunks would make the
 * garbage collector stop the main process far more often.
 */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(READ_CHUNK)
  const handle = await open(path, 'r')
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null)
      if (bytesRead === 0) break
      hash.update(buffer.subarray(0, bytesRead))
    }
  } finally {
    await handle.close()
  }
  return hash.digest('hex')
}

const partialPathFor = (finalPath: string) => `${finalPath}.partial-${randomBytes(8).toString('hex')}`

/**
 * Writes the payload to a new temporary file beside its final place, flushes it to the device,
 * reads it back and checks its SHA-256. On any failure the temporary file is removed and the error
 * thrown.
 */
async function writeVerifiedPartial(partialPath: string, payload: Payload, io: WriteIo): Promise<void> {
  try {
    const handle = await open(partialPath, 'wx')
    try {
      for await (const chunk of payload.chunks()) await io.write(handle, chunk)
      await handle.sync()
    } finally {
      await handle.close()
    }
    if ((await sha256OfFile(partialPath)) !== payload.sha256) throw new VerificationError(partialPath)
  } catch (error) {
    await rm(partialPath, { force: true }).catch(() => undefined)
    throw error
  }
}

/** "informe.pdf", 2 → "informe (2).pdf". */
export function suffixedName(fileName: string, n: number): string {
  if (n <= 1) return fileName
  const ext = extname(fileName)
  return `${fileName.slice(0, fileName.length - ext.length)} (${n})${ext}`
}

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return false
      throw error
    }
  )

async function sameContent(path: string, payload: Payload): Promise<boolean> {
  const info = await stat(path)
  return info.isFile() && info.size === payload.size && (await sha256OfFile(path)) === payload.sha256
}

/**
 * Puts the finished temporary file at `finalPath` only if that name is free. A hard link fails
 * on an existing name, atomically; where links are not supported (FAT drives, some shares) the
 * name is checked just before the rename.
 */
async function placeWithoutOverwriting(partialPath: string, finalPath: string): Promise<boolean> {
  try {
    await link(partialPath, finalPath)
    await rm(partialPath, { force: true })
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
  }
  if (await exists(finalPath)) return false
  await rename(partialPath, finalPath)
  return true
}

/**
 * Our own temporary files left by a crash or a dropped connection more than an hour ago. File
 * times are the real clock's, so the real clock decides.
 */
export async function removeStalePartials(folder: string): Promise<void> {
  const now = Date.now()
  const names = await readdir(folder).catch(() => [] as string[])
  for (const name of names.filter((n) => PARTIAL.test(n))) {
    const path = join(folder, name)
    const info = await stat(path).catch(() => null)
    if (info?.isFile() && now - info.mtimeMs > STALE_PARTIAL_MS) await rm(path, { force: true }).catch(() => undefined)
  }
}

export interface FolderDelivery {
  path: string
  /** An identical file already had the name (or a suffixed one): nothing was written. */
  alreadyThere: boolean
}

/**
 * Delivers the payload into `folder` as `fileName` without ever overwriting: a taken name gets
 * " (2)", " (3)"…, and a file with the same bytes already there counts as delivered. A reader of
 * the folder only ever sees the final name holding the complete, verified file.
 */
export async function deliverToFolder(
  folder: string,
  fileName: string,
  payload: Payload,
  io: WriteIo = diskIo
): Promise<FolderDelivery> {
  const info = await stat(folder)
  if (!info.isDirectory()) throw Object.assign(new Error(`${folder} no es una carpeta`), { code: 'ENOTDIR' })
  await removeStalePartials(folder)
  let partialPath: string | null = null
  try {
    for (let n = 1; n <= MAX_SUFFIX; n++) {
      const finalPath = join(folder, suffixedName(fileName, n))
      if (await exists(finalPath)) {
        if (await sameContent(finalPath, payload)) return { path: finalPath, alreadyThere: true }
        continue
      }
      partialPath ??= await writeNewPartial(finalPath, payload, io)
      if (await placeWithoutOverwriting(partialPath, finalPath)) {
        partialPath = null
        return { path: finalPath, alreadyThere: false }
      }
      // Someone took the name between the check and the placement: try the next one.
      if (await sameContent(finalPath, payload)) return { path: finalPath, alreadyThere: true }
    }
  } finally {
    if (partialPath) await rm(partialPath, { force: true }).catch(() => undefined)
  }
  throw Object.assign(new Error(`Hay demasiados archivos llamados ${fileName} en ${folder}`), { code: 'EEXIST' })
}

async function writeNewPartial(finalPath: string, payload: Payload, io: WriteIo): Promise<string> {
  const partialPath = partialPathFor(finalPath)
  await writeVerifiedPartial(partialPath, payload, io)
  return partialPath
}

/**
 * Writes the payload at exactly `targetPath` through a verified temporary file and a rename.
 * Replaces an existing file: "Guardar como" already asked the user about it.
 */
export async function writeFileAtomically(targetPath: string, payload: Payload, io: WriteIo = diskIo): Promise<void> {
  const partialPath = partialPathFor(targetPath)
  await writeVerifiedPartial(partialPath, payload, io)
  try {
    await rename(partialPath, targetPath)
  } catch (error) {
    await rm(partialPath, { force: true }).catch(() => undefined)
    throw error
  }
}
