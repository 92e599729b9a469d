import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PIECE_STATES } from '../../src/shared/domain/pieces'
import { makeOffice } from '../support/core'
import { addPlanActivity, catalogueId, CONTENT_HTML, FULL_CHECKLIST, pieceInput, pieceInState, type Office } from '../support/fixtures'

let o: Office
const ids: Record<string, number> = {}
const published: number[] = []

beforeAll(async () => {
  o = await makeOffice()
  const activityId = await addPlanActivity(o)
  const facebook = await catalogueId(o, 'canal', 'Facebook')
  ids.draft = await pieceInState(o, activityId, 'borrador', { title: 'Borrador de Andrés' })
  ids.returnedContent = await pieceInState(o, activityId, 'ajustes_contenido', { title: 'Contenido devuelto' })
  ids.inDesign = await pieceInState(o, activityId, 'en_diseno', { title: 'En diseño' })
  ids.returnedDesign = await pieceInState(o, activityId, 'ajustes_diseno', { title: 'Diseño devuelto' })
  ids.contentApproved = await pieceInState(o, activityId, 'contenido_aprobado', { title: 'Listo para diseñar', dueDate: '2026-03-30' })
  o.clock.set('2026-03-10T15:00:00Z')
  ids.designReview = await pieceInState(o, activityId, 'revision_diseno', { title: 'Diseño en revisión' })
  o.clock.set('2026-03-10T16:00:00Z')
  ids.contentReview = await pieceInState(o, activityId, 'revision_contenido', { title: 'Contenido en revisión' })
  ids.byJefe = await pieceInState(o, activityId, 'borrador', { title: 'Redactada por la jefe', writerId: o.users.jefe, designerId: null })
  await o.call('jefe', 'pieces', 'saveContent', { pieceId: ids.byJefe, html: CONTENT_HTML })
  await o.call('jefe', 'pieces', 'submitContent', { pieceId: ids.byJefe })
  ids.lateOther = await pieceInState(o, activityId, 'borrador', { title: 'Atrasada de Camila', writerId: o.users.profesional2, designerId: null, dueDate: '2026-03-01' })
  ids.lateMine = await pieceInState(o, activityId, 'en_diseno', { title: 'Atrasada de Andrés', dueDate: '2026-03-09' })
  ids.lateCancelled = await pieceInState(o, activityId, 'cancelada', { title: 'Cancelada vencida', dueDate: '2026-03-01' })
  // Eleven text pieces published on consecutive hours, to check the limit and the order.
  for (let i = 0; i < 11; i++) {
    o.clock.set(`2026-03-11T${String(10 + i).padStart(2, '0')}:00:00Z`)
    const { id } = await o.call('jefe', 'pieces', 'create', pieceInput(o, activityId, { title: `Boletín ${i + 1}`, type: 'boletin_prensa', dueDate: '2026-03-05' }))
    await o.call('profesional', 'pieces', 'saveContent', { pieceId: id, html: CONTENT_HTML })
    await o.call('profesional', 'pieces', 'submitContent', { pieceId: id })
    await o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })
    await o.call('community_manager', 'pieces', 'publish', {
      pieceId: id,
      publications: [{ channelId: facebook, publishedAt: '2026-03-11T08:00:00-05:00', urlOrPlace: `https://facebook.com/p/${i}` }]
    })
    published.push(id)
  }
  o.clock.set('2026-03-12T14:00:00Z')
})
afterAll(async () => o?.dispose())

const titles = (rows: { title: string }[]) => rows.map((r) => r.title)

describe('Inicio', () => {
  it('shows the writer their drafts and returned content, and their late pieces', async () => {
    const home = await o.call('profesional', 'home', 'summary')
    expect(home.waitingForMyApproval).toEqual([])
    expect(titles(home.myWork).sort()).toEqual(['Borrador de Andrés', 'Contenido devuelto'].sort())
    expect(titles(home.returnedToMe)).toEqual(['Contenido devuelto'])
    expect(titles(home.overdue)).toEqual(['Atrasada de Andrés'])
    expect(home.overdue[0]!.overdue).toBe(true)
  })

  it('shows the designer the pieces waiting for design and the returned designs', async () => {
    const home = await o.call('disenador', 'home', 'summary')
    expect(titles(home.myWork).sort()).toEqual(['Atrasada de Andrés', 'Diseño devuelto', 'En diseño', 'Listo para diseñar'].sort())
    expect(titles(home.returnedToMe)).toEqual(['Diseño devuelto'])
    expect(titles(home.overdue)).toEqual(['Atrasada de Andrés'])
  })

  it('shows the jefe the review queue, oldest first, without the pieces she wrote, and every late piece', async () => {
    const home = await o.call('jefe', 'home', 'summary')
    expect(titles(home.waitingForMyApproval)).toEqual(['Diseño en revisión', 'Contenido en revisión'])
    expect(titles(home.overdue)).toEqual(['Atrasada de Camila', 'Atrasada de Andrés'])
    expect(home.myWork).toEqual([])
  })

  it('shows a delegate the queue, including the piece the jefe wrote, but not what they designed', async () => {
    const delegation = await o.call('jefe', 'delegations', 'create', { delegateId: o.users.disenador, startsOn: '2026-03-12', endsOn: '2026-03-12' })
    try {
      const home = await o.call('disenador', 'home', 'summary')
      expect(titles(home.waitingForMyApproval)).toEqual(['Redactada por la jefe'])
    } finally {
      await o.call('jefe', 'delegations', 'revoke', { id: delegation.id })
    }
  })

  it('lists the last ten published pieces, most recent first', async () => {
    const home = await o.call('archivista', 'home', 'summary')
    expect(home.recentlyPublished.map((p) => p.id)).toEqual([...published].reverse().slice(0, 10))
    expect(home.recentlyPublished.every((p) => p.state === 'publicada' && !p.overdue)).toBe(true)
  })

  it('counts pieces in every state, zeros included', async () => {
    const home = await o.call('administrador', 'home', 'summary')
    expect(Object.keys(home.countsByState)).toEqual([...PIECE_STATES])
    expect(home.countsByState).toEqual({
      borrador: 2,
      revision_contenido: 2,
      ajustes_contenido: 1,
      contenido_aprobado: 1,
      en_diseno: 2,
      revision_diseno: 1,
      ajustes_diseno: 1,
      aprobada: 0,
      publicada: 11,
      cancelada: 1
    })
  })
})
