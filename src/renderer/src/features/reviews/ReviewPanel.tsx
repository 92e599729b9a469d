import { useState, type KeyboardEvent } from 'react'
import { Button, Checkbox, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core'
import { getHotkeyHandler } from '@mantine/hooks'
import { IconArrowBackUp, IconCheck } from '@tabler/icons-react'
import type { Contract, InputOf, PieceDetail } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { CHECKLIST_ITEMS, CHECKLIST_LABELS, REVIEW_STAGE_LABELS, type ChecklistItem, type ReviewDecision, type ReviewStage } from '../../../../shared/domain/pieces'
import { ApiError, api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PIECE_WRITES } from '../pieces/queries'
import { versionUnderReview } from './stage'

type ReviewInput = NonNullable<InputOf<Contract['pieces']['review']>>

const NONE_CHECKED = Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, false])) as Record<ChecklistItem, boolean>
const RETURN_NEEDS_COMMENTS = 'Para devolver la pieza escriba qué debe ajustarse.'

interface Props {
  piece: PieceDetail
  stage: ReviewStage
  onDecided?: (piece: PieceDetail, decision: ReviewDecision) => void
  /** Escape leaves the panel (the queue returns focus to its list). */
  onEscape?: () => void
}

/**
 * The approver's decision on the version under review: the five control points of the process,
 * comments, approve (only with every point checked) or return (only with comments).
 * Keys: 1–5 toggle the points, Ctrl+Enter approves.
 */
export function ReviewPanel({ piece, stage, onDecided, onEscape }: Props) {
  const [checklist, setChecklist] = useState(NONE_CHECKED)
  const [comments, setComments] = useState('')
  const [commentsError, setCommentsError] = useState<string | null>(null)
  const version = versionUnderReview(piece, stage)
  const allChecked = CHECKLIST_ITEMS.every((k) => checklist[k])
  const what = stage === 'contenido' ? 'el contenido' : 'el diseño'
  const hintId = `approve-hint-${piece.id}`

  const review = useApiMutation((input: ReviewInput) => api.pieces.review(input), {
    invalidates: PIECE_WRITES,
    success: (p) => {
      const last = [...p.reviews].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)[0]
      return last?.decision === 'aprobada' ? `Se aprobó ${what} de ${p.code}.` : `Se devolvió ${what} de ${p.code} con comentarios.`
    },
    onSuccess: (p, input) => onDecided?.(p, input.decision)
  })

  const decide = (decision: ReviewDecision) => {
    if (review.isPending) return
    if (decision === 'aprobada' && !allChecked) return
    if (decision === 'devuelta' && !comments.trim()) {
      setCommentsError(RETURN_NEEDS_COMMENTS)
      document.getElementById(`review-comments-${piece.id}`)?.focus()
      return
    }
    review.mutate(
      { pieceId: piece.id, stage, decision, comments: comments.trim(), checklist },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.fields.comments) setCommentsError(error.fields.comments)
        }
      }
    )
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    getHotkeyHandler([
      ['mod+Enter', () => decide('aprobada')],
      ['Escape', () => onEscape?.()]
    ])(event)
    const index = Number(event.key) - 1
    const typing = event.target instanceof HTMLTextAreaElement
    if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey && index >= 0 && index < CHECKLIST_ITEMS.length) {
      event.preventDefault()
      const key = CHECKLIST_ITEMS[index]!
      setChecklist((c) => ({ ...c, [key]: !c[key] }))
    }
  }

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={`Revisión de ${REVIEW_STAGE_LABELS[stage].toLowerCase()}`} onKeyDown={onKeyDown}>
      <Stack gap="sm">
        <div>
          <Title order={4}>Revisión de {REVIEW_STAGE_LABELS[stage].toLowerCase()}</Title>
          {version && (
            <Text size="sm" c="dimmed">
              Versión {version.number} de {version.authorName}, {formatDateTime(version.createdAt)}
            </Text>
          )}
        </div>
        <Checkbox.Group
          label="Puntos de control"
          description="Verifique cada punto antes de aprobar (teclas 1 a 5)."
          value={CHECKLIST_ITEMS.filter((k) => checklist[k])}
          onChange={(values) => setChecklist(Object.fromEntries(CHECKLIST_ITEMS.map((k) => [k, values.includes(k)])) as Record<ChecklistItem, boolean>)}
        >
          <Stack gap={8} mt="xs">
            {CHECKLIST_ITEMS.map((k) => (
              <Checkbox key={k} value={k} label={CHECKLIST_LABELS[k]} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          id={`review-comments-${piece.id}`}
          label="Comentarios"
          description={`Obligatorios para devolver ${what}: diga qué debe ajustarse.`}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={5000}
          value={comments}
          onChange={(e) => {
            setComments(e.currentTarget.value)
            if (commentsError && e.currentTarget.value.trim()) setCommentsError(null)
          }}
          error={commentsError}
        />
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Button
            color="orange"
            variant="light"
            leftSection={<IconArrowBackUp size={16} />}
            onClick={() => decide('devuelta')}
            loading={review.isPending && review.variables?.decision === 'devuelta'}
          >
            Devolver con comentarios
          </Button>
          <Button
            color="green"
            leftSection={<IconCheck size={16} />}
            onClick={() => decide('aprobada')}
            disabled={!allChecked || (review.isPending && review.variables?.decision !== 'aprobada')}
            loading={review.isPending && review.variables?.decision === 'aprobada'}
            aria-describedby={hintId}
            title="Ctrl+Enter"
          >
            Aprobar
          </Button>
        </Group>
        <Text id={hintId} size="xs" c={allChecked ? 'dimmed' : 'orange.8'} ta="right">
          {allChecked ? 'Ctrl+Enter aprueba.' : 'Marque los cinco puntos de control para aprobar.'}
        </Text>
      </Stack>
    </Paper>
  )
}
