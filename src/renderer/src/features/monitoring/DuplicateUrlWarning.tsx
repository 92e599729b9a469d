import { Alert, Checkbox, List, Text } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { IconCopy } from '@tabler/icons-react'
import { formatDate } from '../../../../shared/dates'
import { useUrlCheck } from './queries'

/** Says, while the URL is typed, that the note is already registered; saving it anyway takes a tick. */
export function DuplicateUrlWarning({
  url,
  excludeId,
  confirmed,
  onConfirm
}: {
  url: string
  excludeId?: number
  confirmed: boolean
  onConfirm: (value: boolean) => void
}) {
  const [debounced] = useDebouncedValue(url.trim(), 250)
  const check = useUrlCheck(debounced, excludeId)
  const duplicates = debounced === url.trim() ? (check.data?.duplicates ?? []) : []
  if (duplicates.length === 0) return null
  return (
    <Alert color="yellow" variant="light" icon={<IconCopy size={18} />} title="Esta URL ya está registrada" role="status">
      <List size="sm" spacing={2}>
        {duplicates.map((d) => (
          <List.Item key={d.id}>
            «{d.headline}» — {d.medium}, {formatDate(d.clipDate)}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt={6}>
        Si es la misma nota, no la registre de nuevo. Si es otra (por ejemplo, la misma noticia en otro programa), confírmelo:
      </Text>
      <Checkbox
        mt={6}
        label="Registrar de todos modos: es una nota distinta"
        checked={confirmed}
        onChange={(e) => onConfirm(e.currentTarget.checked)}
      />
    </Alert>
  )
}
