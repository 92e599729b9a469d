import { useState } from 'react'
import { Button, Menu, Modal, Stack, Text } from '@mantine/core'
import { IconChevronDown, IconDownload, IconFileSpreadsheet, IconFileText } from '@tabler/icons-react'
import type { Contract, GeneratedFile, InputOf } from '../../../../shared/contract'
import type { SpreadsheetFormat } from '../../../../shared/domain/reports'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useCurrentUser } from '../../stores/session'
import { FileActions } from '../delivery/FileActions'
import { can } from './abilities'
import { fileFacts } from './fileKinds'

export type SpreadsheetRequestInput = NonNullable<InputOf<Contract['reports']['spreadsheet']>>['request']

/**
 * "Exportar" for a list screen: main writes the spreadsheet with the filters the screen applies
 * now, then the person saves it or sends it to a destination.
 */
export function ExportMenu({ request, label = 'Exportar' }: { request: SpreadsheetRequestInput; label?: string }) {
  const allowed = can(useCurrentUser()?.role, 'generateReports')
  const [file, setFile] = useState<GeneratedFile | null>(null)
  const build = useApiMutation((format: SpreadsheetFormat) => api.reports.spreadsheet({ request, format }), {
    invalidates: [['reports', 'recent']],
    onSuccess: setFile
  })
  if (!allowed) return null
  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default" leftSection={<IconDownload size={16} />} rightSection={<IconChevronDown size={14} />} loading={build.isPending}>
            {label}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>Con los filtros aplicados</Menu.Label>
          <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => build.mutate('xlsx')}>
            Excel (.xlsx)
          </Menu.Item>
          <Menu.Item leftSection={<IconFileText size={16} />} onClick={() => build.mutate('csv')}>
            CSV (.csv)
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal opened={file !== null} onClose={() => setFile(null)} title="Hoja de cálculo lista" centered size="lg">
        {file && (
          <Stack gap="md">
            <Stack gap={2}>
              <Text fw={600}>{file.fileName}</Text>
              <Text size="sm" c="dimmed">
                {fileFacts(file)}
              </Text>
            </Stack>
            <FileActions file={file} />
          </Stack>
        )}
      </Modal>
    </>
  )
}
