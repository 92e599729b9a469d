import SQLite from 'better-sqlite3'

/**
 * A synthetic catalogue for the archive benchmarks: Spanish words with accents, events, people,
 * places, consent and cataloguing states, written straight into a migrated database.
 */
const EVENTS = 400

// Common words of an alcaldía's coverage; "alcaldía" goes on most assets, as it does in real life.
const WORDS = (
  'vacunación jornada rueda prensa consejo gobierno acueducto veredal parque principal feria niñez ' +
  'educación colegio salud hospital vía pavimentación deporte cancha festival música danza cultura ' +
  'biblioteca lectura adulto mayor juventud emprendimiento mercado campesino policía seguridad tránsito ' +
  'bomberos emergencia lluvia río puente vereda sendero árbol siembra reciclaje ambiente agua energía ' +
  'alumbrado navidad desfile independencia bandera himno concejo sesión presupuesto rendición cuentas ' +
  'participación comunidad junta acción comunal víctimas paz memoria mujer equidad discapacidad inclusión ' +
  'vivienda subsidio escritura catastro impuesto predial turismo patrimonio iglesia plaza mercado artesanía'
).split(' ')
export const COMMON = 'alcaldía'

/**
 * The vocabulary: the words above first, then made-up Spanish-sounding words with accents, drawn
 * with a Zipf-like law (rank r is about 1/r as likely) like words in real descriptions: a few words
 * on a large share of the archive, most on a handful of assets.
 */
const SYLLABLES = ['ca', 'mi', 'ló', 'ra', 'ña', 'té', 'du', 'sé', 'ví', 'no', 'pa', 'rí', 'go', 'lu', 'bé', 'za']
const VOCABULARY = [
  ...WORDS,
  ...SYLLABLES.flatMap((a) => SYLLABLES.flatMap((b) => SYLLABLES.map((c) => `${a}${b}${c}`))).filter((w) => !WORDS.includes(w))
]
export const byRank = (rank: number) => VOCABULARY[rank]!
const PLACES = ['Cajicá', 'Chía', 'Zipaquirá', 'Tabio', 'Tenjo', 'Sopó', 'Cota', 'Tocancipá']
const PEOPLE = ['María Fernández', 'José Rodríguez', 'Ana Gómez', 'Luis Martínez', 'Carmen Díaz', 'Andrés Peña', 'Lucía Muñoz']
const KINDS = ['foto', 'foto', 'foto', 'foto', 'video', 'audio', 'diseno', 'documento'] as const
const STATUSES = ['sin_catalogar', 'catalogado', 'revisado'] as const
const CONSENT = ['no_requerida', 'no_requerida', 'pendiente', 'otorgada', 'negada'] as const

/** A small deterministic generator, so every run measures the same catalogue. */
export function random(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** Fills the catalogue through a connection of its own: one transaction of prepared inserts. */
export function bulkInsert(path: string, assets: number, rnd: () => number): void {
  const db = new SQLite(path)
  db.pragma('journal_mode = WAL')
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!
  const logSize = Math.log(VOCABULARY.length + 1)
  const word = () => byRank(Math.min(VOCABULARY.length - 1, Math.floor(Math.exp(rnd() * logSize)) - 1))
  const words = (n: number) => Array.from({ length: n }, word).join(' ')
  const now = new Date().toISOString()
  const insertEvent = db.prepare('INSERT INTO archive_events (name, date, created_at, updated_at) VALUES (?, ?, ?, ?)')
  const insertAsset = db.prepare(`INSERT INTO assets (kind, sha256, size, mime, original_name, storage_mode, master_path,
      captured_at, captured_on, captured_year, title, description, creator, place, city, event_id, status,
      consent_status, consent_granted_on, consent_expires_on, thumb_path, created_at, updated_at)
    VALUES (?, ?, 1000000, 'image/jpeg', ?, 'copia', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
  const insertKeyword = db.prepare('INSERT OR IGNORE INTO asset_keywords (asset_id, keyword) VALUES (?, ?)')
  const insertPerson = db.prepare('INSERT OR IGNORE INTO asset_people (asset_id, name) VALUES (?, ?)')
  db.transaction(() => {
    for (let e = 1; e <= EVENTS; e++) {
      insertEvent.run(`${pick(['Rueda de prensa', 'Feria', 'Consejo de gobierno', 'Jornada'])} ${words(2)} ${e}`, null, now, now)
    }
    for (let i = 1; i <= assets; i++) {
      const undated = rnd() < 0.03
      const day = new Date(Date.UTC(2018, 0, 1) + Math.floor(rnd() * 8 * 365) * 86_400_000).toISOString().slice(0, 10)
      const consent = pick(CONSENT)
      const name = `IMG_${String(i).padStart(6, '0')}.JPG`
      const info = insertAsset.run(
        pick(KINDS),
        i.toString(16).padStart(64, '0'),
        name,
        `${day.slice(0, 4)}/${day.slice(5, 7)}/sin-evento/${name}`,
        undated ? null : `${day}T15:00:00.000Z`,
        undated ? null : day,
        undated ? null : Number(day.slice(0, 4)),
        `${rnd() < 0.6 ? `${COMMON} ` : ''}${words(3 + Math.floor(rnd() * 4))}`,
        words(8 + Math.floor(rnd() * 12)),
        pick(PEOPLE),
        pick(PLACES),
        'Cundinamarca',
        rnd() < 0.7 ? 1 + Math.floor(rnd() * EVENTS) : null,
        pick(STATUSES),
        consent,
        consent === 'otorgada' ? '2020-01-01' : null,
        consent === 'otorgada' && rnd() < 0.5 ? '2025-01-01' : null,
        `00/${i}-thumb.webp`,
        now,
        now
      )
      const id = Number(info.lastInsertRowid)
      for (let k = 0; k < 2; k++) insertKeyword.run(id, word())
      if (rnd() < 0.4) insertPerson.run(id, pick(PEOPLE))
    }
  })()
  db.close()
}

