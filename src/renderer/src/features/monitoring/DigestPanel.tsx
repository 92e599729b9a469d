import { useState } from 'react'
import { Alert, Button, Grid, Paper, Stack, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconFileText } from '@tabler/icons-react'
import { useQueryClient } from '@tanstack/react-query'
import { DateField } from '../../components/DateField'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useCurrentUser } from '../../stores/session'
import { canMakeDigest } from './abilities'
import { DigestFiles } from './DigestFiles'
import { DigestPreviewCard } from './DigestPreviewCard'
import { useDigestPreview, useLatestDigest } from './queries'

/** Pick a day, see what its digest will say, generate it and send it to the directors' folder. */
export function DigestPanel({ today }: { today: string }) {
  const [date, setDate] = useState<string | null>(today)
  const allowed = canMakeDigest(useCurrentUser())
  const preview = useDigestPreview(date)
  const latest = useLatestDigest(date)
  const queryClient = useQueryClient()
  const generate = useApiMutation((day: string) => api.monitoring.generateDigest({ date: day }), {
    invalidates: [['reports', 'recent']],
    success: (d) => `Boletín generado: ${d.pdf.fileName} y ${d.html.fileName}.`,
    onSuccess: (digest) => queryClient.setQueryData(['monitoring', 'latestDigest', digest.date], digest)
  })

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Stack gap="md">
          <Paper withBorder radius="md" p="md">
            <Title order={4} mb="xs">
              Boletín diario de medios
            </Title>
            <Text size="sm" c="dimmed" mb="sm">
              Las notas del día agrupadas por tema y tono, en PDF y en HTML para el correo del equipo directivo.
            </Text>
            <form
              onSubmit={(e) => {
                e.preventDefault()
                if (date) generate.mutate(date)
              }}
            >
              <Stack gap="sm">
                <DateField label="Fecha del boletín" required value={date} onChange={setDate} maxDate={today} clearable={false} />
                {allowed && (
                  <Button type="submit" leftSection={<IconFileText size={16} />} loading={generate.isPending} disabled={!date}>
                    Generar boletín
                  </Button>
                )}
              </Stack>
            </form>
          </Paper>
          {date && <QueryView query={preview}>{(p) => <DigestPreviewCard preview={p} />}</QueryView>}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 7 }}>
        {date && (
          <QueryView query={latest} loadingLabel="Buscando el último boletín">
            {(digest) =>
              digest ? (
                <Stack gap="md">
                  {preview.data && preview.data.counts.total !== digest.clipCount && (
                    <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} role="status">
                      Este boletín se generó con {digest.clipCount} {digest.clipCount === 1 ? 'nota' : 'notas'} y ahora el día tiene{' '}
                      {preview.data.counts.total}. Genérelo de nuevo antes de enviarlo.
                    </Alert>
                  )}
                  <DigestFiles key={digest.id} digest={digest} />
                </Stack>
              ) : (
                <EmptyState title="Aún no se ha generado el boletín de este día">
                  {allowed
                    ? 'Revise la vista previa y pulse «Generar boletín». Luego podrá enviarlo a la carpeta del despacho o guardarlo.'
                    : 'Lo generan el jefe de la oficina, los profesionales de prensa o el community manager.'}
                </EmptyState>
              )
            }
          </QueryView>
        )}
      </Grid.Col>
    </Grid>
  )
}
