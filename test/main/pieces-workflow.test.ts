import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CHECKLIST_ITEMS } from '../../src/shared/domain/pieces'
import type { Contract } from '../../src/shared/contract'
import type { InputOf } from '../../src/shared/contract/define'
import { makeOffice } from '../support/core'
import {
  addPlanActivity,
  auditCount,
  catalogueId,
  CONTENT_HTML,
  FULL_CHECKLIST,
  makeSourceFile,
  pieceInput,
  pieceInState,
  pieceSnapshot,
  type Office
} from '../support/fixtures'

let o: Office
let activityId: number
beforeAll(async () => {
  o = await makeOffice()
  activityId = await addPlanActivity(o)
})
afterAll(async () => o?.dispose())

const withItem = (item: (typeof CHECKLIST_ITEMS)[number], value: boolean) => ({ ...FULL_CHECKLIST, [item]: value })

describe('the full process of a piece', () => {
  it('goes from draft to published and reads back a history with every step in order', async () => {
    const facebook = await catalogueId(o, 'canal', 'Facebook')
    const web = await catalogueId(o, 'canal', 'Página web')
    const ciudadania = await catalogueId(o, 'grupo_valor', 'Ciudadanía en general')
    const created = await o.call('profesional', 'pieces', 'create', pieceInput(o, activityId, { channelIds: [facebook, web], audienceIds: [ciudadania] }))
    expect(created).toMatchObject({
      state: 'borrador',
      type: 'pieza_grafica',
      requiresDesign: true,
      writerName: 'Andrés Rojas',
      designerName: 'Juan Pérez',
      activityLabel: 'Boletines sobre la gestión de la Alcaldía',
      channelIds: [facebook, web].sort((a, b) => a - b),
      audienceIds: [ciudadania],
      createdByName: 'Andrés Rojas',
      contentVersions: [],
      allowedActions: ['editMetadata', 'saveContent', 'submitContent', 'cancel']
    })
    const id = created.id

    await o.call('profesional', 'pieces', 'saveContent', { pieceId: id, html: CONTENT_HTML, note: 'Primer borrador' })
    await o.call('profesional', 'pieces', 'submitContent', { pieceId: id })
    await o.call('jefe', 'pieces', 'review', {
      pieceId: id,
      stage: 'contenido',
      decision: 'devuelta',
      comments: 'Incluya la hora.',
      checklist: withItem('veracidad_oportunidad', false)
    })
    await o.call('profesional', 'pieces', 'saveContent', { pieceId: id, html: CONTENT_HTML + '<p>Desde las 8:00 a. m.</p>' })
    await o.call('profesional', 'pieces', 'submitContent', { pieceId: id })
    await o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })
    o.host.nextPicked = [makeSourceFile(o, 'afiche.png', 'afiche v1'), makeSourceFile(o, 'historia.mp4', 'video v1')]
    await o.call('disenador', 'pieces', 'attachDesign', { pieceId: id, note: 'Propuesta inicial' })
    await o.call('disenador', 'pieces', 'submitDesign', { pieceId: id })
    await o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'diseno', decision: 'devuelta', comments: 'Logo vigente.', checklist: FULL_CHECKLIST })
    o.host.nextPicked = [makeSourceFile(o, 'afiche-v2.png', 'afiche v2')]
    await o.call('disenador', 'pieces', 'attachDesign', { pieceId: id })
    await o.call('disenador', 'pieces', 'submitDesign', { pieceId: id })
    await o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'diseno', decision: 'aprobada', checklist: FULL_CHECKLIST })
    o.clock.set('2026-03-12T15:00:00Z')
    await o.call('community_manager', 'pieces', 'publish', {
      pieceId: id,
      publications: [
        { channelId: facebook, publishedAt: '2026-03-12T09:30:00-05:00', urlOrPlace: 'https://facebook.com/alcaldia/posts/10' },
        { channelId: web, publishedAt: '2026-03-12T09:45:00-05:00', urlOrPlace: 'https://www.cajica.gov.co/noticias/vacunacion' }
      ]
    })
    const radio = await catalogueId(o, 'canal', 'Radio')
    const detail = await o.call('profesional', 'pieces', 'publish', {
      pieceId: id,
      publications: [{ channelId: radio, publishedAt: '2026-03-13T07:00:00-05:00', urlOrPlace: 'Emisora comunitaria, franja de la mañana' }]
    })
    o.clock.set('2026-03-10T14:00:00Z')

    expect(detail.state).toBe('publicada')
    expect(detail.contentVersions.map((v) => [v.number, v.note, v.authorName])).toEqual([
      [1, 'Primer borrador', 'Andrés Rojas'],
      [2, '', 'Andrés Rojas']
    ])
    expect(detail.designVersions.map((v) => [v.number, v.files.map((f) => f.name)])).toEqual([
      [1, ['afiche.png', 'historia.mp4']],
      [2, ['afiche-v2.png']]
    ])
    expect(detail.reviews.map((r) => [r.stage, r.versionNumber, r.decision, r.comments, r.reviewerName])).toEqual([
      ['contenido', 1, 'devuelta', 'Incluya la hora.', 'Laura Gómez'],
      ['contenido', 2, 'aprobada', '', 'Laura Gómez'],
      ['diseno', 1, 'devuelta', 'Logo vigente.', 'Laura Gómez'],
      ['diseno', 2, 'aprobada', '', 'Laura Gómez']
    ])
    expect(detail.reviews[0]!.checklist).toEqual(withItem('veracidad_oportunidad', false))
    expect(detail.reviews[0]!.versionId).toBe(detail.contentVersions[0]!.id)
    expect(detail.reviews[3]!.versionId).toBe(detail.designVersions[1]!.id)
    expect(detail.publications.map((p) => [p.channelName, p.publishedAt, p.publishedByName])).toEqual([
      ['Facebook', '2026-03-12T14:30:00.000Z', 'Mateo Herrera'],
      ['Página web', '2026-03-12T14:45:00.000Z', 'Mateo Herrera'],
      ['Radio', '2026-03-13T12:00:00.000Z', 'Andrés Rojas']
    ])
    // Adding a channel after publication does not move the piece's state-change time.
    expect(detail.stateChangedAt).toBe('2026-03-12T15:00:00.000Z')

    const history = await o.call('jefe', 'pieces', 'history', { pieceId: id })
    expect(history.map((h) => [h.action, h.actorName, h.summary])).toEqual([
      ['pieces.created', 'Andrés Rojas', `Creó la pieza ${created.code} «Jornada de vacunación en el parque principal»`],
      ['pieces.content_saved', 'Andrés Rojas', 'Guardó la versión 1 del contenido'],
      ['pieces.content_submitted', 'Andrés Rojas', 'Envió la versión 1 del contenido a revisión'],
      ['pieces.content_returned', 'Laura Gómez', 'Devolvió la versión 1 del contenido con ajustes'],
      ['pieces.content_saved', 'Andrés Rojas', 'Guardó la versión 2 del contenido'],
      ['pieces.content_submitted', 'Andrés Rojas', 'Envió la versión 2 del contenido a revisión'],
      ['pieces.content_approved', 'Laura Gómez', 'Aprobó la versión 2 del contenido'],
      ['pieces.design_attached', 'Juan Pérez', 'Adjuntó la versión 1 del diseño (2 archivos)'],
      ['pieces.design_submitted', 'Juan Pérez', 'Envió la versión 1 del diseño a revisión'],
      ['pieces.design_returned', 'Laura Gómez', 'Devolvió la versión 1 del diseño con ajustes'],
      ['pieces.design_attached', 'Juan Pérez', 'Adjuntó la versión 2 del diseño (1 archivo)'],
      ['pieces.design_submitted', 'Juan Pérez', 'Envió la versión 2 del diseño a revisión'],
      ['pieces.design_approved', 'Laura Gómez', 'Aprobó la versión 2 del diseño'],
      ['pieces.published', 'Mateo Herrera', 'Registró la publicación en Facebook y Página web'],
      ['pieces.published', 'Andrés Rojas', 'Registró la publicación en Radio']
    ])
    expect(history.every((h) => h.entityType === 'piece' && h.entityId === id)).toBe(true)
    expect(history[3]!.details).toMatchObject({ from: 'revision_contenido', to: 'ajustes_contenido', comments: 'Incluya la hora.' })
  })
})

