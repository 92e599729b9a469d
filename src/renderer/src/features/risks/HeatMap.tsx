import { Badge, Group, Paper, Text, Tooltip, UnstyledButton } from '@mantine/core'
import type { RiskRow } from '../../../../shared/contract/risks'
import { HEAT_MAP, IMPACT_LABELS, LEVELS, PROBABILITY_LABELS, RISK_ZONE_COLORS, RISK_ZONE_LABELS, type Level } from '../../../../shared/domain/risks'
import classes from './heat-map.module.css'

const PROBABILITY_ROWS = [...LEVELS].reverse()

function Chip({ risk, kind, onSelect }: { risk: RiskRow; kind: 'inherente' | 'residual'; onSelect: (id: number) => void }) {
  const label = `R${risk.number}, riesgo ${kind}: ${risk.description}`
  return (
    <Tooltip label={`R${risk.number} (${kind}) · ${risk.description}`} openDelay={300} multiline maw={320}>
      <UnstyledButton aria-label={label} onClick={() => onSelect(risk.id)}>
        <Badge
          size="md"
          radius="xl"
          color="dark"
          variant={kind === 'inherente' ? 'filled' : 'outline'}
          className={kind === 'residual' ? classes.residual : undefined}
        >
          R{risk.number}
        </Badge>
      </UnstyledButton>
    </Tooltip>
  )
}

/**
 * The guide's 5×5 heat map: probability rows from muy alta (5) down to muy baja (1), impact columns
 * from leve (1) to catastrófico (5). Each risk appears twice: filled in its inherent cell, outlined
 * in its residual cell, so the effect of its controls is visible at a glance.
 */
export function HeatMap({ risks, onSelect }: { risks: RiskRow[]; onSelect: (id: number) => void }) {
  const at = (p: Level, i: Level) => ({
    inherent: risks.filter((r) => r.probability === p && r.impact === i),
    residual: risks.filter((r) => r.residualProbability === p && r.residualImpact === i)
  })
  return (
    <Paper withBorder p="md" radius="md">
      <table className={classes.map} aria-label="Mapa de calor de riesgos">
        <caption className={classes.caption}>
          <Group gap="md" justify="center">
            <Group gap={6}>
              <Badge size="sm" radius="xl" color="dark" variant="filled">
                R
              </Badge>
              <Text size="xs">Riesgo inherente</Text>
            </Group>
            <Group gap={6}>
              <Badge size="sm" radius="xl" color="dark" variant="outline" className={classes.residual}>
                R
              </Badge>
              <Text size="xs">Riesgo residual (después de los controles)</Text>
            </Group>
          </Group>
        </caption>
        <thead>
          <tr>
            <th scope="col" className={classes.corner}>
              <Text size="xs" c="dimmed" ta="right">
                Impacto →
              </Text>
              <Text size="xs" c="dimmed">
                Probabilidad ↓
              </Text>
            </th>
            {LEVELS.map((i) => (
              <th key={i} scope="col" className={classes.head}>
                <Text size="xs" fw={600}>
                  {i} · {IMPACT_LABELS[i]}
                </Text>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PROBABILITY_ROWS.map((p) => (
            <tr key={p}>
              <th scope="row" className={classes.rowHead}>
                <Text size="xs" fw={600}>
                  {p} · {PROBABILITY_LABELS[p]}
                </Text>
              </th>
              {LEVELS.map((i) => {
                const zone = HEAT_MAP[p][i - 1]!
                const { inherent, residual } = at(p, i)
                return (
                  <td
                    key={i}
                    className={classes.cell}
                    style={{ background: `var(--mantine-color-${RISK_ZONE_COLORS[zone]}-${zone === 'moderada' ? 3 : 2})` }}
                    aria-label={`Probabilidad ${PROBABILITY_LABELS[p].toLowerCase()}, impacto ${IMPACT_LABELS[i].toLowerCase()}: zona ${RISK_ZONE_LABELS[zone].toLowerCase()}`}
                  >
                    <span className={classes.zone}>{RISK_ZONE_LABELS[zone]}</span>
                    <Group gap={4} justify="center">
                      {inherent.map((r) => (
                        <Chip key={`i${r.id}`} risk={r} kind="inherente" onSelect={onSelect} />
                      ))}
                      {residual.map((r) => (
                        <Chip key={`r${r.id}`} risk={r} kind="residual" onSelect={onSelect} />
                      ))}
                    </Group>
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </Paper>
  )
}
