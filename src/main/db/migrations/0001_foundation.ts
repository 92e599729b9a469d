import { sql, type Kysely } from 'kysely'

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ')

// Frozen copies of the enumerations as they were when this migration shipped: later changes to
// src/shared must come with a new migration, never by editing this one.
const ROLES = ['jefe', 'profesional', 'disenador', 'audiovisual', 'community_manager', 'archivista', 'administrador']
const CATALOGUE_KINDS = ['dependencia', 'canal', 'grupo_valor']
const PLAN_SCOPES = ['interna', 'externa', 'mixta']
const PLAN_STATUSES = ['borrador', 'vigente', 'cerrado']
const STRATEGY_KINDS = ['audiovisual', 'diseno', 'digital', 'redaccion', 'prensa', 'comunicacion_interna']
const FREQUENCIES = ['permanente', 'diaria', 'semanal', 'mensual', 'bimestral', 'trimestral', 'semestral', 'anual', 'segun_requerimiento']
const PHVA = ['P', 'H', 'V', 'A']
const REQUEST_STATES = ['recibida', 'en_analisis', 'aceptada', 'rechazada']
const PIECE_STATES = ['borrador', 'revision_contenido', 'ajustes_contenido', 'contenido_aprobado', 'en_diseno', 'revision_diseno', 'ajustes_diseno', 'aprobada', 'publicada', 'cancelada']
const PIECE_TYPES = ['boletin_prensa', 'nota_web', 'publicacion_redes', 'pieza_grafica', 'video', 'audio_cuna', 'campana', 'correo_masivo', 'comunicado_interno']