describe('content versions', () => {
  it('stores sanitised HTML and its plain text, numbered per piece', async () => {
    const id = await pieceInState(o, activityId, 'borrador')
    const first = await o.call('profesional', 'pieces', 'saveContent', {
      pieceId: id,
      html: '<h2>Vacunación</h2><p onclick="robar()">Gratis <a href="javascript:alert(1)">aquí</a><script>x()</script></p>'
    })
    const second = await o.call('jefe', 'pieces', 'saveContent', { pieceId: id, html: '<p>Segunda</p>', note: 'Corrección de la jefe' })
    expect(first.contentVersions.map((v) => v.number)).toEqual([1])
    expect(second.contentVersions.map((v) => [v.number, v.authorName])).toEqual([
      [1, 'Andrés Rojas'],
      [2, 'Laura Gómez']
    ])
    const v1 = await o.call('disenador', 'pieces', 'getContentVersion', { versionId: first.contentVersions[0]!.id })
    expect(v1).toMatchObject({ pieceId: id, number: 1, html: '<h2>Vacunación</h2><p>Gratis aquí</p>', text: 'Vacunación\n\nGratis aquí' })
    expect((await o.callError('jefe', 'pieces', 'getContentVersion', { versionId: 999_999 })).code).toBe('NOT_FOUND')
  })

  it('refuses an empty text and writes nothing', async () => {
    const id = await pieceInState(o, activityId, 'borrador')
    const before = await pieceSnapshot(o, id)
    const error = await o.callError('profesional', 'pieces', 'saveContent', { pieceId: id, html: '<p> </p><p><br></p><script>solo código</script>' })
    expect(error).toMatchObject({ code: 'VALIDATION', message: 'Escriba el contenido de la pieza antes de guardar la versión.' })
    expect(await pieceSnapshot(o, id)).toEqual(before)
  })

  it('cannot be submitted without a version', async () => {
    const id = await pieceInState(o, activityId, 'borrador')
    const before = await pieceSnapshot(o, id)
    expect(await o.callError('profesional', 'pieces', 'submitContent', { pieceId: id })).toMatchObject({
      code: 'VALIDATION',
      message: 'Guarde al menos una versión del contenido antes de enviarla a revisión.'
    })
    expect(await pieceSnapshot(o, id)).toEqual(before)
  })

  it('must be saved again before resubmitting returned content', async () => {
    const id = await pieceInState(o, activityId, 'ajustes_contenido')
    const before = await pieceSnapshot(o, id)
    expect(await o.callError('profesional', 'pieces', 'submitContent', { pieceId: id })).toEqual({
      code: 'VALIDATION',
      message: 'Guarde una nueva versión con los ajustes antes de reenviar.'
    })
    expect(await pieceSnapshot(o, id)).toEqual(before)
    await o.call('profesional', 'pieces', 'saveContent', { pieceId: id, html: '<p>Con los ajustes pedidos.</p>' })
    expect((await o.call('profesional', 'pieces', 'submitContent', { pieceId: id })).state).toBe('revision_contenido')
  })

  it('must be attached again before resubmitting a returned design', async () => {
    const id = await pieceInState(o, activityId, 'ajustes_diseno')
    const before = await pieceSnapshot(o, id)
    expect(await o.callError('disenador', 'pieces', 'submitDesign', { pieceId: id })).toEqual({
      code: 'VALIDATION',
      message: 'Adjunte una nueva versión del diseño con los ajustes antes de reenviar.'
    })
    expect(await pieceSnapshot(o, id)).toEqual(before)
  })
})

