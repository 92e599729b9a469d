import { describe, expect, it } from 'vitest'
import { change, monthlyFigures, onTimeRate, returnedShare, socialLines, turnaround } from '../../src/main/reports/monthly/figures'
import type { MonthlyData, SocialValues } from '../../src/main/reports/monthly/data'
import { elapsedShare, followActivity, requiredSpans } from '../../src/main/reports/plan-followup/figures'
import { formatChange, formatDays, formatInstant, formatInteger, formatPercent, monthLabel } from '../../src/main/reports/pdf/format'
import { toWinAnsi } from '../../src/main/reports/pdf/text'
import { lastDayOfMonth, monthPeriod, previousMonth } from '../../src/main/reports/period'
import { countBy, median, percentile } from '../../src/main/reports/stats'

describe('estadística', () => {
  it('mediana y percentil 90 con interpolación lineal, como PERCENTIL.INC', () => {
    expect(median([4, 1, 2])).toBe(2)
    expect(median([1, 2, 3, 4])).toBe(2.5)
    // rank = 0.9 × 2 = 1.8 → 2 + (4 − 2) × 0.8
    expect(percentile([1, 2, 4], 0.9)).toBeCloseTo(3.6, 10)
    expect(percentile([5], 0.9)).toBe(5)
    expect(median([])).toBeNull()
  })

  it('cuenta por etiqueta, una vez por elemento aunque repita la etiqueta, de mayor a menor', () => {
    const counts = countBy(
      [{ c: ['Facebook', 'Facebook', 'X'] }, { c: ['Página web'] }, { c: ['Facebook'] }, { c: ['Área'] }],
      (i) => i.c
    )
    expect(counts).toEqual([
      { label: 'Facebook', count: 2 },
      { label: 'Área', count: 1 },
      { label: 'Página web', count: 1 },
      { label: 'X', count: 1 }
    ])
  })
})

describe('formato es-CO', () => {
  it('miles con punto, decimales con coma, meses en español', () => {
    expect(formatInteger(1234567)).toBe('1.234.567')
    expect(formatInteger(1000)).toBe('1.000')
    expect(formatPercent(0.3333)).toBe('33,3 %')
    expect(formatChange(0.0296)).toBe('+3,0 %')
    expect(formatChange(-0.05)).toBe('-5,0 %')
    expect(formatChange(-0.0001)).toBe('0,0 %')
    expect(formatChange(null)).toBe('—')
    expect(formatDays(1)).toBe('1,0 día')
    expect(formatDays(3.6)).toBe('3,6 días')
    expect(monthLabel('2026-10')).toBe('octubre de 2026')
    expect(formatInstant('2026-03-10T14:05:00.000Z')).toBe('10/03/2026 09:05')
    // 02:30 UTC is still the previous evening in Colombia.
    expect(formatInstant('2026-03-01T02:30:00.000Z')).toBe('28/02/2026 21:30')
  })

  it('los meses se cortan a la medianoche de Colombia', () => {
    expect(monthPeriod('2026-02')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
      startIso: '2026-02-01T05:00:00.000Z',
      endIso: '2026-03-01T05:00:00.000Z'
    })
    expect(lastDayOfMonth('2028-02')).toBe('2028-02-29')
    expect(previousMonth('2026-01')).toBe('2025-12')
  })

  it('el texto del PDF conserva el español y omite lo que la fuente estándar no dibuja', () => {
    expect(toWinAnsi('¿Año? ¡Sí! Ñandú, pingüino «comillas» — “ok” … €')).toEqual({
      text: '¿Año? ¡Sí! Ñandú, pingüino «comillas» — “ok” … €',
      dropped: false
    })
    expect(toWinAnsi('Vacúnate 📢 ≥ 18 años, Ștefan')).toEqual({ text: 'Vacúnate  >= 18 años, Stefan', dropped: true })
    expect(toWinAnsi('a\r\nb\u00a0c').text).toBe('a\nb c')
  })
})

