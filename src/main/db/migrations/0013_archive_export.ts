import { sql, type Kysely } from 'kysely'

// Frozen copies of the vocabularies as they were when this migration shipped.
const EXPORT_STATES = "'en_curso', 'terminada', 'fallida', 'cancelada', 'interrumpida'"
const FREQUENCIES = "'apagada', 'semanal', 'mensual'"

const statements = [
  `CREATE TABLE archive_exports (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    destination_path TEXT NOT NULL,
    bag_path TEXT NOT NULL,
    partial_path TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN (${EXPORT_STATES})),
    xmp_sidecars INTEGER NOT NULL CHECK (xmp_sidecars IN (0, 1)),
    embed_xmp INTEGER NOT NULL CHECK (embed_xmp IN (0, 1)),
    total_files INTEGER NOT NULL CHECK (total_files > 0),
    total_bytes INTEGER NOT NULL CHECK (total_bytes >= 0),
    done_files INTEGER NOT NULL DEFAULT 0 CHECK (done_files >= 0),
    done_bytes INTEGER NOT NULL DEFAULT 0 CHECK (done_bytes >= 0),
    consent_issues INTEGER NOT NULL DEFAULT 0 CHECK (consent_issues >= 0),
    error TEXT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    created_by INTEGER NOT NULL REFERENCES users(id),
    CHECK (partial_path <> bag_path),
    CHECK ((state = 'en_curso') = (finished_at IS NULL)),
    CHECK (state IN ('en_curso', 'terminada', 'cancelada') OR error IS NOT NULL)
  ) STRICT`,
  `CREATE INDEX archive_exports_state ON archive_exports(state)`,
  // What each export held, in bag order: the record of what left Pauta and under which name.
  `CREATE TABLE archive_export_assets (
    export_id INTEGER NOT NULL REFERENCES archive_exports(id),
    asset_id INTEGER NOT NULL REFERENCES assets(id),
    position INTEGER NOT NULL CHECK (position >= 0),
    bag_name TEXT NOT NULL,
    PRIMARY KEY (export_id, asset_id),
    UNIQUE (export_id, position)
  ) STRICT, WITHOUT ROWID`,
  // One row: when the whole archive is verified on its own. Days of the month stop at 28 so every month has the day.
  `CREATE TABLE fixity_schedule (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    frequency TEXT NOT NULL CHECK (frequency IN (${FREQUENCIES})),
    weekday INTEGER CHECK (weekday BETWEEN 1 AND 7),
    month_day INTEGER CHECK (month_day BETWEEN 1 AND 28),
    hour INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
    last_run_at TEXT,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id),
    CHECK (frequency <> 'semanal' OR weekday IS NOT NULL),
    CHECK (frequency <> 'mensual' OR month_day IS NOT NULL)
  ) STRICT`,
  // Runs the schedule started: their audit entries have no actor, and created_by is who configured the schedule.
  `CREATE TABLE fixity_scheduled_runs (
    run_id INTEGER PRIMARY KEY REFERENCES fixity_runs(id)
  ) STRICT`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
