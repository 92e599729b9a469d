import { Badge } from '@mantine/core'
import { IconUserExclamation } from '@tabler/icons-react'
import { CONSENT_LABELS, type ConsentView } from '../../../../shared/domain/archive'

const COLORS: Record<ConsentView, string> = {
  no_requerida: 'gray',
  otorgada: 'green',
  pendiente: 'orange',
  vencida: 'red',
  negada: 'red'
}

/** Consent that does not allow publishing: pending, expired or refused. */
export const consentBlocks = (consent: ConsentView): boolean => consent !== 'otorgada' && consent !== 'no_requerida'

/**
 * The authorisation of use of image. By default it shows only when it stops publication, so a
 * grid of thousands stays quiet; `always` shows every state (detail, piece material).
 */
export function ConsentBadge({
  consent,
  always = false,
  compact = false,
  size = 'sm'
}: {
  consent: ConsentView
  always?: boolean
  /** Narrow places (grid cards): the state with an icon; the full wording stays in its label. */
  compact?: boolean
  size?: 'xs' | 'sm' | 'md'
}) {
  if (!always && !consentBlocks(consent)) return null
  const text = `Autorización: ${CONSENT_LABELS[consent].toLowerCase()}`
  return (
    <Badge
      size={size}
      color={COLORS[consent]}
      variant={consentBlocks(consent) ? 'filled' : 'light'}
      leftSection={compact ? <IconUserExclamation size={12} aria-hidden /> : undefined}
      title={compact ? `${text} (uso de imagen)` : undefined}
      aria-label={compact ? text : undefined}
      style={{ flexShrink: 0 }}
    >
      {compact ? CONSENT_LABELS[consent] : text}
    </Badge>
  )
}
