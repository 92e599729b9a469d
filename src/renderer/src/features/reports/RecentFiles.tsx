import { NavLink, Paper, ScrollArea, Stack, Text, Title } from '@mantine/core'
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react'
import type { GeneratedFile } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { QueryView } from '../../components/QueryView'
import { isPdf } from './fileKinds'
import { useRecentFiles } from './queries'

/** Reports and spreadsheets generated lately by the office; one opens again without generating it anew. */
export function RecentFiles({ selectedId, onSelect }: { selectedId: number | null; onSelect: (file: GeneratedFile) => void }) {
  const query = useRecentFiles()
  return (
    <Paper withBorder radius="md" p="md">
      <Stack gap="xs">
        <Title order={4}>Generados recientemente</Title>
        <QueryView query={query} loadingLabel="Cargando archivos recientes">
          {(files) =>
            files.length === 0 ? (
              <Text size="sm" c="dimmed">
                Los informes y hojas de cálculo que genere aparecerán aquí para verlos, guardarlos o enviarlos de nuevo.
              </Text>
            ) : (
              <ScrollArea.Autosize mah={420}>
                <nav aria-label="Generados recientemente">
                  {files.map((f) => {
                    const Icon = isPdf(f) ? IconFileTypePdf : IconFileSpreadsheet
                    return (
                      <NavLink
                        key={f.id}
                        component="button"
                        type="button"
                        active={f.id === selectedId}
                        label={f.title}
                        description={`${formatDateTime(f.createdAt)} · ${f.createdByName}`}
                        leftSection={<Icon size={18} stroke={1.6} />}
                        onClick={() => onSelect(f)}
                      />
                    )
                  })}
                </nav>
              </ScrollArea.Autosize>
            )
          }
        </QueryView>
      </Stack>
    </Paper>
  )
}
