import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DemoAccounts } from '../../shared/contract'
import type { Ctx } from '../core/context'
import { DemoCalendar } from './calendar'
import { ACCOUNTS, DEMO_PASSWORD } from './data/office'
import { OWN_PIECES } from './data/pieces'
import { REQUESTS } from './data/requests'
import { SETUP_DAYS_AGO, scheduleOfficeSetup } from './office-setup'
import { DemoOffice } from './runner'
import { scheduleOwnPiece, scheduleRequestStory } from './stories'
import { scheduleSocialStats } from './social-stats'
import { scheduleCoverage } from './coverage'
import { scheduleMonitoring } from './monitoring'
import { scheduleInquiries } from './inquiries'
import { scheduleIndicators } from './indicators'
import { scheduleRisks } from './risks'
import { schedulePress } from './press'
import { DemoWorld } from './world'

/** Working days of history the calendar must cover (the setup is the oldest event). */
const CALENDAR_SPAN = SETUP_DAYS_AGO + 5

/**
 * Fills an empty data folder with the Alcaldía de Cajicá's communications office: its team (one
 * account per role), the plan of the vigencia, twenty requests, some forty pieces spread over the
 * last weeks and over every state, six months of social-network statistics, the coverage agenda,
 * media clips and digests, press bulletins and conferences, citizen inquiries, the risk matrix, the improvement plan and the
 * indicators computed from all of it. Everything is written through the contract, as the people
 * of the office would, so the rules, the audit trail and the stored files are the real ones.
 */
export async function loadDemoData(ctx: Ctx): Promise<DemoAccounts> {
  // handlers.ts imports this module (through the app handlers): importing it lazily breaks the cycle.
  const { handlers } = await import('../handlers')
  const calendar = new DemoCalendar(ctx.now, CALENDAR_SPAN)
  const scratchDir = await mkdtemp(join(tmpdir(), 'pauta-demo-'))
  try {
    const office = new DemoOffice(ctx.core, handlers, calendar.at(SETUP_DAYS_AGO, 8 * 60))
    const world = new DemoWorld(office, calendar, scratchDir)
    scheduleOfficeSetup(world)
    REQUESTS.forEach((story, i) => scheduleRequestStory(world, story, i))
    OWN_PIECES.forEach((story, i) => scheduleOwnPiece(world, story, REQUESTS.length * 3 + i))
    scheduleSocialStats(world, 2)
    scheduleCoverage(world)
    scheduleMonitoring(world)
    scheduleInquiries(world)
    scheduleRisks(world)
    schedulePress(world)
    // Last: it computes the closed months' indicators from everything the office did before.
    scheduleIndicators(world)
    await world.timeline.play(office.clock)
    // Everyone leaves at the end of the last working day; the real user signs in afterwards.
    for (const [i, account] of ACCOUNTS.entries()) {
      office.clock.set(calendar.at(1, 18 * 60 + 45 + i))
      await office.call(account.username, 'auth', 'logout', {})
    }
  } finally {
    await rm(scratchDir, { recursive: true, force: true })
  }
  return {
    password: DEMO_PASSWORD,
    accounts: ACCOUNTS.map(({ username, fullName, role }) => ({ username, fullName, role }))
  }
}
