import { useState } from 'react'
import { Button, Group, Modal, Stack, Text } from '@mantine/core'
import { IconFolderSymlink, IconShieldCheck } from '@tabler/icons-react'
import { api } from '../../../lib/api'
import { useApiMutation } from '../../../lib/mutation'
import { EmptyState } from '../../../components/EmptyState'
import { QueryView } from '../../../components/QueryView'
import { FixityRunDetail } from './FixityRunDetail'
import { FixityRunsTable } from './FixityRunsTable'
import { FixityScheduleCard } from './FixityScheduleCard'
import { RelocateForm } from './RelocateForm'
import { useFixityRuns } from './queries'

/** The "Integridad" tab: prove no master changed or went missing, and repoint moved folders. */
export function FixityView({ canVerify }: { canVerify: boolean }) {
  const runs = useFixityRuns()
  const [picked, setPicked] = useState<number | null>(null)
  const [relocating, setRelocating] = useState(false)
  const start = useApiMutation(() => api.fixity.run({}), {
    invalidates: [['fixity']],
    success: (r) => `Se inició la verificación de ${r.total} originales.`,
    onSuccess: (r) => setPicked(r.id)
  })
  const selected = picked ?? runs.data?.[0]?.id ?? null
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={640}>
          Compara la huella SHA-256 de cada original con la que se registró al catalogarlo, para saber si alguno cambió o ya no está.
        </Text>
        {canVerify && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconFolderSymlink size={16} />} onClick={() => setRelocating(true)}>
              Reubicar carpeta…
            </Button>
            <Button leftSection={<IconShieldCheck size={16} />} loading={start.isPending} onClick={() => start.mutate(undefined)}>
              Verificar todo el archivo
            </Button>
          </Group>
        )}
      </Group>
      <FixityScheduleCard canEdit={canVerify} />
      <QueryView query={runs} loadingLabel="Cargando las verificaciones">
        {(list) =>
          list.length === 0 ? (
            <EmptyState title="Aún no hay verificaciones">
              {canVerify ? 'Compruebe los originales con «Verificar todo el archivo».' : 'El archivista o el jefe de la oficina verifican la integridad del archivo.'}
            </EmptyState>
          ) : (
            <>
              <FixityRunsTable runs={list} selected={selected} onSelect={setPicked} />
              {selected !== null && <FixityRunDetail id={selected} canVerify={canVerify} />}
            </>
          )
        }
      </QueryView>
      {canVerify && (
        <Modal opened={relocating} onClose={() => setRelocating(false)} title="Reubicar carpeta" size="lg">
          <RelocateForm onDone={() => setRelocating(false)} />
        </Modal>
      )}
    </Stack>
  )
}
