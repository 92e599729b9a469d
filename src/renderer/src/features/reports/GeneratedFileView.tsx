import { Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { GeneratedFile } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { FileActions } from '../delivery/FileActions'
import { fileFacts, isPdf, kindLabel } from './fileKinds'
import { PdfPreview } from './PdfPreview'

/** A generated file with its facts, what can be done with it and, for a PDF, its preview. */
export function GeneratedFileView({ file }: { file: GeneratedFile }) {
  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
              {kindLabel(file.kind)}
            </Text>
            <Title order={3}>{file.title}</Title>
            <Text size="sm" c="dimmed">
              {file.fileName} · {fileFacts(file)}
            </Text>
            <Text size="xs" c="dimmed">
              Generado por {file.createdByName} el {formatDateTime(file.createdAt)}
            </Text>
          </Stack>
          {/* Same file, new view: a previous "Entregado en…" notice belongs to the previous file. */}
          <FileActions key={file.id} file={file} />
        </Group>
      </Paper>
      {isPdf(file) && <PdfPreview url={file.url} title={file.title} />}
    </Stack>
  )
}
