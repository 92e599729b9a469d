import type { ReactNode } from 'react'
import { Alert, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { IconBan } from '@tabler/icons-react'
import type { RequestDetail } from '../../../../shared/contract'
import { formatDate, formatDateTime } from '../../../../shared/dates'
import { useCatalogueNames } from '../settings/useCatalogueNames'

function Field({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <Stack gap={2} style={wide ? { gridColumn: '1 / -1' } : undefined}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {children || '—'}
      </Text>
    </Stack>
  )
}

/** What the dependencia asked for, as registered. */
export function RequestSummary({ request: r }: { request: RequestDetail }) {
  const channelNames = useCatalogueNames('canal')
  const audienceNames = useCatalogueNames('grupo_valor')
  return (
    <Stack gap="md">
      {r.state === 'rechazada' && (
        <Alert color="red" variant="light" icon={<IconBan size={18} />} title="Solicitud rechazada">
          {r.rejectionReason}
        </Alert>
      )}
      <Paper withBorder radius="md" p="lg">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="lg" verticalSpacing="md">
          <Field label="Dependencia">{r.dependenciaName}</Field>
          <Field label="Solicitante">{r.requesterName}</Field>
          <Field label="Contacto">{r.requesterContact}</Field>
          <Field label="Fecha deseada">{r.desiredDate ? formatDate(r.desiredDate) : 'Sin fecha'}</Field>
          <Field label="Grupos de valor">{audienceNames(r.audienceIds).join(', ')}</Field>
          <Field label="Canales sugeridos">{channelNames(r.channelIds).join(', ')}</Field>
          <Field label="Registrada" wide>
            {`${formatDateTime(r.createdAt)} por ${r.createdByName}`}
          </Field>
          <Field label="Objetivo" wide>
            {r.objective}
          </Field>
          <Field label="Mensaje clave" wide>
            {r.keyMessage}
          </Field>
        </SimpleGrid>
      </Paper>
    </Stack>
  )
}
