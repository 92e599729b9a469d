import { afterEach, describe, expect, it } from 'vitest'
import type { Contract, InputOf } from '../../src/shared/contract'
import {
  periodContaining,
  periodLabel,
  periodRange,
  previousPeriod,
  recentPeriods,
  statusOf,
  formatIndicatorValue
} from '../../src/shared/domain/indicators'
import { makeOffice } from '../support/core'
import { auditCount, type Office } from '../support/fixtures'

type SheetInput = InputOf<Contract['indicators']['saveSheet']>
let o: Office
afterEach(async () => o?.dispose())

const PUBLICACIONES = (o: Office): SheetInput => ({
  name: 'Cumplimiento de publicaciones solicitadas',
  objective: 'Medir la atención oportuna de las solicitudes de las dependencias.',
  formula: '(Solicitudes publicadas / Solicitudes aceptadas) × 100',
  type: 'eficacia',
  frequency: 'mensual',
  unit: 'porcentaje',
  direction: 'mayor',
  goal: 90,
  criticalLimit: 70,
  responsibleId: o.users.profesional
})

async function office(): Promise<Office> {
  o = await makeOffice()
  o.clock.set('2026-04-06T15:00:00Z')
  return o
}

async function measurements() {
  return o.core.db.selectFrom('indicator_measurements').selectAll().orderBy('id').execute()
}

