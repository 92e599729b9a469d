import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { expect } from 'vitest'
import { archiveDir } from '../../src/main/archive/storage'
import { exportsIdle } from '../../src/main/archive-export/engine'
import type { ExportJob } from '../../src/shared/contract/archive-export'
import type { Contract, InputOf } from '../../src/shared/contract'
import type { TestCore } from '../support/core'
import { seedAsset, type SeedAsset } from './archive-seed'

export const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex')

/** A copied master with real bytes in Pauta's archive folder, catalogued with its SHA-256. */
export async function seedFile(t: TestCore, name: string, bytes: Buffer | string, fields: SeedAsset = {}): Promise<{ id: number; path: string }> {
  const folder = `2026/03/${sha256(String(Math.random())).slice(0, 8)}`
  const path = join(archiveDir(t.dir), folder, name)
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, bytes)
  const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.length
  const id = await seedAsset(t, { original_name: name, master_path: `${folder}/${name}`, size, sha256: sha256(bytes), ...fields })
  return { id, path }
}

export const destination = (): string => mkdtempSync(join(tmpdir(), 'pauta-destino-'))

type StartInput = NonNullable<InputOf<Contract['archiveExport']['start']>>

/** Exports as the archivist and waits for the worker to finish. */
export async function exportBag(t: TestCore, input: Partial<StartInput> & Pick<StartInput, 'selection'>, folder = destination()): Promise<ExportJob> {
  const job = await t.call('archivista', 'archiveExport', 'start', { name: 'Transferencia', destination: { folder }, ...input })
  await exportsIdle(t.core)
  return t.call('archivista', 'archiveExport', 'get', { id: job.id })
}

function filesUnder(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else out.push(relative(root, path).split(sep).join('/'))
    }
  }
  walk(root)
  return out.sort()
}

const decodePath = (p: string) => p.replace(/%0A/gi, '\n').replace(/%0D/gi, '\r').replace(/%25/g, '%')

function readManifest(bag: string, name: string): Map<string, string> {
  const text = readFileSync(join(bag, name), 'utf8')
  expect(text.endsWith('\n')).toBe(true)
  const entries = new Map<string, string>()
  for (const line of text.slice(0, -1).split('\n')) {
    const match = /^([0-9a-f]{64})[ \t]+(.+)$/.exec(line)
    expect(match, `línea de ${name}: ${line}`).not.toBeNull()
    const path = decodePath(match![2]!)
    expect(entries.has(path), `${path} repetido en ${name}`).toBe(false)
    entries.set(path, match![1]!)
  }
  return entries
}

export interface ValidBag {
  info: Map<string, string>
  /** Payload files (under data/) and their SHA-256 as the manifest lists them. */
  payload: Map<string, string>
}

/**
 * Checks a bag against RFC 8493: the declaration, a manifest listing exactly the payload with the
 * right SHA-256, Payload-Oxum matching the payload, and a tag manifest matching the tag files.
 */
export function validateBag(bag: string): ValidBag {
  expect(readFileSync(join(bag, 'bagit.txt'), 'utf8')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n')
  const all = filesUnder(bag)
  const payloadFiles = all.filter((f) => f.startsWith('data/'))
  const tagFiles = all.filter((f) => !f.startsWith('data/'))
  expect(tagFiles).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt', 'tagmanifest-sha256.txt'])

  const payload = readManifest(bag, 'manifest-sha256.txt')
  expect([...payload.keys()].sort()).toEqual(payloadFiles)
  for (const [path, digest] of payload) expect(sha256(readFileSync(join(bag, ...path.split('/')))), path).toBe(digest)

  const info = new Map<string, string>()
  for (const line of readFileSync(join(bag, 'bag-info.txt'), 'utf8').trimEnd().split('\n')) {
    const match = /^([^:\s][^:]*): (.*)$/.exec(line)
    expect(match, `línea de bag-info.txt: ${line}`).not.toBeNull()
    info.set(match![1]!, match![2]!)
  }
  const octets = payloadFiles.reduce((sum, f) => sum + statSync(join(bag, ...f.split('/'))).size, 0)
  expect(info.get('Payload-Oxum')).toBe(`${octets}.${payloadFiles.length}`)

  const tags = readManifest(bag, 'tagmanifest-sha256.txt')
  expect([...tags.keys()].sort()).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt'])
  for (const [path, digest] of tags) expect(sha256(readFileSync(join(bag, path))), path).toBe(digest)
  return { info, payload }
}

export const listDir = (dir: string): string[] => readdirSync(dir).sort()
