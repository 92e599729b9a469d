/**
 * The ingest worker: one per core, one file at a time. It must stay free of static relative runtime
 * imports (types only) so plain Node can run it from source in tests and electron-vite can bundle
 * it as its own entry; the preview decoders come in through one dynamic import (see `preview`).
 */
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { closeSync, fstat, fstatSync, mkdirSync, open, openSync, read, readSync, rmSync, writeFileSync } from 'node:fs'
import * as nodeModule from 'node:module'
import { extname, join } from 'node:path'
import { parentPort } from 'node:worker_threads'
import type { CatalogueResult, EmbeddedMetadata, MediaInfo, PreviewResult, WorkerNote, WorkerReply, WorkerTask } from './protocol'

const requireCjs = nodeModule.createRequire(import.meta.url)
// exifr is CommonJS whose class export Node's ESM loader cannot see by name.
const { Exifr } = requireCjs('exifr') as typeof import('exifr')

// Native binaries cannot run from inside app.asar: electron-builder unpacks them next to it.
function binary(pkg: string): string | null {
  try {
    return (requireCjs(pkg) as { path: string }).path.replace(/app\.asar([\\/])/, 'app.asar.unpacked$1')
  } catch {
    return null
  }
}
const FFPROBE = binary('@ffprobe-installer/ffprobe')
const FFMPEG = binary('@ffmpeg-installer/ffmpeg')

// Two read buffers per worker, reused for every file (per-call allocations stop threads from
// scaling): while one file is hashed, the next one's first chunk is read into the other.
const CHUNK = 4 * 1024 * 1024
const buffers = [Buffer.allocUnsafe(CHUNK), Buffer.allocUnsafe(CHUNK)] as const

// 256 cache subfolders at most: each is created once per worker, not once per file.
const madeDirs = new Set<string>()

function cachePaths(cacheDir: string, sha256: string): { rel: (suffix: string) => string } {
  const sub = sha256.slice(0, 2)
  const dir = join(cacheDir, sub)
  if (!madeDirs.has(dir)) {
    mkdirSync(dir, { recursive: true })
    madeDirs.add(dir)
  }
  return { rel: (suffix) => `${sub}/${sha256}${suffix}` }
}

/**
 * Cache files are written directly: the row that points at one is written only after the worker
 * answers, so a crash mid-write leaves a file no row uses, rewritten when the file is processed again.
 */
function writeCache(cacheDir: string, rel: string, data: Uint8Array): void {
  writeFileSync(join(cacheDir, rel), data)
}

const text = (value: unknown): string => {
  if (typeof value === 'string') return value.trim()
  if (Array.isArray(value)) return value.map(text).filter(Boolean).join(', ')
  if (value && typeof value === 'object' && 'value' in value) return text((value as { value: unknown }).value)
  return ''
}
const firstText = (...values: unknown[]): string => values.map(text).find((v) => v !== '') ?? ''
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null)
const coord = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)

function keywordList(...values: unknown[]): string[] {
  const out = new Set<string>()
  for (const value of values) {
    const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[;,]/) : []
    for (const item of list) {
      const k = text(item)
      if (k) out.add(k.slice(0, 80))
    }
  }
  return [...out]
}

/** Pixel size from a JPEG's frame header or a PNG's IHDR, when the EXIF does not say. */
function headerSize(head: Buffer): { width: number; height: number } | null {
  if (head.length > 24 && head.readUInt32BE(0) === 0x89504e47) return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) }
  if (head.length < 4 || head[0] !== 0xff || head[1] !== 0xd8) return null
  let at = 2
  while (at + 9 < head.length) {
    if (head[at] !== 0xff) return null
    const marker = head[at + 1] ?? 0
    const length = head.readUInt16BE(at + 2)
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isFrame) return { height: head.readUInt16BE(at + 5), width: head.readUInt16BE(at + 7) }
    at += 2 + length
  }
  return null
}

