import { sql, type Kysely } from 'kysely'

// Frozen copy of the dispositions as they were when this migration shipped.
const DISPOSITIONS = "'conservacion_total', 'eliminacion', 'seleccion', 'digitalizacion'"

const statements = [
  `CREATE TABLE retention_series (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    serie TEXT NOT NULL,
    subserie TEXT NOT NULL DEFAULT '',
    years_gestion INTEGER NOT NULL CHECK (years_gestion >= 0),
    years_central INTEGER NOT NULL CHECK (years_central >= 0),
    disposition TEXT NOT NULL CHECK (disposition IN (${DISPOSITIONS})),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE asset_retention (
    asset_id INTEGER PRIMARY KEY REFERENCES assets(id),
    serie_id INTEGER NOT NULL REFERENCES retention_series(id),
    starts_on TEXT NOT NULL,
    assigned_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX asset_retention_serie ON asset_retention(serie_id)`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
