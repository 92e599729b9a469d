import { useId, useRef, type KeyboardEvent } from 'react'
import { Autocomplete, Button, Grid, Group, NumberInput, Select, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { MediaClip } from '../../../../shared/contract/monitoring'
import { MEDIUM_TYPE_LABELS, MEDIUM_TYPES, TONE_COLORS, TONE_LABELS, TONES, type MediumType, type Tone } from '../../../../shared/domain/monitoring'
import { CatalogueSelect } from '../../components/CatalogueSelect'
import { DateField } from '../../components/DateField'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { blankClip, clipValidation, toInput, type ClipFormValues } from './clip-form-values'
import { DuplicateUrlWarning } from './DuplicateUrlWarning'
import { useClipSuggestions } from './queries'

const MEDIUM_TYPE_OPTIONS = MEDIUM_TYPES.map((t) => ({ value: t, label: MEDIUM_TYPE_LABELS[t] }))
const TONE_OPTIONS = TONES.map((t) => ({ value: t, label: TONE_LABELS[t] }))

interface Props {
  initial: ClipFormValues
  /** Editing an existing clip; without it the form registers new ones, one after another. */
  clip?: MediaClip
  today: string
  submitLabel: string
  onSaved?: (clip: MediaClip) => void
  /** Called whenever the date changes, so the day's list below follows it. */
  onDateChange?: (date: string | null) => void
}

/**
 * Keyboard-first: the headline has the focus, Enter saves from any field (Mayús+Enter breaks a
 * line in the summary), and after saving a new clip only the date and the medium stay.
 */
export function ClipForm({ initial, clip, today, submitLabel, onSaved, onDateChange }: Props) {
  const headline = useRef<HTMLInputElement>(null)
  const toneLabelId = useId()
  const suggestions = useClipSuggestions()
  const form = useForm<ClipFormValues>({ initialValues: initial, validate: clipValidation })

  const save = useApiMutation(
    (values: ClipFormValues) => (clip ? api.monitoring.update({ ...toInput(values), id: clip.id }) : api.monitoring.create(toInput(values))),
    {
      invalidates: [['monitoring'], ['home']],
      form,
      success: clip ? 'Nota corregida.' : (saved) => `Nota registrada: «${saved.headline}».`,
      onSuccess: (saved, values) => {
        if (!clip) {
          form.setValues(blankClip(values.clipDate, values.medium, values.mediumType))
          form.resetDirty()
          form.clearErrors()
          headline.current?.focus()
        }
        onSaved?.(saved)
      }
    }
  )

  const media = suggestions.data?.media ?? []
  const chooseMedium = (medium: string) => {
    form.setFieldValue('medium', medium)
    const known = media.find((m) => m.medium.toLocaleLowerCase('es-CO') === medium.trim().toLocaleLowerCase('es-CO'))
    if (known) form.setFieldValue('mediumType', known.mediumType)
  }
  const submitOnEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault()
      event.currentTarget.form?.requestSubmit()
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => save.mutate(values))} noValidate>
      <Stack gap="sm">
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <DateField
              label="Fecha de la nota"
              required
              maxDate={today}
              {...form.getInputProps('clipDate')}
              onChange={(value) => {
                form.setFieldValue('clipDate', value)
                onDateChange?.(value)
              }}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 9 }}>
            <TextInput ref={headline} label="Titular" required data-autofocus autoFocus maxLength={300} {...form.getInputProps('headline')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Autocomplete
              label="Medio"
              required
              placeholder="Ej.: Caracol Radio"
              data={media.map((m) => m.medium)}
              limit={8}
              maxLength={120}
              {...form.getInputProps('medium')}
              onChange={chooseMedium}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Select
              label="Tipo de medio"
              required
              data={MEDIUM_TYPE_OPTIONS}
              searchable
              selectFirstOptionOnChange
              allowDeselect={false}
              {...form.getInputProps('mediumType')}
              onChange={(v) => form.setFieldValue('mediumType', v as MediumType | null)}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput label="Programa o sección" maxLength={160} {...form.getInputProps('program')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput label="URL" placeholder="https://…" type="url" inputMode="url" {...form.getInputProps('url')} />
          </Grid.Col>
        </Grid>
        <DuplicateUrlWarning
          url={form.values.url}
          excludeId={clip?.id}
          confirmed={form.values.confirmDuplicate}
          onConfirm={(value) => form.setFieldValue('confirmDuplicate', value)}
        />
        <Grid gap="sm">
          <Grid.Col span={{ base: 12, sm: 5 }}>
            <Stack gap={4}>
              <Text component="span" id={toneLabelId} size="sm" fw={500}>
                Tono
              </Text>
              <SegmentedControl
                fullWidth
                role="radiogroup"
                aria-labelledby={toneLabelId}
                data={TONE_OPTIONS}
                value={form.values.tone}
                onChange={(v) => form.setFieldValue('tone', v as Tone)}
                color={TONE_COLORS[form.values.tone].mantine}
              />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <Autocomplete label="Tema" required data={suggestions.data?.topics ?? []} limit={8} maxLength={120} {...form.getInputProps('topic')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 3 }}>
            <NumberInput label="Alcance estimado" min={0} allowDecimal={false} allowNegative={false} thousandSeparator="." decimalSeparator="," {...form.getInputProps('reach')} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <CatalogueSelect
              kind="dependencia"
              label="Dependencia mencionada"
              clearable
              value={form.values.dependenciaId}
              onChange={(id) => form.setFieldValue('dependenciaId', id)}
              error={form.errors.dependenciaId}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Autocomplete label="Vocero mencionado" data={suggestions.data?.spokespersons ?? []} limit={8} maxLength={160} {...form.getInputProps('spokesperson')} />
          </Grid.Col>
          <Grid.Col span={12}>
            <Textarea label="Resumen" autosize minRows={2} maxRows={6} maxLength={4000} onKeyDown={submitOnEnter} {...form.getInputProps('summary')} />
          </Grid.Col>
        </Grid>
        <Group justify="space-between">
          <Text size="xs" c="dimmed">
            Enter guarda · Mayús+Enter hace un salto de línea en el resumen
          </Text>
          <Button type="submit" loading={save.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
