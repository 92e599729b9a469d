import { Select, SimpleGrid, Switch, TextInput } from '@mantine/core'
import type { Contract, InputOf } from '../../../../shared/contract'
import { PIECE_TYPES, PIECE_TYPE_LABELS, TYPE_REQUIRES_DESIGN, type PieceType } from '../../../../shared/domain/pieces'
import { CatalogueMultiSelect } from '../../components/CatalogueSelect'
import { DateField } from '../../components/DateField'
import { UserSelect } from '../../components/UserSelect'
import { useActivityOptions } from '../../lib/queries'

/** One piece as the contract receives it (`requests.accept` pieces, `pieces.create` fields). */
export type NewPieceInput = InputOf<Contract['requests']['accept']>['pieces'][number]

/** What the fields hold while the person fills them: choices not made yet are null. */
export interface PieceFieldsValue {
  title: string
  type: PieceType | null
  activityId: number | null
  writerId: number | null
  designerId: number | null
  channelIds: number[]
  audienceIds: number[]
  dueDate: string | null
  requiresDesign: boolean
}

export type PieceFieldName = keyof PieceFieldsValue
export type PieceFieldErrors = Partial<Record<PieceFieldName, string>>

export function emptyPieceFields(defaults: Partial<PieceFieldsValue> = {}): PieceFieldsValue {
  const type = defaults.type ?? null
  return {
    title: '',
    type,
    activityId: null,
    writerId: null,
    designerId: null,
    channelIds: [],
    audienceIds: [],
    dueDate: null,
    requiresDesign: type ? TYPE_REQUIRES_DESIGN[type] : false,
    ...defaults
  }
}

/**
 * Checks what the person can fix before asking main, and gives the contract input when complete.
 * Main validates again; its per-field messages come back through `errors`.
 */
export function checkPieceFields(value: PieceFieldsValue): { input: NewPieceInput; errors: null } | { input: null; errors: PieceFieldErrors } {
  const errors: PieceFieldErrors = {}
  if (!value.title.trim()) errors.title = 'Escriba el título de la pieza.'
  if (!value.type) errors.type = 'Seleccione el tipo de pieza.'
  if (!value.activityId) errors.activityId = 'Seleccione la actividad del plan a la que aporta la pieza.'
  if (!value.writerId) errors.writerId = 'Seleccione quién redacta la pieza.'
  if (!value.dueDate) errors.dueDate = 'Escriba la fecha de entrega (dd/mm/aaaa).'
  if (!value.type || !value.activityId || !value.writerId || !value.dueDate || Object.keys(errors).length > 0) {
    return { input: null, errors }
  }
  return {
    input: {
      title: value.title.trim(),
      type: value.type,
      activityId: value.activityId,
      writerId: value.writerId,
      designerId: value.designerId,
      channelIds: value.channelIds,
      audienceIds: value.audienceIds,
      dueDate: value.dueDate,
      requiresDesign: value.requiresDesign
    },
    errors: null
  }
}

/**
 * Main's field messages for one piece: `errorsAt(error.fields, 'pieces.2')` takes the keys of the
 * third piece of a list; without a prefix it takes the top-level keys.
 */
export function errorsAt(fields: Record<string, string>, prefix = ''): PieceFieldErrors {
  const head = prefix ? `${prefix}.` : ''
  const out: Record<string, string> = {}
  for (const [key, message] of Object.entries(fields)) {
    if (!key.startsWith(head)) continue
    const name = key.slice(head.length).split('.')[0]!
    out[name] ??= message
  }
  return out as PieceFieldErrors
}

const TYPE_OPTIONS = PIECE_TYPES.map((t) => ({ value: t, label: PIECE_TYPE_LABELS[t] }))

interface ActivitySelectProps {
  value: number | null
  onChange: (id: number | null) => void
  error?: string
  disabled?: boolean
  current?: { id: number; label: string }
}

function ActivitySelect({ value, onChange, error, disabled, current }: ActivitySelectProps) {
  const query = useActivityOptions()
  const groups = new Map<string, { value: string; label: string }[]>()
  for (const a of query.data ?? []) {
    // The label already names the strategy ("Estrategia · actividad"); the group names the plan.
    groups.set(a.planName, [...(groups.get(a.planName) ?? []), { value: String(a.id), label: a.label }])
  }
  // A piece keeps showing its activity even when that plan is no longer offered for new pieces.
  if (current && !query.data?.some((a) => a.id === current.id)) groups.set('Actividad actual', [{ value: String(current.id), label: current.label }])
  return (
    <Select
      label="Actividad del plan"
      placeholder={query.data?.length === 0 ? 'No hay actividades en planes vigentes' : 'Busque la actividad'}
      required
      searchable
      data={[...groups].map(([group, items]) => ({ group, items }))}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(v === null ? null : Number(v))}
      nothingFoundMessage="Sin coincidencias"
      error={error ?? (query.isError ? 'No se pudieron cargar las actividades del plan.' : undefined)}
      disabled={disabled}
    />
  )
}

