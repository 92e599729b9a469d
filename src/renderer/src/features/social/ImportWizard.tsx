import { useState } from 'react'
import { Alert, Button, Group, List, Modal, ScrollArea, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core'
import { IconAlertTriangle, IconFileImport, IconInfoCircle } from '@tabler/icons-react'
import type { SocialImportPreview } from '../../../../shared/contract'
import { SOCIAL_METRICS, SOCIAL_METRIC_LABELS, SOCIAL_NETWORKS, SOCIAL_NETWORK_LABELS, type SocialMetric, type SocialNetwork } from '../../../../shared/domain/reports'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { monthTitle } from '../reports/months'

type Mapping = SocialImportPreview['mapping']
type Target = SocialMetric | 'month' | null

const PLATFORM_LABELS: Record<NonNullable<SocialImportPreview['detectedPlatform']>, string> = {
  meta: 'Meta Business Suite (Facebook / Instagram)',
  x: 'X (estadísticas de la cuenta)',
  youtube: 'YouTube Studio',
  tiktok: 'TikTok'
}
const ENCODING_LABELS: Record<SocialImportPreview['encoding'], string> = { 'utf-8': 'UTF-8', 'latin-1': 'Latin-1 (ISO-8859-1)' }
const NETWORK_OPTIONS = SOCIAL_NETWORKS.map((n) => ({ value: n, label: SOCIAL_NETWORK_LABELS[n] }))
const TARGET_OPTIONS = [
  { value: 'month', label: 'Fecha o mes' },
  ...SOCIAL_METRICS.map((m) => ({ value: m, label: SOCIAL_METRIC_LABELS[m] })),
  { value: 'ignorar', label: 'No usar' }
]
const number = new Intl.NumberFormat('es-CO')

interface Props {
  opened: boolean
  onClose: () => void
  onImported: (network: SocialNetwork, months: string[]) => void
}

/** Reads a platform's CSV export, shows what it understood and what it would write, and imports on request. */
export function ImportWizard({ opened, onClose, onImported }: Props) {
  return (
    <Modal opened={opened} onClose={onClose} title="Importar estadísticas desde un CSV" centered size={960}>
      {opened && <Wizard onClose={onClose} onImported={onImported} />}
    </Modal>
  )
}

function Wizard({ onClose, onImported }: Omit<Props, 'opened'>) {
  const [network, setNetwork] = useState<SocialNetwork | null>(null)
  const [networkError, setNetworkError] = useState<string | null>(null)
  const [preview, setPreview] = useState<{ network: SocialNetwork; data: SocialImportPreview } | null>(null)
  const [mapping, setMapping] = useState<Mapping>([])
  const read = useApiMutation((n: SocialNetwork) => api.social.previewImport({ network: n }), {
    invalidates: [],
    onSuccess: (data, n) => {
      // null: the person closed the file dialog without choosing.
      if (!data) return
      setPreview({ network: n, data })
      setMapping(data.mapping)
    }
  })
  const edited = preview !== null && JSON.stringify(mapping) !== JSON.stringify(preview.data.mapping)
  const commit = useApiMutation(
    (p: SocialImportPreview) => api.social.commitImport({ token: p.token, ...(edited ? { mapping } : {}) }),
    {
      invalidates: [['social']],
      success: (rows) => (rows.length === 1 ? 'Se importó 1 mes de estadísticas.' : `Se importaron ${rows.length} meses de estadísticas.`),
      onSuccess: (rows) => {
        if (preview) onImported(preview.network, rows.map((r) => r.month))
        onClose()
      }
    }
  )

  if (!preview) {
    return (
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          if (network) read.mutate(network)
          else setNetworkError('Elija la red social del archivo.')
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            Use el archivo CSV que descarga de la plataforma: Meta Business Suite (Facebook e Instagram), X, YouTube Studio o TikTok.
            Pauta reconoce las columnas, suma las cifras diarias por mes y le muestra el resultado antes de guardar nada.
          </Text>
          <Select
            label="Red social"
            placeholder="Seleccione"
            required
            data-autofocus
            data={NETWORK_OPTIONS}
            value={network}
            error={networkError}
            onChange={(v) => {
              setNetwork(v as SocialNetwork | null)
              setNetworkError(null)
            }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" leftSection={<IconFileImport size={16} />} loading={read.isPending}>
              Elegir archivo CSV…
            </Button>
          </Group>
        </Stack>
      </form>
    )
  }

  const { data } = preview
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <Fact label="Archivo">{data.fileName}</Fact>
        <Fact label="Plataforma detectada">{data.detectedPlatform ? PLATFORM_LABELS[data.detectedPlatform] : 'No se reconoció: revise las columnas'}</Fact>
        <Fact label="Codificación">{ENCODING_LABELS[data.encoding]}</Fact>
      </SimpleGrid>
      <MappingTable mapping={mapping} onChange={setMapping} />
      {edited && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />}>
          Cambió la correspondencia de columnas: al importar, Pauta vuelve a calcular los totales con ella.
        </Alert>
      )}
      <Stack gap={6}>
        <Title order={5}>
          Totales mensuales que se guardarán en {SOCIAL_NETWORK_LABELS[preview.network]}
        </Title>
        {data.rows.length === 0 ? (
          <Text size="sm" c="dimmed">
            El archivo no tiene filas que se puedan importar.
          </Text>
        ) : (
          <TotalsTable rows={data.rows} />
        )}
      </Stack>
      {data.errors.length > 0 && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle size={18} />}
          title={data.errors.length === 1 ? '1 línea no se importará' : `${data.errors.length} líneas no se importarán`}
        >
          <ScrollArea.Autosize mah={160}>
            <List size="sm" spacing={2}>
              {data.errors.map((e) => (
                <List.Item key={`${e.line}-${e.message}`}>
                  Línea {e.line}: {e.message}
                </List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
        </Alert>
      )}
      <Text size="xs" c="dimmed">
        Los meses importados reemplazan las cifras que ya tenga {SOCIAL_NETWORK_LABELS[preview.network]} en esos meses.
      </Text>
      <Group justify="space-between">
        <Button variant="subtle" onClick={() => setPreview(null)}>
          Elegir otro archivo
        </Button>
        <Group gap="sm">
          <Button variant="default" onClick={onClose}>
            Cancelar
          </Button>
          <Button onClick={() => commit.mutate(data)} loading={commit.isPending} disabled={data.rows.length === 0 && !edited}>
            Importar
          </Button>
        </Group>
      </Group>
    </Stack>
  )
}

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.3}>
        {label}
      </Text>
      <Text size="sm" style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </div>
  )
}

