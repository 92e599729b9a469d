import { Badge, Group, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core'
import { IconCheck, IconX } from '@tabler/icons-react'
import type { Review } from '../../../../shared/contract'
import { formatDateTime } from '../../../../shared/dates'
import { CHECKLIST_ITEMS, CHECKLIST_LABELS, REVIEW_DECISION_LABELS, REVIEW_STAGE_LABELS } from '../../../../shared/domain/pieces'

function ReviewCard({ review }: { review: Review }) {
  const approved = review.decision === 'aprobada'
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={`Revisión de ${REVIEW_STAGE_LABELS[review.stage].toLowerCase()}, versión ${review.versionNumber}`}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <div>
          <Text fw={600}>
            {REVIEW_STAGE_LABELS[review.stage]} · versión {review.versionNumber}
          </Text>
          <Text size="xs" c="dimmed">
            {review.reviewerName} · {formatDateTime(review.createdAt)}
          </Text>
        </div>
        <Badge color={approved ? 'green' : 'orange'} variant="light">
          {REVIEW_DECISION_LABELS[review.decision]}
        </Badge>
      </Group>
      {review.comments ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} mb="xs">
          {review.comments}
        </Text>
      ) : (
        <Text size="sm" c="dimmed" mb="xs">
          Sin comentarios.
        </Text>
      )}
      <List spacing={2} size="xs" aria-label="Puntos de control">
        {CHECKLIST_ITEMS.map((k) => (
          <List.Item
            key={k}
            icon={
              <ThemeIcon size={16} radius="xl" color={review.checklist[k] ? 'green' : 'gray'} variant={review.checklist[k] ? 'filled' : 'light'}>
                {review.checklist[k] ? <IconCheck size={11} /> : <IconX size={11} />}
              </ThemeIcon>
            }
          >
            <Text span size="xs" c={review.checklist[k] ? undefined : 'dimmed'}>
              {CHECKLIST_LABELS[k]}
              {review.checklist[k] ? '' : ' (sin verificar)'}
            </Text>
          </List.Item>
        ))}
      </List>
    </Paper>
  )
}

export function ReviewHistory({ reviews }: { reviews: Review[] }) {
  const sorted = [...reviews].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
  return (
    <Stack gap="sm">
      <Title order={4}>Revisiones anteriores</Title>
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          Esta pieza aún no ha tenido revisiones.
        </Text>
      ) : (
        sorted.map((r) => <ReviewCard key={r.id} review={r} />)
      )}
    </Stack>
  )
}
