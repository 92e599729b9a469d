import { Badge } from '@mantine/core'
import type { InquiryRow } from '../../../../shared/contract/inquiries'
import { INQUIRY_STATE_LABELS, type InquiryState } from '../../../../shared/domain/inquiries'

const STATE_COLORS: Record<InquiryState, string> = {
  recibida: 'blue',
  asignada: 'indigo',
  en_consulta: 'grape',
  respondida: 'teal',
  trasladada_pqrs: 'orange',
  cerrada: 'gray'
}

export function InquiryStateBadge({ state }: { state: InquiryState }) {
  return (
    <Badge color={STATE_COLORS[state]} variant="light" radius="sm" style={{ minWidth: 'max-content' }}>
      {INQUIRY_STATE_LABELS[state]}
    </Badge>
  )
}

const days = (n: number) => (n === 1 ? '1 día hábil' : `${n} días hábiles`)

/** How the inquiry stands against its term: overdue and due today stand out. */
export function TermBadge({ inquiry }: { inquiry: Pick<InquiryRow, 'urgency' | 'workingDaysLeft' | 'answeredInTerm'> }) {
  if (inquiry.urgency === 'vencida') {
    const late = -(inquiry.workingDaysLeft ?? 0)
    return (
      <Badge color="red" variant="filled" tt="none" style={{ minWidth: 'max-content' }}>
        {late > 0 ? `Vencida hace ${days(late)}` : 'Vencida'}
      </Badge>
    )
  }
  if (inquiry.urgency === 'vence_hoy') {
    return (
      <Badge color="orange" variant="filled" tt="none" style={{ minWidth: 'max-content' }}>
        Vence hoy
      </Badge>
    )
  }
  if (inquiry.urgency === 'en_termino') {
    return (
      <Badge color="gray" variant="light" tt="none" style={{ minWidth: 'max-content' }}>
        {`${inquiry.workingDaysLeft === 1 ? 'Queda' : 'Quedan'} ${days(inquiry.workingDaysLeft ?? 0)}`}
      </Badge>
    )
  }
  return inquiry.answeredInTerm ? (
    <Badge color="teal" variant="light" tt="none" style={{ minWidth: 'max-content' }}>
      Respondida a tiempo
    </Badge>
  ) : (
    <Badge color="red" variant="light" tt="none" style={{ minWidth: 'max-content' }}>
      Respondida tarde
    </Badge>
  )
}
