import { Text } from '@mantine/core'

const percent = new Intl.NumberFormat('es-CO', { maximumFractionDigits: 1, minimumFractionDigits: 1 })

/** "▲ 4,3 %" against the month before; nothing when there is no figure to compare. */
export function ChangeLabel({ change }: { change: number | null }) {
  if (change === null) return null
  const rounded = Math.round(change * 10) / 10
  const [arrow, color] = rounded > 0 ? ['▲', 'teal.8'] : rounded < 0 ? ['▼', 'red.8'] : ['=', 'dimmed']
  return (
    <Text fz={11} lh={1.2} c={color} title="Frente al mes anterior">
      {arrow} {percent.format(Math.abs(rounded))} %
    </Text>
  )
}
