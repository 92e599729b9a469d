import { sql, type Kysely } from 'kysely'

// Frozen copies of the vocabularies as they were when this migration shipped.
const RISK_TYPES = "'estrategico', 'operativo', 'financiero', 'cumplimiento', 'imagen', 'tecnologico', 'corrupcion', 'seguridad_informacion'"
const TREATMENTS = "'aceptar', 'reducir', 'evitar', 'compartir'"
const CONTROL_TYPES = "'preventivo', 'detectivo', 'correctivo'"
const IMPLEMENTATIONS = "'automatico', 'manual'"
const DOCUMENTATIONS = "'documentado', 'sin_documentar'"
const FREQUENCIES = "'continua', 'aleatoria'"
const EVIDENCES = "'con_registro', 'sin_registro'"
const SOURCES = "'indicador', 'riesgo', 'auditoria', 'autoevaluacion', 'otra'"
const ACTION_TYPES = "'preventiva', 'correctiva', 'mejora'"
const DATE = (column: string) => `${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`

const statements = [
  `CREATE TABLE risks (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE CHECK (number > 0),
    description TEXT NOT NULL CHECK (description <> ''),
    type TEXT NOT NULL CHECK (type IN (${RISK_TYPES})),
    causes TEXT NOT NULL DEFAULT '',
    consequences TEXT NOT NULL DEFAULT '',
    probability INTEGER NOT NULL CHECK (probability BETWEEN 1 AND 5),
    impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
    treatment TEXT NOT NULL CHECK (treatment IN (${TREATMENTS})),
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE risk_controls (
    id INTEGER PRIMARY KEY,
    risk_id INTEGER NOT NULL REFERENCES risks(id),
    description TEXT NOT NULL CHECK (description <> ''),
    responsible_id INTEGER NOT NULL REFERENCES users(id),
    type TEXT NOT NULL CHECK (type IN (${CONTROL_TYPES})),
    implementation TEXT NOT NULL CHECK (implementation IN (${IMPLEMENTATIONS})),
    documentation TEXT NOT NULL CHECK (documentation IN (${DOCUMENTATIONS})),
    frequency TEXT NOT NULL CHECK (frequency IN (${FREQUENCIES})),
    evidence TEXT NOT NULL CHECK (evidence IN (${EVIDENCES})),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX risk_controls_risk ON risk_controls(risk_id)`,
  `CREATE TABLE risk_followups (
    id INTEGER PRIMARY KEY,
    control_id INTEGER NOT NULL REFERENCES risk_controls(id),
    followed_on TEXT NOT NULL CHECK (${DATE('followed_on')}),
    executed INTEGER NOT NULL CHECK (executed IN (0, 1)),
    evidence TEXT NOT NULL DEFAULT '',
    observation TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX risk_followups_control ON risk_followups(control_id, followed_on)`,
  `CREATE TABLE improvement_findings (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL UNIQUE CHECK (number > 0),
    description TEXT NOT NULL CHECK (description <> ''),
    source TEXT NOT NULL CHECK (source IN (${SOURCES})),
    source_detail TEXT NOT NULL DEFAULT '',
    indicator_sheet_id INTEGER REFERENCES indicator_sheets(id),
    risk_id INTEGER REFERENCES risks(id),
    cause TEXT NOT NULL DEFAULT '',
    action_type TEXT NOT NULL CHECK (action_type IN (${ACTION_TYPES})),
    identified_on TEXT NOT NULL CHECK (${DATE('identified_on')}),
    state TEXT NOT NULL DEFAULT 'abierto' CHECK (state IN ('abierto', 'cerrado')),
    closing_note TEXT NOT NULL DEFAULT '',
    closed_at TEXT,
    closed_by INTEGER REFERENCES users(id),
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (indicator_sheet_id IS NULL OR source = 'indicador'),
    CHECK (risk_id IS NULL OR source = 'riesgo'),
    CHECK ((state = 'cerrado') = (closed_at IS NOT NULL AND closed_by IS NOT NULL AND closing_note <> ''))
  ) STRICT`,
  `CREATE TABLE improvement_actions (
    id INTEGER PRIMARY KEY,
    finding_id INTEGER NOT NULL REFERENCES improvement_findings(id),
    description TEXT NOT NULL CHECK (description <> ''),
    responsible_id INTEGER NOT NULL REFERENCES users(id),
    starts_on TEXT NOT NULL CHECK (${DATE('starts_on')}),
    due_on TEXT NOT NULL CHECK (${DATE('due_on')}),
    progress INTEGER NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (due_on >= starts_on)
  ) STRICT`,
  `CREATE INDEX improvement_actions_finding ON improvement_actions(finding_id)`,
  `CREATE INDEX improvement_actions_due ON improvement_actions(due_on) WHERE progress < 100`,
  `CREATE TABLE improvement_progress (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES improvement_actions(id),
    progress INTEGER NOT NULL CHECK (progress BETWEEN 0 AND 100),
    evidence TEXT NOT NULL CHECK (evidence <> ''),
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX improvement_progress_action ON improvement_progress(action_id)`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
