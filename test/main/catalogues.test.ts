import { afterEach, describe, expect, it } from 'vitest'
import { assertCatalogueIds } from '../../src/main/catalogues/validate'
import { AppError } from '../../src/main/core/errors'
import { DEFAULT_CATALOGUE } from '../../src/shared/domain/catalogues'
import { makeOffice } from '../support/core'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
afterEach(async () => t?.dispose())

const auditCount = async () =>
  (await t.core.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n
const lastAudit = () => t.core.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow()

describe('catalogues', () => {
  it('start with the Colombian defaults, in their order, readable by every role', async () => {
    t = await makeOffice()
    const canales = await t.call('archivista', 'catalogues', 'list', { kind: 'canal' })
    expect(canales).toHaveLength(13)
    expect(canales.map((c) => c.name)).toEqual([...DEFAULT_CATALOGUE.canal])
    expect(canales.every((c) => c.kind === 'canal' && c.active)).toBe(true)
    expect(await t.call('disenador', 'catalogues', 'list', { kind: 'dependencia' })).toHaveLength(12)
    expect((await t.call('disenador', 'catalogues', 'list', { kind: 'grupo_valor' }))[0]!.name).toBe('Ciudadanía en general')
    const all = await t.call('profesional', 'catalogues', 'list')
    expect(all).toHaveLength(13 + 12 + 8)
    expect(all.map((i) => i.kind)).toEqual([...all.map((i) => i.kind)].sort())
    expect((await t.callError('jefe', 'catalogues', 'list', { kind: 'sede' as never })).code).toBe('VALIDATION')
  })

  it('adds an item at the end of its catalogue, with its audit entry', async () => {
    t = await makeOffice()
    const before = await auditCount()
    const item = await t.call('administrador', 'catalogues', 'create', { kind: 'canal', name: '  Perifoneo  ' })
    expect(item).toMatchObject({ kind: 'canal', name: 'Perifoneo', active: true })
    expect((await t.call('jefe', 'catalogues', 'list', { kind: 'canal' })).at(-1)).toEqual(item)
    expect(await auditCount()).toBe(before + 1)
    expect(await lastAudit()).toMatchObject({
      action: 'catalogues.created',
      entity_type: 'catalogue_item',
      entity_id: item.id,
      actor_id: t.users.administrador,
      summary: 'Agregó «Perifoneo» al catálogo de Canales'
    })
  })

  it('refuses a name already in the same catalogue, ignoring capitals and accented capitals', async () => {
    t = await makeOffice()
    const before = await auditCount()
    for (const name of ['facebook', 'PÁGINA WEB', 'Televisión']) {
      const error = await t.callError('jefe', 'catalogues', 'create', { kind: 'canal', name })
      expect(error.code, name).toBe('CONFLICT')
      expect(error.fields).toEqual({ name: 'Ya existe un elemento con ese nombre.' })
    }
    expect((await t.callError('jefe', 'catalogues', 'create', { kind: 'canal', name: 'facebook' })).message).toBe(
      'Ya existe «Facebook» en Canales. Use otro nombre o active el existente.'
    )
    expect(await auditCount()).toBe(before)
    expect(await t.call('jefe', 'catalogues', 'list', { kind: 'canal' })).toHaveLength(13)
    // The same name is fine in another catalogue.
    expect(await t.call('jefe', 'catalogues', 'create', { kind: 'dependencia', name: 'Prensa' })).toMatchObject({ kind: 'dependencia' })
  })

  it('renames, deactivates and reactivates; inactive items stay listed, flagged', async () => {
    t = await makeOffice()
    const radio = (await t.call('jefe', 'catalogues', 'list', { kind: 'canal' })).find((c) => c.name === 'Radio')!
    const renamed = await t.call('jefe', 'catalogues', 'update', { id: radio.id, name: 'Radio comunitaria', active: true })
    expect(renamed).toEqual({ ...radio, name: 'Radio comunitaria' })
    expect((await lastAudit()).summary).toBe('En Canales, renombró «Radio» como «Radio comunitaria»')

    const off = await t.call('jefe', 'catalogues', 'update', { id: radio.id, name: 'Radio comunitaria', active: false })
    expect(off.active).toBe(false)
    expect((await lastAudit()).summary).toBe('En Canales, desactivó «Radio comunitaria»')
    const listed = await t.call('profesional', 'catalogues', 'list', { kind: 'canal' })
    expect(listed).toHaveLength(13)
    expect(listed.find((c) => c.id === radio.id)).toMatchObject({ active: false })

    const before = await auditCount()
    await t.call('jefe', 'catalogues', 'update', { id: radio.id, name: 'Radio comunitaria', active: false })
    expect(await auditCount()).toBe(before)

    await t.call('jefe', 'catalogues', 'update', { id: radio.id, name: 'Radio', active: true })
    expect((await lastAudit()).summary).toBe('En Canales, renombró «Radio comunitaria» como «Radio» y activó «Radio»')
  })

  it('refuses renaming onto another item of the same catalogue, but allows changing capitals of its own name', async () => {
    t = await makeOffice()
    const [web, facebook] = await t.call('jefe', 'catalogues', 'list', { kind: 'canal' })
    const before = await auditCount()
    const error = await t.callError('administrador', 'catalogues', 'update', { id: facebook!.id, name: 'página web', active: true })
    expect(error).toMatchObject({ code: 'CONFLICT', fields: { name: 'Ya existe un elemento con ese nombre.' } })
    expect(await auditCount()).toBe(before)
    expect(await t.call('administrador', 'catalogues', 'update', { id: web!.id, name: 'Página Web', active: true })).toMatchObject({ name: 'Página Web' })
    expect((await t.callError('jefe', 'catalogues', 'update', { id: 9999, name: 'X', active: true })).code).toBe('NOT_FOUND')
  })
})

describe('assertCatalogueIds', () => {
  const failure = async (promise: Promise<void>) => {
    const error = await promise.then(
      () => null,
      (e: unknown) => e
    )
    expect(error).toBeInstanceOf(AppError)
    return error as AppError
  }

  it('accepts active items of the kind asked for, and an empty list', async () => {
    t = await makeOffice()
    const canales = await t.call('jefe', 'catalogues', 'list', { kind: 'canal' })
    await expect(assertCatalogueIds(t.core.db, 'canal', [canales[0]!.id, canales[3]!.id, canales[0]!.id], 'Canales')).resolves.toBeUndefined()
    await expect(assertCatalogueIds(t.core.db, 'canal', [], 'Canales')).resolves.toBeUndefined()
  })

  it('refuses ids that do not exist, belong to another catalogue, or are inactive', async () => {
    t = await makeOffice()
    const [canal] = await t.call('jefe', 'catalogues', 'list', { kind: 'canal' })
    const [dependencia] = await t.call('jefe', 'catalogues', 'list', { kind: 'dependencia' })

    const missing = await failure(assertCatalogueIds(t.core.db, 'canal', [canal!.id, 9999], 'Canales'))
    expect(missing.code).toBe('VALIDATION')
    expect(missing.message).toBe('Canales: uno de los elementos elegidos no es un canal del catálogo. Actualice la lista y elija de nuevo.')

    const otherKind = await failure(assertCatalogueIds(t.core.db, 'grupo_valor', [dependencia!.id], 'Grupos de valor'))
    expect(otherKind.message).toBe('Grupos de valor: uno de los elementos elegidos no es un grupo de valor del catálogo. Actualice la lista y elija de nuevo.')

    await t.call('jefe', 'catalogues', 'update', { id: dependencia!.id, name: dependencia!.name, active: false })
    const inactive = await failure(assertCatalogueIds(t.core.db, 'dependencia', [dependencia!.id], 'La dependencia'))
    expect(inactive.code).toBe('VALIDATION')
    expect(inactive.message).toBe(
      'La dependencia: «Despacho del Alcalde» está inactivo en el catálogo. Elija otro o pida que lo activen en Configuración.'
    )
  })

  it('works inside a transaction, seeing its uncommitted rows', async () => {
    t = await makeOffice()
    await t.core.db.transaction().execute(async (trx) => {
      const row = await trx.insertInto('catalogue_items').values({ kind: 'canal', name: 'Perifoneo', active: 1, sort_order: 99 }).returning('id').executeTakeFirstOrThrow()
      await expect(assertCatalogueIds(trx, 'canal', [row.id], 'Canales')).resolves.toBeUndefined()
    })
  })
})
