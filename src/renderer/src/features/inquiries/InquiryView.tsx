import { useState, type ReactNode } from 'react'
import { Blockquote, Button, Divider, Group, Paper, SimpleGrid, Stack, Text, Timeline, Title } from '@mantine/core'
import { IconArrowForwardUp, IconBuilding, IconCheck, IconFileExport, IconPencil, IconUserCheck } from '@tabler/icons-react'
import type { InquiryAction, InquiryDetail } from '../../../../shared/contract/inquiries'
import { INQUIRY_CHANNEL_LABELS, TERM_KIND_LABELS } from '../../../../shared/domain/inquiries'
import { formatDate, formatDateTime } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { ErrorAlert } from '../../components/ErrorAlert'
import { AssignModal } from './AssignModal'
import { ConsultModal } from './ConsultModal'
import { InquiryFormModal } from './InquiryFormModal'
import { ReplyModal } from './ReplyModal'
import { TransferModal } from './TransferModal'
import { InquiryStateBadge, TermBadge } from './badges'
import { INQUIRY_WRITES } from './queries'

type Dialog = Exclude<InquiryAction, 'close'> | null

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  )
}

export function InquiryView({ inquiry }: { inquiry: InquiryDetail }) {
  const [dialog, setDialog] = useState<Dialog>(null)
  const can = (a: InquiryAction) => inquiry.allowedActions.includes(a)
  const close = useApiMutation(() => api.inquiries.close({ id: inquiry.id }), {
    invalidates: INQUIRY_WRITES,
    success: (r) => `Se cerró la inquietud N.º ${r.id}.`
  })
  const done = () => setDialog(null)

  return (
    <Stack gap="md">
      <Group gap="xs">
        <InquiryStateBadge state={inquiry.state} />
        <TermBadge inquiry={inquiry} />
      </Group>
      <Blockquote color="blue" p="md" cite={`— ${inquiry.citizen}, por ${INQUIRY_CHANNEL_LABELS[inquiry.channel]}`}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {inquiry.text}
        </Text>
      </Blockquote>
      <SimpleGrid cols={2} spacing="sm">
        <Field label="Recibida">{formatDateTime(inquiry.receivedAt)}</Field>
        <Field label="Vence">
          {formatDate(inquiry.dueOn)} · {inquiry.termKind === 'redes' ? `respuesta en redes, ${inquiry.termDays} días hábiles` : TERM_KIND_LABELS[inquiry.termKind]}
        </Field>
        <Field label="Tema">{inquiry.topic || '—'}</Field>
        <Field label="Responsable">{inquiry.assigneeName ?? 'Sin asignar'}</Field>
        <Field label="Dependencia">{inquiry.dependenciaName ?? '—'}</Field>
        {inquiry.pqrsRadicado && <Field label="Radicado PQRS">{inquiry.pqrsRadicado}</Field>}
      </SimpleGrid>

      {inquiry.repliedAt && (
        <Paper withBorder p="md" radius="md" bg="teal.0" component="section" aria-label="Respuesta">
          <Title order={5} mb={4}>
            Respuesta
          </Title>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {inquiry.replyText}
          </Text>
          <Text size="xs" c="dimmed" mt="xs">
            {inquiry.repliedByName} · {formatDateTime(inquiry.repliedAt)}
          </Text>
        </Paper>
      )}

      {inquiry.allowedActions.length > 0 && (
        <Group gap="xs">
          {can('reply') && (
            <Button leftSection={<IconArrowForwardUp size={16} />} onClick={() => setDialog('reply')}>
              Responder
            </Button>
          )}
          {can('assign') && (
            <Button variant="light" leftSection={<IconUserCheck size={16} />} onClick={() => setDialog('assign')}>
              {inquiry.assigneeId ? 'Reasignar' : 'Asignar'}
            </Button>
          )}
          {can('consult') && (
            <Button variant="light" leftSection={<IconBuilding size={16} />} onClick={() => setDialog('consult')}>
              Consultar dependencia
            </Button>
          )}
          {can('transferToPqrs') && (
            <Button variant="light" color="orange" leftSection={<IconFileExport size={16} />} onClick={() => setDialog('transferToPqrs')}>
              Trasladar a PQRS
            </Button>
          )}
          {can('update') && (
            <Button variant="subtle" leftSection={<IconPencil size={16} />} onClick={() => setDialog('update')}>
              Corregir datos
            </Button>
          )}
          {can('close') && (
            <Button variant="light" color="gray" leftSection={<IconCheck size={16} />} loading={close.isPending} onClick={() => close.mutate(undefined)}>
              Cerrar inquietud
            </Button>
          )}
        </Group>
      )}
      {close.isError && <ErrorAlert error={close.error} title="No se cerró la inquietud" />}

      <Divider label="Historial" labelPosition="left" />
      <Timeline bulletSize={12} lineWidth={2} active={inquiry.history.length - 1}>
        {inquiry.history.map((h) => (
          <Timeline.Item key={h.id}>
            <Text size="sm">{h.summary}</Text>
            <Text size="xs" c="dimmed">
              {h.actorName ?? 'Sistema'} · {formatDateTime(h.at)}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>

      {dialog === 'reply' && <ReplyModal inquiry={inquiry} opened onClose={done} />}
      {dialog === 'assign' && <AssignModal inquiry={inquiry} opened onClose={done} />}
      {dialog === 'consult' && <ConsultModal inquiry={inquiry} opened onClose={done} />}
      {dialog === 'transferToPqrs' && <TransferModal inquiry={inquiry} opened onClose={done} />}
      {dialog === 'update' && <InquiryFormModal inquiry={inquiry} opened onClose={done} />}
    </Stack>
  )
}
