import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, open, readdir, rm, writeFile } from 'node:fs/promises'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCore } from '../src/main/core/create-core'
import type { Host } from '../src/main/core/host'
import { systemCtx } from '../src/main/background/system-actor'
import { sha256Of } from '../src/main/delivery/atomic-write'
import { drainOutbox, enqueue } from '../src/main/delivery/outbox'
import type { BenchResult } from './run'

const FILES = 100
const FILE_BYTES = 1024 * 1024
const MB = FILES * (FILE_BYTES / (1024 * 1024))
// The drain writes a temporary file, flushes it to the disk, reads it back for its SHA-256,
// renames it and updates its row: held against a copy loop that also flushes each file.
const TARGET_SHARE = 0.5

const host: Host = {
  pickFiles: async () => [],
  chooseSaveLocation: async () => null,
  chooseFolder: async () => null,
  mediaUrl: (fileId) => `pauta-media://files/${fileId}`
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await task()
  return (performance.now() - start) / 1000
}

export async function run(): Promise<BenchResult[]> {
  const work = mkdtempSync(join(tmpdir(), 'pauta-bench-bandeja-'))
  const running = await startCore({ dataDir: join(work, 'datos'), host, log: () => {} })
  try {
    const { core } = running
    const now = new Date()
    const destinationFolder = join(work, 'planeacion')
    const destination = await core.db
      .insertInto('destinations')
      .values({ name: 'Planeación', path: destinationFolder, note: '', active: 1, created_at: now.toISOString(), updated_at: now.toISOString() })
      .returning(['id', 'name', 'path'])
      .executeTakeFirstOrThrow()
    const sources = join(work, 'fuentes')
    await mkdir(sources)
    const ctx = systemCtx(core, now)
    for (let i = 0; i < FILES; i++) {
      const bytes = randomBytes(FILE_BYTES)
      const fileName = `informe-${String(i + 1).padStart(3, '0')}.pdf`
      await writeFile(join(sources, fileName), bytes)
      await enqueue(ctx, { destination, generatedFileId: null, fileName, bytes, sha256: sha256Of(bytes) }, null)
    }
    await mkdir(destinationFolder)
    const drainSeconds = await timed(async () => {
      const result = await drainOutbox(systemCtx(core, new Date(now.getTime() + 1000)))
      if (result.delivered !== FILES) throw new Error(`Se entregaron ${result.delivered} de ${FILES} archivos`)
    })
    if ((await readdir(destinationFolder)).length !== FILES) throw new Error('Faltan archivos en la carpeta de destino')

    const names = await readdir(sources)
    const bare = join(work, 'copia-simple')
    await mkdir(bare)
    const copySeconds = await timed(async () => {
      for (const name of names) await copyFile(join(sources, name), join(bare, name))
    })
    const flushed = join(work, 'copia-con-flush')
    await mkdir(flushed)
    const flushedSeconds = await timed(async () => {
      for (const name of names) {
        await copyFile(join(sources, name), join(flushed, name))
        const handle = await open(join(flushed, name), 'r+')
        await handle.sync()
        await handle.close()
      }
    })
    await rm(bare, { recursive: true })

    const drainRate = MB / drainSeconds
    const flushedRate = MB / flushedSeconds
    return [
      { name: `bandeja: ${FILES} archivos de 1 MB a una carpeta local`, value: drainRate, unit: 'MB/s', target: `≥ ${TARGET_SHARE * 100} % de copyFile + fsync`, ok: drainRate >= TARGET_SHARE * flushedRate },
      { name: 'referencia: copyFile + fsync de los mismos archivos', value: flushedRate, unit: 'MB/s', target: 'referencia', ok: true },
      { name: 'referencia: copyFile sin fsync (caché del sistema)', value: MB / copySeconds, unit: 'MB/s', target: 'referencia', ok: true }
    ]
  } finally {
    await running.close()
    rmSync(work, { recursive: true, force: true })
  }
}
