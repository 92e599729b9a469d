import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ClipInput } from '../../src/shared/contract/monitoring'
import { normalizeUrl } from '../../src/main/monitoring/url'
import { makeOffice } from '../support/core'
import { auditCount, catalogueId, makeSourceFile, type Office } from '../support/fixtures'

let o: Office
beforeEach(async () => {
  o = await makeOffice()
})
afterEach(async () => o.dispose())

const TODAY = '2026-03-10'

function clip(overrides: Partial<ClipInput> = {}): ClipInput {
  return {
    clipDate: TODAY,
    medium: 'Extra Cundinamarca',
    mediumType: 'prensa',
    program: 'Regional',
    headline: 'Cajicá abre inscripciones para el programa de becas universitarias',
    url: 'https://www.extra.com.co/cundinamarca/cajica-becas',
    summary: 'El alcalde anunció 120 becas para bachilleres del municipio.',
    tone: 'positivo',
    topic: 'Educación',
    dependenciaId: null,
    spokesperson: 'Alcalde municipal',
    reach: 15000,
    ...overrides
  }
}

const clipCount = async () =>
  Number((await o.core.db.selectFrom('media_clips').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

describe('normalizeUrl', () => {
  it('lowercases scheme and host, drops fragment, tracking parameters and the trailing slash, keeps the path and other parameters', () => {
    expect(normalizeUrl('HTTPS://WWW.Extra.com.co/Cundinamarca/Nota/?utm_source=fb&utm_medium=social&id=7&fbclid=abc#comentarios')).toBe(
      'https://www.extra.com.co/Cundinamarca/Nota?id=7'
    )
    expect(normalizeUrl('http://radio.co:80/nota/')).toBe('http://radio.co/nota')
    expect(normalizeUrl('https://radio.co/?gclid=1')).toBe('https://radio.co')
    expect(normalizeUrl('ftp://radio.co/nota')).toBeNull()
    expect(normalizeUrl('radio punto co')).toBeNull()
  })
})

describe('clips', () => {
  it('are recorded with every field, listed by day, and audited', async () => {
    const dependenciaId = await catalogueId(o, 'dependencia', 'Secretaría de Educación')
    const created = await o.call('profesional', 'monitoring', 'create', clip({ dependenciaId }))
    expect(created).toMatchObject({
      clipDate: TODAY,
      medium: 'Extra Cundinamarca',
      mediumType: 'prensa',
      tone: 'positivo',
      topic: 'Educación',
      dependenciaName: 'Secretaría de Educación',
      reach: 15000,
      attachment: null,
      duplicateIds: [],
      createdByName: 'Andrés Rojas'
    })
    await o.call('community_manager', 'monitoring', 'create', clip({ clipDate: '2026-03-09', url: '', headline: 'Otra nota' }))
    const { url: _omitted, ...withoutUrl } = clip({ clipDate: '2026-03-09', headline: 'Nota de radio sin enlace' })
    expect((await o.call('community_manager', 'monitoring', 'create', withoutUrl)).url).toBeNull()
    const day = await o.call('disenador', 'monitoring', 'list', { date: TODAY })
    expect(day.map((c) => c.headline)).toEqual([created.headline])
    const audit = await o.call('jefe', 'audit', 'list', {})
    expect(audit.map((a) => a.summary)).toContain(
      'Registró la nota de medios «Cajicá abre inscripciones para el programa de becas universitarias» (Extra Cundinamarca, prensa, 10/03/2026), tono positivo'
    )
  })

  it('refuse a malformed URL on its field, a future date, an inactive dependencia and roles that do not monitor, leaving nothing', async () => {
    const before = await auditCount(o)
    const badUrl = await o.callError('profesional', 'monitoring', 'create', clip({ url: 'javascript:alert(1)' }))
    expect(badUrl).toMatchObject({ code: 'VALIDATION', fields: { url: 'Escriba una URL completa que empiece por http:// o https://.' } })
    const noScheme = await o.callError('profesional', 'monitoring', 'create', clip({ url: 'www.extra.com.co/nota' }))
    expect(noScheme.fields?.url).toBeDefined()
    const future = await o.callError('profesional', 'monitoring', 'create', clip({ clipDate: '2026-03-11' }))
    expect(future).toMatchObject({ code: 'VALIDATION', fields: { clipDate: 'Escriba una fecha hasta 10/03/2026.' } })
    const dependenciaId = await catalogueId(o, 'dependencia', 'Secretaría de Salud')
    await o.core.db.updateTable('catalogue_items').set({ active: 0 }).where('id', '=', dependenciaId).execute()
    const inactive = await o.callError('profesional', 'monitoring', 'create', clip({ dependenciaId }))
    expect(inactive.fields?.dependenciaId).toBe('Elija una dependencia activa.')
    const canal = await catalogueId(o, 'canal', 'Facebook')
    expect((await o.callError('profesional', 'monitoring', 'create', clip({ dependenciaId: canal }))).fields?.dependenciaId).toBeDefined()
    expect((await o.callError('disenador', 'monitoring', 'create', clip())).code).toBe('FORBIDDEN')
    expect((await o.callError('archivista', 'monitoring', 'create', clip())).code).toBe('FORBIDDEN')
    expect(await clipCount()).toBe(0)
    expect(await auditCount(o)).toBe(before)
  })

  it('flag duplicate URLs after normalising them and need an explicit confirmation to save one', async () => {
    const first = await o.call('profesional', 'monitoring', 'create', clip())
    const variant = 'HTTPS://WWW.EXTRA.COM.CO/cundinamarca/cajica-becas/?utm_source=whatsapp#inicio'
    const check = await o.call('community_manager', 'monitoring', 'checkUrl', { url: variant })
    expect(check).toEqual({
      normalized: 'https://www.extra.com.co/cundinamarca/cajica-becas',
      duplicates: [{ id: first.id, clipDate: TODAY, medium: 'Extra Cundinamarca', headline: first.headline }]
    })
    expect(await o.call('community_manager', 'monitoring', 'checkUrl', { url: variant, excludeId: first.id })).toMatchObject({ duplicates: [] })
    expect(await o.call('community_manager', 'monitoring', 'checkUrl', { url: 'no es una url' })).toEqual({ normalized: null, duplicates: [] })

    const refused = await o.callError('community_manager', 'monitoring', 'create', clip({ url: variant, medium: 'Facebook Extra', mediumType: 'red_social' }))
    expect(refused.code).toBe('CONFLICT')
    expect(refused.fields?.url).toBe(`Esta URL ya está registrada en «${first.headline}» (Extra Cundinamarca, 10/03/2026).`)
    expect(await clipCount()).toBe(1)

    const second = await o.call('community_manager', 'monitoring', 'create', clip({ url: variant, medium: 'Facebook Extra', mediumType: 'red_social', confirmDuplicate: true }))
    expect(second.url).toBe(variant)
    expect(second.duplicateIds).toEqual([first.id])
    const day = await o.call('jefe', 'monitoring', 'list', { date: TODAY })
    expect(day.map((c) => c.duplicateIds)).toEqual([[second.id], [first.id]])
    const summaries = (await o.call('jefe', 'audit', 'list', {})).map((a) => a.summary)
    expect(summaries.filter((s) => s.endsWith(', confirmando que su URL ya estaba registrada'))).toHaveLength(1)
  })

  it('are corrected by anyone who monitors and deleted only by their author or the jefe, with audit', async () => {
    const dependenciaId = await catalogueId(o, 'dependencia', 'Secretaría de Educación')
    const created = await o.call('profesional', 'monitoring', 'create', clip({ dependenciaId }))
    // A dependencia deactivated later stays on the clip through corrections.
    await o.core.db.updateTable('catalogue_items').set({ active: 0 }).where('id', '=', dependenciaId).execute()
    const updated = await o.call('community_manager', 'monitoring', 'update', {
      ...clip({ dependenciaId }),
      id: created.id,
      tone: 'neutro',
      reach: 20000
    })
    expect(updated).toMatchObject({ tone: 'neutro', reach: 20000, createdByName: 'Andrés Rojas' })
    expect(created.tone).toBe('positivo')
    // Keeping its own URL is not a duplicate of itself.
    await o.call('profesional', 'monitoring', 'update', { ...clip({ dependenciaId }), id: created.id, tone: 'neutro', reach: 20000, headline: 'Titular corregido' })

    const denied = await o.callError('community_manager', 'monitoring', 'remove', { id: created.id })
    expect(denied.code).toBe('FORBIDDEN')
    expect(await o.call('jefe', 'monitoring', 'remove', { id: created.id })).toBeNull()
    expect(await clipCount()).toBe(0)
    expect((await o.callError('profesional', 'monitoring', 'get', { id: created.id })).code).toBe('NOT_FOUND')
    const summaries = (await o.call('jefe', 'audit', 'list', {})).map((a) => a.summary)
    expect(summaries).toContain('Corrigió el tono y el alcance estimado de la nota de medios «Cajicá abre inscripciones para el programa de becas universitarias»')
    expect(summaries).toContain('Corrigió el titular de la nota de medios «Titular corregido»')
    expect(summaries).toContain('Eliminó la nota de medios «Titular corregido» (Extra Cundinamarca, 10/03/2026)')
  })

  it('offer earlier topics, media and spokespersons, most used first', async () => {
    await o.call('profesional', 'monitoring', 'create', clip({ url: '', topic: 'Movilidad', medium: 'Caracol Radio', mediumType: 'radio' }))
    await o.call('profesional', 'monitoring', 'create', clip({ url: '', topic: 'Movilidad', medium: 'Caracol Radio', mediumType: 'radio', spokesperson: '' }))
    await o.call('profesional', 'monitoring', 'create', clip({ url: '', topic: 'Educación' }))
    expect(await o.call('disenador', 'monitoring', 'suggestions')).toEqual({
      topics: ['Movilidad', 'Educación'],
      media: [
        { medium: 'Caracol Radio', mediumType: 'radio' },
        { medium: 'Extra Cundinamarca', mediumType: 'prensa' }
      ],
      spokespersons: ['Alcalde municipal']
    })
  })
})

describe('attachments', () => {
  it('keep a screenshot with the clip, and an unreadable or unsupported file changes nothing', async () => {
    const created = await o.call('profesional', 'monitoring', 'create', clip())
    o.host.nextPicked = [makeSourceFile(o, 'captura-extra.png', Buffer.from('\x89PNG captura de la nota'))]
    const attached = await o.call('profesional', 'monitoring', 'attach', { id: created.id })
    expect(attached.attachment).toMatchObject({ name: 'captura-extra.png', mime: 'image/png' })

    const before = await auditCount(o)
    o.host.nextPicked = [makeSourceFile(o, 'vacia.pdf', '')]
    expect(await o.callError('profesional', 'monitoring', 'attach', { id: created.id })).toMatchObject({
      code: 'FILE_ERROR',
      message: 'No se pudo leer «vacia.pdf»: el archivo está vacío. Elija otro archivo.'
    })
    o.host.nextPicked = [`${o.dir}/no-existe.mp3`]
    expect((await o.callError('profesional', 'monitoring', 'attach', { id: created.id })).message).toBe(
      'No se pudo leer «no-existe.mp3»: el archivo no existe o fue movido.'
    )
    o.host.nextPicked = [makeSourceFile(o, 'nota.docx', 'texto')]
    expect((await o.callError('profesional', 'monitoring', 'attach', { id: created.id })).code).toBe('FILE_ERROR')
    expect(await auditCount(o)).toBe(before)
    expect((await o.call('profesional', 'monitoring', 'get', { id: created.id })).attachment?.name).toBe('captura-extra.png')

    // Cancelling the picker leaves it as it was.
    expect((await o.call('profesional', 'monitoring', 'attach', { id: created.id })).attachment?.name).toBe('captura-extra.png')
    expect((await o.call('profesional', 'monitoring', 'detach', { id: created.id })).attachment).toBeNull()
    expect((await o.callError('disenador', 'monitoring', 'attach', { id: created.id })).code).toBe('FORBIDDEN')
  })
})

describe('today and trends', () => {
  it('count today’s clips by tone and trend them by week and by month', async () => {
    await o.call('profesional', 'monitoring', 'create', clip({ url: '', tone: 'negativo', topic: 'Movilidad' }))
    await o.call('profesional', 'monitoring', 'create', clip({ url: '', tone: 'positivo' }))
    await o.call('profesional', 'monitoring', 'create', clip({ url: '', tone: 'positivo', clipDate: '2026-03-02', topic: 'movilidad' }))
    await o.call('profesional', 'monitoring', 'create', clip({ url: '', tone: 'neutro', clipDate: '2026-02-27', topic: 'Salud' }))

    const today = await o.call('disenador', 'monitoring', 'today')
    expect(today.counts).toEqual({ positivo: 1, neutro: 0, negativo: 1, total: 2 })
    expect(today.latest.map((c) => c.tone)).toEqual(['positivo', 'negativo'])

    const weekly = await o.call('jefe', 'monitoring', 'trends', { granularity: 'semana', from: '2026-02-25', to: TODAY })
    expect(weekly.periods.map((p) => [p.start, p.counts.total])).toEqual([
      ['2026-02-23', 1],
      ['2026-03-02', 1],
      ['2026-03-09', 2]
    ])
    expect(weekly.periods[2]!.label).toBe('Semana del 09/03/2026')
    expect(weekly.topTopics[0]).toMatchObject({ total: 2, positivo: 1, negativo: 1 })
    expect(weekly.topTopics[0]!.topic.toLowerCase()).toBe('movilidad')

    const monthly = await o.call('jefe', 'monitoring', 'trends', { granularity: 'mes', from: '2026-02-01', to: TODAY })
    expect(monthly.periods).toEqual([
      { start: '2026-02-01', label: 'febrero de 2026', counts: { positivo: 0, neutro: 1, negativo: 0, total: 1 } },
      { start: '2026-03-01', label: 'marzo de 2026', counts: { positivo: 2, neutro: 0, negativo: 1, total: 3 } }
    ])
    const inverted = await o.callError('jefe', 'monitoring', 'trends', { granularity: 'mes', from: TODAY, to: '2026-01-01' })
    expect(inverted.fields?.to).toBe('La fecha final no puede ser anterior a la inicial.')
    const tooLong = await o.callError('jefe', 'monitoring', 'trends', { granularity: 'semana', from: '2020-01-01', to: TODAY })
    expect(tooLong.code).toBe('VALIDATION')
  })
})

describe('media_clips and media_digests constraints', () => {
  it('refuse rows with a bad tone, medium type, URL or URL key', async () => {
    const base = {
      clip_date: TODAY,
      medium: 'RCN',
      medium_type: 'radio' as const,
      headline: 'Nota',
      tone: 'neutro' as const,
      topic: 'Tema',
      created_by: o.users.jefe,
      created_at: '2026-03-10T14:00:00.000Z',
      updated_at: '2026-03-10T14:00:00.000Z'
    }
    // Deliberately invalid rows: the types would refuse them before SQLite could.
    const insert = (values: Record<string, unknown>) => o.core.db.insertInto('media_clips').values({ ...base, ...values } as never).execute()
    await expect(insert({ tone: 'bueno' })).rejects.toThrow(/CHECK/)
    await expect(insert({ medium_type: 'revista' })).rejects.toThrow(/CHECK/)
    await expect(insert({ url: 'javascript:alert(1)', url_key: 'x' })).rejects.toThrow(/CHECK/)
    await expect(insert({ url: 'https://a.co', url_key: null })).rejects.toThrow(/CHECK/)
    await expect(insert({ reach: -1 })).rejects.toThrow(/CHECK/)
    await expect(insert({ headline: '  ' })).rejects.toThrow(/CHECK/)
    await expect(insert({ attachment_name: 'x.png' })).rejects.toThrow(/CHECK/)
    await insert({ url: 'https://a.co', url_key: 'https://a.co' })
    await expect(
      o.core.db
        .insertInto('media_digests')
        .values({ digest_date: '10/03/2026', clip_count: 0, pdf_generated_id: 1, html_generated_id: 2, created_by: o.users.jefe, created_at: base.created_at })
        .execute()
    ).rejects.toThrow(/CHECK/)
  })
})
