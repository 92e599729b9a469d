import { Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import type { RetentionSerie } from '../../../../../shared/contract/retention'
import { DISPOSITIONS, DISPOSITION_LABELS, type Disposition } from '../../../../../shared/domain/retention'
import { api } from '../../../lib/api'
import { useApiMutation } from '../../../lib/mutation'
import { RETENTION_WRITES } from './queries'

interface Values {
  code: string
  serie: string
  subserie: string
  yearsGestion: number | string
  yearsCentral: number | string
  disposition: Disposition | null
  active: boolean
}

const DISPOSITION_OPTIONS = DISPOSITIONS.map((d) => ({ value: d, label: DISPOSITION_LABELS[d] }))

const years = (v: number | string) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? null : 'Escriba un número de años, 0 o más.')

/** Creates a serie of the Tabla de Retención Documental, or edits `serie`. */
export function SerieFormModal({ serie, onClose }: { serie: RetentionSerie | null; onClose: () => void }) {
  const form = useForm<Values>({
    initialValues: {
      code: serie?.code ?? '',
      serie: serie?.serie ?? '',
      subserie: serie?.subserie ?? '',
      yearsGestion: serie?.yearsGestion ?? '',
      yearsCentral: serie?.yearsCentral ?? '',
      disposition: serie?.disposition ?? null,
      active: serie?.active ?? true
    },
    validate: {
      code: (v) => (v.trim() ? null : 'Escriba el código de la serie, p. ej. 110.25.'),
      serie: (v) => (v.trim() ? null : 'Escriba el nombre de la serie.'),
      yearsGestion: years,
      yearsCentral: years,
      disposition: (v) => (v ? null : 'Elija la disposición final.')
    }
  })
  const save = useApiMutation(api.retention.saveSerie, {
    invalidates: RETENTION_WRITES,
    success: (s) => (serie ? `Se guardó la serie ${s.code}.` : `Se agregó la serie ${s.code} a la Tabla de Retención.`),
    form,
    onSuccess: onClose
  })

  const submit = form.onSubmit((v) =>
    save.mutate({
      ...(serie ? { id: serie.id } : {}),
      code: v.code.trim(),
      serie: v.serie.trim(),
      subserie: v.subserie.trim(),
      yearsGestion: Number(v.yearsGestion),
      yearsCentral: Number(v.yearsCentral),
      disposition: v.disposition ?? 'conservacion_total',
      active: v.active
    })
  )

  return (
    <Modal opened onClose={onClose} title={serie ? `Editar la serie ${serie.code}` : 'Nueva serie documental'} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Código" placeholder="P. ej. 110.25" required data-autofocus maxLength={30} {...form.getInputProps('code')} />
            <TextInput label="Serie" required maxLength={200} style={{ gridColumn: 'span 2' }} {...form.getInputProps('serie')} />
          </SimpleGrid>
          <TextInput label="Subserie" placeholder="Opcional" maxLength={200} {...form.getInputProps('subserie')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput label="Años en archivo de gestión" required min={0} max={100} allowDecimal={false} allowNegative={false} {...form.getInputProps('yearsGestion')} />
            <NumberInput label="Años en archivo central" required min={0} max={100} allowDecimal={false} allowNegative={false} {...form.getInputProps('yearsCentral')} />
          </SimpleGrid>
          <Select label="Disposición final" required data={DISPOSITION_OPTIONS} {...form.getInputProps('disposition')} />
          {serie && <Switch label="Serie activa (se puede asignar a material nuevo)" {...form.getInputProps('active', { type: 'checkbox' })} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancelar
            </Button>
            <Button type="submit" loading={save.isPending}>
              {serie ? 'Guardar serie' : 'Crear serie'}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
