import { useState } from 'react'
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { DateField } from '../../components/DateField'
import { ExportMenu } from './ExportMenu'

/** Publications have no list screen of their own: their spreadsheet is exported from here, for a date range. */
export function PublicationsExport() {
  const [from, setFrom] = useState<string | null>(null)
  const [to, setTo] = useState<string | null>(null)
  const reversed = from !== null && to !== null && to < from
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="sm">
        <div>
          <Title order={4}>Hoja de publicaciones</Title>
          <Text size="xs" c="dimmed">
            Cada publicación registrada, con su pieza, canal, fecha y enlace. Sin fechas, incluye todas.
          </Text>
        </div>
        <SimpleGrid cols={2} spacing="sm">
          <DateField label="Publicadas desde" value={from} onChange={setFrom} />
          <DateField label="Publicadas hasta" value={to} onChange={setTo} error={reversed ? 'No puede ser anterior a la fecha inicial.' : undefined} />
        </SimpleGrid>
        {!reversed && (
          <ExportMenu
            label="Exportar publicaciones"
            request={{ list: 'publicaciones', filters: { ...(from ? { from } : {}), ...(to ? { to } : {}) } }}
          />
        )}
      </Stack>
    </Paper>
  )
}
