import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  CHECKLIST_ITEMS,
  PIECE_TYPE_LABELS,
  TYPE_REQUIRES_DESIGN,
  type ChecklistItem,
  type PieceState,
  type PieceType
} from '../../shared/domain/pieces'
import { ENTITY, JEFE, type DemoUser } from './data/office'
import type { PieceStory } from './data/story'
import { paragraphsHtml, slug } from './content'
import { reviewerOn } from './office-setup'
import { posterSvg } from './poster'
import type { DemoWorld } from './world'

type StepKind =
  | 'saveContent'
  | 'submitContent'
  | 'returnContent'
  | 'approveContent'
  | 'attachDesign'
  | 'submitDesign'
  | 'returnDesign'
  | 'approveDesign'
  | 'publish'
  | 'cancel'

interface Step {
  kind: StepKind
  version: number
  /** The state the piece is in after the step. */
  state: PieceState
}

/** The whole road of a piece through the workflow, cut where its story stops. */
export function pieceSteps(story: PieceStory): Step[] {
  const design = TYPE_REQUIRES_DESIGN[story.type]
  const steps: Step[] = [
    { kind: 'saveContent', version: 1, state: 'borrador' },
    { kind: 'submitContent', version: 1, state: 'revision_contenido' }
  ]
  if (story.contentReturn) {
    steps.push(
      { kind: 'returnContent', version: 1, state: 'ajustes_contenido' },
      { kind: 'saveContent', version: 2, state: 'ajustes_contenido' },
      { kind: 'submitContent', version: 2, state: 'revision_contenido' }
    )
  }
  steps.push({ kind: 'approveContent', version: story.contentReturn ? 2 : 1, state: design ? 'contenido_aprobado' : 'aprobada' })
  if (design) {
    steps.push({ kind: 'attachDesign', version: 1, state: 'en_diseno' }, { kind: 'submitDesign', version: 1, state: 'revision_diseno' })
    if (story.designReturn) {
      steps.push(
        { kind: 'returnDesign', version: 1, state: 'ajustes_diseno' },
        { kind: 'attachDesign', version: 2, state: 'ajustes_diseno' },
        { kind: 'submitDesign', version: 2, state: 'revision_diseno' }
      )
    }
    steps.push({ kind: 'approveDesign', version: story.designReturn ? 2 : 1, state: 'aprobada' })
  }
  steps.push({ kind: 'publish', version: 1, state: 'publicada' })

  if (story.target === 'publicada' && !story.publications?.length) {
    throw new Error(`Datos de ejemplo: «${story.title}» se publica sin decir dónde.`)
  }
  if ((story.target === 'cancelada') !== (story.cancel !== undefined)) {
    throw new Error(`Datos de ejemplo: «${story.title}» se cancela solo si su estado final es cancelada.`)
  }
  const stopAt = story.cancel?.after ?? story.target
  const last = steps.findLastIndex((s) => s.state === stopAt)
  if (last < 0) throw new Error(`Datos de ejemplo: la historia de «${story.title}» no llega a «${stopAt}».`)
  const kept = steps.slice(0, last + 1)
  if (story.cancel) kept.push({ kind: 'cancel', version: 1, state: 'cancelada' })
  return kept
}

// Finished pieces moved about a step a day. Open pieces spread their steps up to their last
// touch, one to three working days ago, so the office's recent days are not all alike.
const FINISHED: readonly PieceState[] = ['publicada', 'cancelada']

/** Working days ago of each step of a piece created `createdDaysAgo` working days ago. */
function stepDays(createdDaysAgo: number, count: number, finished: boolean, order: number): number[] {
  const lastTouch = Math.min(1 + (order % 3), createdDaysAgo)
  const room = Math.max(createdDaysAgo - lastTouch, 0)
  const pace = count === 0 ? 0 : finished ? Math.min(1, room / count) : Math.min(Math.max(room / count, 0.4), 3)
  return Array.from({ length: count }, (_, i) => Math.max(1, Math.round(createdDaysAgo - (i + 1) * pace)))
}

const fullChecklist = (): Record<ChecklistItem, boolean> =>
  Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, true])) as Record<ChecklistItem, boolean>

const checklistFailing = (item: ChecklistItem): Record<ChecklistItem, boolean> => ({ ...fullChecklist(), [item]: false })

const DESIGN_FILES: Partial<Record<PieceType, readonly string[]>> = {
  campana: ['post', 'historia'],
  video: ['miniatura'],
  audio_cuna: ['portada'],
  correo_masivo: ['correo']
}

/** When an event happened: working days ago, and minutes after midnight. */
export interface DemoMoment {
  daysAgo: number
  minute: number
}

const LAST_MINUTE = 18 * 60 + 30

