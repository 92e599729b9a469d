import { useState } from 'react'
import { Alert, Button, Group, List, Stack, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { RelocationResult } from '../../../../../shared/contract/fixity'
import { api } from '../../../lib/api'
import { useApiMutation } from '../../../lib/mutation'

/** Points referenced masters at the folder or drive they were moved to. */
export function RelocateForm({ onDone }: { onDone: () => void }) {
  const form = useForm({ initialValues: { fromPrefix: '', toPrefix: '' } })
  const [result, setResult] = useState<RelocationResult | null>(null)
  const relocate = useApiMutation(api.fixity.relocate, {
    invalidates: [['fixity'], ['archive']],
    form,
    onSuccess: (r) => setResult(r)
  })
  return (
    <Stack gap="sm">
      <form onSubmit={form.onSubmit((values) => relocate.mutate(values))}>
        <Stack gap="sm">
          <TextInput label="Carpeta anterior" description="Ruta donde estaban los originales referenciados, p. ej. E:\Fotos 2024" autoFocus required {...form.getInputProps('fromPrefix')} />
          <TextInput label="Carpeta nueva" description="Ruta donde están ahora" required {...form.getInputProps('toPrefix')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onDone}>
              Cerrar
            </Button>
            <Button type="submit" loading={relocate.isPending}>
              Reubicar
            </Button>
          </Group>
        </Stack>
      </form>
      {result && (
        <Alert color={result.matched === result.candidates ? 'green' : 'yellow'} variant="light" title="Resultado de la reubicación" aria-live="polite">
          <List size="sm">
            <List.Item>{`Reubicados (mismo contenido): ${result.matched} de ${result.candidates}`}</List.Item>
            <List.Item>{`No encontrados en la carpeta nueva: ${result.notFound.length}`}</List.Item>
            <List.Item>{`Con contenido distinto (no se reubicaron): ${result.different.length}`}</List.Item>
          </List>
          {[...result.notFound, ...result.different].length > 0 && (
            <List size="xs" mt="xs" c="dimmed">
              {[...result.notFound, ...result.different].map((f) => (
                <List.Item key={f.assetId}>{`${f.name}: ${f.path}`}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
    </Stack>
  )
}
