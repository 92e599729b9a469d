import { mkdirSync, writeFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { engineOf } from '../../src/main/ingest/engine'
import type { Core } from '../../src/main/core/context'
import { makePhoto, type PhotoMeta } from '../fixtures/archive/photos'

/** A fresh source folder ("memoria") in the temp dir. */
export function sourceFolder(): string {
  return mkdtempSync(join(tmpdir(), 'pauta-memoria-'))
}

export function writeFile(root: string, relative: string, data: Buffer | string): string {
  const path = join(root, ...relative.split('/'))
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, data)
  return path
}

export async function writePhoto(root: string, relative: string, seed: number, meta: PhotoMeta = {}): Promise<Buffer> {
  const data = await makePhoto(seed, meta)
  writeFile(root, relative, data)
  return data
}

/** Waits until the catalogue pass and the previews have nothing left to do. */
export const settle = (core: Core): Promise<void> => engineOf(core).idle()
