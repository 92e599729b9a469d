import { useState } from 'react'
import { Anchor, Checkbox, Group, Skeleton, Stack, Text } from '@mantine/core'
import type { FacetCounts } from '../../../../shared/contract'
import { ASSET_KIND_LABELS, CATALOGUE_STATUS_LABELS, CONSENT_LABELS, FACET_SAMPLE } from '../../../../shared/domain/archive'
import { errorMessage } from '../../lib/api'
import { formatNumber } from './format'
import { useFacets, type ArchiveFilterInput } from './queries'
import type { ArchiveFilters, FacetKey } from './view-store'

interface Option {
  value: string
  label: string
  count: number
}

const SHOWN = 8

function FacetGroup({ label, options, value, onChange }: { label: string; options: Option[]; value: string[]; onChange: (v: string[]) => void }) {
  const [all, setAll] = useState(false)
  // Chosen values stay listed even when the other filters leave them with no results.
  const listed = [...options, ...value.filter((v) => !options.some((o) => o.value === v)).map((v) => ({ value: v, label: v, count: 0 }))]
  if (listed.length === 0) return null
  const visible = all ? listed : listed.slice(0, SHOWN)
  return (
    <Checkbox.Group label={label} value={value} onChange={onChange} styles={{ label: { fontWeight: 600, marginBottom: 4 } }}>
      <Stack gap={6}>
        {visible.map((o) => (
          <Checkbox
            key={o.value}
            value={o.value}
            size="xs"
            label={
              <Group gap={6} wrap="nowrap" component="span">
                <Text span size="sm" lineClamp={1}>
                  {o.label}
                </Text>
                <Text span size="xs" c="dimmed">
                  {formatNumber(o.count)}
                </Text>
              </Group>
            }
          />
        ))}
        {listed.length > SHOWN && (
          <Anchor component="button" type="button" size="xs" onClick={() => setAll(!all)} ta="left">
            {all ? 'Ver menos' : `Ver ${listed.length - SHOWN} más`}
          </Anchor>
        )}
      </Stack>
    </Checkbox.Group>
  )
}

function groups(f: FacetCounts): { key: FacetKey; label: string; options: Option[] }[] {
  return [
    { key: 'kind', label: 'Tipo', options: f.kind.map((o) => ({ value: o.value, label: ASSET_KIND_LABELS[o.value], count: o.count })) },
    { key: 'year', label: 'Año', options: f.year.map((o) => ({ value: String(o.value), label: String(o.value), count: o.count })) },
    { key: 'eventId', label: 'Evento', options: f.event.map((o) => ({ value: String(o.value), label: o.label, count: o.count })) },
    { key: 'dependenciaId', label: 'Dependencia', options: f.dependencia.map((o) => ({ value: String(o.value), label: o.label, count: o.count })) },
    { key: 'creator', label: 'Autor', options: f.creator.map((o) => ({ value: o.value, label: o.value, count: o.count })) },
    { key: 'consent', label: 'Autorización de imagen', options: f.consent.map((o) => ({ value: o.value, label: CONSENT_LABELS[o.value], count: o.count })) },
    { key: 'status', label: 'Catalogación', options: f.status.map((o) => ({ value: o.value, label: CATALOGUE_STATUS_LABELS[o.value], count: o.count })) }
  ]
}

const NUMERIC: ReadonlySet<FacetKey> = new Set(['year', 'eventId', 'dependenciaId'])

/** Filters by facet with the count of each value for the current search. */
export function FacetSidebar({ query, filters, onChange }: { query: ArchiveFilterInput; filters: ArchiveFilters; onChange: (f: ArchiveFilters) => void }) {
  const facets = useFacets(query)
  if (facets.isPending) return <Skeleton h={320} aria-label="Cargando filtros" />
  if (facets.isError) {
    return (
      <Text size="sm" c="red">
        No se pudieron cargar los filtros. {errorMessage(facets.error)}
      </Text>
    )
  }
  return (
    <Stack gap="md" component="nav" aria-label="Filtros del archivo">
      {facets.data.sampled && (
        <Text size="xs" c="dimmed">
          Hay muchos resultados: los números cuentan los {formatNumber(FACET_SAMPLE)} más recientes. Agregue palabras o filtros para contarlos todos.
        </Text>
      )}
      {groups(facets.data).map((g) => (
        <FacetGroup
          key={g.key}
          label={g.label}
          options={g.options}
          value={filters[g.key].map(String)}
          onChange={(v) => onChange({ ...filters, [g.key]: NUMERIC.has(g.key) ? v.map(Number) : v })}
        />
      ))}
    </Stack>
  )
}
