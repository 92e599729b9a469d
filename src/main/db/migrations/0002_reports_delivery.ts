import { sql, type Kysely } from 'kysely'

// Frozen copies of the enumerations as they were when this migration shipped.
const NETWORKS = "'facebook', 'instagram', 'x', 'youtube', 'tiktok'"
const OUTBOX_STATES = "'pendiente', 'entregado', 'fallido', 'cancelado'"

const statements = [
  // The institutional header of every report, as the entity's quality system names its formats.
  `CREATE TABLE report_header (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    process_name TEXT NOT NULL,
    document_code TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL DEFAULT '',
    version_date TEXT,
    logo_file_id INTEGER REFERENCES stored_files(id),
    updated_at TEXT NOT NULL
  ) STRICT`,
  // Every report or spreadsheet Pauta produced: previewed, saved, delivered or queued from here.
  `CREATE TABLE generated_files (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_id INTEGER NOT NULL REFERENCES stored_files(id),
    page_count INTEGER,
    row_count INTEGER,
    params TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(params)),
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX generated_files_created ON generated_files(created_at)`,
  `CREATE TABLE social_stats (
    network TEXT NOT NULL CHECK (network IN (${NETWORKS})),
    month TEXT NOT NULL CHECK (month GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]'),
    followers INTEGER CHECK (followers >= 0),
    publications INTEGER CHECK (publications >= 0),
    reach INTEGER CHECK (reach >= 0),
    impressions INTEGER CHECK (impressions >= 0),
    interactions INTEGER CHECK (interactions >= 0),
    video_views INTEGER CHECK (video_views >= 0),
    source TEXT NOT NULL CHECK (source IN ('manual', 'importado')),
    updated_by INTEGER NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (network, month)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE destinations (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    path TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (name COLLATE NOCASE)
  ) STRICT`,
  // The file itself travels in the row, so a queued export survives a closed Pauta and a lost files/ folder.
  `CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    destination_id INTEGER NOT NULL REFERENCES destinations(id),
    generated_file_id INTEGER REFERENCES generated_files(id),
    file_name TEXT NOT NULL,
    content BLOB NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    state TEXT NOT NULL CHECK (state IN (${OUTBOX_STATES})),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT,
    delivered_path TEXT,
    delivered_at TEXT,
    created_by INTEGER REFERENCES users(id),
    created_at TEXT NOT NULL,
    CHECK (state <> 'entregado' OR (delivered_path IS NOT NULL AND delivered_at IS NOT NULL))
  ) STRICT`,
  `CREATE INDEX outbox_due ON outbox(state, next_attempt_at)`,
  `CREATE TABLE scheduled_exports (
    id INTEGER PRIMARY KEY,
    report TEXT NOT NULL CHECK (report IN ('mensual')),
    destination_id INTEGER NOT NULL REFERENCES destinations(id),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    last_run_on TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE backup_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    folder TEXT NOT NULL,
    destination_id INTEGER REFERENCES destinations(id),
    last_backup_at TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
  ) STRICT`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
