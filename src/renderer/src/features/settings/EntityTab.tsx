import { useQuery } from '@tanstack/react-query'
import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { EntitySettings } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { QueryView } from '../../components/QueryView'
import { useRefreshSession } from '../auth/useRefreshSession'

/** The entity's name, office, municipality and NIT, shown on every screen and in exports. */
export function EntityTab({ canEdit }: { canEdit: boolean }) {
  const query = useQuery({ queryKey: ['settings'], queryFn: () => api.settings.get() })
  return <QueryView query={query}>{(settings) => <EntityForm settings={settings} canEdit={canEdit} />}</QueryView>
}

function EntityForm({ settings, canEdit }: { settings: EntitySettings; canEdit: boolean }) {
  const refreshSession = useRefreshSession()
  const form = useForm<EntitySettings>({ initialValues: settings })
  const save = useApiMutation((v: EntitySettings) => api.settings.update(v), {
    invalidates: [['settings']],
    form,
    success: 'Datos de la entidad guardados.',
    onSuccess: (saved) => {
      form.setValues(saved)
      form.resetDirty(saved)
      // The sidebar shows the entity and office names from the session status.
      void refreshSession()
    }
  })
  return (
    <Paper withBorder p="lg" radius="md" maw={760}>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="md">
          {!canEdit && (
            <Text size="sm" c="dimmed">
              Solo el jefe de la oficina o un administrador cambian estos datos.
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Nombre de la entidad" required readOnly={!canEdit} {...form.getInputProps('entityName')} />
            <TextInput label="Nombre de la oficina" required readOnly={!canEdit} {...form.getInputProps('officeName')} />
            <TextInput label="Municipio" placeholder="Ej.: Cajicá, Cundinamarca" readOnly={!canEdit} {...form.getInputProps('city')} />
            <TextInput label="NIT" placeholder="Ej.: 899999465-0" readOnly={!canEdit} {...form.getInputProps('nit')} />
          </SimpleGrid>
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                Guardar datos de la entidad
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  )
}
