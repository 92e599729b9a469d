import { Group, Paper, Stack, Text, Title } from '@mantine/core'
import type { GeneratedFile } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { FileActions } from '../delivery/FileActions'
import { fileFacts, isPdf, kindLabel } from './fileKinds'
import { PdfPreview } from './PdfPreview'

/**
 * A generated file with its facts, what can be done with it and, for a PDF, its preview. The
 * column takes the height left under the page header so the preview scrolls, not the page.
 */
export function GeneratedFileView({ file }: { file: GeneratedFile }) {
  return (
    <Stack gap="md" h={isPdf(file) ? 'calc(100vh - 150px)' : undefined} mih={isPdf(file) ? 560 : undefined}>
      <Paper withBorder radius="md" p="md">
        <Group justify="space-between" align="flex-start" gap="md">
          <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
              {kindLabel(file.kind)}
            </Text>
            <Title order={4} lineClamp={2} title={file.title}>
              {file.title}
            </Title>
            <Text size="xs" c="dimmed" lineClamp={2} title={`${file.fileName} · ${fileFacts(file)}`}>
              {file.fileName} · {fileFacts(file)} · generado por {file.createdByName} el {formatDateTime(file.createdAt)}
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
