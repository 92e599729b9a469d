import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { makeOffice, makeTestCore, type TestCore } from '../support/core'

const opened: TestCore[] = []
afterEach(async () => {
  for (const t of opened.splice(0)) await t.dispose()
})

it('a verification cut short by closing Pauta is recorded as cancelled at the next start', async () => {
  const o = await makeOffice()
  opened.push(o)
  const { id } = await o.core.db
    .insertInto('fixity_runs')
    .values({ scope: 'todo', state: 'en_curso', total: 10, checked: 3, ok: 3, changed: 0, missing: 0, started_at: '2026-03-10T13:00:00.000Z', created_by: o.users.archivista })
    .returning('id')
    .executeTakeFirstOrThrow()
  await o.close()
  const saved = join(mkdtempSync(join(tmpdir(), 'pauta-fixity-')), 'pauta.sqlite')
  copyFileSync(join(o.dir, 'pauta.sqlite'), saved)

  const reopened = await makeTestCore({ fromDatabase: saved })
  opened.push(reopened)
  rmSync(saved, { force: true })
  const run = await reopened.core.db.selectFrom('fixity_runs').select(['state', 'finished_at']).where('id', '=', id).executeTakeFirstOrThrow()
  expect(run).toEqual({ state: 'cancelada', finished_at: '2026-03-10T14:00:00.000Z' })
  const audit = await reopened.core.db.selectFrom('audit_log').select(['action', 'actor_id']).where('entity_type', '=', 'fixity_run').execute()
  expect(audit).toEqual([{ action: 'fixity.interrupted', actor_id: null }])
})