// One object for every file: exifr caches its parsed options by identity, so a fresh literal per
// file was parsed again each time and kept forever in that cache. reviveValues off: dates stay as
// the camera wrote them and main applies the time zone itself.
const EXIF_OPTIONS = { tiff: true, exif: true, gps: true, iptc: true, xmp: true, ifd1: true, icc: false, reviveValues: false, mergeOutput: true }

async function readMetadata(head: Buffer): Promise<{ metadata: EmbeddedMetadata; thumbnail: CatalogueResult['thumbnail'] }> {
  const exifr = new Exifr(EXIF_OPTIONS)
  await exifr.read(head)
  const tags = ((await exifr.parse()) ?? {}) as Record<string, unknown>
  let thumbnail: CatalogueResult['thumbnail'] = null
  try {
    // The card points at these bytes inside the file itself (read from offset 0, so an index in
    // `head` is an offset in the file): no file is written per photo.
    const bytes = await exifr.extractThumbnail()
    const offset = bytes && bytes.length > 0 ? head.indexOf(bytes) : -1
    if (bytes && offset >= 0) thumbnail = { offset, length: bytes.length }
  } catch {
    thumbnail = null
  }
  const size = headerSize(head)
  const make = text(tags.Make)
  const model = text(tags.Model)
  const metadata: EmbeddedMetadata = {
    dateTaken: firstText(tags.DateTimeOriginal, tags.CreateDate, tags.DateCreated, tags.ModifyDate) || null,
    offset: firstText(tags.OffsetTimeOriginal, tags.OffsetTime) || null,
    camera: (model.toLowerCase().startsWith(make.toLowerCase()) ? model : `${make} ${model}`).trim() || null,
    gpsLat: coord(tags.latitude),
    gpsLon: coord(tags.longitude),
    creator: firstText(tags.Artist, tags.creator, tags.Byline, tags.Creator),
    copyright: firstText(tags.Copyright, tags.rights, tags.CopyrightNotice),
    title: firstText(tags.title, tags.ObjectName, tags.Headline),
    description: firstText(tags.ImageDescription, tags.description, tags.Caption, tags['Caption-Abstract'], tags.UserComment),
    keywords: keywordList(tags.Keywords, tags.subject, tags.XPKeywords),
    // The frame header is what decoders use; EXIF sizes survive crops and edits that changed it.
    width: size?.width ?? num(tags.ExifImageWidth) ?? num(tags.ImageWidth),
    height: size?.height ?? num(tags.ExifImageHeight) ?? num(tags.ImageHeight)
  }
  return { metadata, thumbnail }
}

function run(file: string, args: string[], maxBuffer: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(file, args, { encoding: 'buffer', maxBuffer, timeout: 60_000, windowsHide: true }, (error, stdout) => {
      if (error) reject(error)
      else resolve(stdout)
    })
  })
}

