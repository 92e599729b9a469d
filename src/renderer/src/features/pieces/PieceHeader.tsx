import { useState, type ReactNode } from 'react'
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { IconArrowLeft, IconBan, IconFileTypePdf, IconPencil } from '@tabler/icons-react'
import { Link } from 'wouter'
import type { PieceDetail } from '../../../../shared/contract'
import { PIECE_TYPE_LABELS } from '../../../../shared/domain/pieces'
import { PieceStateBadge } from '../../components/PieceStateBadge'
import { useCatalogue } from '../../lib/queries'
import { useCurrentUser } from '../../stores/session'
import { can as canReport } from '../reports/abilities'
import { CancelPieceModal } from './CancelPieceModal'
import { DueDate } from './DueDate'
import { EditPieceModal } from './EditPieceModal'

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  )
}

function names(ids: number[], items: { id: number; name: string }[] | undefined): string {
  if (ids.length === 0) return 'Ninguno'
  return ids.map((id) => items?.find((i) => i.id === id)?.name ?? '…').join(', ')
}

export function PieceHeader({ piece }: { piece: PieceDetail }) {
  const [editing, setEditing] = useState(false)
  const [cancelling, setCancelling] = useState(false)
  const channels = useCatalogue('canal')
  const audiences = useCatalogue('grupo_valor')
  const can = (a: PieceDetail['allowedActions'][number]) => piece.allowedActions.includes(a)
  const canReportPiece = canReport(useCurrentUser()?.role, 'generateReports')
  return (
    <Stack gap="md" mb="lg">
      <Anchor component={Link} href="/piezas" size="sm" c="dimmed">
        <Group gap={4}>
          <IconArrowLeft size={14} /> Piezas
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={6}>
          <Group gap="sm">
            <Text ff="monospace" c="dimmed" size="sm">
              {piece.code}
            </Text>
            <PieceStateBadge state={piece.state} />
            <Text size="sm" c="dimmed">
              {PIECE_TYPE_LABELS[piece.type]}
              {piece.requiresDesign ? ' · con diseño' : ' · sin diseño'}
            </Text>
          </Group>
          <Title order={2}>{piece.title}</Title>
        </Stack>
        <Group gap="sm" wrap="nowrap">
          {canReportPiece && (
            <Button component={Link} href={`/informes/ficha/${piece.id}`} variant="default" leftSection={<IconFileTypePdf size={16} />}>
              Ficha (PDF)
            </Button>
          )}
          {can('editMetadata') && (
            <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
              Editar datos
            </Button>
          )}
          {can('cancel') && (
            <Button variant="subtle" color="red" leftSection={<IconBan size={16} />} onClick={() => setCancelling(true)}>
              Cancelar pieza
            </Button>
          )}
        </Group>
      </Group>
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" verticalSpacing="sm">
          <Fact label="Entrega">
            <DueDate date={piece.dueDate} overdue={piece.overdue} />
          </Fact>
          <Fact label="Redactor(a)">{piece.writerName}</Fact>
          <Fact label="Diseñador(a)">{piece.designerName ?? (piece.requiresDesign ? 'Sin asignar' : 'No aplica')}</Fact>
          <Fact label="Solicitud">
            {piece.requestId && piece.requestCode ? (
              <Anchor component={Link} href={`/solicitudes/${piece.requestId}`} size="sm">
                {piece.requestCode}
              </Anchor>
            ) : (
              'Creada sin solicitud'
            )}
          </Fact>
          <Fact label="Actividad del plan">
            <Text size="sm" lineClamp={2} title={piece.activityLabel}>
              {piece.activityLabel}
            </Text>
          </Fact>
          <Fact label="Canales">{names(piece.channelIds, channels.data)}</Fact>
          <Fact label="Grupos de valor">{names(piece.audienceIds, audiences.data)}</Fact>
          <Fact label="Creada por">{piece.createdByName}</Fact>
        </SimpleGrid>
        {piece.state === 'cancelada' && piece.cancelReason && (
          <Text size="sm" c="red.8" mt="sm">
            Motivo de la cancelación: {piece.cancelReason}
          </Text>
        )}
      </Paper>
      {can('editMetadata') && <EditPieceModal piece={piece} opened={editing} onClose={() => setEditing(false)} />}
      {can('cancel') && <CancelPieceModal piece={piece} opened={cancelling} onClose={() => setCancelling(false)} />}
    </Stack>
  )
}
