import { useCallback, useMemo, useState } from 'react'
import { Button, Group, Paper, Select, Stack, Tabs, Text } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import { IconDeviceFloppy, IconFileImport } from '@tabler/icons-react'
import { isoDateInColombia } from '../../../../shared/dates'
import { SOCIAL_NETWORKS, SOCIAL_NETWORK_LABELS, type SocialMetric, type SocialNetwork } from '../../../../shared/domain/reports'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { QueryView } from '../../components/QueryView'
import { ExportMenu } from '../reports/ExportMenu'
import { EMPTY_VALUES, indexRows, monthsOf, sameValues, splitKey, type CellRowKey, type MetricValues } from './grid-state'
import { ImportWizard } from './ImportWizard'
import { NetworkGrid } from './NetworkGrid'

const YEARS_BACK = 5

/** The office's social-network figures by year: typed by hand or imported from the platforms' CSV exports. */
export function SocialStatsView({ canEdit }: { canEdit: boolean }) {
  const today = isoDateInColombia(new Date())
  const thisYear = Number(today.slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const [network, setNetwork] = useState<SocialNetwork>('facebook')
  const [edits, setEdits] = useState<Map<CellRowKey, MetricValues>>(new Map())
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [importing, setImporting] = useState(false)
  const current = useQuery({ queryKey: ['social', 'list', year], queryFn: () => api.social.list({ year }) })
  // January's change is measured against December of the year before.
  const before = useQuery({ queryKey: ['social', 'list', year - 1], queryFn: () => api.social.list({ year: year - 1 }) })
  const saved = useMemo(() => indexRows([...(before.data ?? []), ...(current.data ?? [])]), [current.data, before.data])

  const savedValues = useCallback((key: CellRowKey): MetricValues => saved.get(key)?.values ?? EMPTY_VALUES, [saved])
  const valuesOf = useCallback((key: CellRowKey) => edits.get(key) ?? savedValues(key), [edits, savedValues])
  const savedOf = useCallback((key: CellRowKey) => saved.get(key), [saved])
  const onChange = useCallback(
    (key: CellRowKey, metric: SocialMetric, value: number | null) => {
      setEdits((all) => {
        const next = new Map(all)
        const values = { ...(all.get(key) ?? savedValues(key)), [metric]: value }
        if (sameValues(values, savedValues(key))) next.delete(key)
        else next.set(key, values)
        return next
      })
      setErrors((all) => {
        const { [`${key}|${metric}`]: _gone, ...rest } = all
        return rest
      })
    },
    [savedValues]
  )
  const dirty = useMemo(() => new Set(edits.keys()), [edits])
  const dirtyNetworks = new Set([...dirty].map((k) => splitKey(k).network))

  const changed = [...edits.entries()]
  const save = useApiMutation(
    (rows: [CellRowKey, MetricValues][]) => api.social.save({ rows: rows.map(([key, values]) => ({ ...splitKey(key), values })) }),
    {
      invalidates: [['social']],
      success: (rows) => (rows.length === 1 ? 'Se guardó 1 mes de estadísticas.' : `Se guardaron ${rows.length} meses de estadísticas.`),
      // Main names a bad cell by its place in the call ("rows.2.values.reach"); the grid by network, month and metric.
      form: {
        setErrors: (fields) =>
          setErrors(
            Object.fromEntries(
              Object.entries(fields).flatMap(([path, message]) => {
                const m = /^rows\.(\d+)\.values\.(\w+)$/.exec(path)
                const row = m ? changed[Number(m[1])] : undefined
                return row ? [[`${row[0]}|${m![2]}`, message]] : []
              })
            )
          )
      },
      onSuccess: () => {
        setEdits(new Map())
        setErrors({})
      }
    }
  )

  const lastOpenMonth = today.slice(0, 7)
  const years = Array.from({ length: YEARS_BACK + 1 }, (_, i) => String(thisYear - i))

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Group align="flex-end" gap="md">
          <Select label="Año" data={years} value={String(year)} onChange={(v) => v && setYear(Number(v))} allowDeselect={false} w={120} />
          <Text size="sm" c="dimmed" maw={520} pb={6}>
            Cifras mensuales por red social. Escriba los números enteros, sin puntos; Pauta los muestra con separador de miles.
          </Text>
        </Group>
        <Group gap="sm">
          <ExportMenu request={{ list: 'redes', filters: { year } }} />
          {canEdit && (
            <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>
              Importar CSV
            </Button>
          )}
        </Group>
      </Group>
      <QueryView query={current} loadingLabel="Cargando estadísticas">
        {() => (
          <Paper withBorder radius="md">
            <Tabs value={network} onChange={(v) => v && setNetwork(v as SocialNetwork)} keepMounted={false}>
              <Tabs.List px="sm" pt={4}>
                {SOCIAL_NETWORKS.map((n) => (
                  <Tabs.Tab key={n} value={n} rightSection={dirtyNetworks.has(n) ? <Text span c="yellow.8" fw={700} aria-label="con cambios sin guardar">•</Text> : null}>
                    {SOCIAL_NETWORK_LABELS[n]}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {SOCIAL_NETWORKS.map((n) => (
                <Tabs.Panel key={n} value={n} p="sm">
                  <NetworkGrid
                    network={n}
                    months={monthsOf(year)}
                    lastOpenMonth={lastOpenMonth}
                    valuesOf={valuesOf}
                    savedOf={savedOf}
                    dirty={dirty}
                    errors={errors}
                    readOnly={!canEdit}
                    onChange={onChange}
                  />
                </Tabs.Panel>
              ))}
            </Tabs>
          </Paper>
        )}
      </QueryView>
      {canEdit && (
        <Group justify="flex-end" gap="sm" pos="sticky" bottom={0} py="sm" bg="gray.0">
          {changed.length > 0 && (
            <Text size="sm" c="dimmed">
              {changed.length === 1 ? '1 mes con cambios sin guardar' : `${changed.length} meses con cambios sin guardar`}
            </Text>
          )}
          <Button
            variant="default"
            disabled={changed.length === 0 || save.isPending}
            onClick={() => {
              setEdits(new Map())
              setErrors({})
            }}
          >
            Descartar cambios
          </Button>
          <Button leftSection={<IconDeviceFloppy size={16} />} disabled={changed.length === 0} loading={save.isPending} onClick={() => save.mutate(changed)}>
            Guardar cambios
          </Button>
        </Group>
      )}
      {canEdit && (
        <ImportWizard
          opened={importing}
          onClose={() => setImporting(false)}
          onImported={(importedNetwork, months) => {
            // Show what was just written: the network and the year of its latest month.
            setNetwork(importedNetwork)
            const latest = [...months].sort().at(-1)
            if (latest) setYear(Number(latest.slice(0, 4)))
          }}
        />
      )}
    </Stack>
  )
}
