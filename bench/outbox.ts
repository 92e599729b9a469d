import { randomBytes } from 'node:crypto'
import { copyFile, mkdir, open, readdir, rm, writeFile } from 'node:fs/promises'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { join } from 'node:path'
import { startCore } from '../src/main/core/create-core'
import { systemCtx } from '../src/main/background/system-actor'
import { sha256Of } from '../src/main/delivery/atomic-write'
import { drainOutbox, enqueue } from '../src/main/delivery/outbox'
import type { BenchResult } from './run'
import { TestHost } from '../test/support/core'

const FILES = 100
const FILE_BYTES = 1024 * 1024
const MB = FILES * (FILE_BYTES / (1024 * 1024))
// Each file is read from its row, written to a temporary name, flushed to the disk, read back for
// its SHA-256, renamed and its row updated: far more work than copyFile. The target is that the
// outbox is never what holds a delivery back: an office network (100 Mbit/s) moves about 11 MB/s.
const TARGET_MB_S = 20
// The drain runs in the main process: the window's calls must keep being answered meanwhile.
const TARGET_DELAY_MS = 200

const host = new TestHost()

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
    const delay = monitorEventLoopDelay({ resolution: 5 })
    delay.enable()
    const drainSeconds = await timed(async () => {
      const result = await drainOutbox(systemCtx(core, new Date(now.getTime() + 1000)))
      if (result.delivered !== FILES) throw new Error(`Se entregaron ${result.delivered} de ${FILES} archivos`)
    })
    delay.disable()
    const maxDelayMs = delay.max / 1e6
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
    return [
      { name: `bandeja: ${FILES} archivos de 1 MB a una carpeta local`, value: drainRate, unit: 'MB/s', target: `≥ ${TARGET_MB_S} MB/s`, ok: drainRate >= TARGET_MB_S },
      { name: 'bandeja: espera máxima del proceso principal', value: maxDelayMs, unit: 'ms', target: `≤ ${TARGET_DELAY_MS} ms`, ok: maxDelayMs <= TARGET_DELAY_MS },
      { name: 'referencia: copyFile + fsync de los mismos archivos', value: MB / flushedSeconds, unit: 'MB/s', target: 'referencia', ok: true },
      { name: 'referencia: copyFile sin fsync (caché del sistema)', value: MB / copySeconds, unit: 'MB/s', target: 'referencia', ok: true }
    ]
  } finally {
    await running.close()
    rmSync(work, { recursive: true, force: true })
  }
}
