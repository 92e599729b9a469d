import { useEffect, useState } from 'react'
import { Button, Group, Modal, Paper, Radio, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconFolderOpen } from '@tabler/icons-react'
import { INGEST_MODES, INGEST_MODE_LABELS, type IngestMode } from '../../../../shared/domain/archive'
import { CatalogueSelect } from '../../components/CatalogueSelect'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { EventSelect } from './EventSelect'
import { IngestProgress } from './IngestProgress'

interface Values {
  sourcePath: string
  volumeLabel: string | null
  mode: IngestMode
  eventId: number | null
  place: string
  city: string
  creator: string
  dependenciaId: number | null
  keywords: string[]
}

const INITIAL: Values = { sourcePath: '', volumeLabel: null, mode: 'copiar', eventId: null, place: '', city: '', creator: '', dependenciaId: null, keywords: [] }

/** The batch template a caller fills in ahead (a covered event opens the ingest with its place, date and creator). */
export type IngestPreset = Partial<Omit<Values, 'volumeLabel'>>

/** A folder already chosen (dropped on the window), as main described it. */
export interface IngestSource {
  path: string
  volumeLabel: string | null
}

/** Chooses a folder or card and the batch template, starts the ingest and then follows it. */
export function IngestModal({ opened, onClose, preset, source }: { opened: boolean; onClose: () => void; preset?: IngestPreset; source?: IngestSource | null }) {
  const [jobId, setJobId] = useState<number | null>(null)
  const form = useForm<Values>({
    initialValues: INITIAL,
    validate: { sourcePath: (v) => (v ? null : 'Elija la carpeta o la tarjeta de memoria que va a ingestar.') }
  })
  const { setValues } = form
  useEffect(() => {
    if (opened && preset) setValues({ ...INITIAL, ...preset })
  }, [opened, preset, setValues])
  useEffect(() => {
    if (opened && source) setValues({ sourcePath: source.path, volumeLabel: source.volumeLabel })
  }, [opened, source, setValues])
  const choose = useApiMutation(() => api.ingest.chooseSource(), {
    invalidates: [],
    onSuccess: (source) => {
      if (!source) return
      form.setFieldValue('sourcePath', source.path)
      form.setFieldValue('volumeLabel', source.volumeLabel)
      form.clearFieldError('sourcePath')
    }
  })
  const start = useApiMutation(api.ingest.start, {
    invalidates: [['ingest']],
    success: 'Comenzó la ingesta. Puede cerrar esta ventana: seguirá en segundo plano.',
    // Main names the template's fields "template.place"…; the form shows them flat.
    form: { setErrors: (fields) => form.setErrors(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^template\./, ''), v]))) },
    onSuccess: (job) => setJobId(job.id)
  })

  function close() {
    form.reset()
    start.reset()
    setJobId(null)
    onClose()
  }

  const submit = form.onSubmit((v) =>
    start.mutate({
      sourcePath: v.sourcePath,
      mode: v.mode,
      template: {
        eventId: v.eventId,
        place: v.place.trim(),
        city: v.city.trim(),
        creator: v.creator.trim(),
        dependenciaId: v.dependenciaId,
        keywords: v.keywords
      }
    })
  )

  return (
    <Modal opened={opened} onClose={close} title={jobId === null ? 'Ingestar material' : 'Avance de la ingesta'} size="xl">
      {jobId !== null ? (
        <Stack>
          <IngestProgress id={jobId} />
          <Group justify="flex-end">
            <Button onClick={close}>Listo</Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack>
            <Paper withBorder p="sm" radius="md">
              <Group justify="space-between" wrap="nowrap" align="flex-end">
                <TextInput
                  label="Carpeta de origen"
                  placeholder="Elija una carpeta o una tarjeta de memoria"
                  readOnly
                  required
                  style={{ flex: 1 }}
                  {...form.getInputProps('sourcePath')}
                  description={form.values.volumeLabel ? `Unidad extraíble «${form.values.volumeLabel}»` : 'Se incluyen las subcarpetas.'}
                />
                <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={() => choose.mutate()} loading={choose.isPending} data-autofocus>
                  Elegir carpeta…
                </Button>
              </Group>
            </Paper>
            <Radio.Group label="Modo de ingesta" {...form.getInputProps('mode')}>
              <Stack gap={6} mt={6}>
                {INGEST_MODES.map((m) => (
                  <Radio key={m} value={m} label={INGEST_MODE_LABELS[m]} />
                ))}
              </Stack>
            </Radio.Group>
            {form.values.mode === 'referenciar' && (
              <Text size="xs" c="dimmed">
                Los originales se quedan donde están. Si están en una unidad extraíble, Pauta le dirá cuál conectar para abrirlos.
              </Text>
            )}
            <Text fw={600} size="sm" mt="xs">
              Plantilla para todo el lote (opcional)
            </Text>
            <SimpleGrid cols={2} spacing="sm">
              <EventSelect
                label="Evento"
                allowCreate
                value={form.values.eventId}
                onChange={(v) => form.setFieldValue('eventId', v)}
                error={form.errors.eventId}
              />
              <CatalogueSelect
                kind="dependencia"
                label="Dependencia"
                clearable
                value={form.values.dependenciaId}
                onChange={(v) => form.setFieldValue('dependenciaId', v)}
                error={form.errors.dependenciaId}
              />
              <TextInput label="Lugar" maxLength={200} {...form.getInputProps('place')} />
              <TextInput label="Municipio" maxLength={120} {...form.getInputProps('city')} />
              <TextInput label="Autor" maxLength={200} {...form.getInputProps('creator')} />
              <TagsInput label="Palabras clave" placeholder="Escriba y pulse Enter" splitChars={[',', ';']} {...form.getInputProps('keywords')} />
            </SimpleGrid>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancelar
              </Button>
              <Button type="submit" loading={start.isPending}>
                Iniciar ingesta
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}