describe('cifras del informe mensual', () => {
  it('tiempo de aprobación desde el primer envío de la etapa; sin envío conocido no cuenta', () => {
    const result = turnaround([
      { stage: 'contenido', submittedAt: '2026-03-02T14:00:00Z', approvedAt: '2026-03-04T14:00:00Z' },
      { stage: 'contenido', submittedAt: '2026-03-02T14:00:00Z', approvedAt: '2026-03-06T14:00:00Z' },
      { stage: 'contenido', submittedAt: '2026-03-02T14:00:00Z', approvedAt: '2026-03-03T14:00:00Z' },
      { stage: 'contenido', submittedAt: null, approvedAt: '2026-03-03T14:00:00Z' },
      { stage: 'diseno', submittedAt: '2026-03-03T14:00:00Z', approvedAt: '2026-03-04T02:00:00Z' }
    ])
    expect(result.contenido).toEqual({ count: 3, medianDays: 2, p90Days: expect.closeTo(3.6, 10) })
    expect(result.diseno).toEqual({ count: 1, medianDays: 0.5, p90Days: 0.5 })
  })

  it('piezas devueltas: por pieza, no por revisión', () => {
    expect(
      returnedShare([
        { pieceId: 1, decision: 'devuelta' },
        { pieceId: 1, decision: 'devuelta' },
        { pieceId: 1, decision: 'aprobada' },
        { pieceId: 2, decision: 'aprobada' },
        { pieceId: 3, decision: 'aprobada' },
        { pieceId: 4, decision: 'aprobada' }
      ])
    ).toEqual({ reviewed: 4, returned: 1, share: 0.25 })
    expect(returnedShare([])).toEqual({ reviewed: 0, returned: 0, share: null })
  })

  it('publicación a tiempo según la fecha de Colombia; vencidas sin publicar cuentan como retraso', () => {
    const today = '2026-03-10'
    expect(
      onTimeRate(
        [
          // 23:30 in Colombia on the due date, already the next day in UTC: on time.
          { dueDate: '2026-03-05', firstPublishedAt: '2026-03-06T04:30:00.000Z' },
          { dueDate: '2026-03-05', firstPublishedAt: '2026-03-06T05:30:00.000Z' },
          { dueDate: '2026-03-09', firstPublishedAt: null },
          { dueDate: '2026-03-10', firstPublishedAt: null },
          { dueDate: '2026-03-20', firstPublishedAt: '2026-03-08T15:00:00.000Z' }
        ],
        today
      )
    ).toEqual({ onTime: 2, late: 2, pending: 1, share: 0.5 })
  })

  it('variación mes a mes: sin base no hay variación', () => {
    expect(change(110, 100)).toBeCloseTo(0.1, 10)
    expect(change(100, 0)).toBeNull()
    expect(change(null, 100)).toBeNull()
    expect(change(100, null)).toBeNull()
  })

  it('redes: una línea por red con cifras en el mes, en el orden de la lista de redes', () => {
    const values = (followers: number | null): SocialValues => ({
      followers,
      publications: null,
      reach: null,
      impressions: null,
      interactions: null,
      videoViews: null
    })
    const lines = socialLines(
      new Map([
        ['youtube', values(1260)],
        ['facebook', values(15650)]
      ]),
      new Map([['facebook', values(15200)]])
    )
    expect(lines.map((l) => l.network)).toEqual(['facebook', 'youtube'])
    expect(lines[0]!.metrics.followers).toEqual({ value: 15650, previous: 15200, change: expect.closeTo(450 / 15200, 10) })
    expect(lines[1]!.metrics.followers).toEqual({ value: 1260, previous: null, change: null })
  })

  it('agrupa las piezas producidas por tipo, canal, dependencia y estrategia', () => {
    const data: MonthlyData = {
      month: '2026-03',
      period: monthPeriod('2026-03'),
      today: '2026-03-31',
      officeName: 'Oficina',
      produced: [
        { id: 1, type: 'boletin_prensa', strategy: 'Prensa', dependencia: 'Secretaría de Salud', channels: ['Página web', 'Facebook'] },
        { id: 2, type: 'boletin_prensa', strategy: 'Prensa', dependencia: null, channels: [] },
        { id: 3, type: 'video', strategy: 'Audiovisual', dependencia: null, channels: ['Facebook'] }
      ],
      publicationChannels: ['Facebook', 'Facebook', 'Página web'],
      approvals: [],
      reviews: [],
      due: [],
      social: { current: new Map(), previous: new Map() }
    }
    const f = monthlyFigures(data)
    expect(f.produced).toBe(3)
    expect(f.byType).toEqual([
      { label: 'Boletín de prensa', count: 2 },
      { label: 'Video', count: 1 }
    ])
    expect(f.byChannel).toEqual([
      { label: 'Facebook', count: 2 },
      { label: 'Página web', count: 1 },
      { label: 'Sin canal definido', count: 1 }
    ])
    expect(f.byDependencia).toEqual([
      { label: 'Iniciativa de la oficina (sin solicitud)', count: 2 },
      { label: 'Secretaría de Salud', count: 1 }
    ])
    expect(f.byStrategy).toEqual([
      { label: 'Prensa', count: 2 },
      { label: 'Audiovisual', count: 1 }
    ])
    expect(f.publicationsByChannel).toEqual([
      { label: 'Facebook', count: 2 },
      { label: 'Página web', count: 1 }
    ])
    expect(f.onTime.share).toBeNull()
  })
})