const statements = [
  `CREATE TABLE entity_settings (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    entity_name TEXT NOT NULL,
    office_name TEXT NOT NULL,
    city TEXT NOT NULL DEFAULT '',
    nit TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL CHECK (role IN (${list(ROLES)})),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE delegations (
    id INTEGER PRIMARY KEY,
    delegator_id INTEGER NOT NULL REFERENCES users(id),
    delegate_id INTEGER NOT NULL REFERENCES users(id),
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    revoked_at TEXT,
    created_at TEXT NOT NULL,
    CHECK (ends_on >= starts_on),
    CHECK (delegator_id <> delegate_id)
  ) STRICT`,
  `CREATE INDEX delegations_delegate ON delegations(delegate_id, starts_on, ends_on)`,
  `CREATE TABLE catalogue_items (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN (${list(CATALOGUE_KINDS)})),
    name TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, name COLLATE NOCASE)
  ) STRICT`,
  `CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN (${list(PLAN_SCOPES)})),
    status TEXT NOT NULL CHECK (status IN (${list(PLAN_STATUSES)})),
    description TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
  ) STRICT`,
  `CREATE TABLE plan_strategies (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id),
    kind TEXT NOT NULL CHECK (kind IN (${list(STRATEGY_KINDS)})),
    name TEXT NOT NULL,
    objective TEXT NOT NULL DEFAULT ''
  ) STRICT`,
  `CREATE INDEX plan_strategies_plan ON plan_strategies(plan_id)`,
  `CREATE TABLE plan_activities (
    id INTEGER PRIMARY KEY,
    strategy_id INTEGER NOT NULL REFERENCES plan_strategies(id),
    description TEXT NOT NULL,
    frequency TEXT NOT NULL CHECK (frequency IN (${list(FREQUENCIES)})),
    phva_phase TEXT NOT NULL CHECK (phva_phase IN (${list(PHVA)})),
    responsible_id INTEGER REFERENCES users(id),
    goal_quantity INTEGER NOT NULL DEFAULT 0 CHECK (goal_quantity >= 0),
    goal_unit TEXT NOT NULL DEFAULT ''
  ) STRICT`,
  `CREATE INDEX plan_activities_strategy ON plan_activities(strategy_id)`,
  `CREATE TABLE plan_activity_channels (
    activity_id INTEGER NOT NULL REFERENCES plan_activities(id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES catalogue_items(id),
    PRIMARY KEY (activity_id, channel_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE plan_activity_audiences (
    activity_id INTEGER NOT NULL REFERENCES plan_activities(id) ON DELETE CASCADE,
    audience_id INTEGER NOT NULL REFERENCES catalogue_items(id),
    PRIMARY KEY (activity_id, audience_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE requests (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    dependencia_id INTEGER NOT NULL REFERENCES catalogue_items(id),
    requester_name TEXT NOT NULL,
    requester_contact TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL,
    objective TEXT NOT NULL DEFAULT '',
    key_message TEXT NOT NULL DEFAULT '',
    desired_date TEXT,
    state TEXT NOT NULL CHECK (state IN (${list(REQUEST_STATES)})),
    rejection_reason TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (year, seq),
    CHECK (state <> 'rechazada' OR rejection_reason <> '')
  ) STRICT`,
  `CREATE TABLE request_channels (
    request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES catalogue_items(id),
    PRIMARY KEY (request_id, channel_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE request_audiences (
    request_id INTEGER NOT NULL REFERENCES requests(id) ON DELETE CASCADE,
    audience_id INTEGER NOT NULL REFERENCES catalogue_items(id),
    PRIMARY KEY (request_id, audience_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE pieces (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL,
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    type TEXT NOT NULL CHECK (type IN (${list(PIECE_TYPES)})),
    state TEXT NOT NULL CHECK (state IN (${list(PIECE_STATES)})),
    requires_design INTEGER NOT NULL CHECK (requires_design IN (0, 1)),
    activity_id INTEGER NOT NULL REFERENCES plan_activities(id),
    request_id INTEGER REFERENCES requests(id),
    writer_id INTEGER NOT NULL REFERENCES users(id),
    designer_id INTEGER REFERENCES users(id),
    due_date TEXT NOT NULL,
    cancel_reason TEXT NOT NULL DEFAULT '',
    created_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    state_changed_at TEXT NOT NULL,
    UNIQUE (year, seq),
    CHECK (state <> 'cancelada' OR cancel_reason <> '')
  ) STRICT`,
  `CREATE INDEX pieces_state ON pieces(state, due_date)`,
  `CREATE INDEX pieces_writer ON pieces(writer_id, state)`,
  `CREATE INDEX pieces_designer ON pieces(designer_id, state)`,
  `CREATE INDEX pieces_activity ON pieces(activity_id)`,
  `CREATE INDEX pieces_request ON pieces(request_id)`,
  `CREATE TABLE piece_channels (
    piece_id INTEGER NOT NULL REFERENCES pieces(id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES catalogue_items(id),
    PRIMARY KEY (piece_id, channel_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE piece_audiences (
    piece_id INTEGER NOT NULL REFERENCES pieces(id) ON DELETE CASCADE,
    audience_id INTEGER NOT NULL REFERENCES catalogue_items(id),
    PRIMARY KEY (piece_id, audience_id)
  ) STRICT, WITHOUT ROWID`,
  `CREATE TABLE content_versions (
    id INTEGER PRIMARY KEY,
    piece_id INTEGER NOT NULL REFERENCES pieces(id),
    number INTEGER NOT NULL CHECK (number >= 1),
    html TEXT NOT NULL,
    text TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    author_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (piece_id, number)
  ) STRICT`,
  `CREATE TABLE design_versions (
    id INTEGER PRIMARY KEY,
    piece_id INTEGER NOT NULL REFERENCES pieces(id),
    number INTEGER NOT NULL CHECK (number >= 1),
    note TEXT NOT NULL DEFAULT '',
    author_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    UNIQUE (piece_id, number)
  ) STRICT`,
  `CREATE TABLE stored_files (
    id INTEGER PRIMARY KEY,
    sha256 TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    mime TEXT NOT NULL,
    storage_path TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE TABLE design_version_files (
    id INTEGER PRIMARY KEY,
    design_version_id INTEGER NOT NULL REFERENCES design_versions(id),
    file_id INTEGER NOT NULL REFERENCES stored_files(id),
    original_name TEXT NOT NULL,
    position INTEGER NOT NULL
  ) STRICT`,
  `CREATE INDEX design_version_files_version ON design_version_files(design_version_id)`,
  `CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    piece_id INTEGER NOT NULL REFERENCES pieces(id),
    stage TEXT NOT NULL CHECK (stage IN ('contenido', 'diseno')),
    content_version_id INTEGER REFERENCES content_versions(id),
    design_version_id INTEGER REFERENCES design_versions(id),
    decision TEXT NOT NULL CHECK (decision IN ('aprobada', 'devuelta')),
    comments TEXT NOT NULL DEFAULT '',
    checklist TEXT NOT NULL CHECK (json_valid(checklist)),
    reviewer_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    CHECK (decision <> 'devuelta' OR comments <> ''),
    CHECK ((stage = 'contenido') = (content_version_id IS NOT NULL)),
    CHECK ((stage = 'diseno') = (design_version_id IS NOT NULL))
  ) STRICT`,
  `CREATE INDEX reviews_piece ON reviews(piece_id)`,
  `CREATE TABLE publications (
    id INTEGER PRIMARY KEY,
    piece_id INTEGER NOT NULL REFERENCES pieces(id),
    channel_id INTEGER NOT NULL REFERENCES catalogue_items(id),
    published_at TEXT NOT NULL,
    url_or_place TEXT NOT NULL,
    published_by INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL
  ) STRICT`,
  `CREATE INDEX publications_piece ON publications(piece_id)`,
  `CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor_id INTEGER REFERENCES users(id),
    action TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id INTEGER,
    summary TEXT NOT NULL,
    details TEXT CHECK (details IS NULL OR json_valid(details))
  ) STRICT`,
  `CREATE INDEX audit_log_entity ON audit_log(entity_type, entity_id, id)`,
  `CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'El registro de auditoría no se puede modificar.'); END`,
  `CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'El registro de auditoría no se puede borrar.'); END`
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db)
}
