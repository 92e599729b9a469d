import { createHash, randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { Transform, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { AppError } from '../core/errors'
import { mimeFromName, storedExtension } from './mime'
import { formatBytes } from './sizes'

export const DEFAULT_MAX_DESIGN_BYTES = 200 * 1024 * 1024

/** A file copied into managed storage; `storagePath` is relative to the files folder, with "/". */
export interface ImportedFile {
  sha256: string
  size: number
  mime: string
  storagePath: string
  originalName: string
}

/** Where the copy is written. Tests swap it to make the destination fail like a full disk does. */
export interface ImportIo {
  createWriteStream(path: string): Writable
}

export interface ImportOptions {
  maxBytes?: number
  io?: ImportIo
}

const TMP_DIR = 'tmp'

// `flush` fsyncs before the descriptor closes, so a renamed file is never a half-written one.
const diskIo: ImportIo = { createWriteStream: (path) => createWriteStream(path, { flags: 'wx', flush: true }) }

/**
 * Copies `sourcePath` into `filesDir` under a content-addressed name, hashing while it copies.
 * The copy lands in a temporary file first and is renamed only once complete; on any failure
 * the temporary file is removed and the error is an AppError naming the file.
 */
export async function importFile(filesDir: string, sourcePath: string, options: ImportOptions = {}): Promise<ImportedFile> {
  const name = basename(sourcePath)
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_DESIGN_BYTES
  const io = options.io ?? diskIo
  await checkSource(sourcePath, name, maxBytes)
  const tmpDir = join(filesDir, TMP_DIR)
  const tmpPath = join(tmpDir, randomBytes(16).toString('hex'))
  try {
    await mkdir(tmpDir, { recursive: true })
    const { sha256, size } = await copyHashing(sourcePath, tmpPath, io, maxBytes, name)
    const storagePath = await settle(filesDir, tmpPath, sha256, size, storedExtension(name))
    return { sha256, size, mime: mimeFromName(name), storagePath, originalName: name }
  } catch (error) {
    await rm(tmpPath, { force: true })
    throw importError(error, name)
  }
}

/** Leftovers of copies interrupted by a crash; only safe while no import is running. */
export async function removeTemporaryFiles(filesDir: string): Promise<void> {
  await rm(join(filesDir, TMP_DIR), { recursive: true, force: true })
}

async function checkSource(sourcePath: string, name: string, maxBytes: number): Promise<void> {
  // stat before opening: opening a named pipe for reading would block until something writes to it.
  const info = await stat(sourcePath).catch((error: unknown) => {
    throw sourceError(error, name)
  })
  if (info.isDirectory()) throw new AppError('FILE_ERROR', `«${name}» es una carpeta, no un archivo. Elija los archivos que hay dentro.`)
  if (!info.isFile()) throw new AppError('FILE_ERROR', `«${name}» no es un archivo común que Pauta pueda copiar.`)
  if (info.size > maxBytes) throw tooBig(name, info.size, maxBytes)
}

async function copyHashing(
  sourcePath: string,
  tmpPath: string,
  io: ImportIo,
  maxBytes: number,
  name: string
): Promise<{ sha256: string; size: number }> {
  const source = await open(sourcePath, 'r').catch((error: unknown) => {
    throw sourceError(error, name)
  })
  const input = source.createReadStream()
  const output = io.createWriteStream(tmpPath)
  // pipeline destroys every stream with the first error, so only the first one says where it began.
  let failedFirst: 'source' | 'destination' | null = null
  input.once('error', () => (failedFirst ??= 'source'))
  output.once('error', () => (failedFirst ??= 'destination'))
  const hash = createHash('sha256')
  let size = 0
  // The size was checked before copying, but the file may still grow while it is read.
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length
      if (size > maxBytes) return done(tooBig(name, size, maxBytes))
      hash.update(chunk)
      done(null, chunk)
    }
  })
  try {
    await pipeline(input, meter, output)
  } catch (error) {
    throw failedFirst === 'source' && !(error instanceof AppError) ? sourceError(error, name) : error
  }
  return { sha256: hash.digest('hex'), size }
}

/** Moves the finished copy to `<aa>/<sha256><ext>`, keeping one copy per content. */
async function settle(filesDir: string, tmpPath: string, sha256: string, size: number, ext: string): Promise<string> {
  const shard = sha256.slice(0, 2)
  const shardDir = join(filesDir, shard)
  await mkdir(shardDir, { recursive: true })
  // The same bytes may already be stored under another extension (a ".JPG" renamed ".jpeg").
  const existing = (await readdir(shardDir)).find((entry) => entry.startsWith(sha256))
  if (existing && (await hasSize(join(shardDir, existing), size))) {
    await rm(tmpPath, { force: true })
    return `${shard}/${existing}`
  }
  const fileName = `${sha256}${ext}`
  const target = join(shardDir, fileName)
  try {
    await rename(tmpPath, target)
  } catch (error) {
    // Windows refuses to replace a file another import just settled or the media protocol has open.
    if (!(await hasSize(target, size))) throw error
    await rm(tmpPath, { force: true })
  }
  return `${shard}/${fileName}`
}

async function hasSize(path: string, size: number): Promise<boolean> {
  const info = await stat(path).catch(() => null)
  return info !== null && info.isFile() && info.size === size
}

function tooBig(name: string, size: number, maxBytes: number): AppError {
  return new AppError('FILE_ERROR', `«${name}» pesa ${formatBytes(size)}; el máximo es ${formatBytes(maxBytes)}.`)
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined
  return typeof error.code === 'string' ? error.code : undefined
}

function sourceError(error: unknown, name: string): AppError {
  const code = errorCode(error)
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new AppError('FILE_ERROR', `No se pudo leer «${name}»: el archivo no existe o fue movido.`)
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new AppError('FILE_ERROR', `No se pudo leer «${name}»: no tiene permiso para abrirlo.`)
  }
  if (code === 'EBUSY') {
    return new AppError('FILE_ERROR', `No se pudo leer «${name}»: otro programa lo tiene bloqueado. Ciérrelo e intente de nuevo.`)
  }
  return new AppError('FILE_ERROR', `No se pudo leer «${name}». Revise que el archivo esté completo e intente de nuevo.`)
}

/** Failures past reading the source: the copy into the files folder. */
function importError(error: unknown, name: string): AppError {
  if (error instanceof AppError) return error
  const code = errorCode(error)
  if (code === 'ENOSPC' || code === 'EDQUOT') {
    return new AppError('DISK_FULL', `El disco está lleno: no se pudo copiar «${name}». Libere espacio e intente de nuevo.`)
  }
  return new AppError(
    'FILE_ERROR',
    `No se pudo guardar una copia de «${name}» en la carpeta de datos de Pauta. Revise que la carpeta exista y permita escribir.`
  )
}
