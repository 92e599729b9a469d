import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CatalogueKind } from '../../src/shared/domain/catalogues'
import { CHECKLIST_ITEMS, type ChecklistItem, type PieceState, type PieceType } from '../../src/shared/domain/pieces'
import type { PlanStatus } from '../../src/shared/domain/plans'
import type { InputOf } from '../../src/shared/contract/define'
import type { Contract } from '../../src/shared/contract'
import type { TestCore } from './core'
import type { makeOffice } from './core'

export type Office = Awaited<ReturnType<typeof makeOffice>>

/** Inserts a plan with one strategy and one activity straight into the database. */
export async function addPlanActivity(t: TestCore, options: { status?: PlanStatus; name?: string } = {}): Promise<number> {
  const db = t.core.db
  const now = t.clock.now().toISOString()
  const plan = await db
    .insertInto('plans')
    .values({
      name: options.name ?? 'Plan de Comunicaciones 2026',
      starts_on: '2026-01-01',
      ends_on: '2026-12-31',
      scope: 'mixta',
      status: options.status ?? 'vigente',
      description: '',
      created_at: now,
      updated_at: now
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const strategy = await db
    .insertInto('plan_strategies')
    .values({ plan_id: plan.id, kind: 'prensa', name: 'Relación con medios', objective: 'Informar a la ciudadanía' })
    .returning('id')
    .executeTakeFirstOrThrow()
  const activity = await db
    .insertInto('plan_activities')
    .values({
      strategy_id: strategy.id,
      description: 'Boletines sobre la gestión de la Alcaldía',
      frequency: 'semanal',
      phva_phase: 'H',
      responsible_id: null,
      goal_quantity: 48,
      goal_unit: 'boletines'
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return activity.id
}

/** The id of a catalogue item by its name (the Colombian defaults are seeded at setup). */
export async function catalogueId(t: TestCore, kind: CatalogueKind, name: string): Promise<number> {
  const row = await t.core.db
    .selectFrom('catalogue_items')
    .select('id')
    .where('kind', '=', kind)
    .where('name', '=', name)
    .executeTakeFirstOrThrow()
  return row.id
}

export const FULL_CHECKLIST = Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, true])) as Record<ChecklistItem, boolean>

export async function auditCount(t: TestCore): Promise<number> {
  const row = await t.core.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(row.n)
}

/** Writes a real file the TestHost picker can "choose"; returns its absolute path. */
export function makeSourceFile(t: TestCore, name: string, content: string | Buffer): string {
  const dir = join(t.dir, 'escritorio')
  mkdirSync(dir, { recursive: true })
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

export type NewPieceInput = InputOf<Contract['pieces']['create']>

/** A design piece written by "profesional" and designed by "disenador", unless overridden. */
export function pieceInput(o: Office, activityId: number, overrides: Partial<NewPieceInput> = {}): NewPieceInput {
  return {
    title: 'Jornada de vacunación en el parque principal',
    type: 'pieza_grafica' satisfies PieceType,
    activityId,
    writerId: o.users.profesional,
    designerId: o.users.disenador,
    channelIds: [],
    audienceIds: [],
    dueDate: '2026-03-20',
    ...overrides
  }
}

export const CONTENT_HTML = '<p>La Alcaldía invita a la <strong>jornada de vacunación</strong> este sábado.</p>'

/**
 * The contract calls that take a piece from one state to the next, each by the person who does it
 * in the office: writer "profesional", designer "disenador", approver "jefe".
 */
export const STEPS: Record<Exclude<PieceState, 'borrador' | 'cancelada'>, { from: PieceState; run: (o: Office, id: number) => Promise<unknown> }> = {
  revision_contenido: {
    from: 'borrador',
    run: async (o, id) => {
      await o.call('profesional', 'pieces', 'saveContent', { pieceId: id, html: CONTENT_HTML })
      await o.call('profesional', 'pieces', 'submitContent', { pieceId: id })
    }
  },
  ajustes_contenido: {
    from: 'revision_contenido',
    run: (o, id) =>
      o.call('jefe', 'pieces', 'review', {
        pieceId: id,
        stage: 'contenido',
        decision: 'devuelta',
        comments: 'Precise la hora y el lugar.',
        checklist: FULL_CHECKLIST
      })
  },
  contenido_aprobado: {
    from: 'revision_contenido',
    run: (o, id) => o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })
  },
  en_diseno: {
    from: 'contenido_aprobado',
    run: (o, id) => {
      o.host.nextPicked = [makeSourceFile(o, `arte-${id}.png`, `imagen de la pieza ${id}`)]
      return o.call('disenador', 'pieces', 'attachDesign', { pieceId: id })
    }
  },
  revision_diseno: { from: 'en_diseno', run: (o, id) => o.call('disenador', 'pieces', 'submitDesign', { pieceId: id }) },
  ajustes_diseno: {
    from: 'revision_diseno',
    run: (o, id) =>
      o.call('jefe', 'pieces', 'review', {
        pieceId: id,
        stage: 'diseno',
        decision: 'devuelta',
        comments: 'Use el logo vigente.',
        checklist: FULL_CHECKLIST
      })
  },
  aprobada: {
    from: 'revision_diseno',
    run: (o, id) => o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'diseno', decision: 'aprobada', checklist: FULL_CHECKLIST })
  },
  publicada: {
    from: 'aprobada',
    run: async (o, id) => {
      const channelId = await catalogueId(o, 'canal', 'Facebook')
      return o.call('community_manager', 'pieces', 'publish', {
        pieceId: id,
        publications: [{ channelId, publishedAt: '2026-03-12T15:00:00-05:00', urlOrPlace: 'https://facebook.com/alcaldia/posts/1' }]
      })
    }
  }
}

/** Creates a design piece (as the jefe) and walks it through the contract to `state`. */
export async function pieceInState(o: Office, activityId: number, state: PieceState, overrides: Partial<NewPieceInput> = {}): Promise<number> {
  const { id } = await o.call('jefe', 'pieces', 'create', pieceInput(o, activityId, overrides))
  if (state === 'cancelada') {
    await o.call('jefe', 'pieces', 'cancel', { pieceId: id, reason: 'La actividad se aplazó.' })
    return id
  }
  type Step = keyof typeof STEPS
  const path: Step[] = []
  for (let s: PieceState = state; s !== 'borrador'; s = STEPS[s as Step].from) path.unshift(s as Step)
  for (const s of path) await STEPS[s].run(o, id)
  return id
}

/** Everything a refused write to the piece could have touched, to compare before and after. */
export async function pieceSnapshot(t: TestCore, id: number) {
  const db = t.core.db
  const count = async (table: 'content_versions' | 'design_versions' | 'reviews' | 'publications') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('piece_id', '=', id).executeTakeFirstOrThrow()).n)
  return {
    piece: await db.selectFrom('pieces').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
    channels: await db.selectFrom('piece_channels').select('channel_id').where('piece_id', '=', id).orderBy('channel_id').execute(),
    contentVersions: await count('content_versions'),
    designVersions: await count('design_versions'),
    reviews: await count('reviews'),
    publications: await count('publications'),
    storedFiles: Number((await db.selectFrom('stored_files').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    audit: await auditCount(t)
  }
}
