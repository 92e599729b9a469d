import { describe, expect, it } from 'vitest'
import { migrateToLatest } from '../../src/main/db/connection'
import { useBareDatabase } from '../support/migration-db'

const open = useBareDatabase()

describe('0006_coverage', () => {
  it('guards events and coverages in the schema: dates in order, known states and needs, reasons, one live need per event', async () => {
    const { sqlite, unknownDb: db } = open()
    await migrateToLatest(db)
    const now = '2026-03-10T14:00:00.000Z'
    sqlite
      .prepare("INSERT INTO users (username, full_name, role, password_hash, active, created_at, updated_at) VALUES ('jefe', 'Laura', 'jefe', 'x', 1, ?, ?)")
      .run(now, now)
    const event = sqlite.prepare(
      'INSERT INTO coverage_events (title, starts_at, ends_at, state, cancel_reason, created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)'
    )
    const { lastInsertRowid: eventId } = event.run('Feria', '2026-03-12T14:00:00.000Z', '2026-03-12T17:00:00.000Z', 'programado', '', now, now)
    expect(() => event.run('Al revés', '2026-03-12T14:00:00.000Z', '2026-03-12T13:00:00.000Z', 'programado', '', now, now)).toThrow(/CHECK/)
    expect(() => event.run('Igual', '2026-03-12T14:00:00.000Z', '2026-03-12T14:00:00.000Z', 'programado', '', now, now)).toThrow(/CHECK/)
    expect(() => event.run('Raro', '2026-03-12T14:00:00.000Z', '2026-03-12T15:00:00.000Z', 'suspendido', '', now, now)).toThrow(/CHECK/)
    expect(() => event.run('Sin motivo', '2026-03-12T14:00:00.000Z', '2026-03-12T15:00:00.000Z', 'cancelado', '', now, now)).toThrow(/CHECK/)
    event.run('Con motivo', '2026-03-12T14:00:00.000Z', '2026-03-12T15:00:00.000Z', 'cancelado', 'Lluvia', now, now)

    const coverage = sqlite.prepare(
      'INSERT INTO coverages (event_id, need, assignee_id, due_at, state, delivered_at, cancel_reason, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)'
    )
    const due = '2026-03-12T20:00:00.000Z'
    expect(() => coverage.run(eventId, 'dron', due, 'asignada', null, '', now, now)).toThrow(/CHECK/)
    expect(() => coverage.run(eventId, 'video', due, 'entregada', null, '', now, now)).toThrow(/CHECK/)
    expect(() => coverage.run(eventId, 'video', due, 'asignada', now, '', now, now)).toThrow(/CHECK/)
    expect(() => coverage.run(eventId, 'video', due, 'cancelada', null, '', now, now)).toThrow(/CHECK/)
    coverage.run(eventId, 'fotografia', due, 'cancelada', null, 'Incapacidad', now, now)
    coverage.run(eventId, 'fotografia', due, 'asignada', null, '', now, now)
    expect(() => coverage.run(eventId, 'fotografia', due, 'aceptada', null, '', now, now)).toThrow(/UNIQUE/)
    expect(() => coverage.run(9999, 'video', due, 'asignada', null, '', now, now)).toThrow(/FOREIGN KEY/)
  })
})
