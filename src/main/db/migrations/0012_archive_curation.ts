import { sql, type Kysely } from 'kysely'

// Frozen copy of the Archivo's sort orders as they were when this migration shipped.
const SORTS = "'fecha_desc', 'fecha_asc', 'relevancia'"

const statements: string[] = [
  // A search of the Archivo kept by name: its filters are the contract's JSON, read back as they were saved.
  `CREATE TABLE saved_searches (
    id INTEGER PRIMARY KEY,
    owner_id INTEGER NOT NULL REFERENCES users(id),
    name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
    filters TEXT NOT NULL CHECK (json_valid(filters) AND json_type(filters) = 'object'),
    sort TEXT NOT NULL CHECK (sort IN (${SORTS})),
    shared INTEGER NOT NULL DEFAULT 0 CHECK (shared IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (owner_id, name COLLATE NOCASE)
  ) STRICT`,
  `CREATE INDEX saved_searches_shared ON saved_searches(shared) WHERE shared = 1`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
