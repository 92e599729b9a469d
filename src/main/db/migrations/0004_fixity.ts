import { sql, type Kysely } from 'kysely'

const statements = [
  `CREATE TABLE fixity_runs (
    id INTEGER PRIMARY KEY,
    scope TEXT NOT NULL CHECK (scope IN ('todo', 'seleccion')),
    state TEXT NOT NULL CHECK (state IN ('en_curso', 'terminada', 'cancelada')),
    total INTEGER NOT NULL CHECK (total >= 0),
    checked INTEGER NOT NULL DEFAULT 0,
    ok INTEGER NOT NULL DEFAULT 0,
    changed INTEGER NOT NULL DEFAULT 0,
    missing INTEGER NOT NULL DEFAULT 0,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    created_by INTEGER NOT NULL REFERENCES users(id)
  ) STRICT`,
  `CREATE TABLE fixity_checks (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES fixity_runs(id),
    asset_id INTEGER NOT NULL REFERENCES assets(id),
    checked_at TEXT NOT NULL,
    result TEXT NOT NULL CHECK (result IN ('ok', 'cambiado', 'faltante')),
    detail TEXT NOT NULL DEFAULT ''
  ) STRICT`,
  // An asset's latest check, and a run's problems.
  `CREATE INDEX fixity_checks_asset ON fixity_checks(asset_id, checked_at)`,
  `CREATE INDEX fixity_checks_run ON fixity_checks(run_id, result)`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