describe('seguimiento al plan', () => {
  it('periodos exigidos: completos dentro del periodo y ya terminados', () => {
    // Weeks run Monday to Sunday; 2026-03-02 is a Monday.
    expect(requiredSpans('semanal', '2026-03-01', '2026-03-31', '2026-03-17').map((s) => [s.start, s.end])).toEqual([
      ['2026-03-02', '2026-03-08'],
      ['2026-03-09', '2026-03-15']
    ])
    expect(requiredSpans('semanal', '2026-03-01', '2026-03-31', '2026-03-17')[0]!.label).toBe('semana del 02/03/2026 al 08/03/2026')
    expect(requiredSpans('mensual', '2026-01-15', '2026-06-30', '2026-12-31').map((s) => s.label)).toEqual([
      'febrero de 2026',
      'marzo de 2026',
      'abril de 2026',
      'mayo de 2026',
      'junio de 2026'
    ])
    expect(requiredSpans('permanente', '2026-01-01', '2026-03-31', '2026-03-10').map((s) => s.label)).toEqual(['enero de 2026', 'febrero de 2026'])
    expect(requiredSpans('bimestral', '2026-01-01', '2026-12-31', '2027-01-01').map((s) => s.label)).toEqual([
      'enero y febrero de 2026',
      'marzo y abril de 2026',
      'mayo y junio de 2026',
      'julio y agosto de 2026',
      'septiembre y octubre de 2026',
      'noviembre y diciembre de 2026'
    ])
    expect(requiredSpans('trimestral', '2026-01-01', '2026-12-31', '2026-10-01').map((s) => [s.label, s.end])).toEqual([
      ['primer trimestre de 2026', '2026-03-31'],
      ['segundo trimestre de 2026', '2026-06-30'],
      ['tercer trimestre de 2026', '2026-09-30']
    ])
    expect(requiredSpans('semestral', '2026-01-01', '2026-12-31', '2027-01-01').map((s) => s.label)).toEqual([
      'primer semestre de 2026',
      'segundo semestre de 2026'
    ])
    expect(requiredSpans('anual', '2026-01-01', '2026-12-31', '2026-12-31')).toEqual([])
    expect(requiredSpans('anual', '2026-01-01', '2026-12-31', '2027-01-02').map((s) => s.label)).toEqual(['año 2026'])
    expect(requiredSpans('segun_requerimiento', '2026-01-01', '2026-12-31', '2027-01-02')).toEqual([])
    // Days: Monday to Friday only; Saturday 7 and Sunday 8 are skipped, today (the 10th) is not over.
    expect(requiredSpans('diaria', '2026-03-05', '2026-03-31', '2026-03-10').map((s) => s.start)).toEqual(['2026-03-05', '2026-03-06', '2026-03-09'])
  })

  it('parte transcurrida del periodo, con el día de corte incluido', () => {
    const w = { from: '2026-03-01', to: '2026-03-10', planStartsOn: '2026-01-01', planEndsOn: '2026-12-31', today: '2026-03-05' }
    expect(elapsedShare(w)).toBe(0.5)
    expect(elapsedShare({ ...w, today: '2026-04-01' })).toBe(1)
    expect(elapsedShare({ ...w, today: '2026-02-01' })).toBe(0)
  })

  it('atrasada cuando lo ejecutado es menor que lo esperado a la fecha; sin actividad en los periodos vacíos', () => {
    // 365 days of plan, goal 73 → 0,2 a day; 31 days of March → 6,2; all elapsed.
    const w = { from: '2026-03-01', to: '2026-03-31', planStartsOn: '2026-01-01', planEndsOn: '2026-12-31', today: '2026-04-15' }
    const behind = followActivity(
      {
        frequency: 'semanal',
        goalQuantity: 73,
        firstPublications: ['2026-02-27', '2026-03-03', '2026-03-04', '2026-03-18', '2026-04-02'],
        publications: ['2026-03-03', '2026-03-03', '2026-03-04', '2026-03-18', '2026-03-19']
      },
      w
    )
    expect(behind.periodGoal).toBeCloseTo(6.2, 10)
    expect(behind.expected).toBeCloseTo(6.2, 10)
    expect(behind.executed).toBe(3)
    expect(behind.publications).toBe(5)
    expect(behind.percent).toBeCloseTo(3 / 6.2, 10)
    expect(behind.behind).toBe(true)
    // Weeks wholly in March: 2–8 (active), 9–15 (none), 16–22 (active), 23–29 (none).
    expect(behind.gaps.map((g) => g.start)).toEqual(['2026-03-09', '2026-03-23'])
    expect(behind.alerts).toEqual([
      'Atrasada: 3 de 6,2 esperadas a la fecha.',
      'Sin actividad en 2 semanas: semana del 09/03/2026 al 15/03/2026; semana del 23/03/2026 al 29/03/2026.'
    ])

    // 12 a year over 31 days expects 1,019…: shown as 1,0, so one piece is on track.
    const onTrack = followActivity({ frequency: 'mensual', goalQuantity: 12, firstPublications: ['2026-03-10'], publications: ['2026-03-10'] }, w)
    expect(onTrack.expected).toBeCloseTo((12 * 31) / 365, 10)
    expect(onTrack.behind).toBe(false)
    expect(onTrack.alerts).toEqual([])
    const none = followActivity({ frequency: 'mensual', goalQuantity: 12, firstPublications: [], publications: [] }, w)
    expect(none.alerts).toEqual(['Atrasada: 0 de 1,0 esperadas a la fecha.', 'Sin actividad en 1 mes: marzo de 2026.'])

    const onRequest = followActivity({ frequency: 'segun_requerimiento', goalQuantity: 0, firstPublications: [], publications: [] }, w)
    expect(onRequest).toMatchObject({ percent: null, behind: false, alerts: [] })
  })

  it('lista hasta cuatro periodos sin actividad y cuenta el resto', () => {
    const w = { from: '2026-01-01', to: '2026-12-31', planStartsOn: '2026-01-01', planEndsOn: '2026-12-31', today: '2027-01-10' }
    const f = followActivity({ frequency: 'mensual', goalQuantity: 0, firstPublications: ['2026-06-15'], publications: [] }, w)
    expect(f.gaps).toHaveLength(11)
    expect(f.alerts).toEqual(['Sin actividad en 11 meses: enero de 2026; febrero de 2026; marzo de 2026; abril de 2026 y 7 más.'])
  })
})
