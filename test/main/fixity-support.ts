import { createHash } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { archiveDir } from '../../src/main/archive/storage'
import type { FixityRunDetail } from '../../src/shared/contract/fixity'
import { fixityIdle } from '../../src/main/fixity/engine'
import type { TestCore } from '../support/core'
import { seedAsset, type SeedAsset } from './archive-seed'

/** A copied master written into Pauta's archive folder, catalogued with its real SHA-256. */
export async function seedMaster(t: TestCore, name: string, content: string, fields: SeedAsset = {}): Promise<number> {
  const relativePath = `2026/03/sin-evento/${name}`
  const file = join(archiveDir(t.dir), relativePath)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, content)
  return seedAsset(t, { original_name: name, master_path: relativePath, size: content.length, sha256: sha256(content), ...fields })
}

export const sha256 = (content: string): string => createHash('sha256').update(content).digest('hex')

export const masterFile = (t: TestCore, name: string): string => join(archiveDir(t.dir), '2026/03/sin-evento', name)

/** Starts a verification as the archivist and waits for it to finish. */
export async function verify(t: TestCore, assetIds?: number[]): Promise<FixityRunDetail> {
  const run = await t.call('archivista', 'fixity', 'run', assetIds ? { assetIds } : {})
  await fixityIdle(t.core)
  return t.call('archivista', 'fixity', 'get', { id: run.id })
}
