import { useState } from 'react'
import { Button, Checkbox, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import type { ConferenceDetail } from '../../../../shared/contract/press'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PRESS_WRITES } from './queries'

/** Who of the invited media came; recorded once the conference has taken place. */
export function AttendanceSection({ conference, canManage }: { conference: ConferenceDetail; canManage: boolean }) {
  const [attended, setAttended] = useState(() => conference.invitees.filter((i) => i.attended).map((i) => String(i.contactId)))
  const held = Date.parse(conference.startsAt) <= Date.now()
  const save = useApiMutation(api.press.setAttendance, {
    invalidates: PRESS_WRITES,
    success: (c) => `Se registró la asistencia: ${c.attendedCount} de ${c.invitedCount} medios invitados.`
  })
  return (
    <section aria-labelledby="conference-attendance">
      <Title order={4} id="conference-attendance" mb="xs">
        Invitados y asistencia
      </Title>
      {conference.invitees.length === 0 ? (
        <Text size="sm" c="dimmed">
          No hay medios invitados. Agréguelos con «Editar».
        </Text>
      ) : (
        <Stack gap="sm">
          {!held && (
            <Text size="sm" c="dimmed">
              La asistencia se registra después de la rueda de prensa.
            </Text>
          )}
          <Checkbox.Group value={attended} onChange={setAttended} aria-label="Asistieron">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              {conference.invitees.map((i) => (
                <Checkbox key={i.contactId} value={String(i.contactId)} label={`${i.fullName} (${i.medium})`} disabled={!canManage || !held} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          {canManage && held && (
            <Group>
              <Button size="sm" variant="light" loading={save.isPending} onClick={() => save.mutate({ id: conference.id, attendedIds: attended.map(Number) })}>
                Guardar asistencia
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </section>
  )
}
