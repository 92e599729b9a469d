import { z } from 'zod'
import { REQUEST_STATES, type RequestState } from '../domain/requests'
import { PIECE_TYPES } from '../domain/pieces'
import { Id, IdList, IsoDate, optionalText, requiredText } from './common'
import { method } from './define'
import type { PieceRow } from './pieces'

export interface RequestRow {
  id: number
  code: string
  dependenciaId: number
  dependenciaName: string
  requesterName: string
  topic: string
  desiredDate: string | null
  state: RequestState
  pieceCount: number
  createdAt: string
}

export interface RequestDetail extends RequestRow {
  requesterContact: string
  objective: string
  keyMessage: string
  audienceIds: number[]
  channelIds: number[]
  rejectionReason: string
  createdById: number
  createdByName: string
  pieces: PieceRow[]
}

const RequestFields = z.object({
  dependenciaId: Id,
  requesterName: requiredText('El nombre de quien solicita'),
  requesterContact: optionalText('El contacto', 200),
  topic: requiredText('El tema'),
  objective: optionalText('El objetivo', 2000),
  keyMessage: optionalText('El mensaje clave', 2000),
  audienceIds: IdList,
  channelIds: IdList,
  desiredDate: IsoDate.nullable().default(null)
})

export const NewPieceFields = z.object({
  title: requiredText('El título de la pieza'),
  type: z.enum(PIECE_TYPES, { message: 'Seleccione el tipo de pieza.' }),
  activityId: Id,
  writerId: Id,
  designerId: Id.nullable().default(null),
  channelIds: IdList,
  audienceIds: IdList,
  dueDate: IsoDate,
  /** Defaults to what the type needs. */
  requiresDesign: z.boolean().optional()
})

export const requestsContract = {
  list: method(
    z
      .object({
        state: z.enum(REQUEST_STATES).optional(),
        search: z.string().trim().max(200).optional()
      })
      .default({})
  ).returns<RequestRow[]>(),
  get: method(z.object({ id: Id })).returns<RequestDetail>(),
  create: method(RequestFields).returns<RequestDetail>(),
  update: method(RequestFields.extend({ id: Id })).returns<RequestDetail>(),
  startAnalysis: method(z.object({ id: Id })).returns<RequestDetail>(),
  accept: method(
    z.object({
      id: Id,
      pieces: z.array(NewPieceFields).min(1, 'Una solicitud aceptada debe tener al menos una pieza.').max(20)
    })
  ).returns<RequestDetail>(),
  reject: method(
    z.object({ id: Id, reason: requiredText('El motivo del rechazo', 2000) })
  ).returns<RequestDetail>()
}
