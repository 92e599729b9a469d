import { useState } from 'react'
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { IconCircleCheck, IconClockHour4, IconDeviceFloppy, IconSend } from '@tabler/icons-react'
import { Link } from 'wouter'
import type { DeliveryResult, GeneratedFile } from '../../../../shared/contract'
import type { MediaDigest } from '../../../../shared/contract/monitoring'
import { formatDateTime } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { formatFileSize } from '../pieces/format'
import { PdfPreview } from '../reports/PdfPreview'
import { SendDigestModal } from './SendDigestModal'

function SaveAsButton({ file, label }: { file: GeneratedFile; label: string }) {
  const [saved, setSaved] = useState<string | null>(null)
  const save = useApiMutation(() => api.delivery.saveAs({ fileId: file.id }), {
    invalidates: [],
    onSuccess: (path) => setSaved(path)
  })
  return (
    <Stack gap={4}>
      <Button size="sm" variant="default" leftSection={<IconDeviceFloppy size={16} />} loading={save.isPending} onClick={() => save.mutate(undefined)}>
        {label}
      </Button>
      {saved && (
        <Text size="xs" c="dimmed">
          Guardado en {saved}
        </Text>
      )}
    </Stack>
  )
}

function SentNotice({ results, onClose }: { results: DeliveryResult[]; onClose: () => void }) {
  const queued = results.some((r) => r.status === 'en_bandeja')
  return (
    <Alert
      role="status"
      color={queued ? 'yellow' : 'green'}
      variant="light"
      icon={queued ? <IconClockHour4 size={18} /> : <IconCircleCheck size={18} />}
      title={queued ? 'Quedó en la bandeja de salida' : 'Boletín entregado'}
      withCloseButton
      closeButtonLabel="Cerrar aviso"
      onClose={onClose}
    >
      <Stack gap={2}>
        {results.map((r, i) => (
          <Text key={i} size="sm">
            {r.status === 'entregado' ? `Entregado en ${r.deliveredPath}` : r.message}
          </Text>
        ))}
        {queued && (
          <Anchor component={Link} href="/bandeja" size="sm">
            Ver la bandeja de salida
          </Anchor>
        )}
      </Stack>
    </Alert>
  )
}

/** The generated digest: its two files, where they can go, and the PDF as the directors will see it. */
export function DigestFiles({ digest }: { digest: MediaDigest }) {
  const [sending, setSending] = useState(false)
  const [sent, setSent] = useState<DeliveryResult[] | null>(null)
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Stack gap="sm">
          <div>
            <Title order={5}>{digest.pdf.title}</Title>
            <Text size="xs" c="dimmed">
              {digest.clipCount} {digest.clipCount === 1 ? 'nota' : 'notas'} · generado por {digest.createdByName} el {formatDateTime(digest.createdAt)}
            </Text>
            <Text size="xs" c="dimmed">
              {digest.pdf.fileName} ({formatFileSize(digest.pdf.size)}) · {digest.html.fileName} para correo ({formatFileSize(digest.html.size)})
            </Text>
          </div>
          <Group gap="sm" align="flex-start">
            <Button size="sm" leftSection={<IconSend size={16} />} onClick={() => setSending(true)}>
              Enviar a destino
            </Button>
            <SaveAsButton file={digest.pdf} label="Guardar PDF como…" />
            <SaveAsButton file={digest.html} label="Guardar HTML como…" />
          </Group>
          {sent && <SentNotice results={sent} onClose={() => setSent(null)} />}
        </Stack>
      </Paper>
      <div style={{ height: 640 }}>
        <PdfPreview url={digest.pdf.url} title={digest.pdf.title} />
      </div>
      <SendDigestModal digest={sending ? digest : null} onClose={() => setSending(false)} onSent={setSent} />
    </Stack>
  )
}
