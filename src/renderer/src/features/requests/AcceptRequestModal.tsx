import { useState, type FormEvent } from 'react'
import { Button, Fieldset, Group, Modal, Stack, Text } from '@mantine/core'
import { IconPlus, IconTrash } from '@tabler/icons-react'
import type { RequestDetail } from '../../../../shared/contract'
import type { Role } from '../../../../shared/domain/roles'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { ErrorAlert } from '../../components/ErrorAlert'
import { useCurrentUser } from '../../stores/session'
import {
  PieceFields,
  checkPieceFields,
  emptyPieceFields,
  errorsAt,
  type NewPieceInput,
  type PieceFieldErrors,
  type PieceFieldsValue
} from '../pieces/PieceFields'
import { PIECE_WRITES } from '../pieces/queries'

/** People in these roles usually write the pieces they accept, so they start as the writer. */
const WRITER_ROLES: readonly Role[] = ['profesional', 'community_manager']

interface Draft {
  key: number
  value: PieceFieldsValue
  errors: PieceFieldErrors
}

/** Accepting a request creates its pieces in one step: one or more, prefilled from what was asked. */
export function AcceptRequestModal({ request, opened, onClose }: { request: RequestDetail; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Aceptar ${request.code} y crear piezas`} centered size="xl">
      {opened && <AcceptForm request={request} onDone={onClose} />}
    </Modal>
  )
}

function AcceptForm({ request, onDone }: { request: RequestDetail; onDone: () => void }) {
  const user = useCurrentUser()
  const prefill = (key: number): Draft => ({
    key,
    value: emptyPieceFields({
      title: request.topic,
      channelIds: request.channelIds,
      audienceIds: request.audienceIds,
      dueDate: request.desiredDate,
      writerId: user && WRITER_ROLES.includes(user.role) ? user.id : null
    }),
    errors: {}
  })
  const [drafts, setDrafts] = useState<Draft[]>(() => [prefill(0)])
  const [nextKey, setNextKey] = useState(1)
  const accept = useApiMutation((pieces: NewPieceInput[]) => api.requests.accept({ id: request.id, pieces }), {
    invalidates: PIECE_WRITES,
    form: { setErrors: (fields) => setDrafts((ds) => ds.map((d, i) => ({ ...d, errors: errorsAt(fields, `pieces.${i}`) }))) },
    success: (r) => `Se aceptó ${r.code} y se ${r.pieces.length === 1 ? 'creó 1 pieza' : `crearon ${r.pieces.length} piezas`}.`,
    onSuccess: onDone
  })

  function update(key: number, value: PieceFieldsValue) {
    setDrafts((ds) =>
      ds.map((d) => {
        if (d.key !== key) return d
        // A corrected field stops showing its old message; the others keep theirs.
        const errors = Object.fromEntries(Object.entries(d.errors).filter(([k]) => value[k as keyof PieceFieldsValue] === d.value[k as keyof PieceFieldsValue]))
        return { key, value, errors }
      })
    )
  }

  function add() {
    setDrafts((ds) => [...ds, prefill(nextKey)])
    setNextKey((k) => k + 1)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    const checked = drafts.map((d) => checkPieceFields(d.value))
    if (checked.some((c) => c.errors)) {
      setDrafts((ds) => ds.map((d, i) => ({ ...d, errors: checked[i]!.errors ?? {} })))
      return
    }
    accept.mutate(checked.flatMap((c) => (c.input ? [c.input] : [])))
  }

  const count = drafts.length
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Defina las piezas que producirá la oficina para «{request.topic}». Cada pieza aporta a una actividad del plan y sigue el
          flujo de revisión de contenido y de diseño.
        </Text>
        {drafts.map((d, i) => (
          <Fieldset key={d.key} legend={`Pieza ${i + 1}`}>
            <Stack gap="xs">
              <PieceFields value={d.value} onChange={(v) => update(d.key, v)} errors={d.errors} disabled={accept.isPending} autoFocus={i === 0} />
              {count > 1 && (
                <Group justify="flex-end">
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={14} />}
                    aria-label={`Quitar la pieza ${i + 1}`}
                    onClick={() => setDrafts((ds) => ds.filter((x) => x.key !== d.key))}
                  >
                    Quitar
                  </Button>
                </Group>
              )}
            </Stack>
          </Fieldset>
        ))}
        <Group>
          <Button variant="subtle" leftSection={<IconPlus size={16} />} onClick={add} disabled={count >= 20}>
            Agregar otra pieza
          </Button>
        </Group>
        {accept.isError && <ErrorAlert error={accept.error} title="No se aceptó la solicitud" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={accept.isPending}>
            {count === 1 ? 'Aceptar y crear la pieza' : `Aceptar y crear ${count} piezas`}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
