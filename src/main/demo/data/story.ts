import type { PieceState, PieceType } from '../../../shared/domain/pieces'
import type { Audience, Channel, Dependencia } from './catalogue'
import type { DemoUser } from './office'
import type { ActivityKey } from './plan'

/** One piece of the demo and how far its story goes. */
export interface PieceStory {
  title: string
  type: PieceType
  activity: ActivityKey
  writer: DemoUser
  designer?: DemoUser
  channels: Channel[]
  audiences: Audience[]
  /** Paragraphs of the first content version. */
  body: string[]
  /** Calendar days from today to the due date (negative: it already passed). */
  dueInDays: number
  /** The state the piece is left in. */
  target: PieceState
  /** The reviewer returned the content once; the writer's second version adds `addition`. */
  contentReturn?: { comments: string; addition: string }
  /** The reviewer returned the design once; the designer attached a second version. */
  designReturn?: { comments: string }
  /** Where a published piece came out. */
  publications?: { channel: Channel; place: string }[]
  /** A cancelled piece: the state it had reached, and why it was cancelled. */
  cancel?: { after: PieceState; reason: string }
}

/** A piece the office started on its own, `startedDaysAgo` working days ago. */
export interface OwnPieceStory extends PieceStory {
  startedDaysAgo: number
}

export interface RequestStory {
  dependencia: Dependencia
  requesterName: string
  requesterContact: string
  topic: string
  objective: string
  keyMessage: string
  channels: Channel[]
  audiences: Audience[]
  /** Calendar days from the day it was received to the date the dependencia wanted. */
  desiredAfterDays: number | null
  registeredBy: DemoUser
  receivedDaysAgo: number
  analysisDaysAgo?: number
  accepted?: { daysAgo: number; pieces: PieceStory[] }
  rejected?: { daysAgo: number; reason: string }
}
