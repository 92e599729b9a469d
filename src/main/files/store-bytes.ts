import { randomBytes } from 'node:crypto'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importFile, type ImportedFile } from './import'

/**
 * Puts bytes Pauta produced (a report, a spreadsheet) into managed storage under `name`, through
 * the same hashed, renamed-when-complete copy as an imported file.
 */
export async function storeBytes(filesDir: string, bytes: Uint8Array, name: string): Promise<ImportedFile> {
  const staging = join(filesDir, 'tmp', `out-${randomBytes(8).toString('hex')}`)
  await mkdir(staging, { recursive: true })
  try {
    const source = join(staging, name)
    await writeFile(source, bytes)
    return await importFile(filesDir, source, { maxBytes: Number.MAX_SAFE_INTEGER })
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
