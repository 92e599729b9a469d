import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach } from 'vitest'
import { engineOf } from '../../src/main/ingest/engine'
import type { Core } from '../../src/main/core/context'
import { makePhoto, type PhotoMeta } from '../fixtures/archive/photos'
import { makeOffice } from '../support/core'

type Office = Awaited<ReturnType<typeof makeOffice>>

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

/** A configured office and a fresh source folder for each test that asks, both removed after it. */
export function useIngestOffice(): () => Promise<{ t: Office; src: string }> {
  let office: Office | undefined
  const folders: string[] = []
  afterEach(async () => {
    await office?.dispose()
    office = undefined
    for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true })
  })
  return async () => {
    office = await makeOffice()
    const src = sourceFolder()
    folders.push(src)
    return { t: office, src }
  }
}
