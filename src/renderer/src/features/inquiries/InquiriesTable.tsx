import { Anchor, Paper, Stack, Table, Text } from '@mantine/core'
import type { InquiryRow } from '../../../../shared/contract/inquiries'
import { INQUIRY_CHANNEL_LABELS, INQUIRY_LIST_LIMIT } from '../../../../shared/domain/inquiries'
import { formatDate, isoDateInColombia, TIME_ZONE } from '../../../../shared/dates'
import { InquiryStateBadge, TermBadge } from './badges'

const timeFormat = new Intl.DateTimeFormat('es-CO', { timeZone: TIME_ZONE, hour: 'numeric', minute: '2-digit' })
const timeInColombia = (iso: string) => timeFormat.format(new Date(iso))

const ROW_TINT = { vencida: 'var(--mantine-color-red-0)', vence_hoy: 'var(--mantine-color-orange-0)' } as const

export function InquiriesTable({ inquiries, onOpen }: { inquiries: InquiryRow[]; onOpen: (id: number) => void }) {
  return (
    <Paper withBorder radius="md">
      <Table.ScrollContainer minWidth={1040} maxHeight="calc(100vh - 360px)">
        <Table stickyHeader highlightOnHover verticalSpacing="xs" aria-label="Inquietudes ciudadanas">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>N.º</Table.Th>
              <Table.Th>Recibida</Table.Th>
              <Table.Th>Canal</Table.Th>
              <Table.Th>Ciudadano</Table.Th>
              <Table.Th miw={240}>Inquietud</Table.Th>
              <Table.Th>Responsable</Table.Th>
              <Table.Th miw={190}>Vence</Table.Th>
              <Table.Th>Estado</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {inquiries.map((r) => (
              <Table.Tr key={r.id} style={r.urgency === 'vencida' || r.urgency === 'vence_hoy' ? { background: ROW_TINT[r.urgency] } : undefined}>
                <Table.Td>
                  <Anchor component="button" type="button" fw={600} onClick={() => onOpen(r.id)} aria-label={`Abrir la inquietud N.º ${r.id}`}>
                    {r.id}
                  </Anchor>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Text size="sm">{formatDate(isoDateInColombia(new Date(r.receivedAt)))}</Text>
                  <Text size="xs" c="dimmed">
                    {timeInColombia(r.receivedAt)}
                  </Text>
                </Table.Td>
                <Table.Td>{INQUIRY_CHANNEL_LABELS[r.channel]}</Table.Td>
                <Table.Td>{r.citizen}</Table.Td>
                <Table.Td maw={380}>
                  <Text size="sm" lineClamp={2}>
                    {r.text}
                  </Text>
                  {r.topic && (
                    <Text size="xs" c="dimmed">
                      {r.topic}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.assigneeName ?? <Text size="sm" c="dimmed">Sin asignar</Text>}</Table.Td>
                <Table.Td>
                  <Stack gap={2} align="flex-start">
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(r.dueOn)}
                    </Text>
                    <TermBadge inquiry={r} />
                  </Stack>
                </Table.Td>
                <Table.Td>
                  <InquiryStateBadge state={r.state} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {inquiries.length >= INQUIRY_LIST_LIMIT && (
        <Text size="sm" c="dimmed" p="sm">
          Se muestran las primeras {INQUIRY_LIST_LIMIT}: las pendientes y las más recientes. Use la búsqueda o los filtros para encontrar las demás.
        </Text>
      )}
    </Paper>
  )
}
