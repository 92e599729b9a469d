import { useState, type FormEvent } from 'react'
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core'
import type { BulletinRow } from '../../../../shared/contract/press'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PRESS_WRITES, useDistributionLists } from './queries'

const contacts = (n: number) => `${n} ${n === 1 ? 'contacto activo' : 'contactos activos'}`

/** Records that the bulletin went out to the chosen lists (the mail itself leaves from the office's mail program). */
export function SendBulletinModal({ bulletin, onClose }: { bulletin: BulletinRow; onClose: () => void }) {
  const lists = useDistributionLists()
  const [chosen, setChosen] = useState<string[]>([])
  const [error, setError] = useState<string | null>(null)
  const send = useApiMutation(api.press.sendBulletin, {
    invalidates: PRESS_WRITES,
    success: (b) => {
      const last = b.sends.slice(0, chosen.length).reduce((n, s) => n + s.recipientCount, 0)
      return `Se registró el envío del ${b.label} a ${last} ${last === 1 ? 'destinatario' : 'destinatarios'}.`
    },
    onSuccess: onClose
  })

  function submit(event: FormEvent) {
    event.preventDefault()
    if (chosen.length === 0) {
      setError('Elija al menos una lista de distribución.')
      return
    }
    send.mutate({ bulletinId: bulletin.id, listIds: chosen.map(Number) })
  }

  return (
    <Modal opened onClose={onClose} title={`Enviar el ${bulletin.label}`} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          <Text size="sm">
            «{bulletin.pieceTitle}». Pauta registra a qué listas y a cuántos periodistas se envió; el correo sale del programa de correo de la oficina (exporte la lista en «Contactos y listas»).
          </Text>
          {!bulletin.ready && (
            <Alert color="orange" variant="light" title="Aún no se puede enviar">
              {bulletin.missing}
            </Alert>
          )}
          <QueryView query={lists} loadingLabel="Cargando las listas">
            {(all) =>
              all.length === 0 ? (
                <EmptyState title="Aún no hay listas de distribución">Créelas en la pestaña «Contactos y listas».</EmptyState>
              ) : (
                <Checkbox.Group
                  label="Listas de distribución"
                  value={chosen}
                  onChange={(v) => {
                    setChosen(v)
                    setError(null)
                  }}
                  error={error}
                >
                  <Stack gap="xs" mt="xs">
                    {all.map((l, i) => (
                      <Checkbox key={l.id} value={String(l.id)} label={`${l.name} (${contacts(l.activeMemberCount)})`} data-autofocus={i === 0 || undefined} />
                    ))}
                  </Stack>
                </Checkbox.Group>
              )
            }
          </QueryView>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={send.isPending} disabled={!bulletin.ready}>
              Registrar envío
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
