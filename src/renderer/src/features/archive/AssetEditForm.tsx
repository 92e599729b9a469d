import { Button, Group, Input, Rating, Select, SimpleGrid, Stack, TagsInput, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { AssetDetail } from '../../../../shared/contract'
import { CATALOGUE_STATUSES, CATALOGUE_STATUS_LABELS, type CatalogueStatus } from '../../../../shared/domain/archive'
import { CatalogueSelect } from '../../components/CatalogueSelect'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { EventSelect } from './EventSelect'
import { ARCHIVE_WRITES } from './queries'

const valuesOf = (a: AssetDetail) => ({
  // Main shows the file name while there is no title; it is not a title the person wrote.
  title: a.title === a.originalName ? '' : a.title,
  description: a.description,
  keywords: a.keywords,
  people: a.people,
  creator: a.creator,
  credit: a.credit,
  copyright: a.copyright,
  place: a.place,
  city: a.city,
  eventId: a.eventId,
  dependenciaId: a.dependenciaId,
  rating: a.rating,
  status: a.status
})

type Values = ReturnType<typeof valuesOf>

const trimmed = (v: Values): Values => ({
  ...v,
  title: v.title.trim(),
  description: v.description.trim(),
  creator: v.creator.trim(),
  credit: v.credit.trim(),
  copyright: v.copyright.trim(),
  place: v.place.trim(),
  city: v.city.trim()
})

/** The IPTC-style description and Pauta's own fields; `readOnly` for roles that only consult. */
export function AssetEditForm({ asset, readOnly }: { asset: AssetDetail; readOnly: boolean }) {
  const form = useForm<Values>({ initialValues: valuesOf(asset) })
  const update = useApiMutation(api.archive.update, {
    invalidates: ARCHIVE_WRITES,
    success: 'Se guardó la catalogación.',
    form,
    onSuccess: (saved) => form.setInitialValues(valuesOf(saved))
  })
  const ro = readOnly || update.isPending
  return (
    <form noValidate onSubmit={form.onSubmit((v) => update.mutate({ id: asset.id, ...trimmed(v) }))}>
      <Stack gap="sm">
          <TextInput label="Título" placeholder={asset.originalName} maxLength={300} readOnly={ro} {...form.getInputProps('title')} />
          <Textarea label="Descripción" autosize minRows={2} maxRows={6} maxLength={5000} readOnly={ro} {...form.getInputProps('description')} />
          <TagsInput
            label="Palabras clave"
            placeholder="Escriba y pulse Enter"
            splitChars={[',', ';']}
            clearable
            readOnly={ro}
            {...form.getInputProps('keywords')}
          />
          <TagsInput label="Personas que aparecen" placeholder="Nombre y pulse Enter" splitChars={[';']} readOnly={ro} {...form.getInputProps('people')} />
          <SimpleGrid cols={2} spacing="sm">
            <TextInput label="Autor" maxLength={200} readOnly={ro} {...form.getInputProps('creator')} />
            <TextInput label="Crédito" maxLength={200} readOnly={ro} {...form.getInputProps('credit')} />
            <TextInput label="Lugar" maxLength={200} readOnly={ro} {...form.getInputProps('place')} />
            <TextInput label="Municipio" maxLength={120} readOnly={ro} {...form.getInputProps('city')} />
          </SimpleGrid>
          <TextInput label="Aviso de derechos" placeholder="© Alcaldía …" maxLength={500} readOnly={ro} {...form.getInputProps('copyright')} />
          <SimpleGrid cols={2} spacing="sm">
            <EventSelect
              label="Evento o cubrimiento"
              readOnly={ro}
              value={form.values.eventId}
              onChange={(v) => form.setFieldValue('eventId', v)}
              error={form.errors.eventId}
            />
            <CatalogueSelect
              kind="dependencia"
              label="Dependencia"
              clearable
              readOnly={ro}
              value={form.values.dependenciaId}
              onChange={(v) => form.setFieldValue('dependenciaId', v)}
              error={form.errors.dependenciaId}
            />
            <Select
              label="Estado de catalogación"
              data={CATALOGUE_STATUSES.map((s) => ({ value: s, label: CATALOGUE_STATUS_LABELS[s] }))}
              allowDeselect={false}
              readOnly={ro}
              value={form.values.status}
              onChange={(v) => v && form.setFieldValue('status', v as CatalogueStatus)}
              error={form.errors.status}
            />
            <Input.Wrapper label="Valoración" error={form.errors.rating}>
              <Rating mt={6} readOnly={ro} value={form.values.rating} onChange={(v) => form.setFieldValue('rating', v)} />
            </Input.Wrapper>
          </SimpleGrid>
          {!readOnly && (
            <Group justify="flex-end">
              <Button variant="default" onClick={() => form.reset()} disabled={!form.isDirty()}>
                Descartar cambios
              </Button>
              <Button type="submit" loading={update.isPending}>
                Guardar catalogación
              </Button>
            </Group>
          )}
      </Stack>
    </form>
  )
}
