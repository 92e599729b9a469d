import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeOffice } from '../support/core'
import { addPlanActivity, auditCount, FULL_CHECKLIST, makeSourceFile, pieceInState, pieceSnapshot, type Office } from '../support/fixtures'
import { seedAsset } from './archive-seed'

let o: Office
let activityId: number
beforeAll(async () => {
  o = await makeOffice()
  activityId = await addPlanActivity(o)
})
afterAll(async () => o?.dispose())

const approveContent = (pieceId: number) =>
  o.callError('jefe', 'pieces', 'review', { pieceId, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })

describe('piece ↔ asset links', () => {
  it('links and unlinks assets by the writer, designer or jefe, audited on the piece', async () => {
    const pieceId = await pieceInState(o, activityId, 'borrador')
    const a = await seedAsset(o, { title: 'Foto del parque' })
    const b = await seedAsset(o, { original_name: 'Foto 0123.jpg' })
    const linked = await o.call('profesional', 'archive', 'linkToPiece', { pieceId, assetIds: [a] })
    expect(linked.map((c) => c.id)).toEqual([a])
    const audit = await o.core.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()
    expect(audit).toMatchObject({ action: 'pieces.assets_linked', entity_type: 'piece', entity_id: pieceId, summary: 'Vinculó «Foto del parque» del archivo' })
    o.clock.set('2026-03-10T15:00:00Z')
    // Linking again what is already linked adds only the new one.
    const both = await o.call('disenador', 'archive', 'linkToPiece', { pieceId, assetIds: [a, b] })
    expect(both.map((c) => c.id)).toEqual([a, b])
    expect((await o.core.db.selectFrom('audit_log').select('summary').orderBy('id', 'desc').executeTakeFirstOrThrow()).summary).toBe(
      'Vinculó «Foto 0123.jpg» del archivo'
    )
    const before = await auditCount(o)
    await o.call('jefe', 'archive', 'linkToPiece', { pieceId, assetIds: [a, b] })
    expect(await auditCount(o)).toBe(before)
    expect((await o.call('archivista', 'archive', 'get', { id: a })).pieces).toEqual([
      { id: pieceId, code: expect.any(String), title: 'Jornada de vacunación en el parque principal' }
    ])
    expect((await o.call('community_manager', 'archive', 'pieceAssets', { pieceId })).map((c) => c.id)).toEqual([a, b])

    expect(await o.callError('profesional2', 'archive', 'linkToPiece', { pieceId, assetIds: [a] })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await o.callError('archivista', 'archive', 'unlinkFromPiece', { pieceId, assetId: a })).toMatchObject({ code: 'FORBIDDEN' })
    expect(await o.callError('profesional', 'archive', 'linkToPiece', { pieceId, assetIds: [b + 100] })).toMatchObject({ code: 'VALIDATION' })
    expect(await o.callError('profesional', 'archive', 'linkToPiece', { pieceId: pieceId + 100, assetIds: [a] })).toMatchObject({ code: 'NOT_FOUND' })

    const left = await o.call('profesional', 'archive', 'unlinkFromPiece', { pieceId, assetId: a })
    expect(left.map((c) => c.id)).toEqual([b])
    expect((await o.core.db.selectFrom('audit_log').select('summary').orderBy('id', 'desc').executeTakeFirstOrThrow()).summary).toBe(
      'Desvinculó «Foto del parque» del archivo'
    )
    expect(await o.callError('profesional', 'archive', 'unlinkFromPiece', { pieceId, assetId: a })).toMatchObject({ code: 'VALIDATION' })
  })

  it('keeps the assets of an approved piece as they were approved', async () => {
    const pieceId = await pieceInState(o, activityId, 'aprobada')
    const a = await seedAsset(o)
    expect(await o.callError('jefe', 'archive', 'linkToPiece', { pieceId, assetIds: [a] })).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringContaining('«Aprobada»')
    })
  })
})

