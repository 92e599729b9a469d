import type { Migration } from 'kysely/migration'
import * as m0001 from './0001_foundation'
import * as m0002 from './0002_reports_delivery'
import * as m0003 from './0003_archive'
import * as m0004 from './0004_fixity'
import * as m0005 from './0005_retention'

/**
 * Append-only: a shipped migration is never edited or removed. A schema change is a new file
 * here, with a test in test/main/db that migrates real rows from the previous version.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_reports_delivery': m0002,
  '0003_archive': m0003,
  '0004_fixity': m0004,
  '0005_retention': m0005
}
