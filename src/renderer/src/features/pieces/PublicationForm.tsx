import { useState, type FormEvent } from 'react'
import { ActionIcon, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { DateTimePicker } from '@mantine/dates'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import type { PieceDetail } from '../../../../shared/contract'
import { CatalogueSelect } from '../../components/CatalogueSelect'
import { ApiError, api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { colombianPickerValueToIso, pickerValueInColombia } from './publication-time'
import { PIECE_WRITES } from './queries'

interface Row {
  key: number
  channelId: number | null
  publishedAt: string | null
  urlOrPlace: string
}

let nextKey = 1
const row = (channelId: number | null): Row => ({ key: nextKey++, channelId, publishedAt: pickerValueInColombia(new Date()), urlOrPlace: '' })

/** Starts with the planned channels that have no publication yet. */
function initialRows(piece: PieceDetail): Row[] {
  const done = new Set(piece.publications.map((p) => p.channelId))
  const pending = piece.channelIds.filter((id) => !done.has(id))
  return pending.length > 0 ? pending.map(row) : [row(null)]
}

/** Numbers the labels after the first row so every control keeps a unique name. */
const suffix = (i: number) => (i === 0 ? '' : ` ${i + 1}`)

export function PublicationForm({ piece }: { piece: PieceDetail }) {
  const [rows, setRows] = useState<Row[]>(() => initialRows(piece))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const publish = useApiMutation((input: { pieceId: number; publications: { channelId: number; publishedAt: string; urlOrPlace: string }[] }) => api.pieces.publish(input), {
    invalidates: PIECE_WRITES,
    success: (p) => (p.publications.length === 1 ? 'Se registró la publicación.' : `Se registraron las publicaciones (${p.publications.length} en total).`),
    onSuccess: () => {
      setRows([row(null)])
      setErrors({})
    }
  })

  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)))

  function submit(event: FormEvent) {
    event.preventDefault()
    const found: Record<string, string> = {}
    rows.forEach((r, i) => {
      if (!r.channelId) found[`publications.${i}.channelId`] = 'Seleccione el canal.'
      if (!r.publishedAt) found[`publications.${i}.publishedAt`] = 'Indique la fecha y la hora de publicación.'
      if (!r.urlOrPlace.trim()) found[`publications.${i}.urlOrPlace`] = 'Escriba la URL o el lugar donde se publicó.'
    })
    setErrors(found)
    if (Object.keys(found).length > 0) return
    publish.mutate(
      {
        pieceId: piece.id,
        publications: rows.map((r) => ({ channelId: r.channelId!, publishedAt: colombianPickerValueToIso(r.publishedAt!), urlOrPlace: r.urlOrPlace.trim() }))
      },
      {
        onError: (error) => {
          if (error instanceof ApiError) setErrors(error.fields)
        }
      }
    )
  }

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate aria-label="Registrar publicación">
      <Stack gap="sm">
        <Title order={4}>Registrar publicación</Title>
        <Text size="sm" c="dimmed">
          Una fila por canal: cuándo salió la pieza y dónde se puede ver (enlace de la publicación o lugar, p. ej. «Cartelera del primer piso»).
        </Text>
        {rows.map((r, i) => (
          <Group key={r.key} align="flex-start" gap="sm" wrap="wrap">
            <CatalogueSelect
              kind="canal"
              label={`Canal${suffix(i)}`}
              required
              value={r.channelId}
              onChange={(v) => update(r.key, { channelId: v })}
              error={errors[`publications.${i}.channelId`]}
              w={220}
            />
            <DateTimePicker
              label={`Fecha y hora${suffix(i)}`}
              required
              valueFormat="DD/MM/YYYY HH:mm"
              value={r.publishedAt}
              onChange={(v) => update(r.key, { publishedAt: v })}
              error={errors[`publications.${i}.publishedAt`]}
              timePickerProps={{ format: '24h', withDropdown: true }}
              submitButtonProps={{ 'aria-label': 'Confirmar fecha y hora' }}
              w={230}
            />
            <TextInput
              label={`URL o lugar${suffix(i)}`}
              required
              placeholder="https://… o lugar"
              value={r.urlOrPlace}
              onChange={(e) => update(r.key, { urlOrPlace: e.currentTarget.value })}
              error={errors[`publications.${i}.urlOrPlace`]}
              maxLength={1000}
              style={{ flex: '1 1 260px' }}
            />
            {rows.length > 1 && (
              <ActionIcon variant="subtle" color="gray" mt={28} onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))} aria-label={`Quitar la fila ${i + 1}`}>
                <IconTrash size={16} />
              </ActionIcon>
            )}
          </Group>
        ))}
        {errors.publications && (
          <Text size="sm" c="red.7" role="alert">
            {errors.publications}
          </Text>
        )}
        <Group justify="space-between">
          <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={() => setRows((rs) => [...rs, row(null)])} disabled={rows.length >= 20}>
            Agregar otro canal
          </Button>
          <Button type="submit" loading={publish.isPending}>
            Registrar publicación
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
