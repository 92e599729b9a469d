import { describe, expect, it } from 'vitest'
import {
  HEAT_MAP,
  LEVELS,
  controlRating,
  percentLevel,
  residualRisk,
  riskZone,
  type Level,
  type RiskZone
} from '../../src/shared/domain/risks'

/** The guide's heat map as it is printed: rows from muy alta (5) down to muy baja (1), columns leve → catastrófico. */
const PRINTED: [Level, RiskZone[]][] = [
  [5, ['alta', 'alta', 'alta', 'alta', 'extrema']],
  [4, ['moderada', 'moderada', 'alta', 'alta', 'extrema']],
  [3, ['moderada', 'moderada', 'moderada', 'alta', 'extrema']],
  [2, ['baja', 'moderada', 'moderada', 'alta', 'extrema']],
  [1, ['baja', 'baja', 'moderada', 'alta', 'extrema']]
]

describe('mapa de calor de la guía de Función Pública', () => {
  for (const [probability, row] of PRINTED) {
    row.forEach((zone, column) => {
      const impact = (column + 1) as Level
      it(`probabilidad ${probability} × impacto ${impact} → zona ${zone}`, () => {
        expect(riskZone(probability, impact)).toBe(zone)
      })
    })
  }

  it('has exactly 25 cells and every zone appears', () => {
    const cells = LEVELS.flatMap((p) => [...HEAT_MAP[p]])
    expect(cells).toHaveLength(25)
    expect(new Set(cells)).toEqual(new Set(['baja', 'moderada', 'alta', 'extrema']))
  })
})

describe('calificación de controles y riesgo residual', () => {
  it('rates controls by type and implementation', () => {
    expect(controlRating({ type: 'preventivo', implementation: 'automatico' })).toBe(50)
    expect(controlRating({ type: 'preventivo', implementation: 'manual' })).toBe(40)
    expect(controlRating({ type: 'detectivo', implementation: 'manual' })).toBe(30)
    expect(controlRating({ type: 'correctivo', implementation: 'manual' })).toBe(25)
    expect(controlRating({ type: 'correctivo', implementation: 'automatico' })).toBe(35)
  })

  it('maps percentages back to levels at the guide boundaries', () => {
    expect([0, 5, 20, 20.01, 36, 40, 41, 60, 61, 80, 81, 100].map(percentLevel)).toEqual([1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 5])
  })

  it('applies preventive controls to probability one after another, and corrective ones to impact', () => {
    // Media (60 %) × mayor (80 %): alta. A preventive manual control (40 %) leaves 36 % → baja.
    const one = residualRisk(3, 4, [{ id: 1, type: 'preventivo', implementation: 'manual' }])
    expect(one).toMatchObject({ probabilityPercent: 36, probability: 2, impactPercent: 80, impact: 4, zone: 'alta' })
    // A second one works on what is left: 36 % × 0.6 = 21.6 % (still baja); a detective manual one: 21.6 × 0.7 = 15.12 % → muy baja.
    const three = residualRisk(3, 4, [
      { id: 1, type: 'preventivo', implementation: 'manual' },
      { id: 2, type: 'preventivo', implementation: 'manual' },
      { id: 3, type: 'detectivo', implementation: 'manual' }
    ])
    expect(three.steps.map((s) => [s.reduces, s.before, s.after])).toEqual([
      ['probabilidad', 60, 36],
      ['probabilidad', 36, 21.6],
      ['probabilidad', 21.6, 15.12]
    ])
    expect(three).toMatchObject({ probability: 1, impact: 4, zone: 'alta' })
    // A corrective automatic control (35 %) takes mayor (80 %) to 52 % → moderado: muy baja × moderado = moderada.
    const corrected = residualRisk(3, 4, [
      { id: 1, type: 'preventivo', implementation: 'manual' },
      { id: 2, type: 'preventivo', implementation: 'manual' },
      { id: 3, type: 'detectivo', implementation: 'manual' },
      { id: 4, type: 'correctivo', implementation: 'automatico' }
    ])
    expect(corrected).toMatchObject({ impactPercent: 52, impact: 3, zone: 'moderada' })
  })

  it('without controls the residual risk is the inherent one', () => {
    expect(residualRisk(5, 5, [])).toMatchObject({ probability: 5, impact: 5, zone: 'extrema', steps: [] })
  })
})
