import { sql, type Kysely } from 'kysely'

// Frozen copies of the enumerations as they were when this migration shipped.
const KINDS = "'foto', 'video', 'audio', 'diseno', 'documento', 'otro'"
const STATUSES = "'sin_catalogar', 'catalogado', 'revisado'"
const CONSENT = "'no_requerida', 'pendiente', 'otorgada', 'negada'"
const INGEST_STATES = "'en_curso', 'pausada', 'terminada', 'cancelada'"
const ITEM_STATES = "'pendiente', 'catalogado', 'duplicado', 'fallido', 'omitido'"

const statements = [
  `CREATE TABLE archive_events (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    date TEXT,
    place TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE ingests (
    id INTEGER PRIMARY KEY,
    source_path TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('copiar', 'referenciar')),
    volume_label TEXT,
    template TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(template)),
    state TEXT NOT NULL CHECK (state IN (${INGEST_STATES})),
    total_files INTEGER NOT NULL DEFAULT 0,
    total_bytes INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    created_by INTEGER NOT NULL REFERENCES users(id)
  ) STRICT`,
  `CREATE TABLE assets (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN (${KINDS})),
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    mime TEXT NOT NULL,
    original_name TEXT NOT NULL,
    storage_mode TEXT NOT NULL CHECK (storage_mode IN ('copia', 'referencia')),
    master_path TEXT NOT NULL,
    volume_label TEXT,
    captured_at TEXT,
    captured_on TEXT,
    captured_year INTEGER,
    width INTEGER,
    height INTEGER,
    duration_seconds REAL,
    codec TEXT,
    camera TEXT,
    gps_lat REAL,
    gps_lon REAL,
    title TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    creator TEXT NOT NULL DEFAULT '',
    credit TEXT NOT NULL DEFAULT '',
    copyright TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    event_id INTEGER REFERENCES archive_events(id),
    dependencia_id INTEGER REFERENCES catalogue_items(id),
    rating INTEGER NOT NULL DEFAULT 0 CHECK (rating BETWEEN 0 AND 5),
    status TEXT NOT NULL DEFAULT 'sin_catalogar' CHECK (status IN (${STATUSES})),
    consent_status TEXT NOT NULL DEFAULT 'no_requerida' CHECK (consent_status IN (${CONSENT})),
    consent_minors INTEGER NOT NULL DEFAULT 0 CHECK (consent_minors IN (0, 1)),
    consent_granted_on TEXT,
    consent_expires_on TEXT,
    consent_scope TEXT NOT NULL DEFAULT '',
    consent_document_file_id INTEGER REFERENCES stored_files(id),
    thumb_path TEXT,
    preview_path TEXT,
    preview_state TEXT NOT NULL DEFAULT 'pendiente' CHECK (preview_state IN ('pendiente', 'lista', 'no_disponible', 'fallida')),
    ingest_id INTEGER REFERENCES ingests(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (consent_status <> 'otorgada' OR consent_granted_on IS NOT NULL)
  ) STRICT`,
  // Keyset pagination and facets read these: newest first is the grid's default order.
  `CREATE INDEX assets_captured ON assets(captured_on DESC, id DESC)`,
  `CREATE INDEX assets_kind ON assets(kind, captured_on DESC, id DESC)`,
  `CREATE INDEX assets_event ON assets(event_id)`,
  `CREATE INDEX assets_year ON assets(captured_year)`,
  `CREATE INDEX assets_preview_pending ON assets(preview_state) WHERE preview_state = 'pendiente'`,
  `CREATE TABLE asset_keywords (
    asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    keyword TEXT NOT NULL,
    PRIMARY KEY (asset_id, keyword)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX asset_keywords_keyword ON asset_keywords(keyword)`,
  `CREATE TABLE asset_people (
    asset_id INTEGER NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    PRIMARY KEY (asset_id, name)
  ) STRICT, WITHOUT ROWID`,
  // Accent-insensitive Spanish search: "vacunacion" finds "vacunación". Kept in step by the service.
  `CREATE VIRTUAL TABLE asset_search USING fts5(
    title, description, keywords, people, place, event,
    tokenize = 'unicode61 remove_diacritics 2'
  )`,
  `CREATE TABLE ingest_items (
    id INTEGER PRIMARY KEY,
    ingest_id INTEGER NOT NULL REFERENCES ingests(id),
    relative_path TEXT NOT NULL,
    size INTEGER NOT NULL,
    state TEXT NOT NULL CHECK (state IN (${ITEM_STATES})),
    asset_id INTEGER REFERENCES assets(id),
    error TEXT NOT NULL DEFAULT '',
    UNIQUE (ingest_id, relative_path)
  ) STRICT`,
  `CREATE INDEX ingest_items_pending ON ingest_items(ingest_id, state, id)`,
  `CREATE TABLE piece_assets (
    piece_id INTEGER NOT NULL REFERENCES pieces(id),
    asset_id INTEGER NOT NULL REFERENCES assets(id),
    linked_at TEXT NOT NULL,
    PRIMARY KEY (piece_id, asset_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE INDEX piece_assets_asset ON piece_assets(asset_id)`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
