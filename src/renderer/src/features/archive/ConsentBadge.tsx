import { Badge } from '@mantine/core'
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
export function ConsentBadge({ consent, always = false, size = 'sm' }: { consent: ConsentView; always?: boolean; size?: 'xs' | 'sm' | 'md' }) {
  if (!always && !consentBlocks(consent)) return null
  return (
    <Badge size={size} color={COLORS[consent]} variant={consentBlocks(consent) ? 'filled' : 'light'}>
      {`Autorización: ${CONSENT_LABELS[consent].toLowerCase()}`}
    </Badge>
  )
}
