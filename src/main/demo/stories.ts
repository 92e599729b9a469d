import { addDays } from './calendar'
import { JEFE } from './data/office'
import type { OwnPieceStory, PieceStory, RequestStory } from './data/story'
import { pieceMinute, schedulePieceSteps } from './piece-story'
import type { DemoWorld } from './world'

const at = (hour: number, minute: number) => hour * 60 + minute

function pieceFields(world: DemoWorld, story: PieceStory) {
  return {
    title: story.title,
    type: story.type,
    activityId: world.activityId(story.activity),
    writerId: world.userId(story.writer),
    designerId: story.designer ? world.userId(story.designer) : null,
    channelIds: world.channelIds(story.channels),
    audienceIds: world.audienceIds(story.audiences),
    dueDate: world.calendar.fromToday(story.dueInDays)
  }
}

const missing = (title: string) => (): number => {
  throw new Error(`Datos de ejemplo: la pieza «${title}» no se creó.`)
}

/** A piece the office started on its own: its writer creates it, then its story follows. */
export function scheduleOwnPiece(world: DemoWorld, story: OwnPieceStory, order: number): void {
  let pieceId: number | null = null
  const created = { daysAgo: story.startedDaysAgo, minute: pieceMinute(order) }
  world.timeline.add(created.daysAgo, created.minute, async () => {
    pieceId = (await world.office.call(story.writer, 'pieces', 'create', { ...pieceFields(world, story), requestId: null })).id
  })
  schedulePieceSteps(world, story, created, order, () => pieceId ?? missing(story.title)())
}

/** A request: received, maybe analysed, and accepted with its pieces or rejected. */
export function scheduleRequestStory(world: DemoWorld, story: RequestStory, order: number): void {
  const { office, timeline, calendar } = world
  let requestId: number | null = null
  const id = () => requestId ?? missing(story.topic)()

  timeline.add(story.receivedDaysAgo, at(8, 30) + ((order * 23) % 120), async () => {
    const received = calendar.workday(story.receivedDaysAgo)
    const request = await office.call(story.registeredBy, 'requests', 'create', {
      dependenciaId: world.dependenciaId(story.dependencia),
      requesterName: story.requesterName,
      requesterContact: story.requesterContact,
      topic: story.topic,
      objective: story.objective,
      keyMessage: story.keyMessage,
      audienceIds: world.audienceIds(story.audiences),
      channelIds: world.channelIds(story.channels),
      desiredDate: story.desiredAfterDays === null ? null : addDays(received, story.desiredAfterDays)
    })
    requestId = request.id
  })
  if (story.analysisDaysAgo !== undefined) {
    timeline.add(story.analysisDaysAgo, at(11, 0) + ((order * 13) % 60), async () => {
      await office.call(JEFE, 'requests', 'startAnalysis', { id: id() })
    })
  }
  if (story.rejected) {
    const { daysAgo, reason } = story.rejected
    timeline.add(daysAgo, at(15, 30) + ((order * 11) % 60), async () => {
      await office.call(JEFE, 'requests', 'reject', { id: id(), reason })
    })
  }
  if (story.accepted) {
    const { daysAgo, pieces } = story.accepted
    const decided = { daysAgo, minute: at(14, 30) + ((order * 11) % 60) }
    const pieceIds = new Map<string, number>()
    timeline.add(decided.daysAgo, decided.minute, async () => {
      const request = await office.call(JEFE, 'requests', 'accept', { id: id(), pieces: pieces.map((p) => pieceFields(world, p)) })
      for (const piece of request.pieces) pieceIds.set(piece.title, piece.id)
    })
    pieces.forEach((piece, i) => {
      schedulePieceSteps(world, piece, decided, order * 3 + i, () => pieceIds.get(piece.title) ?? missing(piece.title)())
    })
  }
}
