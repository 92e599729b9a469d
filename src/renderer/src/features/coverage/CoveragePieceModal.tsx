import { useState, type FormEvent } from 'react'
import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import type { CoverageEventDetail, CoverageRow } from '../../../../shared/contract/coverage'
import { isoDateInColombia } from '../../../../shared/dates'
import { NEED_LABELS, NEED_PIECE_TYPE, type CoverageNeed } from '../../../../shared/domain/coverage'
import { TYPE_REQUIRES_DESIGN } from '../../../../shared/domain/pieces'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { useCurrentUser } from '../../stores/session'
import { PieceFields, checkPieceFields, emptyPieceFields, errorsAt, type PieceFieldErrors, type PieceFieldsValue } from '../pieces/PieceFields'
import { PIECE_WRITES } from '../pieces/queries'
import { addDays } from './calendar-range'
import { COVERAGE_WRITES } from './queries'

const TITLE_PREFIX: Record<CoverageNeed, string> = {
  nota_escrita: '',
  fotografia: 'Galería: ',
  video: 'Video: ',
  diseno: 'Pieza gráfica: ',
  redes_en_vivo: 'En vivo: '
}

/** A new piece filled in from the event and the delivered coverage: title, type, activity, people, due tomorrow. */
function prefill(event: CoverageEventDetail, coverage: CoverageRow, userId: number | null): PieceFieldsValue {
  const type = NEED_PIECE_TYPE[coverage.need]
  const design = coverage.need === 'diseno'
  return emptyPieceFields({
    title: `${TITLE_PREFIX[coverage.need]}${event.title}`.slice(0, 200),
    type,
    requiresDesign: TYPE_REQUIRES_DESIGN[type],
    activityId: event.planActivityId,
    writerId: design ? userId : coverage.assigneeId,
    designerId: design ? coverage.assigneeId : null,
    dueDate: addDays(isoDateInColombia(new Date()), 1)
  })
}

export function CoveragePieceModal({ event, coverage, onClose }: { event: CoverageEventDetail; coverage: CoverageRow | null; onClose: () => void }) {
  return (
    <Modal opened={coverage !== null} onClose={onClose} title="Crear pieza del cubrimiento" size="lg">
      {coverage && <PieceForm event={event} coverage={coverage} onDone={onClose} />}
    </Modal>
  )
}

function PieceForm({ event, coverage, onDone }: { event: CoverageEventDetail; coverage: CoverageRow; onDone: () => void }) {
  const user = useCurrentUser()
  const [value, setValue] = useState<PieceFieldsValue>(() => prefill(event, coverage, user?.id ?? null))
  const [errors, setErrors] = useState<PieceFieldErrors>({})
  const create = useApiMutation(api.coverage.createPiece, {
    invalidates: [...COVERAGE_WRITES, ...PIECE_WRITES],
    success: (piece) => `Se creó la pieza ${piece.code}.`,
    form: { setErrors: (fields) => setErrors(errorsAt(fields)) },
    onSuccess: () => onDone()
  })
  function submit(e: FormEvent) {
    e.preventDefault()
    const checked = checkPieceFields(value)
    if (!checked.input) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    create.mutate({ ...checked.input, coverageId: coverage.id })
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm" c="dimmed">
          A partir de {NEED_LABELS[coverage.need].toLocaleLowerCase('es-CO')} de {coverage.assigneeName}. Revise los datos antes de crearla.
        </Text>
        <PieceFields value={value} onChange={setValue} errors={errors} disabled={create.isPending} autoFocus />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={create.isPending}>
            Crear pieza
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