/** The hour a piece's own events start on a day; `order` staggers different pieces. */
export const pieceMinute = (order: number) => 8 * 60 + 20 + ((order * 37) % 210)

/** Schedules the piece's steps after its creation (`pieceId` answers once the creation event ran). */
export function schedulePieceSteps(world: DemoWorld, story: PieceStory, created: DemoMoment, order: number, pieceId: () => number): void {
  const steps = pieceSteps(story)
  const days = stepDays(created.daysAgo, steps.length, FINISHED.includes(story.target), order)
  let previous = created
  steps.forEach((step, i) => {
    const daysAgo = days[i]!
    const minute = daysAgo === previous.daysAgo ? Math.min(previous.minute + 45, LAST_MINUTE) : pieceMinute(order)
    previous = { daysAgo, minute }
    world.timeline.add(daysAgo, minute, () => playStep(world, story, step, pieceId(), daysAgo, order))
  })
}

async function playStep(world: DemoWorld, story: PieceStory, step: Step, pieceId: number, day: number, order: number): Promise<void> {
  const { office } = world
  const authors = [story.writer, ...(story.designer ? [story.designer] : [])]
  const designer = (): DemoUser => {
    if (!story.designer) throw new Error(`Datos de ejemplo: «${story.title}» requiere diseño y no tiene diseñador.`)
    return story.designer
  }
  switch (step.kind) {
    case 'saveContent': {
      const body = step.version === 1 || !story.contentReturn ? story.body : [...story.body, story.contentReturn.addition]
      await office.call(story.writer, 'pieces', 'saveContent', {
        pieceId,
        html: paragraphsHtml(body),
        note: step.version === 1 ? 'Primera versión' : 'Ajustes solicitados en la revisión'
      })
      return
    }
    case 'submitContent':
      await office.call(story.writer, 'pieces', 'submitContent', { pieceId })
      return
    case 'returnContent':
      await office.call(reviewerOn(day, authors), 'pieces', 'review', {
        pieceId,
        stage: 'contenido',
        decision: 'devuelta',
        comments: story.contentReturn?.comments ?? '',
        checklist: checklistFailing('veracidad_oportunidad')
      })
      return
    case 'approveContent':
    case 'approveDesign':
      await office.call(reviewerOn(day, authors), 'pieces', 'review', {
        pieceId,
        stage: step.kind === 'approveContent' ? 'contenido' : 'diseno',
        decision: 'aprobada',
        comments: '',
        checklist: fullChecklist()
      })
      return
    case 'attachDesign':
      office.host.choose(await writePosters(world, story, step.version, order))
      await office.call(designer(), 'pieces', 'attachDesign', {
        pieceId,
        note: step.version === 1 ? 'Propuesta inicial' : 'Ajustes de la revisión de diseño'
      })
      return
    case 'submitDesign':
      await office.call(designer(), 'pieces', 'submitDesign', { pieceId })
      return
    case 'returnDesign':
      await office.call(reviewerOn(day, authors), 'pieces', 'review', {
        pieceId,
        stage: 'diseno',
        decision: 'devuelta',
        comments: story.designReturn?.comments ?? '',
        checklist: checklistFailing('manual_imagen')
      })
      return
    case 'publish': {
      const publishedAt = office.clock.now().toISOString()
      // The audiovisual team produces; the community manager posts what it made.
      const publisher = story.writer === 'dforero' ? 'srozo' : story.writer
      await office.call(publisher, 'pieces', 'publish', {
        pieceId,
        publications: (story.publications ?? []).map((p) => ({
          channelId: world.channelIds([p.channel])[0]!,
          publishedAt,
          urlOrPlace: p.place
        }))
      })
      return
    }
    case 'cancel':
      await office.call(JEFE, 'pieces', 'cancel', { pieceId, reason: story.cancel?.reason ?? '' })
      return
  }
}

/** SVG posters standing in for the designer's files, written where the picker will "find" them. */
async function writePosters(world: DemoWorld, story: PieceStory, version: number, order: number): Promise<string[]> {
  const variants = DESIGN_FILES[story.type] ?? ['']
  const paths: string[] = []
  for (const variant of variants) {
    const name = `${slug(story.title)}${variant ? `-${variant}` : ''}-v${version}.svg`
    const path = join(world.scratchDir, name)
    const kicker = variant ? `${PIECE_TYPE_LABELS[story.type]} · ${variant}` : PIECE_TYPE_LABELS[story.type]
    // Each version takes the next palette, so the adjustment shows when versions are compared.
    const palette = order + version - 1
    const svg = posterSvg({ title: story.title, kicker, footer: `${ENTITY.entityName} · ${ENTITY.officeName}`, version }, palette)
    await writeFile(path, svg)
    paths.push(path)
  }
  return paths
}
