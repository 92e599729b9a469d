/**
 * The export worker: copies masters into the bag and verifies it, off the main process's event
 * loop. Like the ingest worker it must stay free of relative runtime imports (types only), so
 * plain Node runs it from source in tests and electron-vite bundles it as its own entry.
 */
import { createHash } from 'node:crypto'
import { closeSync, existsSync, fstatSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, writeSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parentPort } from 'node:worker_threads'
import type { ExportReply, ExportTask, PayloadItem, WrittenFile } from './protocol'

const CHUNK = 4 * 1024 * 1024
const buffer = Buffer.allocUnsafe(CHUNK)
const PROGRESS_EVERY_MS = 200

/** A stop the person must read: names the asset when one is to blame. */
// No parameter properties: Node strips types from this file but does not compile TypeScript-only syntax.
class ExportFailure extends Error {
  readonly assetId: number | null
  constructor(message: string, assetId: number | null = null) {
    super(message)
    this.assetId = assetId
  }
}

const XMP_HEADER = Buffer.from('http://ns.adobe.com/xap/1.0/\0', 'latin1')
const XMP_EXTENSION_HEADER = Buffer.from('http://ns.adobe.com/xmp/extension/\0', 'latin1')
const EXIF_HEADER = Buffer.from('Exif\0\0', 'latin1')

const startsWith = (segment: Buffer, header: Buffer) => segment.length >= 4 + header.length && segment.subarray(4, 4 + header.length).equals(header)

/**
 * The JPEG with `packet` as its XMP APP1 segment, without re-encoding: the segment goes after SOI,
 * APP0 (JFIF) and the EXIF APP1, and any XMP already there (main or extended) is dropped. Null
 * when the bytes are not a JPEG whose header can be walked, or the packet does not fit a segment.
 */
export function jpegWithXmp(jpeg: Buffer, packet: string): Buffer | null {
  if (jpeg.length < 4 || jpeg[0] !== 0xff || jpeg[1] !== 0xd8) return null
  const xmp = Buffer.from(packet, 'utf8')
  const length = 2 + XMP_HEADER.length + xmp.length
  if (length > 0xffff) return null
  const segment = Buffer.alloc(2 + length)
  segment[0] = 0xff
  segment[1] = 0xe1
  segment.writeUInt16BE(length, 2)
  XMP_HEADER.copy(segment, 4)
  xmp.copy(segment, 4 + XMP_HEADER.length)
  const kept: Buffer[] = []
  let insertAt = 0
  let leading = true
  let at = 2
  for (;;) {
    if (at + 4 > jpeg.length || jpeg[at] !== 0xff) return null
    const marker = jpeg[at + 1] ?? 0
    const isMetadata = (marker >= 0xe0 && marker <= 0xef) || marker === 0xfe
    if (!isMetadata) break
    const end = at + 2 + jpeg.readUInt16BE(at + 2)
    if (end > jpeg.length) return null
    const current = jpeg.subarray(at, end)
    at = end
    if (marker === 0xe1 && (startsWith(current, XMP_HEADER) || startsWith(current, XMP_EXTENSION_HEADER))) continue
    kept.push(current)
    if (leading && (marker === 0xe0 || (marker === 0xe1 && startsWith(current, EXIF_HEADER)))) insertAt = kept.length
    else leading = false
  }
  return Buffer.concat([jpeg.subarray(0, 2), ...kept.slice(0, insertAt), segment, ...kept.slice(insertAt), jpeg.subarray(at)])
}

function reasonOf(error: unknown, item: PayloadItem): ExportFailure {
  if (error instanceof ExportFailure) return error
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new ExportFailure(
      `No se encontró el original de «${item.label}» en ${item.source}. Conecte la unidad donde está o reubíquelo desde Integridad, y exporte de nuevo.`,
      item.assetId
    )
  }
  if (code === 'EACCES' || code === 'EPERM') return new ExportFailure(`Pauta no tiene permiso para leer el original de «${item.label}». Revise los permisos del archivo.`, item.assetId)
  return writeFailure(error)
}

function writeFailure(error: unknown): ExportFailure {
  if (error instanceof ExportFailure) return error
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOSPC') return new ExportFailure('El destino se quedó sin espacio. Libere espacio o elija otra carpeta y exporte de nuevo.')
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new ExportFailure('Pauta no tiene permiso para escribir en el destino. Elija otra carpeta o revise sus permisos.')
  return new ExportFailure(`No se pudo escribir el paquete en el destino (${code ?? (error as Error).message}). Revise que la carpeta siga disponible y exporte de nuevo.`)
}

const changed = (item: PayloadItem) =>
  new ExportFailure(
    `El original de «${item.label}» ya no coincide con el que se catalogó (SHA-256 distinto). Revíselo en Integridad antes de exportarlo.`,
    item.assetId
  )

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
}

/** Writes a new file (never over an existing one) and flushes it to the device. */
function writeDurably(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true })
  const fd = openSync(path, 'wx')
  try {
    writeAll(fd, bytes)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

function sha256OfFile(path: string): { sha256: string; size: number } {
  const hash = createHash('sha256')
  const fd = openSync(path, 'r')
  let size = 0
  try {
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null)
      if (n === 0) break
      hash.update(buffer.subarray(0, n))
      size += n
    }
  } finally {
    closeSync(fd)
  }
  return { sha256: hash.digest('hex'), size }
}