describe('Hojas de vida de los indicadores', () => {
  it('el jefe crea y edita una hoja; queda en el historial', async () => {
    await office()
    const created = await o.call('jefe', 'indicators', 'saveSheet', PUBLICACIONES(o))
    expect(created).toMatchObject({
      name: 'Cumplimiento de publicaciones solicitadas',
      type: 'eficacia',
      frequency: 'mensual',
      unit: 'porcentaje',
      direction: 'mayor',
      goal: 90,
      criticalLimit: 70,
      source: 'manual',
      responsibleName: 'Andrés Rojas',
      active: true,
      last: null,
      measurements: [],
      canRecord: true
    })
    const edited = await o.call('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), id: created.id, goal: 95, responsibleId: o.users.community_manager })
    expect(edited).toMatchObject({ goal: 95, responsibleName: 'Mateo Herrera' })
    const trail = await o.call('jefe', 'audit', 'list', { entityType: 'indicator_sheet', entityId: created.id })
    expect(trail.map((e) => e.summary)).toEqual([
      'Modificó la hoja de vida del indicador «Cumplimiento de publicaciones solicitadas» (mensual, meta 95 %, límite crítico 70 %, registro manual)',
      'Creó la hoja de vida del indicador «Cumplimiento de publicaciones solicitadas» (mensual, meta 90 %, límite crítico 70 %, registro manual)'
    ])
  })

  it('rechaza datos incoherentes sin guardar nada', async () => {
    await office()
    await o.call('jefe', 'indicators', 'saveSheet', PUBLICACIONES(o))
    const before = await auditCount(o)
    const twin = await o.callError('jefe', 'indicators', 'saveSheet', PUBLICACIONES(o))
    expect(twin).toMatchObject({ code: 'CONFLICT', fields: { name: 'Ya existe un indicador con este nombre.' } })
    const inverted = await o.callError('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), name: 'Otro', criticalLimit: 95 })
    expect(inverted).toMatchObject({ code: 'VALIDATION', fields: { criticalLimit: 'Cuando mayor es mejor, el límite crítico debe ser menor o igual que la meta.' } })
    const lower = await o.callError('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), name: 'Otro', direction: 'menor', goal: 10, criticalLimit: 5 })
    expect(lower.fields?.criticalLimit).toBe('Cuando menor es mejor, el límite crítico debe ser mayor o igual que la meta.')
    const over = await o.callError('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), name: 'Otro', goal: 120 })
    expect(over.fields?.goal).toBe('Escriba un valor entre 0 y 100.')
    const unit = await o.callError('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), name: 'Otro', source: 'tiempo_aprobacion', direction: 'menor', goal: 3, criticalLimit: 6 })
    expect(unit).toMatchObject({ code: 'VALIDATION', message: 'Este indicador lo calcula Pauta en días: elija esa unidad.' })
    const days = await o.callError('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), name: 'Otro', unit: 'dias', direction: 'menor', goal: -1, criticalLimit: 4 })
    expect(days.fields?.goal).toBe('Escriba 0 días o más.')
    const admin = await o.callError('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), name: 'Otro', responsibleId: o.users.administrador })
    expect(admin.fields?.responsibleId).toBe('Elija una persona activa del equipo.')
    const missing = await o.callError('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), name: '', formula: '' })
    expect(missing.fields).toMatchObject({ name: 'El nombre es obligatorio.', formula: 'La fórmula es obligatoria.' })
    expect(await auditCount(o)).toBe(before)
    expect(await o.call('jefe', 'indicators', 'list')).toHaveLength(1)
  })

  it('solo el jefe define hojas de vida', async () => {
    await office()
    for (const role of ['profesional', 'community_manager', 'administrador'] as const) {
      expect((await o.callError(role, 'indicators', 'saveSheet', PUBLICACIONES(o))).code).toBe('FORBIDDEN')
    }
    expect(await o.call('profesional', 'indicators', 'list')).toEqual([])
  })

  it('con mediciones no cambia la frecuencia, la unidad ni la fuente; sí la meta', async () => {
    await office()
    const sheet = await o.call('jefe', 'indicators', 'saveSheet', PUBLICACIONES(o))
    await o.call('jefe', 'indicators', 'record', { sheetId: sheet.id, periodKey: '2026-03', numerator: 8, denominator: 10 })
    const changed = await o.callError('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), id: sheet.id, frequency: 'trimestral' })
    expect(changed).toMatchObject({ code: 'CONFLICT', fields: { frequency: 'No se puede cambiar: ya hay mediciones.' } })
    const lowered = await o.call('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), id: sheet.id, goal: 80, criticalLimit: 60 })
    expect(lowered.measurements[0]).toMatchObject({ value: 80, status: 'satisfactorio' })
  })
})

describe('Mediciones', () => {
  it('la responsable registra numerador y denominador; registrar de nuevo reemplaza y queda auditado', async () => {
    await office()
    const sheet = await o.call('jefe', 'indicators', 'saveSheet', PUBLICACIONES(o))
    const first = await o.call('profesional', 'indicators', 'record', {
      sheetId: sheet.id,
      periodKey: '2026-03',
      numerator: 17,
      denominator: 20,
      analysis: 'Dos solicitudes llegaron sin la información completa.'
    })
    expect(first.measurements).toMatchObject([
      { periodKey: '2026-03', periodLabel: 'marzo de 2026', from: '2026-03-01', to: '2026-03-31', numerator: 17, denominator: 20, value: 85, status: 'en_riesgo', origin: 'manual', recordedByName: 'Andrés Rojas' }
    ])
    expect(first.last).toMatchObject({ periodKey: '2026-03', value: 85, status: 'en_riesgo' })
    const again = await o.call('jefe', 'indicators', 'record', { sheetId: sheet.id, periodKey: '2026-03', numerator: 19, denominator: 20, analysis: 'Corrección: faltaban dos publicaciones.' })
    expect(again.measurements).toHaveLength(1)
    expect(again.measurements[0]).toMatchObject({ value: 95, status: 'satisfactorio', recordedByName: 'Laura Gómez', analysis: 'Corrección: faltaban dos publicaciones.' })
    expect(await measurements()).toHaveLength(1)
    const trail = await o.call('jefe', 'audit', 'list', { entityType: 'indicator_sheet', entityId: sheet.id })
    expect(trail[0]!.summary).toBe('Reemplazó la medición de marzo de 2026 del indicador «Cumplimiento de publicaciones solicitadas»: antes 85 %, ahora 95 % (satisfactorio)')
    expect(trail[1]!.summary).toBe('Registró la medición de marzo de 2026 del indicador «Cumplimiento de publicaciones solicitadas»: 85 % (en riesgo)')
  })

  it('un denominador en cero da un mensaje claro y no guarda nada', async () => {
    await office()
    const sheet = await o.call('jefe', 'indicators', 'saveSheet', PUBLICACIONES(o))
    const before = await auditCount(o)
    const error = await o.callError('profesional', 'indicators', 'record', { sheetId: sheet.id, periodKey: '2026-03', numerator: 0, denominator: 0 })
    expect(error).toMatchObject({
      code: 'VALIDATION',
      message: 'No hay datos en el periodo marzo de 2026: el denominador es cero y la fórmula no se puede calcular. Revise los datos o no registre este periodo.',
      fields: { denominator: 'El denominador no puede ser cero.' }
    })
    expect(await auditCount(o)).toBe(before)
    expect(await measurements()).toEqual([])
  })

  it('rechaza periodos que no son de la frecuencia, que no han terminado o que no han comenzado, y cifras a medias', async () => {
    await office()
    const sheet = await o.call('jefe', 'indicators', 'saveSheet', PUBLICACIONES(o))
    const base = { sheetId: sheet.id, numerator: 1, denominator: 2 }
    expect((await o.callError('jefe', 'indicators', 'record', { ...base, periodKey: '2026-T1' })).fields).toEqual({ periodKey: 'El periodo no corresponde a la frecuencia del indicador.' })
    const open = await o.callError('jefe', 'indicators', 'record', { ...base, periodKey: '2026-04' })
    expect(open.message).toBe('El periodo abril de 2026 termina el 30/04/2026; registre su medición desde ese día. Con «Calcular» puede ver cómo va.')
    expect((await o.callError('jefe', 'indicators', 'record', { ...base, periodKey: '2026-05' })).message).toBe('El periodo mayo de 2026 aún no ha comenzado.')
    expect((await o.callError('jefe', 'indicators', 'record', { ...base, periodKey: '2026-13' })).fields?.periodKey).toMatch(/^Elija un periodo válido/)
    expect((await o.callError('jefe', 'indicators', 'record', { sheetId: sheet.id, periodKey: '2026-03', numerator: 3 })).fields).toEqual({ denominator: 'Escriba el denominador.' })
    expect((await o.callError('jefe', 'indicators', 'record', { sheetId: sheet.id, periodKey: '2026-03' })).fields).toEqual({ value: 'Escriba el valor.' })
    expect((await o.callError('jefe', 'indicators', 'record', { ...base, periodKey: '2026-03', value: 50 })).fields?.value).toBe('Deje el valor vacío: se calcula con la fórmula.')
    expect((await o.callError('jefe', 'indicators', 'record', { ...base, periodKey: '2026-03', numerator: -1 })).fields?.numerator).toBe('El numerador no puede ser negativo.')
    expect(await measurements()).toEqual([])
  })

  it('un indicador en días o en número admite el valor directo', async () => {
    await office()
    const sheet = await o.call('jefe', 'indicators', 'saveSheet', {
      ...PUBLICACIONES(o),
      name: 'Tiempo promedio de respuesta a las dependencias',
      formula: 'Suma de días de respuesta / Solicitudes atendidas',
      unit: 'dias',
      direction: 'menor',
      goal: 3,
      criticalLimit: 5
    })
    const byValue = await o.call('profesional', 'indicators', 'record', { sheetId: sheet.id, periodKey: '2026-02', value: 4.5 })
    expect(byValue.measurements[0]).toMatchObject({ numerator: null, denominator: null, value: 4.5, status: 'en_riesgo' })
    // Not a percentage: the value is the plain ratio.
    const byFigures = await o.call('profesional', 'indicators', 'record', { sheetId: sheet.id, periodKey: '2026-03', numerator: 42, denominator: 12 })
    expect(byFigures.measurements[1]).toMatchObject({ value: 3.5, status: 'en_riesgo' })
  })

  it('solo el jefe o la persona responsable registran; un indicador calculado no acepta cifras escritas', async () => {
    await office()
    const sheet = await o.call('jefe', 'indicators', 'saveSheet', PUBLICACIONES(o))
    const input = { sheetId: sheet.id, periodKey: '2026-03', numerator: 1, denominator: 1 }
    const other = await o.callError('profesional2', 'indicators', 'record', input)
    expect(other).toMatchObject({ code: 'FORBIDDEN', message: 'Solo el jefe de la oficina o la persona responsable registran las mediciones del indicador «Cumplimiento de publicaciones solicitadas».' })
    expect((await o.callError('administrador', 'indicators', 'record', input)).code).toBe('FORBIDDEN')
    expect((await o.call('profesional2', 'indicators', 'get', { id: sheet.id })).canRecord).toBe(false)

    const computed = await o.call('jefe', 'indicators', 'saveSheet', {
      ...PUBLICACIONES(o),
      name: 'Piezas publicadas a tiempo',
      source: 'publicacion_oportuna'
    })
    const typed = await o.callError('jefe', 'indicators', 'record', { ...input, sheetId: computed.id })
    expect(typed.message).toMatch(/^Pauta calcula el indicador «Piezas publicadas a tiempo» con sus propios datos/)
    expect((await o.callError('jefe', 'indicators', 'compute', { sheetId: sheet.id, periodKey: '2026-03' })).code).toBe('VALIDATION')
    expect(await measurements()).toEqual([])
  })

  it('la lista muestra el último valor y las alertas de Inicio, los críticos primero; las hojas inactivas no alertan', async () => {
    await office()
    const green = await o.call('jefe', 'indicators', 'saveSheet', PUBLICACIONES(o))
    const yellow = await o.call('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), name: 'Atención de solicitudes de diseño' })
    const red = await o.call('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), name: 'Boletines con cifras verificadas' })
    const idle = await o.call('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), name: 'Zonas rurales cubiertas' })
    await o.call('jefe', 'indicators', 'record', { sheetId: green.id, periodKey: '2026-02', numerator: 5, denominator: 10 })
    await o.call('jefe', 'indicators', 'record', { sheetId: green.id, periodKey: '2026-03', numerator: 10, denominator: 10 })
    await o.call('jefe', 'indicators', 'record', { sheetId: yellow.id, periodKey: '2026-03', numerator: 8, denominator: 10 })
    await o.call('jefe', 'indicators', 'record', { sheetId: red.id, periodKey: '2026-01', numerator: 10, denominator: 10 })
    await o.call('jefe', 'indicators', 'record', { sheetId: red.id, periodKey: '2026-03', numerator: 6, denominator: 10 })
    await o.call('jefe', 'indicators', 'record', { sheetId: idle.id, periodKey: '2026-03', numerator: 1, denominator: 10 })
    await o.call('jefe', 'indicators', 'saveSheet', { ...PUBLICACIONES(o), name: 'Zonas rurales cubiertas', id: idle.id, active: false })

    const list = await o.call('profesional', 'indicators', 'list')
    expect(list.map((r) => [r.name, r.last?.periodKey, r.last?.status, r.active])).toEqual([
      ['Atención de solicitudes de diseño', '2026-03', 'en_riesgo', true],
      ['Boletines con cifras verificadas', '2026-03', 'critico', true],
      ['Cumplimiento de publicaciones solicitadas', '2026-03', 'satisfactorio', true],
      ['Zonas rurales cubiertas', '2026-03', 'critico', false]
    ])
    const alerts = await o.call('jefe', 'indicators', 'alerts')
    expect(alerts).toEqual([
      { sheetId: red.id, name: 'Boletines con cifras verificadas', periodKey: '2026-03', periodLabel: 'marzo de 2026', value: 60, unit: 'porcentaje', goal: 90, status: 'critico', responsibleName: 'Andrés Rojas' },
      { sheetId: yellow.id, name: 'Atención de solicitudes de diseño', periodKey: '2026-03', periodLabel: 'marzo de 2026', value: 80, unit: 'porcentaje', goal: 90, status: 'en_riesgo', responsibleName: 'Andrés Rojas' }
    ])
    expect((await o.callError('jefe', 'indicators', 'record', { sheetId: idle.id, periodKey: '2026-02', numerator: 1, denominator: 2 })).message).toBe(
      'El indicador «Zonas rurales cubiertas» está inactivo: actívelo para registrar mediciones.'
    )
  })
})

describe('Tablas de indicadores (migración 0010)', () => {
  it('las restricciones CHECK rechazan umbrales invertidos, denominadores en cero y periodos repetidos', async () => {
    await office()
    const db = o.core.db
    const now = '2026-04-06T15:00:00Z'
    const sheet = {
      name: 'Directo',
      formula: 'a / b',
      type: 'eficacia' as const,
      frequency: 'mensual' as const,
      unit: 'porcentaje' as const,
      direction: 'mayor' as const,
      goal: 90,
      critical_limit: 70,
      responsible_id: o.users.jefe,
      created_by: o.users.jefe,
      created_at: now,
      updated_at: now
    }
    await expect(db.insertInto('indicator_sheets').values({ ...sheet, critical_limit: 95 }).execute()).rejects.toThrow(/CHECK constraint failed/)
    await expect(db.insertInto('indicator_sheets').values({ ...sheet, frequency: 'semanal' as never }).execute()).rejects.toThrow(/CHECK constraint failed/)
    const { id } = await db.insertInto('indicator_sheets').values(sheet).returning('id').executeTakeFirstOrThrow()
    const measurement = {
      sheet_id: id,
      period_key: '2026-03',
      period_from: '2026-03-01',
      period_to: '2026-03-31',
      numerator: 1,
      denominator: 2,
      value: 50,
      origin: 'manual' as const,
      recorded_by: o.users.jefe,
      recorded_at: now
    }
    await expect(db.insertInto('indicator_measurements').values({ ...measurement, denominator: 0 }).execute()).rejects.toThrow(/CHECK constraint failed/)
    await expect(db.insertInto('indicator_measurements').values({ ...measurement, origin: 'importada' as never }).execute()).rejects.toThrow(/CHECK constraint failed/)
    await db.insertInto('indicator_measurements').values(measurement).execute()
    await expect(db.insertInto('indicator_measurements').values(measurement).execute()).rejects.toThrow(/UNIQUE constraint failed/)
  })
})

describe('Periodos y semáforo', () => {
  it('convierte periodos en fechas y etiquetas', () => {
    expect(periodRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' })
    expect(periodRange('2026-T4')).toEqual({ from: '2026-10-01', to: '2026-12-31' })
    expect(periodRange('2026-S1')).toEqual({ from: '2026-01-01', to: '2026-06-30' })
    expect(periodRange('2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' })
    expect(['2026-03', '2026-T1', '2026-S2', '2026'].map(periodLabel)).toEqual(['marzo de 2026', '1.er trimestre de 2026', '2.º semestre de 2026', 'año 2026'])
    expect(previousPeriod('2026-01')).toBe('2025-12')
    expect(previousPeriod('2026-T1')).toBe('2025-T4')
    expect(previousPeriod('2026-S2')).toBe('2026-S1')
    expect(periodContaining('trimestral', '2026-05-20')).toBe('2026-T2')
    expect(recentPeriods('semestral', '2026-04-06', 3)).toEqual(['2026-S1', '2025-S2', '2025-S1'])
  })

  it('verde desde la meta, rojo desde el límite crítico, amarillo entre ambos', () => {
    const higher = { direction: 'mayor' as const, goal: 90, criticalLimit: 70 }
    expect([90, 89.99, 70.01, 70].map((v) => statusOf(v, higher))).toEqual(['satisfactorio', 'en_riesgo', 'en_riesgo', 'critico'])
    const lower = { direction: 'menor' as const, goal: 3, criticalLimit: 6 }
    expect([3, 3.5, 6].map((v) => statusOf(v, lower))).toEqual(['satisfactorio', 'en_riesgo', 'critico'])
    expect(formatIndicatorValue(92.5, 'porcentaje')).toBe('92,5 %')
    expect(formatIndicatorValue(1, 'dias')).toBe('1 día')
    expect(formatIndicatorValue(1250, 'numero')).toBe('1.250')
  })
})
