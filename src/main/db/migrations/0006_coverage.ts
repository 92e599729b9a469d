import { sql, type Kysely } from 'kysely'

// Frozen copies of the vocabularies as they were when this migration shipped.
const EVENT_STATES = "'programado', 'confirmado', 'en_curso', 'cubierto', 'aplazado', 'cancelado'"
const NEEDS = "'nota_escrita', 'fotografia', 'video', 'diseno', 'redes_en_vivo'"
const COVERAGE_STATES = "'asignada', 'aceptada', 'en_curso', 'entregada', 'cancelada'"

const statements = [
  `CREATE TABLE coverage_events (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
    place TEXT NOT NULL DEFAULT '',
    dependencia_id INTEGER REFERENCES catalogue_items(id),
    description TEXT NOT NULL DEFAULT '',
    plan_activity_id INTEGER REFERENCES plan_activities(id),
    state TEXT NOT NULL DEFAULT 'programado' CHECK (state IN (${EVENT_STATES})),
    cancel_reason TEXT NOT NULL DEFAULT '',
    archive_event_id INTEGER REFERENCES archive_events(id),
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    -- A cancelled event always says why; no other state carries a reason.
    CHECK ((state = 'cancelado') = (cancel_reason <> ''))
  ) STRICT`,
  `CREATE INDEX coverage_events_starts ON coverage_events(starts_at)`,
  `CREATE TABLE coverages (
    id INTEGER PRIMARY KEY,
    event_id INTEGER NOT NULL REFERENCES coverage_events(id),
    need TEXT NOT NULL CHECK (need IN (${NEEDS})),
    assignee_id INTEGER NOT NULL REFERENCES users(id),
    due_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'asignada' CHECK (state IN (${COVERAGE_STATES})),
    delivered_at TEXT,
    notes TEXT NOT NULL DEFAULT '',
    cancel_reason TEXT NOT NULL DEFAULT '',
    piece_id INTEGER REFERENCES pieces(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((state = 'entregada') = (delivered_at IS NOT NULL)),
    CHECK ((state = 'cancelada') = (cancel_reason <> ''))
  ) STRICT`,
  // One coverage per need and event; a cancelled one frees the need for a new assignment.
  `CREATE UNIQUE INDEX coverages_need_once ON coverages(event_id, need) WHERE state <> 'cancelada'`,
  `CREATE INDEX coverages_event ON coverages(event_id)`,
  `CREATE INDEX coverages_assignee ON coverages(assignee_id, due_at)`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