describe('consent blocks approving a piece', () => {
  it('refuses content approval while a linked asset is pending, then allows it once granted', async () => {
    const pieceId = await pieceInState(o, activityId, 'revision_contenido')
    const free = await seedAsset(o, { title: 'Paisaje', consent_status: 'no_requerida' })
    const pending = await seedAsset(o, { original_name: 'Foto 0123.jpg', consent_status: 'pendiente' })
    await o.call('profesional', 'archive', 'linkToPiece', { pieceId, assetIds: [free, pending] })
    const before = await pieceSnapshot(o, pieceId)
    expect(await approveContent(pieceId)).toEqual({
      code: 'INVALID_TRANSITION',
      message:
        'No se puede aprobar: «Foto 0123.jpg» no tiene autorización de uso de imagen vigente (pendiente). Pida al archivista que registre la autorización o desvincule el archivo de la pieza.'
    })
    expect(await pieceSnapshot(o, pieceId)).toEqual(before)
    await o.call('archivista', 'archive', 'setConsent', { id: pending, status: 'otorgada', grantedOn: '2026-03-01', expiresOn: '2026-12-31' })
    const piece = await o.call('jefe', 'pieces', 'review', { pieceId, stage: 'contenido', decision: 'aprobada', checklist: FULL_CHECKLIST })
    expect(piece.state).toBe('contenido_aprobado')
  })

  it('refuses design approval for a refused or expired authorisation, naming every asset', async () => {
    const pieceId = await pieceInState(o, activityId, 'revision_diseno')
    const denied = await seedAsset(o, { title: 'Niños en el colegio', consent_status: 'negada' })
    const expiring = await seedAsset(o, { title: 'Alcalde con la comunidad', consent_status: 'otorgada', consent_granted_on: '2026-01-01', consent_expires_on: '2026-03-15' })
    await o.call('disenador', 'archive', 'linkToPiece', { pieceId, assetIds: [expiring] })
    const approveDesign = () => o.callError('jefe', 'pieces', 'review', { pieceId, stage: 'diseno', decision: 'aprobada', checklist: FULL_CHECKLIST })
    o.clock.set('2026-03-16T15:00:00Z')
    expect((await approveDesign()).message).toBe(
      'No se puede aprobar: «Alcalde con la comunidad» no tiene autorización de uso de imagen vigente (vencida). Pida al archivista que registre la autorización o desvincule el archivo de la pieza.'
    )
    await o.call('disenador', 'archive', 'linkToPiece', { pieceId, assetIds: [denied] })
    expect(await approveDesign()).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringContaining(
        'estos archivos no tienen autorización de uso de imagen vigente: «Niños en el colegio» (negada), «Alcalde con la comunidad» (vencida).'
      )
    })
    // Returning for changes never needs consent.
    const returned = await o.call('jefe', 'pieces', 'review', { pieceId, stage: 'diseno', decision: 'devuelta', comments: 'Cambie la foto de los niños.', checklist: FULL_CHECKLIST })
    expect(returned.state).toBe('ajustes_diseno')
    await o.call('disenador', 'archive', 'unlinkFromPiece', { pieceId, assetId: denied })
    await o.call('archivista', 'archive', 'setConsent', { id: expiring, status: 'otorgada', grantedOn: '2026-03-16', expiresOn: '2027-03-16' })
    o.host.nextPicked = [makeSourceFile(o, 'arte-ajustado.png', 'arte con otra foto')]
    await o.call('disenador', 'pieces', 'attachDesign', { pieceId })
    await o.call('disenador', 'pieces', 'submitDesign', { pieceId })
    const approved = await o.call('jefe', 'pieces', 'review', { pieceId, stage: 'diseno', decision: 'aprobada', checklist: FULL_CHECKLIST })
    expect(approved.state).toBe('aprobada')
    o.clock.set('2026-03-10T14:00:00Z')
  })
})
