import { sql, type Kysely } from 'kysely'

// Frozen copy of the formats the preview pass learnt to read when this migration shipped.
const EXTENSIONS = ['heic', 'heif', 'dng', 'cr2', 'cr3', 'nef', 'arw', 'orf', 'rw2', 'raf', 'psd', 'psb', 'ai', 'eps', 'pdf']

/**
 * The preview pass now reads HEIC (HEVC), camera RAW, Photoshop, Illustrator/EPS and PDF files:
 * those catalogued before, left without a preview, go back in its queue, which the background
 * work drains after the next start.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const endsWith = EXTENSIONS.map((ext) => sql`lower(original_name) LIKE ${`%.${ext}`}`)
  await sql`UPDATE assets SET preview_state = 'pendiente'
    WHERE preview_state IN ('no_disponible', 'fallida') AND (${sql.join(endsWith, sql` OR `)})`.execute(db)
}