async function probe(path: string): Promise<MediaInfo> {
  if (!FFPROBE) throw new Error('ffprobe no está disponible en este equipo')
  const out = await run(FFPROBE, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', path], 8 * 1024 * 1024)
  const data = JSON.parse(out.toString('utf8')) as {
    format?: { duration?: string; tags?: Record<string, string> }
    streams?: { codec_type?: string; codec_name?: string; width?: number; height?: number; duration?: string }[]
  }
  const streams = data.streams ?? []
  const video = streams.find((s) => s.codec_type === 'video')
  const audio = streams.find((s) => s.codec_type === 'audio')
  if (!video && !audio) throw new Error('sin pistas de audio ni de video')
  const duration = Number(data.format?.duration ?? video?.duration ?? audio?.duration)
  const created = data.format?.tags?.creation_time
  return {
    durationSeconds: Number.isFinite(duration) ? duration : null,
    width: video?.width ?? null,
    height: video?.height ?? null,
    codec: (video ?? audio)?.codec_name ?? null,
    createdAt: created && !Number.isNaN(Date.parse(created)) ? new Date(created).toISOString() : null
  }
}

/** A file open for the catalogue pass, with its first chunk already read into `buffer`. */
interface OpenFile {
  fd: number
  size: number
  mtimeMs: number
  buffer: Buffer
  read: number
}

function openNow(path: string, buffer: Buffer): OpenFile {
  const fd = openSync(path, 'r')
  try {
    const stat = fstatSync(fd)
    return { fd, size: stat.size, mtimeMs: stat.mtimeMs, buffer, read: readSync(fd, buffer, 0, CHUNK, 0) }
  } catch (error) {
    closeSync(fd)
    throw error
  }
}

/**
 * Opens the next file and reads its first chunk on libuv's threads while this one hashes the
 * current file: with a cold cache the disk always has the next read queued. Never rejects: a file
 * that fails here is opened again when its turn comes, to fail with its own reason.
 */
function openAhead(path: string, buffer: Buffer): Promise<OpenFile | null> {
  return new Promise((resolve) => {
    open(path, 'r', (openError, fd) => {
      if (openError) return resolve(null)
      const fail = () => {
        closeSync(fd)
        resolve(null)
      }
      fstat(fd, (statError, stat) => {
        if (statError) return fail()
        read(fd, buffer, 0, CHUNK, 0, (readError, bytes) => (readError ? fail() : resolve({ fd, size: stat.size, mtimeMs: stat.mtimeMs, buffer, read: bytes })))
      })
    })
  })
}

async function catalogue(task: Extract<WorkerTask, { type: 'catalogue' }>, file: OpenFile): Promise<CatalogueResult> {
  const { fd, size, mtimeMs, buffer } = file
  const hash = createHash('sha256')
  let metadata: EmbeddedMetadata | null = null
  let thumbnail: CatalogueResult['thumbnail'] = null
  let warning: string | null = null
  try {
    const head = buffer.subarray(0, file.read)
    hash.update(head)
    if (task.kind === 'foto' || task.kind === 'diseno') {
      try {
        const found = await readMetadata(head)
        metadata = found.metadata
        thumbnail = found.thumbnail
      } catch {
        // A damaged or unusual header is not fatal: the file is catalogued without its metadata.
        warning = 'No se pudieron leer los metadatos incrustados (fecha, cámara, palabras clave); se catalogó sin ellos.'
      }
    }
    let total = file.read
    let read: number
    while ((read = readSync(fd, buffer, 0, CHUNK, total)) > 0) {
      hash.update(buffer.subarray(0, read))
      total += read
    }
    if (total !== size) throw Object.assign(new Error('El archivo cambió de tamaño mientras se leía.'), { code: 'ECHANGED' })
  } finally {
    closeSync(fd)
  }
  return { sha256: hash.digest('hex'), size, mtimeMs, metadata, media: null, thumbnail, warning }
}

/** Duration, resolution and codec of a video or audio file; without them (and saying so) when ffprobe cannot read it. */
async function withMedia(path: string, result: CatalogueResult): Promise<CatalogueResult> {
  try {
    return { ...result, media: await probe(path) }
  } catch {
    return { ...result, warning: 'ffprobe no pudo leer el archivo; se catalogó sin duración, resolución ni códec.' }
  }
}

async function posterFrame(path: string, durationSeconds: number | null): Promise<Buffer> {
  if (!FFMPEG) throw new Error('ffmpeg no está disponible en este equipo')
  const at = durationSeconds && durationSeconds > 2 ? 1 : 0
  return run(FFMPEG, ['-v', 'error', '-ss', String(at), '-i', path, '-frames:v', '1', '-f', 'image2pipe', '-vcodec', 'png', '-'], 64 * 1024 * 1024)
}

/**
 * From source (tests) Node strips this file's types but resolves relative imports only as written;
 * the preview decoders are imported without an extension, as the bundler wants, so Node is told to
 * try ".ts" for them. The bundle has them inside and never gets here.
 */
if (import.meta.url.endsWith('.ts')) {
  nodeModule.registerHooks({
    resolve: (specifier, context, nextResolve) =>
      specifier.startsWith('.') && !extname(specifier) && context.parentURL?.endsWith('.ts') ? nextResolve(`${specifier}.ts`, context) : nextResolve(specifier, context)
  })
}

// The decoders (sharp, pdf.js, libheif…) are loaded on the first preview: the catalogue pass starts without waiting for them.
let previews: typeof import('./previews/index') | null = null

const NO_PREVIEW: PreviewResult = { state: 'no_disponible', thumbPath: null, previewPath: null, width: null, height: null }

async function preview(task: Extract<WorkerTask, { type: 'preview' }>): Promise<PreviewResult> {
  previews ??= await import('./previews/index')
  const source = task.kind === 'video' ? await posterFrame(task.path, task.durationSeconds) : task.path
  if (Buffer.isBuffer(source) && source.length === 0) return NO_PREVIEW
  const made = await previews.makePreview(source)
  if (!made) return NO_PREVIEW
  const { rel } = cachePaths(task.cacheDir, task.sha256)
  const previewPath = rel('-preview.webp')
  const thumbPath = rel('-thumb.webp')
  writeCache(task.cacheDir, previewPath, made.preview)
  writeCache(task.cacheDir, thumbPath, made.thumbnail)
  // Catalogues from before migration 0015 kept the EXIF thumbnail as a file; the preview replaces it.
  rmSync(join(task.cacheDir, rel('-exif.jpg')), { force: true })
  return { state: 'lista', thumbPath, previewPath, width: made.width, height: made.height }
}

function errorReply(taskId: number, error: unknown): WorkerReply {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : 'EFAIL'
  return { taskId, ok: false, code, message: error instanceof Error ? error.message : String(error) }
}

/** Runs a task; resolves when this thread may start the next one (a video's answer may come later). */
async function handle(task: WorkerTask, file: () => Promise<OpenFile>): Promise<void> {
  let reply: WorkerReply
  try {
    if (task.type === 'catalogue') {
      const result = await catalogue(task, await file())
      if (task.kind === 'video' || task.kind === 'audio') {
        // ffprobe is a process of its own: the next file is read meanwhile, and this one answers when
        // it ends. The pool is told the file is read, so a crash from now on is not blamed on it.
        const note: WorkerNote = { taskId: task.taskId, note: 'read' }
        parentPort?.postMessage(note)
        void withMedia(task.path, result).then((done) => parentPort?.postMessage({ taskId: task.taskId, ok: true, type: 'catalogue', result: done } satisfies WorkerReply))
        return
      }
      reply = { taskId: task.taskId, ok: true, type: 'catalogue', result }
    } else {
      reply = { taskId: task.taskId, ok: true, type: 'preview', result: await preview(task) }
    }
  } catch (error) {
    reply = errorReply(task.taskId, error)
  }
  parentPort?.postMessage(reply)
}

// The pool sends several tasks ahead (so this thread never waits on the main one). They run one at
// a time, in the order sent; a catalogue file uses one of the two buffers while the next file's
// start is read into the other.
const waiting: WorkerTask[] = []
let draining = false

/** The next file, being opened and read ahead into buffer `slot`. */
interface Ahead {
  taskId: number
  slot: 0 | 1
  file: Promise<OpenFile | null>
}

async function drain(): Promise<void> {
  draining = true
  let ahead = null as Ahead | null
  while (waiting.length > 0) {
    const task = waiting.shift()!
    const prepared: Ahead | null = ahead?.taskId === task.taskId ? ahead : null
    const slot: 0 | 1 = prepared?.slot ?? 0
    ahead = null
    const next = waiting[0]
    if (task.type === 'catalogue' && next?.type === 'catalogue') {
      const other: 0 | 1 = slot === 0 ? 1 : 0
      ahead = { taskId: next.taskId, slot: other, file: openAhead(next.path, buffers[other]) }
    }
    await handle(task, async () => (await prepared?.file) ?? openNow(task.path, buffers[slot]))
  }
  draining = false
}

parentPort?.on('message', (task: WorkerTask) => {
  waiting.push(task)
  if (!draining) void drain()
})