describe('reviews', () => {
  it('refuses returning without comments (schema), writing nothing', async () => {
    const id = await pieceInState(o, activityId, 'revision_contenido')
    const before = await pieceSnapshot(o, id)
    const error = await o.callError('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'devuelta', comments: '   ', checklist: FULL_CHECKLIST })
    expect(error.code).toBe('VALIDATION')
    expect(error.fields).toEqual({ comments: 'Para devolver la pieza escriba qué debe ajustarse.' })
    expect(await pieceSnapshot(o, id)).toEqual(before)
  })

  it('refuses approving with any control point unchecked, at either stage, but returns with them unchecked', async () => {
    for (const item of CHECKLIST_ITEMS) {
      const id = await pieceInState(o, activityId, 'revision_contenido')
      const before = await pieceSnapshot(o, id)
      const error = await o.callError('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: withItem(item, false) })
      expect(error, item).toMatchObject({ code: 'VALIDATION', message: 'Para aprobar, verifique todos los puntos de control.' })
      expect(await pieceSnapshot(o, id)).toEqual(before)
    }
    const design = await pieceInState(o, activityId, 'revision_diseno')
    expect((await o.callError('jefe', 'pieces', 'review', { pieceId: design, stage: 'diseno', decision: 'aprobada', checklist: withItem('manual_imagen', false) })).code).toBe(
      'VALIDATION'
    )
    const returned = await o.call('jefe', 'pieces', 'review', {
      pieceId: design,
      stage: 'diseno',
      decision: 'devuelta',
      comments: 'No cumple el manual de imagen.',
      checklist: withItem('manual_imagen', false)
    })
    expect(returned.state).toBe('ajustes_diseno')
    expect(returned.reviews.at(-1)!.checklist.manual_imagen).toBe(false)
  })

  it('refuses the wrong stage for the state', async () => {
    const id = await pieceInState(o, activityId, 'revision_contenido')
    expect((await o.callError('jefe', 'pieces', 'review', { pieceId: id, stage: 'diseno', decision: 'aprobada', checklist: FULL_CHECKLIST })).code).toBe(
      'INVALID_TRANSITION'
    )
  })

  it('lists the review queue oldest state change first, with who can review', async () => {
    o.clock.set('2026-03-10T15:00:00Z')
    const older = await pieceInState(o, activityId, 'revision_diseno')
    o.clock.set('2026-03-10T16:00:00Z')
    const newer = await pieceInState(o, activityId, 'revision_contenido')
    o.clock.set('2026-03-10T14:00:00Z')
    const queue = await o.call('profesional', 'pieces', 'reviewQueue')
    expect(queue.every((p) => p.state === 'revision_contenido' || p.state === 'revision_diseno')).toBe(true)
    const order = queue.map((p) => p.id)
    expect(order.indexOf(older)).toBeLessThan(order.indexOf(newer))
    expect(queue.map((p) => p.stateChangedAt)).toEqual([...queue.map((p) => p.stateChangedAt)].sort())
    expect(queue.every((p) => p.canReview === false)).toBe(true)
    expect((await o.call('jefe', 'pieces', 'reviewQueue')).find((p) => p.id === newer)?.canReview).toBe(true)
  })
})

describe('creating pieces', () => {
  it('numbers codes per year in Colombian time', async () => {
    const fresh = await makeOffice()
    try {
      const act = await addPlanActivity(fresh)
      const codes: string[] = []
      const create = async () => codes.push((await fresh.call('jefe', 'pieces', 'create', pieceInput(fresh, act))).code)
      await create()
      await create()
      // 23:59 of 31/12 in Bogotá is still 2026.
      fresh.clock.set('2027-01-01T04:59:00Z')
      await create()
      fresh.clock.set('2027-01-01T05:00:00Z')
      await create()
      await create()
      expect(codes).toEqual(['PZ-2026-0001', 'PZ-2026-0002', 'PZ-2026-0003', 'PZ-2027-0001', 'PZ-2027-0002'])
    } finally {
      await fresh.dispose()
    }
  })

  it('takes requiresDesign from the type unless given', async () => {
    const boletin = await o.call('jefe', 'pieces', 'create', pieceInput(o, activityId, { type: 'boletin_prensa' }))
    const video = await o.call('jefe', 'pieces', 'create', pieceInput(o, activityId, { type: 'video' }))
    const overridden = await o.call('jefe', 'pieces', 'create', pieceInput(o, activityId, { type: 'nota_web', requiresDesign: true }))
    expect([boletin.requiresDesign, video.requiresDesign, overridden.requiresDesign]).toEqual([false, true, true])
  })

  it('refuses bad references with a Spanish message and writes nothing', async () => {
    const closed = await addPlanActivity(o, { status: 'cerrado', name: 'Plan 2025' })
    const dependencia = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
    const archived = await o.call('jefe', 'users', 'create', { username: 'retirado', fullName: 'Pedro Retirado', role: 'profesional', password: 'clave-segura-1' })
    await o.call('jefe', 'users', 'update', { id: archived.id, fullName: 'Pedro Retirado', role: 'profesional', email: '', active: false })
    const cases: [string, Parameters<typeof pieceInput>[2], RegExp][] = [
      ['plan cerrado', { activityId: closed }, /plan cerrado/],
      ['actividad inexistente', { activityId: 999_999 }, /no existe/],
      ['redactor desactivado', { writerId: archived.id }, /Pedro Retirado tiene la cuenta desactivada/],
      ['diseñador inexistente', { designerId: 999_999 }, /quien diseña no existe/],
      ['canal que es dependencia', { channelIds: [dependencia] }, /Canales/],
      ['grupo de valor inexistente', { audienceIds: [999_999] }, /Grupos de valor/]
    ]
    for (const [label, overrides, message] of cases) {
      const beforeAudit = await auditCount(o)
      const beforePieces = (await o.call('jefe', 'pieces', 'list')).length
      const error = await o.callError('jefe', 'pieces', 'create', pieceInput(o, activityId, overrides))
      expect(error.code, label).toBe('VALIDATION')
      expect(error.message, label).toMatch(message)
      expect(await auditCount(o)).toBe(beforeAudit)
      expect((await o.call('jefe', 'pieces', 'list')).length).toBe(beforePieces)
    }
  })

  it('ties a piece to a request only once the request is accepted', async () => {
    const dependencia = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
    const request = await o.call('jefe', 'requests', 'create', { dependenciaId: dependencia, requesterName: 'Marta Ruiz', topic: 'Campaña de salud' })
    const error = await o.callError('jefe', 'pieces', 'create', { ...pieceInput(o, activityId), requestId: request.id })
    expect(error.code).toBe('VALIDATION')
    expect(error.message).toContain(request.code)
    await o.call('jefe', 'requests', 'accept', { id: request.id, pieces: [pieceInput(o, activityId)] })
    const extra = await o.call('jefe', 'pieces', 'create', { ...pieceInput(o, activityId, { title: 'Pieza adicional' }), requestId: request.id })
    expect(extra).toMatchObject({ requestId: request.id, requestCode: request.code })
    expect((await o.call('jefe', 'requests', 'get', { id: request.id })).pieces.map((p) => p.title)).toContain('Pieza adicional')
  })
})

describe('editing and cancelling', () => {
  it('records which fields changed, and nothing when nothing did', async () => {
    const id = await pieceInState(o, activityId, 'revision_contenido')
    const base = pieceInput(o, activityId)
    const same = { id, ...base, designerId: o.users.disenador, requiresDesign: true }
    const before = await auditCount(o)
    await o.call('profesional', 'pieces', 'update', same)
    expect(await auditCount(o)).toBe(before)
    const updated = await o.call('profesional', 'pieces', 'update', { ...same, title: 'Nuevo título', dueDate: '2026-03-25', designerId: null })
    expect(updated).toMatchObject({ title: 'Nuevo título', dueDate: '2026-03-25', designerId: null, state: 'revision_contenido' })
    const last = (await o.call('jefe', 'pieces', 'history', { pieceId: id })).at(-1)!
    expect(last.summary).toBe('Modificó el título, la persona que diseña y la fecha de entrega de la pieza')
  })

  it('keeps a channel that was deactivated later, but refuses adding an inactive one', async () => {
    const tiktok = await catalogueId(o, 'canal', 'TikTok')
    const x = await catalogueId(o, 'canal', 'X')
    const id = (await o.call('jefe', 'pieces', 'create', pieceInput(o, activityId, { channelIds: [tiktok] }))).id
    await o.call('jefe', 'catalogues', 'update', { id: tiktok, name: 'TikTok', active: false })
    await o.call('jefe', 'catalogues', 'update', { id: x, name: 'X', active: false })
    try {
      const base = { id, ...pieceInput(o, activityId), designerId: o.users.disenador, requiresDesign: true }
      expect((await o.call('jefe', 'pieces', 'update', { ...base, title: 'Otro', channelIds: [tiktok] })).channelIds).toEqual([tiktok])
      const error = await o.callError('jefe', 'pieces', 'update', { ...base, channelIds: [tiktok, x] })
      expect(error.code).toBe('VALIDATION')
      expect(error.message).toMatch(/«X» está inactivo/)
    } finally {
      await o.call('jefe', 'catalogues', 'update', { id: tiktok, name: 'TikTok', active: true })
      await o.call('jefe', 'catalogues', 'update', { id: x, name: 'X', active: true })
    }
  })

  it('cancels with the reason kept and shown in the history', async () => {
    const id = await pieceInState(o, activityId, 'en_diseno')
    const cancelled = await o.call('profesional', 'pieces', 'cancel', { pieceId: id, reason: 'El evento se suspendió.' })
    expect(cancelled).toMatchObject({ state: 'cancelada', cancelReason: 'El evento se suspendió.', allowedActions: [] })
    expect((await o.call('jefe', 'pieces', 'history', { pieceId: id })).at(-1)!.summary).toBe('Canceló la pieza. Motivo: El evento se suspendió.')
    expect((await o.callError('profesional', 'pieces', 'cancel', { pieceId: id, reason: ' ' })).code).toBe('VALIDATION')
  })

  it('refuses publishing on something that is not a channel', async () => {
    const id = await pieceInState(o, activityId, 'aprobada')
    const dependencia = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
    const before = await pieceSnapshot(o, id)
    const error = await o.callError('jefe', 'pieces', 'publish', {
      pieceId: id,
      publications: [{ channelId: dependencia, publishedAt: '2026-03-12T09:00:00-05:00', urlOrPlace: 'Cartelera' }]
    })
    expect(error.code).toBe('VALIDATION')
    expect(await pieceSnapshot(o, id)).toEqual(before)
  })
})

describe('lists', () => {
  it('filters by state, type, text, mine, activity and overdue', async () => {
    const other = await addPlanActivity(o, { name: 'Plan de emergencia' })
    const a = (await o.call('jefe', 'pieces', 'create', pieceInput(o, other, { title: 'Cuña 100% radial', type: 'audio_cuna', dueDate: '2026-03-01' }))).id
    const b = (await o.call('jefe', 'pieces', 'create', pieceInput(o, other, { title: 'Boletín de cierre', type: 'boletin_prensa', writerId: o.users.profesional2, dueDate: '2026-04-01' }))).id
    const c = await pieceInState(o, other, 'cancelada', { title: 'Vencida pero cancelada', dueDate: '2026-01-15' })
    const ids = async (filter: InputOf<Contract['pieces']['list']>) =>
      (await o.call('profesional2', 'pieces', 'list', filter)).map((p) => p.id).filter((id) => [a, b, c].includes(id))

    expect(await ids({ activityId: other })).toEqual([c, a, b])
    expect(await ids({ activityId: other, state: 'cancelada' })).toEqual([c])
    expect(await ids({ type: 'audio_cuna' })).toEqual([a])
    expect(await ids({ search: '100%' })).toEqual([a])
    expect(await ids({ search: '0%' })).toEqual([a])
    expect(await ids({ search: 'boletín DE' })).toEqual([b])
    const code = (await o.call('jefe', 'pieces', 'get', { id: b })).code
    expect(await ids({ search: code })).toEqual([b])
    expect(await ids({ mine: true })).toEqual([b])
    const overdue = await o.call('jefe', 'pieces', 'list', { overdue: true })
    expect(overdue.map((p) => p.id)).toContain(a)
    expect(overdue.map((p) => p.id)).not.toContain(c)
    expect(overdue.every((p) => p.overdue && p.dueDate < '2026-03-10')).toBe(true)
    const listed = await o.call('jefe', 'pieces', 'list', { activityId: other })
    expect(listed.find((p) => p.id === c)!.overdue).toBe(false)
    expect(listed.find((p) => p.id === b)!.overdue).toBe(false)
  })
})

describe('atomicity of writes and their audit entries', () => {
  /** Makes the audit insert of one action fail, as a full disk or a crash between the two writes would. */
  async function breakAudit(action: string, run: () => Promise<unknown>) {
    await sql.raw(`CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_log WHEN NEW.action = '${action}' BEGIN SELECT RAISE(ABORT, 'falla simulada'); END`).execute(o.core.db)
    try {
      return await run().then(
        () => null,
        (e: { error: { code: string } }) => e.error
      )
    } finally {
      await sql.raw('DROP TRIGGER fail_audit').execute(o.core.db)
    }
  }

  const cases: [string, string, (id: number) => Promise<unknown>, Parameters<typeof pieceInState>[2]][] = [
    ['pieces.content_saved', 'borrador', (id) => o.call('profesional', 'pieces', 'saveContent', { pieceId: id, html: '<p>x</p>' }), 'borrador'],
    ['pieces.content_submitted', 'borrador', (id) => o.call('profesional', 'pieces', 'submitContent', { pieceId: id }), 'borrador'],
    [
      'pieces.content_approved',
      'revision_contenido',
      (id) => o.call('jefe', 'pieces', 'review', { pieceId: id, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST }),
      'revision_contenido'
    ],
    [
      'pieces.design_attached',
      'contenido_aprobado',
      (id) => {
        o.host.nextPicked = [makeSourceFile(o, `atom-${id}.png`, `atom ${id}`)]
        return o.call('disenador', 'pieces', 'attachDesign', { pieceId: id })
      },
      'contenido_aprobado'
    ],
    [
      'pieces.published',
      'aprobada',
      async (id) =>
        o.call('jefe', 'pieces', 'publish', {
          pieceId: id,
          publications: [{ channelId: await catalogueId(o, 'canal', 'X'), publishedAt: '2026-03-12T09:00:00-05:00', urlOrPlace: 'https://x.com/a/1' }]
        }),
      'aprobada'
    ],
    ['pieces.cancelled', 'ajustes_diseno', (id) => o.call('jefe', 'pieces', 'cancel', { pieceId: id, reason: 'Sin presupuesto.' }), 'ajustes_diseno'],
    ['pieces.updated', 'borrador', (id) => o.call('jefe', 'pieces', 'update', { id, ...pieceInput(o, activityId), title: 'T', designerId: null, requiresDesign: false }), 'borrador']
  ]
  for (const [action, label, run, state] of cases) {
    it(`${action}: when the audit entry cannot be written, the change is rolled back (${label})`, async () => {
      const id = await pieceInState(o, activityId, state)
      if (action === 'pieces.content_submitted') await o.call('profesional', 'pieces', 'saveContent', { pieceId: id, html: CONTENT_HTML })
      const before = await pieceSnapshot(o, id)
      const error = await breakAudit(action, () => run(id))
      expect(error?.code).toBe('CONFLICT')
      // A design file already copied to disk stays there, but no row records or points to it.
      expect(await pieceSnapshot(o, id)).toEqual(before)
    })
  }

  it('pieces.created: no piece and no code is used up', async () => {
    const before = (await o.call('jefe', 'pieces', 'list')).length
    const error = await breakAudit('pieces.created', () => o.call('jefe', 'pieces', 'create', pieceInput(o, activityId)))
    expect(error?.code).toBe('CONFLICT')
    expect((await o.call('jefe', 'pieces', 'list')).length).toBe(before)
  })
})
