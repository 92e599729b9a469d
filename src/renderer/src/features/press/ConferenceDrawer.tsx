import { useState, type ReactNode } from 'react'
import { Badge, Button, Divider, Drawer, Group, Stack, Text } from '@mantine/core'
import { IconPencil } from '@tabler/icons-react'
import { formatDateTime24 } from '../../../../shared/domain/press'
import { QueryView } from '../../components/QueryView'
import { AttendanceSection } from './AttendanceSection'
import { ClipsSection } from './ClipsSection'
import { ConferenceFormModal } from './ConferenceFormModal'
import { MaterialsSection } from './MaterialsSection'
import { useConference } from './queries'

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  )
}

/** A press conference: its data, who came, its archive material and the clips that followed. */
export function ConferenceDrawer({ id, canManage, onClose }: { id: number; canManage: boolean; onClose: () => void }) {
  const conference = useConference(id)
  const [editing, setEditing] = useState(false)
  return (
    <Drawer opened onClose={onClose} position="right" size="xl" title={conference.data?.title ?? 'Rueda de prensa'}>
      <QueryView query={conference} loadingLabel="Cargando la rueda de prensa">
        {(c) => (
          <Stack gap="lg">
            <Group justify="space-between" align="flex-start">
              <Stack gap="sm">
                <Field label="Fecha y lugar">
                  <Text size="sm">
                    {formatDateTime24(c.startsAt)} · {c.place}
                  </Text>
                </Field>
                <Field label="Voceros">
                  <Text size="sm">{c.spokespersons.join(' · ')}</Text>
                </Field>
                <Field label="Temas">
                  <Group gap={6}>
                    {c.topics.map((t) => (
                      <Badge key={t} variant="light" color="gray" tt="none">
                        {t}
                      </Badge>
                    ))}
                  </Group>
                </Field>
                {c.notes && (
                  <Field label="Notas">
                    <Text size="sm">{c.notes}</Text>
                  </Field>
                )}
              </Stack>
              {canManage && (
                <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                  Editar
                </Button>
              )}
            </Group>
            <Divider />
            <AttendanceSection key={`a-${c.invitees.map((i) => `${i.contactId}${i.attended}`).join()}`} conference={c} canManage={canManage} />
            <Divider />
            <MaterialsSection conference={c} canManage={canManage} />
            <Divider />
            <ClipsSection key={`k-${c.clips.map((k) => k.id).join()}`} conference={c} canManage={canManage} />
            {editing && <ConferenceFormModal conference={c} onClose={() => setEditing(false)} />}
          </Stack>
        )}
      </QueryView>
    </Drawer>
  )
}
