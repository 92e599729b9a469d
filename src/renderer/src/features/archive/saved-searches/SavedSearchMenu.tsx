import { useState } from 'react'
import { Button, Menu, Text } from '@mantine/core'
import { IconBookmark, IconBookmarkPlus, IconSettings } from '@tabler/icons-react'
import type { SavedSearch } from '../../../../../shared/contract/archive-batch'
import type { ArchiveSort } from '../../../../../shared/domain/archive'
import { errorMessage } from '../../../lib/api'
import type { ArchiveFilterInput } from '../queries'
import { describeSearch } from './describe'
import { ManageSearchesModal } from './ManageSearchesModal'
import { useSavedSearches } from './queries'
import { SaveSearchModal } from './SaveSearchModal'

interface Props {
  filters: ArchiveFilterInput
  sort: ArchiveSort
  onApply: (saved: SavedSearch) => void
}

function SearchItem({ search, onApply }: { search: SavedSearch; onApply: (s: SavedSearch) => void }) {
  return (
    <Menu.Item onClick={() => onApply(search)} title={describeSearch(search.filters, search.sort)}>
      <Text size="sm" lineClamp={1}>
        {search.name}
      </Text>
      {!search.mine && (
        <Text size="xs" c="dimmed">
          {search.ownerName}
        </Text>
      )}
    </Menu.Item>
  )
}

/** «Búsquedas guardadas»: apply one of the user's or the office's, save the current one, manage one's own. */
export function SavedSearchMenu({ filters, sort, onApply }: Props) {
  const searches = useSavedSearches()
  const [saving, setSaving] = useState(false)
  const [managing, setManaging] = useState(false)
  const all = searches.data ?? []
  const mine = all.filter((s) => s.mine)
  const shared = all.filter((s) => !s.mine)
  return (
    <>
      <Menu position="bottom-end" width={300} shadow="md">
        <Menu.Target>
          <Button variant="default" leftSection={<IconBookmark size={16} />}>
            Búsquedas guardadas
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {searches.isError && (
            <Text size="sm" c="red" p="xs">
              No se pudieron cargar. {errorMessage(searches.error)}
            </Text>
          )}
          {searches.isSuccess && all.length === 0 && (
            <Text size="sm" c="dimmed" p="xs">
              Aún no hay búsquedas guardadas. Busque, filtre y guarde la búsqueda para volver a ella con un clic.
            </Text>
          )}
          {mine.length > 0 && <Menu.Label>Mis búsquedas</Menu.Label>}
          {mine.map((s) => (
            <SearchItem key={s.id} search={s} onApply={onApply} />
          ))}
          {shared.length > 0 && <Menu.Label>Compartidas por la oficina</Menu.Label>}
          {shared.map((s) => (
            <SearchItem key={s.id} search={s} onApply={onApply} />
          ))}
          <Menu.Divider />
          <Menu.Item leftSection={<IconBookmarkPlus size={16} />} onClick={() => setSaving(true)}>
            Guardar la búsqueda actual…
          </Menu.Item>
          {mine.length > 0 && (
            <Menu.Item leftSection={<IconSettings size={16} />} onClick={() => setManaging(true)}>
              Administrar mis búsquedas…
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      <SaveSearchModal opened={saving} onClose={() => setSaving(false)} filters={filters} sort={sort} />
      <ManageSearchesModal opened={managing} onClose={() => setManaging(false)} mine={mine} filters={filters} sort={sort} />
    </>
  )
}
