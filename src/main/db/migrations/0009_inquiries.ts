import { sql, type Kysely } from 'kysely'

// Frozen copies of the vocabularies as they were when this migration shipped.
const STATES = "'recibida', 'asignada', 'en_consulta', 'respondida', 'trasladada_pqrs', 'cerrada'"
const TERMS = "'redes', 'peticion_general', 'documentos', 'consulta'"
const CHANNELS = "'facebook', 'instagram', 'x', 'tiktok', 'whatsapp', 'youtube', 'correo', 'sitio_web'"

const statements = [
  `CREATE TABLE inquiries (
    id INTEGER PRIMARY KEY,
    channel TEXT NOT NULL CHECK (channel IN (${CHANNELS})),
    received_at TEXT NOT NULL,
    citizen TEXT NOT NULL CHECK (citizen <> ''),
    text TEXT NOT NULL CHECK (text <> ''),
    topic TEXT NOT NULL DEFAULT '',
    dependencia_id INTEGER REFERENCES catalogue_items(id),
    assignee_id INTEGER REFERENCES users(id),
    reply_text TEXT NOT NULL DEFAULT '',
    replied_at TEXT CHECK (replied_at IS NULL OR replied_at >= received_at),
    replied_by INTEGER REFERENCES users(id),
    state TEXT NOT NULL DEFAULT 'recibida' CHECK (state IN (${STATES})),
    term_kind TEXT NOT NULL DEFAULT 'redes' CHECK (term_kind IN (${TERMS})),
    term_days INTEGER NOT NULL CHECK (term_days BETWEEN 1 AND 30),
    due_on TEXT NOT NULL,
    pqrs_radicado TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((replied_at IS NULL) = (replied_by IS NULL)),
    CHECK ((replied_at IS NULL) = (reply_text = '')),
    CHECK (state NOT IN ('respondida', 'cerrada') OR replied_at IS NOT NULL),
    CHECK (state IN ('respondida', 'cerrada') OR replied_at IS NULL),
    CHECK (state = 'recibida' OR assignee_id IS NOT NULL),
    CHECK (state <> 'en_consulta' OR dependencia_id IS NOT NULL),
    CHECK (state <> 'trasladada_pqrs' OR term_kind <> 'redes')
  ) STRICT`,
  `CREATE INDEX inquiries_due ON inquiries(state, due_on)`,
  `CREATE INDEX inquiries_received ON inquiries(received_at)`,
  `CREATE INDEX inquiries_assignee ON inquiries(assignee_id)`,
  // One row: the office's own term for replies on its networks (the legal terms are fixed by law).
  `CREATE TABLE inquiry_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    network_term_days INTEGER NOT NULL CHECK (network_term_days BETWEEN 1 AND 15),
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
  ) STRICT`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
