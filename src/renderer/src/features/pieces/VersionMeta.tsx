import { Text } from '@mantine/core'
import { formatDateTime } from '../../../../shared/dates'

/** "Versión 3 · Andrés Rojas · 10/03/2026, 9:00 a. m. — nota". */
export function VersionMeta({ version, label = 'Versión' }: { version: { number: number; authorName: string; createdAt: string; note: string }; label?: string }) {
  return (
    <Text size="sm" c="dimmed">
      <Text span fw={600} c="dark">
        {label} {version.number}
      </Text>
      {' · '}
      {version.authorName} · {formatDateTime(version.createdAt)}
      {version.note && <> — «{version.note}»</>}
    </Text>
  )
}
