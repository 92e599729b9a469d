import { PIECE_TYPE_LABELS } from '../../shared/domain/pieces'
import { bulletinLabel } from '../../shared/domain/press'
import { formatDate } from '../../shared/dates'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx, Trx } from '../core/context'
import { conflict, invalidTransition, notFound, validation } from '../core/errors'
import { readiness } from './readiness'

export interface RegisterInput {
  pieceId: number
  issuedOn: string
  number: number
}

async function boletinPiece(trx: Trx, pieceId: number) {
  const piece = await trx.selectFrom('pieces').select(['id', 'code', 'title', 'type', 'state']).where('id', '=', pieceId).executeTakeFirst()
  if (!piece) throw notFound('la pieza')
  if (piece.type !== 'boletin_prensa') {
    throw validation(`La pieza ${piece.code} es «${PIECE_TYPE_LABELS[piece.type]}», no un boletín de prensa. Elija una pieza de tipo «Boletín de prensa».`, {
      pieceId: 'Elija una pieza de tipo «Boletín de prensa».'
    })
  }
  if (piece.state === 'cancelada') {
    throw validation(`La pieza ${piece.code} fue cancelada: no se numera como boletín.`, { pieceId: 'La pieza fue cancelada.' })
  }
  return piece
}

export async function registerBulletin(ctx: AuthedCtx, input: RegisterInput): Promise<number> {
  authorize(ctx, 'press.bulletins')
  if (input.issuedOn > ctx.today) {
    throw validation(`La fecha de emisión (${formatDate(input.issuedOn)}) es posterior a hoy. Registre el boletín el día que se emite.`, {
      issuedOn: 'La fecha no puede ser posterior a hoy.'
    })
  }
  const year = Number(input.issuedOn.slice(0, 4))
  const label = bulletinLabel(input.number, year)
  return ctx.db.transaction().execute(async (trx) => {
    const piece = await boletinPiece(trx, input.pieceId)
    const existing = await trx.selectFrom('press_bulletins').select(['number', 'year']).where('piece_id', '=', piece.id).executeTakeFirst()
    if (existing) {
      throw conflict(`La pieza ${piece.code} ya es el ${bulletinLabel(existing.number, existing.year)}.`, { pieceId: 'Esta pieza ya tiene número de boletín.' })
    }
    const twin = await trx
      .selectFrom('press_bulletins as b')
      .innerJoin('pieces as p', 'p.id', 'b.piece_id')
      .select(['p.title'])
      .where('b.year', '=', year)
      .where('b.number', '=', input.number)
      .executeTakeFirst()
    if (twin) {
      const max = await trx.selectFrom('press_bulletins').select((eb) => eb.fn.max('number').as('n')).where('year', '=', year).executeTakeFirstOrThrow()
      const next = Number(max.n ?? 0) + 1
      throw conflict(`El ${label} ya está registrado («${twin.title}»). El siguiente número libre de ${year} es el ${String(next).padStart(3, '0')}.`, {
        number: `Este número ya está registrado en ${year}.`
      })
    }
    const { id } = await trx
      .insertInto('press_bulletins')
      .values({
        year,
        number: input.number,
        piece_id: piece.id,
        issued_on: input.issuedOn,
        created_by: ctx.user.id,
        created_at: ctx.nowIso,
        updated_at: ctx.nowIso
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'press.bulletin_registered',
      entityType: 'press_bulletin',
      entityId: id,
      summary: `Registró el ${label} con la pieza ${piece.code} «${piece.title}»`,
      details: { year, number: input.number, pieceId: piece.id, issuedOn: input.issuedOn }
    })
    return id
  })
}

const joinNames = (names: string[]): string =>
  names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} y ${names[names.length - 1]}`

/** Records the bulletin's distribution to each list, with the list's active members at this moment. */
export async function sendBulletin(ctx: AuthedCtx, bulletinId: number, listIds: number[]): Promise<void> {
  authorize(ctx, 'press.bulletins')
  const ids = [...new Set(listIds)]
  await ctx.db.transaction().execute(async (trx) => {
    const bulletin = await trx
      .selectFrom('press_bulletins as b')
      .innerJoin('pieces as p', 'p.id', 'b.piece_id')
      .select(['b.id', 'b.year', 'b.number', 'p.state', 'p.requires_design'])
      .where('b.id', '=', bulletinId)
      .executeTakeFirst()
    if (!bulletin) throw notFound('el boletín')
    const label = bulletinLabel(bulletin.number, bulletin.year)
    const state = readiness(bulletin.state, bulletin.requires_design === 1)
    if (!state.ready) throw invalidTransition(`El ${label} aún no se puede enviar. ${state.missing}`)

    const lists = await trx.selectFrom('distribution_lists').select(['id', 'name']).where('id', 'in', ids).orderBy('name').execute()
    if (lists.length !== ids.length) throw notFound('una de las listas de distribución elegidas')
    let total = 0
    for (const list of lists) {
      const members = await trx
        .selectFrom('distribution_list_members as m')
        .innerJoin('media_contacts as c', 'c.id', 'm.contact_id')
        .select('c.id')
        .where('m.list_id', '=', list.id)
        .where('c.active', '=', 1)
        .orderBy('c.id')
        .execute()
      if (members.length === 0) {
        throw validation(`La lista «${list.name}» no tiene contactos activos. Agregue periodistas a la lista o elija otra.`, {
          listIds: `La lista «${list.name}» está vacía.`
        })
      }
      const send = await trx
        .insertInto('bulletin_sends')
        .values({ bulletin_id: bulletin.id, list_id: list.id, list_name: list.name, recipient_count: members.length, sent_at: ctx.nowIso, sent_by: ctx.user.id })
        .returning('id')
        .executeTakeFirstOrThrow()
      await trx
        .insertInto('bulletin_send_recipients')
        .values(members.map((m) => ({ send_id: send.id, contact_id: m.id })))
        .execute()
      total += members.length
    }
    const names = lists.map((l) => `«${l.name}»`)
    await recordAudit(trx, ctx, {
      action: 'press.bulletin_sent',
      entityType: 'press_bulletin',
      entityId: bulletin.id,
      summary: `Envió el ${label} a ${lists.length === 1 ? 'la lista' : 'las listas'} ${joinNames(names)} (${total} ${total === 1 ? 'destinatario' : 'destinatarios'})`,
      details: { listIds: lists.map((l) => l.id), recipients: total }
    })
  })
}
