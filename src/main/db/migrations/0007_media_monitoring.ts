import { sql, type Kysely } from 'kysely'

// Frozen copies of the vocabularies as they were when this migration shipped.
const MEDIUM_TYPES = "'prensa', 'radio', 'television', 'portal_digital', 'red_social'"
const TONES = "'positivo', 'neutro', 'negativo'"

const statements = [
  `CREATE TABLE media_clips (
    id INTEGER PRIMARY KEY,
    clip_date TEXT NOT NULL CHECK (clip_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    medium TEXT NOT NULL CHECK (length(trim(medium)) > 0),
    medium_type TEXT NOT NULL CHECK (medium_type IN (${MEDIUM_TYPES})),
    program TEXT NOT NULL DEFAULT '',
    headline TEXT NOT NULL CHECK (length(trim(headline)) > 0),
    url TEXT,
    summary TEXT NOT NULL DEFAULT '',
    tone TEXT NOT NULL CHECK (tone IN (${TONES})),
    topic TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    dependencia_id INTEGER REFERENCES catalogue_items(id),
    spokesperson TEXT NOT NULL DEFAULT '',
    reach INTEGER CHECK (reach IS NULL OR reach >= 0),
    attachment_file_id INTEGER REFERENCES stored_files(id),
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- The URL as compared for duplicates: lowercase scheme and host, no fragment, no tracking parameters.
    url_key TEXT,
    attachment_name TEXT,
    CHECK ((url IS NULL) = (url_key IS NULL)),
    CHECK ((attachment_file_id IS NULL) = (attachment_name IS NULL)),
    CHECK (url IS NULL OR lower(url) GLOB 'http://*' OR lower(url) GLOB 'https://*')
  ) STRICT`,
  `CREATE INDEX media_clips_date ON media_clips(clip_date)`,
  `CREATE INDEX media_clips_url_key ON media_clips(url_key) WHERE url_key IS NOT NULL`,
  // Each generated daily digest: the same content as a PDF and as an HTML file for email.
  `CREATE TABLE media_digests (
    id INTEGER PRIMARY KEY,
    digest_date TEXT NOT NULL CHECK (digest_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
    clip_count INTEGER NOT NULL CHECK (clip_count >= 0),
    pdf_generated_id INTEGER NOT NULL REFERENCES generated_files(id),
    html_generated_id INTEGER NOT NULL REFERENCES generated_files(id),
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    CHECK (pdf_generated_id <> html_generated_id)
  ) STRICT`,
  `CREATE INDEX media_digests_date ON media_digests(digest_date)`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
