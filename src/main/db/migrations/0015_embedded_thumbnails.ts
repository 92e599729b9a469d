import { sql, type Kysely } from 'kysely'

/**
 * Where a master's embedded EXIF thumbnail lies inside it (byte offset and length): the card shows
 * it until the preview pass makes the WebP thumbnail, without the catalogue pass writing a file
 * per photo (creating those files cost the workers a tenth of their time).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE assets ADD COLUMN embedded_thumb_offset INTEGER CHECK (embedded_thumb_offset IS NULL OR embedded_thumb_offset >= 0)`.execute(db)
  await sql`ALTER TABLE assets ADD COLUMN embedded_thumb_length INTEGER CHECK (embedded_thumb_length IS NULL OR embedded_thumb_length > 0)`.execute(db)
}
