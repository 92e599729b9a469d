import { useState } from 'react'
import { Alert, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { formatDate } from '../../../../../shared/dates'
import { DateField } from '../../../components/DateField'
import { api } from '../../../lib/api'
import { useApiMutation } from '../../../lib/mutation'
import { formatNumber } from '../format'
import { useArchiveSearch } from '../queries'
import { isFiltered, toContractFilters, useArchiveView } from '../view-store'
import { RETENTION_WRITES, useRetentionSeries } from './queries'

/** Assigns one serie to every asset the Material tab's current search finds. */
export function AssignMatching() {
  const filters = useArchiveView((s) => s.filters)
  const sort = useArchiveView((s) => s.sort)
  const contractFilters = toContractFilters(filters, filters.text.trim())
  const matching = useArchiveSearch(contractFilters, sort)
  const series = useRetentionSeries()
  const [serieId, setSerieId] = useState<string | null>(null)
  const [startsOn, setStartsOn] = useState<string | null>(null)
  const total = matching.isPending ? null : matching.total
  const assign = useApiMutation(api.retention.assignMatching, {
    invalidates: RETENTION_WRITES,
    success: (r) => `Se asignó la serie a ${formatNumber(r.assigned)} ${r.assigned === 1 ? 'material' : 'materiales'}.`,
    onSuccess: () => setSerieId(null)
  })
  const options = (series.data ?? []).filter((s) => s.active).map((s) => ({ value: String(s.id), label: `${s.code} ${s.serie}${s.subserie ? ` – ${s.subserie}` : ''}` }))
  const scope = isFiltered(filters) ? 'los resultados de la búsqueda actual en «Material»' : 'todo el material del archivo (no hay filtros en «Material»)'

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="assign-title">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          if (serieId) assign.mutate({ filters: contractFilters, serieId: Number(serieId), ...(startsOn ? { startsOn } : {}) })
        }}
      >
        <Stack gap="sm">
          <Title order={3} size="h5" id="assign-title">
            Asignar serie a los resultados de la búsqueda actual
          </Title>
          <Text size="sm" c="dimmed">
            Se asignará a {scope}: {total === null ? '…' : `${formatNumber(total)} ${total === 1 ? 'material' : 'materiales'}`}. Si alguno ya tenía serie, se
            reemplaza.
          </Text>
          {options.length === 0 && series.isSuccess ? (
            <Alert color="gray">Primero registre al menos una serie activa en la Tabla de Retención.</Alert>
          ) : (
            <Group align="flex-end" wrap="wrap">
              <Select label="Serie documental" data={options} value={serieId} onChange={setSerieId} searchable w={360} />
              <DateField
                label="Contar la retención desde"
                value={startsOn}
                onChange={setStartsOn}
                w={220}
              />
              <Button type="submit" disabled={!serieId || total === 0} loading={assign.isPending}>
                Asignar serie
              </Button>
            </Group>
          )}
          <Text size="xs" c="dimmed">
            {startsOn
              ? `La retención de todos contará desde el ${formatDate(startsOn)}.`
              : 'Sin fecha, la retención de cada material cuenta desde el día en que se tomó (o, si no se sabe, desde que entró al archivo).'}
          </Text>
        </Stack>
      </form>
    </Paper>
  )
}
