import { Button, Chip, Group, Input, Rating, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Textarea } from '@mantine/core'
import type { UseFormReturnType } from '@mantine/form'
import { IconTemplate } from '@tabler/icons-react'
import { CATALOGUE_STATUSES, CATALOGUE_STATUS_LABELS, type CatalogueStatus } from '../../../../../shared/domain/archive'
import type { BatchField } from '../../../../../shared/contract/archive-batch'
import { CatalogueSelect } from '../../../components/CatalogueSelect'
import { EventSelect } from '../EventSelect'
import { FIELD_LABELS, FIELD_ORDER, TEMPLATE_FIELDS, type BatchValues } from './fields'

const TEXTS: { field: 'description' | 'creator' | 'credit' | 'copyright' | 'place' | 'city'; max: number }[] = [
  { field: 'description', max: 5000 },
  { field: 'creator', max: 200 },
  { field: 'credit', max: 200 },
  { field: 'copyright', max: 500 },
  { field: 'place', max: 200 },
  { field: 'city', max: 120 }
]

const CLEARS = 'Vacío: se borrará en todos los materiales del lote.'

/** What changes: the fields chosen get one value for the whole batch; keywords and people are added or removed. */
export function BatchChangeForm({ form }: { form: UseFormReturnType<BatchValues> }) {
  const chosen = new Set(form.values.fields)
  const addTemplate = () => form.setFieldValue('fields', FIELD_ORDER.filter((f) => chosen.has(f) || TEMPLATE_FIELDS.includes(f)))
  return (
    <Stack gap="sm">
      <Input.Wrapper
        label="Campos que cambian"
        description="Los elegidos tendrán el mismo valor en todos los materiales del lote."
        labelElement="div"
        role="group"
        aria-label="Campos que cambian"
      >
        <Group gap={6} mt={6}>
          <Chip.Group multiple value={form.values.fields} onChange={(v) => form.setFieldValue('fields', FIELD_ORDER.filter((f) => v.includes(f)))}>
            {FIELD_ORDER.map((f) => (
              <Chip key={f} value={f} size="sm">
                {FIELD_LABELS[f]}
              </Chip>
            ))}
          </Chip.Group>
          <Button size="compact-sm" variant="light" leftSection={<IconTemplate size={14} />} onClick={addTemplate} title="Evento, lugar, municipio, autor y dependencia, como en una ingesta">
            Campos de plantilla
          </Button>
        </Group>
      </Input.Wrapper>
      {chosen.size > 0 && (
        <SimpleGrid cols={2} spacing="sm">
          {TEXTS.filter((t) => chosen.has(t.field)).map(({ field, max }) => {
            const props = {
              label: FIELD_LABELS[field],
              maxLength: max,
              description: form.values[field].trim() === '' ? CLEARS : undefined,
              ...form.getInputProps(field)
            }
            return field === 'description' ? (
              <Textarea key={field} autosize minRows={2} maxRows={5} style={{ gridColumn: '1 / -1' }} {...props} />
            ) : (
              <TextInput key={field} {...props} />
            )
          })}
          {chosen.has('eventId') && (
            <EventSelect
              label={FIELD_LABELS.eventId}
              allowCreate
              value={form.values.eventId}
              onChange={(v) => form.setFieldValue('eventId', v)}
              error={form.errors.eventId}
              placeholder="Sin evento (se quita)"
            />
          )}
          {chosen.has('dependenciaId') && (
            <CatalogueSelect
              kind="dependencia"
              label={FIELD_LABELS.dependenciaId}
              clearable
              placeholder="Sin dependencia (se quita)"
              value={form.values.dependenciaId}
              onChange={(v) => form.setFieldValue('dependenciaId', v)}
              error={form.errors.dependenciaId}
            />
          )}
          {chosen.has('status') && (
            <Select
              label={FIELD_LABELS.status}
              data={CATALOGUE_STATUSES.map((s) => ({ value: s, label: CATALOGUE_STATUS_LABELS[s] }))}
              allowDeselect={false}
              value={form.values.status}
              onChange={(v) => v && form.setFieldValue('status', v as CatalogueStatus)}
              error={form.errors.status}
            />
          )}
          {chosen.has('rating') && (
            <Input.Wrapper label={FIELD_LABELS.rating} error={form.errors.rating} description={form.values.rating === 0 ? 'Sin valoración' : undefined}>
              <Rating mt={6} value={form.values.rating} onChange={(v) => form.setFieldValue('rating', v)} aria-label={FIELD_LABELS.rating} />
            </Input.Wrapper>
          )}
        </SimpleGrid>
      )}
      <SimpleGrid cols={2} spacing="sm">
        <TermsInput form={form} field="addKeywords" label="Añadir palabras clave" />
        <TermsInput form={form} field="removeKeywords" label="Quitar palabras clave" />
        <TermsInput form={form} field="addPeople" label="Añadir personas" />
        <TermsInput form={form} field="removePeople" label="Quitar personas" />
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Las palabras clave y las personas se comparan sin distinguir mayúsculas ni tildes: no se repiten.
      </Text>
    </Stack>
  )
}

function TermsInput({ form, field, label }: { form: UseFormReturnType<BatchValues>; field: Exclude<keyof BatchValues, BatchField | 'fields'>; label: string }) {
  return <TagsInput label={label} placeholder="Escriba y pulse Enter" splitChars={[',', ';']} clearable acceptValueOnBlur {...form.getInputProps(field)} />
}
