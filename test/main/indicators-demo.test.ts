import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DemoCalendar } from '../../src/main/demo/calendar'
import { ACCOUNTS, DEMO_PASSWORD } from '../../src/main/demo/data/office'
import { OWN_PIECES } from '../../src/main/demo/data/pieces'
import { REQUESTS } from '../../src/main/demo/data/requests'
import { scheduleIndicators } from '../../src/main/demo/indicators'
import { SETUP_DAYS_AGO, scheduleOfficeSetup } from '../../src/main/demo/office-setup'
import { DemoOffice } from '../../src/main/demo/runner'
import { scheduleOwnPiece, scheduleRequestStory } from '../../src/main/demo/stories'
import { DemoWorld } from '../../src/main/demo/world'
import { handlers } from '../../src/main/handlers'
import { makeTestCore, type TestCore } from '../support/core'

// The demo's editorial office (as load.ts plays it) with the indicators on top, until the lead wires them into load.ts.
describe('Datos de ejemplo: indicadores', () => {
  let t: TestCore
  beforeAll(async () => {
    t = await makeTestCore()
    t.clock.set(new Date().toISOString())
    const calendar = new DemoCalendar(t.clock.now(), SETUP_DAYS_AGO + 5)
    const scratch = await mkdtemp(join(tmpdir(), 'pauta-demo-'))
    try {
      const office = new DemoOffice(t.core, handlers, calendar.at(SETUP_DAYS_AGO, 8 * 60))
      const world = new DemoWorld(office, calendar, scratch)
      scheduleOfficeSetup(world)
      REQUESTS.forEach((story, i) => scheduleRequestStory(world, story, i))
      OWN_PIECES.forEach((story, i) => scheduleOwnPiece(world, story, REQUESTS.length * 3 + i))
      scheduleIndicators(world)
      await world.timeline.play(office.clock)
    } finally {
      await rm(scratch, { recursive: true, force: true })
    }
    const jefe = ACCOUNTS.find((a) => a.role === 'jefe')!
    await t.call('jefe-demo', 'auth', 'login', { username: jefe.username, password: DEMO_PASSWORD })
  }, 60_000)
  afterAll(async () => t.dispose())

  test('diez hojas: tres manuales con meses de historia y siete calculadas por Pauta', async () => {
    const sheets = await t.call('jefe-demo', 'indicators', 'list')
    expect(sheets).toHaveLength(10)
    expect(sheets.filter((s) => s.source === 'manual')).toHaveLength(3)
    const satisfaction = sheets.find((s) => s.name.startsWith('Satisfacción'))!
    expect((await t.call('jefe-demo', 'indicators', 'get', { id: satisfaction.id })).measurements).toHaveLength(6)
  })

  test('las hojas calculadas tienen mediciones con los datos de ejemplo', async () => {
    const sheets = await t.call('jefe-demo', 'indicators', 'list')
    for (const name of ['Oportunidad en la publicación de piezas', 'Piezas devueltas para ajustes', 'Tiempo de aprobación de contenidos']) {
      const sheet = sheets.find((s) => s.name === name)!
      expect(sheet.last, name).not.toBeNull()
      const detail = await t.call('jefe-demo', 'indicators', 'get', { id: sheet.id })
      expect(detail.measurements.every((m) => m.origin === 'calculada')).toBe(true)
    }
  })

  test('Inicio alerta al menos un indicador en rojo: las interacciones en redes', async () => {
    const alerts = await t.call('jefe-demo', 'indicators', 'alerts')
    expect(alerts.find((a) => a.name === 'Interacciones promedio por publicación en redes sociales')).toMatchObject({ status: 'critico', value: 72 })
  })
})