interface Props {
  value: PieceFieldsValue
  onChange: (value: PieceFieldsValue) => void
  errors?: PieceFieldErrors
  disabled?: boolean
  /** Fields that cannot change here (e.g. the type of an existing piece). */
  lockedFields?: PieceFieldName[]
  /** The activity an existing piece already has, shown even if its plan is no longer offered. */
  currentActivity?: { id: number; label: string }
  /** Puts the cursor in the title when the fields appear (e.g. in a modal). */
  autoFocus?: boolean
}

/** The fields of a new piece, controlled, for the new-piece modal and the request acceptance list. */
export function PieceFields({ value, onChange, errors = {}, disabled, lockedFields = [], currentActivity, autoFocus }: Props) {
  const off = (name: PieceFieldName) => disabled || lockedFields.includes(name)
  const set = <K extends PieceFieldName>(name: K, v: PieceFieldsValue[K]) => onChange({ ...value, [name]: v })
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
      <TextInput
        label="Título"
        required
        data-autofocus={autoFocus || undefined}
        autoFocus={autoFocus}
        value={value.title}
        onChange={(e) => set('title', e.currentTarget.value)}
        error={errors.title}
        disabled={off('title')}
        maxLength={200}
        style={{ gridColumn: '1 / -1' }}
      />
      <Select
        label="Tipo de pieza"
        required
        searchable
        data={TYPE_OPTIONS}
        value={value.type}
        onChange={(v) => {
          const type = v as PieceType | null
          onChange({ ...value, type, requiresDesign: type ? TYPE_REQUIRES_DESIGN[type] : value.requiresDesign })
        }}
        error={errors.type}
        disabled={off('type')}
        nothingFoundMessage="Sin coincidencias"
      />
      <DateField label="Fecha de entrega" required value={value.dueDate} onChange={(v) => set('dueDate', v)} error={errors.dueDate} disabled={off('dueDate')} />
      <div style={{ gridColumn: '1 / -1' }}>
        <ActivitySelect value={value.activityId} onChange={(v) => set('activityId', v)} error={errors.activityId} disabled={off('activityId')} current={currentActivity} />
      </div>
      <UserSelect
        label="Redactor(a)"
        required
        preferRoles={['profesional', 'community_manager', 'audiovisual', 'jefe']}
        value={value.writerId}
        onChange={(v) => set('writerId', v)}
        error={errors.writerId}
        disabled={off('writerId')}
      />
      <UserSelect
        label="Diseñador(a)"
        placeholder={value.requiresDesign ? 'Sin asignar' : 'No requiere diseño'}
        clearable
        preferRoles={['disenador', 'audiovisual']}
        value={value.designerId}
        onChange={(v) => set('designerId', v)}
        error={errors.designerId}
        disabled={off('designerId')}
      />
      <CatalogueMultiSelect kind="canal" label="Canales" placeholder="Dónde se publicará" value={value.channelIds} onChange={(v) => set('channelIds', v)} error={errors.channelIds} disabled={off('channelIds')} />
      <CatalogueMultiSelect
        kind="grupo_valor"
        label="Grupos de valor"
        placeholder="A quién va dirigida"
        value={value.audienceIds}
        onChange={(v) => set('audienceIds', v)}
        error={errors.audienceIds}
        disabled={off('audienceIds')}
      />
      <Switch
        label="Requiere diseño"
        description={value.type ? `Sugerido para ${PIECE_TYPE_LABELS[value.type].toLowerCase()}: ${TYPE_REQUIRES_DESIGN[value.type] ? 'sí' : 'no'}` : 'Se ajusta según el tipo de pieza'}
        checked={value.requiresDesign}
        onChange={(e) => set('requiresDesign', e.currentTarget.checked)}
        error={errors.requiresDesign}
        disabled={off('requiresDesign')}
        style={{ gridColumn: '1 / -1' }}
      />
    </SimpleGrid>
  )
}
