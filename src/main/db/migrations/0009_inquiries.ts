import { sql, type Kysely } from 'kysely'

// Frozen copies of the vocabularies as they were when this migration shipped.
const STATES = "'recibida', 'asignada', 'en_consulta', 'respondida', 'trasladada_pqrs', 'cerrada'"
const TERMS = "'redes', 'peticion_general', 'documentos', 'consulta'"

const statements = [
  `CREATE TABLE inquiries (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL,
    received_at TEXT NOT NULL,
    citizen TEXT NOT NULL,
    text TEXT NOT NULL,
    topic TEXT NOT NULL DEFAULT '',
    dependencia_id INTEGER REFERENCES catalogue_items(id),
    assignee_id INTEGER REFERENCES users(id),
    reply_text TEXT NOT NULL DEFAULT '',
    replied_at TEXT CHECK (replied_at IS NULL OR replied_at >= received_at),
    replied_by INTEGER REFERENCES users(id),
    state TEXT NOT NULL DEFAULT 'recibida' CHECK (state IN (${STATES})),
    term_kind TEXT NOT NULL DEFAULT 'redes' CHECK (term_kind IN (${TERMS})),
    due_on TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX inquiries_due ON inquiries(state, due_on)`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
