import { sql, type Kysely } from 'kysely'

// Frozen copies of the vocabularies as they were when this migration shipped.
const MEDIUM_TYPES = "'prensa', 'radio', 'television', 'portal_digital', 'red_social'"
const TONES = "'positivo', 'neutro', 'negativo'"

const statements = [
  `CREATE TABLE media_clips (
    id INTEGER PRIMARY KEY,
    clip_date TEXT NOT NULL,
    medium TEXT NOT NULL,
    medium_type TEXT NOT NULL CHECK (medium_type IN (${MEDIUM_TYPES})),
    program TEXT NOT NULL DEFAULT '',
    headline TEXT NOT NULL,
    url TEXT,
    summary TEXT NOT NULL DEFAULT '',
    tone TEXT NOT NULL CHECK (tone IN (${TONES})),
    topic TEXT NOT NULL,
    dependencia_id INTEGER REFERENCES catalogue_items(id),
    spokesperson TEXT NOT NULL DEFAULT '',
    reach INTEGER CHECK (reach IS NULL OR reach >= 0),
    attachment_file_id INTEGER REFERENCES stored_files(id),
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX media_clips_date ON media_clips(clip_date)`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
