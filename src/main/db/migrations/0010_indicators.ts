import { sql, type Kysely } from 'kysely'

// Frozen copies of the vocabularies as they were when this migration shipped.
const TYPES = "'eficacia', 'eficiencia', 'efectividad'"
const FREQUENCIES = "'mensual', 'trimestral', 'semestral', 'anual'"
const UNITS = "'porcentaje', 'dias', 'numero'"
const DIRECTIONS = "'mayor', 'menor'"
const SOURCES =
  "'manual', 'publicacion_oportuna', 'tiempo_aprobacion', 'piezas_devueltas', 'ejecucion_plan', 'inquietudes_a_tiempo', 'cubrimientos_a_tiempo', 'medios_favorables', 'medios_negativos'"
const ORIGINS = "'manual', 'calculada'"

const statements = [
  `CREATE TABLE indicator_sheets (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    objective TEXT NOT NULL DEFAULT '',
    formula TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN (${TYPES})),
    frequency TEXT NOT NULL CHECK (frequency IN (${FREQUENCIES})),
    unit TEXT NOT NULL CHECK (unit IN (${UNITS})),
    direction TEXT NOT NULL CHECK (direction IN (${DIRECTIONS})),
    goal REAL NOT NULL,
    critical_limit REAL NOT NULL,
    responsible_id INTEGER NOT NULL REFERENCES users(id),
    source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN (${SOURCES})),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_by INTEGER NOT NULL REFERENCES users(id),
    CHECK ((direction = 'mayor' AND critical_limit <= goal) OR (direction = 'menor' AND critical_limit >= goal))
  ) STRICT`,
  `CREATE TABLE indicator_measurements (
    id INTEGER PRIMARY KEY,
    sheet_id INTEGER NOT NULL REFERENCES indicator_sheets(id),
    period_key TEXT NOT NULL,
    period_from TEXT NOT NULL,
    period_to TEXT NOT NULL CHECK (period_to >= period_from),
    numerator REAL CHECK (numerator IS NULL OR numerator >= 0),
    denominator REAL CHECK (denominator IS NULL OR denominator > 0),
    value REAL NOT NULL,
    analysis TEXT NOT NULL DEFAULT '',
    origin TEXT NOT NULL CHECK (origin IN (${ORIGINS})),
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    recorded_at TEXT NOT NULL,
    UNIQUE (sheet_id, period_key)
  ) STRICT`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
