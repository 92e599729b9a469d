import type { Migration } from 'kysely/migration'
import * as m0001 from './0001_foundation'
import * as m0002 from './0002_reports_delivery'
import * as m0003 from './0003_archive'
import * as m0004 from './0004_fixity'
import * as m0005 from './0005_retention'
import * as m0006 from './0006_coverage'
import * as m0007 from './0007_media_monitoring'
import * as m0008 from './0008_press'
import * as m0009 from './0009_inquiries'
import * as m0010 from './0010_indicators'
import * as m0011 from './0011_risks_improvement'
import * as m0012 from './0012_archive_curation'
import * as m0013 from './0013_archive_export'
import * as m0014 from './0014_archive_search_keys'
import * as m0015 from './0015_embedded_thumbnails'
import * as m0016 from './0016_contentless_search'
import * as m0017 from './0017_more_previews'

/**
 * Append-only: a shipped migration is never edited or removed. A schema change is a new file
 * here, with a test in test/main/db that migrates real rows from the previous version.
 */
export const migrations: Record<string, Migration> = {
  '0001_foundation': m0001,
  '0002_reports_delivery': m0002,
  '0003_archive': m0003,
  '0004_fixity': m0004,
  '0005_retention': m0005,
  '0006_coverage': m0006,
  '0007_media_monitoring': m0007,
  '0008_press': m0008,
  '0009_inquiries': m0009,
  '0010_indicators': m0010,
  '0011_risks_improvement': m0011,
  '0012_archive_curation': m0012,
  '0013_archive_export': m0013,
  '0014_archive_search_keys': m0014,
  '0015_embedded_thumbnails': m0015,
  '0016_contentless_search': m0016,
  '0017_more_previews': m0017
}
