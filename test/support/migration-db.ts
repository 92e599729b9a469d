import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { afterEach } from 'vitest'
import { openDatabase, type OpenedDatabase } from '../../src/main/db/connection'

/**
 * A bare database file in a temporary folder, not yet migrated, for migration tests that step
 * from one version to the next with real rows; closed and removed after each test.
 */
export function useBareDatabase(): () => OpenedDatabase & { dir: string; unknownDb: Kysely<unknown> } {
  const opened: { db: OpenedDatabase; dir: string }[] = []
  afterEach(async () => {
    for (const { db, dir } of opened.splice(0)) {
      await db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'pauta-mig-'))
    const db = openDatabase(dir)
    opened.push({ db, dir })
    // Migrations are typed against Kysely<unknown> so they stay frozen in time.
    return Object.assign(db, { dir, unknownDb: db.db as unknown as Kysely<unknown> })
  }
}
