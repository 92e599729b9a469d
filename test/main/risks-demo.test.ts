import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, test } from 'vitest'
import { handlers } from '../../src/main/handlers'
import { DemoCalendar } from '../../src/main/demo/calendar'
import { SETUP_DAYS_AGO, scheduleOfficeSetup } from '../../src/main/demo/office-setup'
import { scheduleRisks } from '../../src/main/demo/risks'
import { DemoOffice } from '../../src/main/demo/runner'
import { DemoWorld } from '../../src/main/demo/world'
import { makeTestCore, type TestCore } from '../support/core'

let t: TestCore
let scratch: string
afterEach(async () => {
  await t?.dispose()
  rmSync(scratch, { recursive: true, force: true })
})

test('los datos de ejemplo traen la matriz de riesgos con seguimientos y un plan de mejoramiento con una acción vencida', async () => {
  t = await makeTestCore()
  scratch = mkdtempSync(join(tmpdir(), 'pauta-demo-risks-'))
  const calendar = new DemoCalendar(t.clock.now(), SETUP_DAYS_AGO + 5)
  const office = new DemoOffice(t.core, handlers, calendar.at(SETUP_DAYS_AGO, 8 * 60))
  const world = new DemoWorld(office, calendar, scratch)
  scheduleOfficeSetup(world)
  scheduleRisks(world)
  await world.timeline.play(office.clock)
  office.clock.set(t.clock.now())

  const risks = await office.call('crincon', 'risks', 'list', {})
  expect(risks.map((r) => [r.number, r.zone, r.residualZone])).toEqual([
    [1, 'alta', 'alta'],
    [2, 'alta', 'moderada'],
    [3, 'alta', 'alta'],
    [4, 'moderada', 'moderada']
  ])
  expect(risks.filter((r) => r.lastFollowUpOn !== null)).toHaveLength(3)
  const due = await office.call('crincon', 'improvement', 'due', {})
  expect(due.late.map((a) => [a.responsibleName, a.progress])).toEqual([['Andrés Felipe Gutiérrez', 60]])
  expect(due.dueSoon.map((a) => a.daysLeft)).toEqual([4])
  const findings = await office.call('crincon', 'improvement', 'list', {})
  expect(findings.map((f) => [f.number, f.source, f.actionCount])).toEqual([
    [2, 'riesgo', 2],
    [1, 'auditoria', 1]
  ])
}, 30_000)