function MappingTable({ mapping, onChange }: { mapping: Mapping; onChange: (m: Mapping) => void }) {
  const set = (column: string, target: Target) => onChange(mapping.map((c) => (c.column === column ? { ...c, metric: target } : c)))
  return (
    <Stack gap={6}>
      <Title order={5}>Columnas del archivo</Title>
      <ScrollArea.Autosize mah={220}>
        <Table verticalSpacing={4} stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Columna del archivo</Table.Th>
              <Table.Th w={260}>Se usa como</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mapping.map((c) => (
              <Table.Tr key={c.column}>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {c.column}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label={`Uso de la columna «${c.column}»`}
                    data={TARGET_OPTIONS}
                    allowDeselect={false}
                    value={c.metric ?? 'ignorar'}
                    onChange={(v) => set(c.column, v === 'ignorar' || v === null ? null : (v as Target))}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Stack>
  )
}

function TotalsTable({ rows }: { rows: SocialImportPreview['rows'] }) {
  return (
    <Table.ScrollContainer minWidth={820} maxHeight={240}>
      <Table verticalSpacing={4} fz="sm" stickyHeader striped aria-label="Totales mensuales a importar">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={160}>Mes</Table.Th>
            {SOCIAL_METRICS.map((m) => (
              <Table.Th key={m} ta="right" fz="xs">
                {SOCIAL_METRIC_LABELS[m]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={`${r.network}-${r.month}`}>
              <Table.Td>{monthTitle(r.month)}</Table.Td>
              {SOCIAL_METRICS.map((m) => (
                <Table.Td key={m} ta="right">
                  {r.values[m] === undefined ? '—' : number.format(r.values[m])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
