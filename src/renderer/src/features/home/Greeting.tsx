import { Stack, Text, Title } from '@mantine/core'
import { formatDate, isoDateInColombia } from '../../../../shared/dates'
import { colombianHour, formatLongDate } from '../pieces/format'

function salutation(hour: number): string {
  if (hour < 12) return 'Buenos días'
  if (hour < 19) return 'Buenas tardes'
  return 'Buenas noches'
}

export function Greeting({ fullName, now }: { fullName: string; now: Date }) {
  const firstName = fullName.trim().split(/\s+/)[0] ?? fullName
  const long = formatLongDate(now)
  return (
    <Stack gap={2} mb="lg">
      <Title order={2}>
        {salutation(colombianHour(now))}, {firstName}
      </Title>
      <Text c="dimmed" size="sm">
        Hoy es {long} ({formatDate(isoDateInColombia(now))}).
      </Text>
    </Stack>
  )
}