class Progress {
  doneFiles = 0
  doneBytes = 0
  private last = 0
  add(bytes: number, file = false): void {
    this.doneBytes += bytes
    if (file) this.doneFiles++
    const now = Date.now()
    if (file || now - this.last >= PROGRESS_EVERY_MS) {
      this.last = now
      post({ type: 'progress', doneFiles: this.doneFiles, doneBytes: this.doneBytes })
    }
  }
}

/** Streams the master into the bag, hashing what it reads: the copy is exactly the master's bytes. */
function copyVerified(item: PayloadItem, target: string, progress: Progress): WrittenFile {
  const hash = createHash('sha256')
  let source: number
  try {
    source = openSync(item.source, 'r')
  } catch (error) {
    throw reasonOf(error, item)
  }
  let size = 0
  try {
    mkdirSync(dirname(target), { recursive: true })
    const out = openSync(target, 'wx')
    try {
      for (;;) {
        let n: number
        try {
          n = readSync(source, buffer, 0, CHUNK, null)
        } catch (error) {
          throw reasonOf(error, item)
        }
        if (n === 0) break
        hash.update(buffer.subarray(0, n))
        writeAll(out, buffer.subarray(0, n))
        size += n
        progress.add(n)
      }
      fsyncSync(out)
    } finally {
      closeSync(out)
    }
  } catch (error) {
    throw error instanceof ExportFailure ? error : writeFailure(error)
  } finally {
    closeSync(source)
  }
  const digest = hash.digest('hex')
  if (digest !== item.sha256) throw changed(item)
  return { target: item.target, sha256: digest, size }
}

/** A JPEG copy carrying the XMP packet; null (nothing written) when the JPEG cannot take it. */
function copyWithXmp(item: PayloadItem, packet: string, target: string, progress: Progress): WrittenFile | null {
  let master: Buffer
  try {
    const fd = openSync(item.source, 'r')
    try {
      master = Buffer.allocUnsafe(fstatSync(fd).size)
      let at = 0
      while (at < master.length) {
        const n = readSync(fd, master, at, master.length - at, null)
        if (n === 0) break
        at += n
      }
      master = master.subarray(0, at)
    } finally {
      closeSync(fd)
    }
  } catch (error) {
    throw reasonOf(error, item)
  }
  if (sha256(master) !== item.sha256) throw changed(item)
  const copy = jpegWithXmp(master, packet)
  if (!copy) return null
  try {
    writeDurably(target, copy)
  } catch (error) {
    throw writeFailure(error)
  }
  progress.add(master.length)
  return { target: item.target, sha256: sha256(copy), size: copy.length }
}

function writePayload(task: Extract<ExportTask, { type: 'payload' }>): ExportReply {
  const progress = new Progress()
  const items: Extract<ExportReply, { type: 'payload-done' }>['items'] = []
  for (const item of task.items) {
    const target = join(task.partialDir, ...item.target.split('/'))
    let copy = item.embedXmp !== null ? copyWithXmp(item, item.embedXmp, target, progress) : null
    const embedded = copy !== null
    copy ??= copyVerified(item, target, progress)
    // A JPEG that could not take the packet still carries its description: as a sidecar.
    const sidecar = item.sidecar ?? (item.embedXmp !== null && !embedded ? { target: `${item.target}.xmp`, content: item.embedXmp } : null)
    let written: WrittenFile | null = null
    if (sidecar) {
      const bytes = Buffer.from(sidecar.content, 'utf8')
      try {
        writeDurably(join(task.partialDir, ...sidecar.target.split('/')), bytes)
      } catch (error) {
        throw writeFailure(error)
      }
      written = { target: sidecar.target, sha256: sha256(bytes), size: bytes.length }
    }
    items.push({ assetId: item.assetId, copy, sidecar: written, embedded })
    progress.add(0, true)
  }
  return { type: 'payload-done', items }
}

function syncDirectory(path: string): void {
  // Windows cannot open a folder to flush it; there the rename below is what makes it durable.
  try {
    const fd = openSync(path, 'r')
    try {
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
  } catch {
    return
  }
}

function finishBag(task: Extract<ExportTask, { type: 'finish' }>): ExportReply {
  try {
    for (const text of task.texts) writeDurably(join(task.partialDir, ...text.target.split('/')), Buffer.from(text.content, 'utf8'))
  } catch (error) {
    throw writeFailure(error)
  }
  for (const file of task.verify) {
    const found = sha256OfFile(join(task.partialDir, ...file.target.split('/')))
    if (found.sha256 !== file.sha256 || found.size !== file.size) {
      throw new ExportFailure(`La copia de ${file.target} en el destino no coincide con lo que se escribió. Revise el disco de destino y exporte de nuevo.`)
    }
  }
  syncDirectory(join(task.partialDir, 'data'))
  syncDirectory(task.partialDir)
  if (existsSync(task.bagDir)) throw new ExportFailure(`Mientras se exportaba apareció otra carpeta llamada ${task.bagDir}. Cambie el nombre del paquete y exporte de nuevo.`)
  try {
    renameSync(task.partialDir, task.bagDir)
  } catch (error) {
    throw writeFailure(error)
  }
  syncDirectory(dirname(task.bagDir))
  return { type: 'finished' }
}

function post(reply: ExportReply): void {
  parentPort?.postMessage(reply)
}

parentPort?.on('message', (task: ExportTask) => {
  try {
    post(task.type === 'payload' ? writePayload(task) : finishBag(task))
  } catch (error) {
    const failure = error instanceof ExportFailure ? error : writeFailure(error)
    post({ type: 'failed', message: failure.message, assetId: failure.assetId })
  }
})
