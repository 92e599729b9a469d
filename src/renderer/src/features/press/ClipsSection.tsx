import { useState } from 'react'
import { Link } from 'wouter'
import { Anchor, Button, Group, List, MultiSelect, Stack, Text, Title } from '@mantine/core'
import type { ConferenceDetail } from '../../../../shared/contract/press'
import { formatDate, isoDateInColombia } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PRESS_WRITES, useClipOptions } from './queries'

/** The media clips that resulted from the conference, chosen among those of its day and the week after. */
export function ClipsSection({ conference, canManage }: { conference: ConferenceDetail; canManage: boolean }) {
  const options = useClipOptions(conference.id)
  const [chosen, setChosen] = useState(() => conference.clips.map((k) => String(k.id)))
  const day = isoDateInColombia(new Date(conference.startsAt))
  const save = useApiMutation(api.press.setClips, {
    invalidates: PRESS_WRITES,
    success: (c) => `La rueda de prensa tiene ${c.clipCount} ${c.clipCount === 1 ? 'nota de medios' : 'notas de medios'}.`
  })
  return (
    <section aria-labelledby="conference-clips">
      <Title order={4} id="conference-clips" mb="xs">
        Notas de medios resultantes
      </Title>
      <Stack gap="sm">
        {conference.clips.length === 0 ? (
          <Text size="sm" c="dimmed">
            Aún no hay notas vinculadas.
          </Text>
        ) : (
          <List size="sm" spacing={4}>
            {conference.clips.map((k) => (
              <List.Item key={k.id}>
                {formatDate(k.clipDate)} · <strong>{k.medium}</strong>: {k.headline}
              </List.Item>
            ))}
          </List>
        )}
        {canManage && (
          <Group align="flex-end">
            <MultiSelect
              label="Notas de medios"
              description={`Registradas en «Seguimiento de medios» desde el ${formatDate(day)} y la semana siguiente`}
              placeholder={options.data?.length === 0 ? 'No hay notas en esas fechas' : 'Elija las notas'}
              searchable
              clearable
              data={(options.data ?? []).map((k) => ({ value: String(k.id), label: `${formatDate(k.clipDate)} · ${k.medium}: ${k.headline}` }))}
              value={chosen}
              onChange={setChosen}
              style={{ flex: 1 }}
            />
            <Button variant="light" loading={save.isPending} onClick={() => save.mutate({ id: conference.id, clipIds: chosen.map(Number) })}>
              Guardar notas
            </Button>
          </Group>
        )}
        {canManage && options.data?.length === 0 && (
          <Text size="xs" c="dimmed">
            Las notas se registran en{' '}
            <Anchor component={Link} href="/medios" size="xs">
              Seguimiento de medios
            </Anchor>
            .
          </Text>
        )}
      </Stack>
    </section>
  )
}
