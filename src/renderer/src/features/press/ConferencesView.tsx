import { useState } from 'react'
import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core'
import { IconPlus } from '@tabler/icons-react'
import type { ConferenceRow } from '../../../../shared/contract/press'
import { formatDateTime24 } from '../../../../shared/domain/press'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { ConferenceDrawer } from './ConferenceDrawer'
import { ConferenceFormModal } from './ConferenceFormModal'
import { useConferences } from './queries'

/** `held` conferences show who came of those invited; upcoming ones only how many are invited. */
function ConferenceTable({ label, rows, held, onOpen }: { label: string; rows: ConferenceRow[]; held: boolean; onOpen: (id: number) => void }) {
  return (
    <Table.ScrollContainer minWidth={900} maxHeight="45vh">
      <Table stickyHeader highlightOnHover aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={150}>Fecha y hora</Table.Th>
            <Table.Th>Tema central</Table.Th>
            <Table.Th>Lugar</Table.Th>
            <Table.Th>Voceros</Table.Th>
            <Table.Th w={120} ta="right">
              {held ? 'Asistencia' : 'Invitados'}
            </Table.Th>
            <Table.Th w={90} ta="right">
              Material
            </Table.Th>
            <Table.Th w={120} ta="right">
              Notas de medios
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>{formatDateTime24(c.startsAt)}</Table.Td>
              <Table.Td>
                <Anchor component="button" type="button" size="sm" fw={500} ta="left" onClick={() => onOpen(c.id)}>
                  {c.title}
                </Anchor>
              </Table.Td>
              <Table.Td>{c.place}</Table.Td>
              <Table.Td>
                <Text size="sm">{c.spokespersons.join(', ')}</Text>
              </Table.Td>
              <Table.Td ta="right">{held ? `${c.attendedCount} de ${c.invitedCount}` : c.invitedCount}</Table.Td>
              <Table.Td ta="right">{c.assetCount}</Table.Td>
              <Table.Td ta="right">{c.clipCount}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

/** Upcoming press conferences above those already held. */
export function ConferencesView({ canManage }: { canManage: boolean }) {
  const conferences = useConferences()
  const [creating, setCreating] = useState(false)
  const [open, setOpen] = useState<number | null>(null)
  const now = Date.now()
  return (
    <Stack>
      <Group justify="flex-end">
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Nueva rueda de prensa
          </Button>
        )}
      </Group>
      <QueryView query={conferences} loadingLabel="Cargando las ruedas de prensa">
        {(rows) => {
          if (rows.length === 0) {
            return (
              <EmptyState title="Aún no hay ruedas de prensa">
                {canManage ? 'Registre la primera con «Nueva rueda de prensa»: fecha, lugar, voceros, temas y medios invitados.' : 'Aquí aparecen las ruedas de prensa de la entidad.'}
              </EmptyState>
            )
          }
          const upcoming = rows.filter((c) => Date.parse(c.startsAt) > now).reverse()
          const held = rows.filter((c) => Date.parse(c.startsAt) <= now)
          return (
            <Stack gap="lg">
              <section aria-labelledby="conferences-upcoming">
                <Title order={3} size="h4" id="conferences-upcoming" mb="sm">
                  Próximas
                </Title>
                {upcoming.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    No hay ruedas de prensa programadas.
                  </Text>
                ) : (
                  <ConferenceTable label="Próximas ruedas de prensa" rows={upcoming} held={false} onOpen={setOpen} />
                )}
              </section>
              <section aria-labelledby="conferences-held">
                <Title order={3} size="h4" id="conferences-held" mb="sm">
                  Realizadas
                </Title>
                {held.length === 0 ? (
                  <Text size="sm" c="dimmed">
                    Aún no se ha realizado ninguna.
                  </Text>
                ) : (
                  <ConferenceTable label="Ruedas de prensa realizadas" rows={held} held onOpen={setOpen} />
                )}
              </section>
            </Stack>
          )
        }}
      </QueryView>
      {creating && <ConferenceFormModal conference={null} onClose={() => setCreating(false)} onSaved={(c) => setOpen(c.id)} />}
      {open !== null && <ConferenceDrawer id={open} canManage={canManage} onClose={() => setOpen(null)} />}
    </Stack>
  )
}
