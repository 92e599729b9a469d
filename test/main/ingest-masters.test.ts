import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { copyMaster } from '../../src/main/ingest/masters'
import { archiveDir } from '../../src/main/archive/storage'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

it('copies files of the same name at the same time under distinct names, each with its own bytes', async () => {
  dir = mkdtempSync(join(tmpdir(), 'pauta-masters-'))
  const sources = Array.from({ length: 6 }, (_, i) => {
    const file = join(dir, `origen-${i}.jpg`)
    writeFileSync(file, Buffer.alloc(200_000 + i, i + 1))
    return file
  })
  const placed = await Promise.all(sources.map((source, i) => copyMaster(dir, source, 'DSC_0001.JPG', ['2026', '02', 'sin-evento'], 200_000 + i)))
  expect(new Set(placed).size).toBe(6)
  for (const [i, relative] of placed.entries()) {
    expect(readFileSync(join(archiveDir(dir), relative)).equals(readFileSync(sources[i]!))).toBe(true)
  }
  // No temporary copy is left beside the masters.
  expect(readdirSync(join(archiveDir(dir), '2026', '02', 'sin-evento')).filter((f) => f.endsWith('.pauta-tmp'))).toEqual([])
})

it('gives a copied master a name every file system accepts, keeping accents and spaces', async () => {
  dir = mkdtempSync(join(tmpdir(), 'pauta-masters-'))
  const source = join(dir, 'origen.jpg')
  writeFileSync(source, Buffer.alloc(1000, 7))
  const copy = (name: string) => copyMaster(dir, source, name, ['2026', '03', 'sin-evento'], 1000)
  expect(await copy('Acta: reunión "final"?.jpg')).toBe('2026/03/sin-evento/Acta_ reunión _final__.jpg')
  expect(await copy('CON.jpg')).toBe('2026/03/sin-evento/_CON.jpg')
  expect(await copy('Niñas en la vereda 🌳.jpg')).toBe('2026/03/sin-evento/Niñas en la vereda 🌳.jpg')
})
