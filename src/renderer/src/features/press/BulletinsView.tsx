import { useState } from 'react'
import { Anchor, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconPlus, IconSearch, IconSend } from '@tabler/icons-react'
import type { BulletinRow } from '../../../../shared/contract/press'
import { formatDate } from '../../../../shared/dates'
import { formatDateTime24 } from '../../../../shared/domain/press'
import { EmptyState } from '../../components/EmptyState'
import { QueryView } from '../../components/QueryView'
import { BulletinDetailModal } from './BulletinDetailModal'
import { ReadinessBadge } from './ReadinessBadge'
import { RegisterBulletinModal } from './RegisterBulletinModal'
import { SendBulletinModal } from './SendBulletinModal'
import { useBulletins } from './queries'

function sendsText(b: BulletinRow): string {
  if (b.sendCount === 0) return 'Sin enviar'
  const people = `${b.recipientTotal} ${b.recipientTotal === 1 ? 'destinatario' : 'destinatarios'}`
  return `${b.sendCount} ${b.sendCount === 1 ? 'envío' : 'envíos'} · ${people}`
}

/** The bulletins of the office, newest first, with their approvals and where they went. */
export function BulletinsView({ canManage }: { canManage: boolean }) {
  const [text, setText] = useState('')
  const [search] = useDebouncedValue(text.trim(), 250)
  const bulletins = useBulletins(search)
  const [registering, setRegistering] = useState(false)
  const [sending, setSending] = useState<BulletinRow | null>(null)
  const [viewing, setViewing] = useState<BulletinRow | null>(null)

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <TextInput
          label="Buscar boletines"
          placeholder="Número, título o código de la pieza"
          leftSection={<IconSearch size={16} />}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          w={360}
        />
        {canManage && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setRegistering(true)}>
            Registrar boletín
          </Button>
        )}
      </Group>
      <QueryView query={bulletins} loadingLabel="Cargando los boletines">
        {(rows) =>
          rows.length === 0 ? (
            <EmptyState title={search ? 'Ningún boletín coincide' : 'Aún no hay boletines'}>
              {search
                ? 'Pruebe con otro número o con palabras del título.'
                : canManage
                  ? 'Registre el primero con «Registrar boletín»: elija la pieza de tipo «Boletín de prensa» y Pauta le propone el número.'
                  : 'Aquí aparecen los boletines de prensa numerados por la oficina.'}
            </EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={900} maxHeight="65vh">
              <Table stickyHeader highlightOnHover aria-label="Boletines de prensa">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={190}>Boletín</Table.Th>
                    <Table.Th>Pieza</Table.Th>
                    <Table.Th w={110}>Emisión</Table.Th>
                    <Table.Th w={190}>Aprobaciones</Table.Th>
                    <Table.Th w={200}>Envíos</Table.Th>
                    {canManage && <Table.Th w={110} />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((b) => (
                    <Table.Tr key={b.id}>
                      <Table.Td>
                        <Anchor component="button" type="button" size="sm" fw={600} ta="left" onClick={() => setViewing(b)}>
                          {b.label}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{b.pieceTitle}</Text>
                        <Text size="xs" c="dimmed">
                          {b.pieceCode}
                        </Text>
                      </Table.Td>
                      <Table.Td>{formatDate(b.issuedOn)}</Table.Td>
                      <Table.Td>
                        <ReadinessBadge readiness={b} />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{sendsText(b)}</Text>
                        {b.lastSentAt && (
                          <Text size="xs" c="dimmed">
                            Último: {formatDateTime24(b.lastSentAt)}
                          </Text>
                        )}
                      </Table.Td>
                      {canManage && (
                        <Table.Td ta="right">
                          <Button
                            size="xs"
                            variant="light"
                            leftSection={<IconSend size={14} />}
                            onClick={() => setSending(b)}
                            disabled={!b.ready}
                            aria-label={`Enviar el ${b.label}`}
                            title={b.ready ? undefined : b.missing}
                          >
                            Enviar
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryView>
      {registering && (
        <RegisterBulletinModal
          onClose={() => setRegistering(false)}
          onRegistered={(b) => {
            setRegistering(false)
            if (b.ready) setSending(b)
          }}
        />
      )}
      {sending && <SendBulletinModal bulletin={sending} onClose={() => setSending(null)} />}
      {viewing && <BulletinDetailModal id={viewing.id} title={viewing.label} onClose={() => setViewing(null)} />}
    </Stack>
  )
}
