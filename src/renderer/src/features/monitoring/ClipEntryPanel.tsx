import { useState } from 'react'
import { Paper, Stack, Title } from '@mantine/core'
import { useCurrentUser } from '../../stores/session'
import { canRecordClips } from './abilities'
import { ClipForm } from './ClipForm'
import { blankClip } from './clip-form-values'
import { DayClipsTable } from './DayClipsTable'
import { DateField } from '../../components/DateField'

/** The morning's work: the fast form on top and, below it, the day's clips as they are entered. */
export function ClipEntryPanel({ today }: { today: string }) {
  const user = useCurrentUser()
  const [date, setDate] = useState<string | null>(today)
  const recording = canRecordClips(user)
  return (
    <Stack gap="lg">
      {recording ? (
        <Paper withBorder radius="md" p="md">
          <Title order={4} mb="sm">
            Registrar nota
          </Title>
          <ClipForm initial={blankClip(today)} today={today} submitLabel="Guardar nota" onDateChange={setDate} />
        </Paper>
      ) : (
        <DateField label="Fecha" value={date} onChange={setDate} maxDate={today} w={200} />
      )}
      <DayClipsTable date={date} today={today} />
    </Stack>
  )
}
