import { sql, type Kysely } from 'kysely'

const statements = [
  // One bulletin per piece; its number is unique within its year ("Boletín N.º 045 de 2026").
  `CREATE TABLE press_bulletins (
    id INTEGER PRIMARY KEY,
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    number INTEGER NOT NULL CHECK (number BETWEEN 1 AND 9999),
    piece_id INTEGER NOT NULL UNIQUE REFERENCES pieces(id),
    issued_on TEXT NOT NULL CHECK (issued_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND CAST(substr(issued_on, 1, 4) AS INTEGER) = year),
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (year, number)
  ) STRICT`,
  `CREATE TABLE media_contacts (
    id INTEGER PRIMARY KEY,
    full_name TEXT NOT NULL CHECK (length(full_name) > 0),
    medium TEXT NOT NULL CHECK (length(medium) > 0),
    section TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    whatsapp TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (phone <> '' OR email <> '' OR whatsapp <> '')
  ) STRICT`,
  `CREATE INDEX media_contacts_name ON media_contacts(full_name)`,
  `CREATE TABLE distribution_lists (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE distribution_list_members (
    list_id INTEGER NOT NULL REFERENCES distribution_lists(id),
    contact_id INTEGER NOT NULL REFERENCES media_contacts(id),
    PRIMARY KEY (list_id, contact_id)
  ) STRICT`,
  // A send keeps the list's name and who was on it at that moment: later list edits do not rewrite it.
  `CREATE TABLE bulletin_sends (
    id INTEGER PRIMARY KEY,
    bulletin_id INTEGER NOT NULL REFERENCES press_bulletins(id),
    list_id INTEGER NOT NULL REFERENCES distribution_lists(id),
    list_name TEXT NOT NULL,
    recipient_count INTEGER NOT NULL CHECK (recipient_count > 0),
    sent_at TEXT NOT NULL,
    sent_by INTEGER NOT NULL REFERENCES users(id)
  ) STRICT`,
  `CREATE INDEX bulletin_sends_bulletin ON bulletin_sends(bulletin_id)`,
  `CREATE TABLE bulletin_send_recipients (
    send_id INTEGER NOT NULL REFERENCES bulletin_sends(id),
    contact_id INTEGER NOT NULL REFERENCES media_contacts(id),
    PRIMARY KEY (send_id, contact_id)
  ) STRICT`,
  `CREATE TABLE press_conferences (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) > 0),
    starts_at TEXT NOT NULL,
    place TEXT NOT NULL CHECK (length(place) > 0),
    spokespersons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(spokespersons) AND json_type(spokespersons) = 'array'),
    topics TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics) AND json_type(topics) = 'array'),
    notes TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX press_conferences_starts ON press_conferences(starts_at)`,
  `CREATE TABLE press_conference_invitees (
    conference_id INTEGER NOT NULL REFERENCES press_conferences(id),
    contact_id INTEGER NOT NULL REFERENCES media_contacts(id),
    attended INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
    PRIMARY KEY (conference_id, contact_id)
  ) STRICT`,
  `CREATE TABLE press_conference_assets (
    conference_id INTEGER NOT NULL REFERENCES press_conferences(id),
    asset_id INTEGER NOT NULL REFERENCES assets(id),
    PRIMARY KEY (conference_id, asset_id)
  ) STRICT`,
  `CREATE TABLE press_conference_clips (
    conference_id INTEGER NOT NULL REFERENCES press_conferences(id),
    clip_id INTEGER NOT NULL REFERENCES media_clips(id),
    PRIMARY KEY (conference_id, clip_id)
  ) STRICT`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
