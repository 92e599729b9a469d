import { useState } from 'react'
import { Button, Checkbox, Group, Modal, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconFolderOpen, IconPackageExport } from '@tabler/icons-react'
import { isoDateInColombia } from '../../../../../shared/dates'
import { api } from '../../../lib/api'
import { useApiMutation } from '../../../lib/mutation'
import { useDestinations } from '../../delivery/queries'
import { ExportPreviewSummary } from './ExportPreviewSummary'
import { ExportProgress } from './ExportProgress'
import { useExportPreview } from './queries'
import type { ExportSelectionInput } from './selection'

interface Values {
  name: string
  where: 'carpeta' | 'destino'
  folder: string
  destinationId: string | null
  xmpSidecars: boolean
  embedXmp: boolean
}

const initialValues = (): Values => ({
  name: `Exportación ${isoDateInColombia(new Date())}`,
  where: 'carpeta',
  folder: '',
  destinationId: null,
  xmpSidecars: true,
  embedXmp: false
})

export interface ExportSelectionModalProps {
  opened: boolean
  onClose: () => void
  selection: ExportSelectionInput
}

/** Exports a selection as a BagIt package: what it holds, where it goes, then its progress. */
export function ExportSelectionModal({ opened, onClose, selection }: ExportSelectionModalProps) {
  const [jobId, setJobId] = useState<number | null>(null)
  const preview = useExportPreview(selection, opened && jobId === null)
  const destinations = useDestinations()
  const form = useForm<Values>({
    initialValues: initialValues(),
    validate: {
      name: (v) => (v.trim() ? null : 'Escriba un nombre para el paquete.'),
      folder: (v, all) => (all.where === 'carpeta' && !v ? 'Elija la carpeta donde se guardará el paquete.' : null),
      destinationId: (v, all) => (all.where === 'destino' && !v ? 'Elija un destino configurado.' : null)
    }
  })
  const choose = useApiMutation(() => api.archiveExport.chooseFolder(), {
    invalidates: [],
    onSuccess: (folder) => {
      if (!folder) return
      form.setFieldValue('folder', folder)
      form.clearFieldError('folder')
    }
  })
  const start = useApiMutation(api.archiveExport.start, {
    invalidates: [['archiveExport']],
    success: 'Comenzó la exportación. Puede cerrar esta ventana: seguirá en segundo plano.',
    form: {
      setErrors: (fields) =>
        form.setErrors(
          Object.fromEntries(Object.entries(fields).map(([k, v]) => [k.replace(/^destination\./, '').replace(/^options\./, ''), v]))
        )
    },
    onSuccess: (job) => setJobId(job.id)
  })

  function close() {
    form.setValues(initialValues())
    form.clearErrors()
    start.reset()
    setJobId(null)
    onClose()
  }

  const submit = form.onSubmit((v) =>
    start.mutate({
      selection,
      name: v.name.trim(),
      destination: v.where === 'carpeta' ? { folder: v.folder } : { destinationId: Number(v.destinationId) },
      options: { xmpSidecars: v.xmpSidecars, embedXmp: v.embedXmp }
    })
  )

  const activeDestinations = (destinations.data ?? []).filter((d) => d.active)
  const empty = preview.data?.count === 0

  return (
    <Modal opened={opened} onClose={close} title={jobId === null ? 'Exportar selección (paquete BagIt)' : 'Avance de la exportación'} size="lg">
      {jobId !== null ? (
        <Stack>
          <ExportProgress id={jobId} />
          <Group justify="flex-end">
            <Button onClick={close}>Listo</Button>
          </Group>
        </Stack>
      ) : (
        <form noValidate onSubmit={submit}>
          <Stack>
            <ExportPreviewSummary query={preview} />
            <TextInput
              label="Nombre del paquete"
              description="Será el nombre de la carpeta; los caracteres que Windows no admite se reemplazan."
              required
              maxLength={120}
              data-autofocus
              {...form.getInputProps('name')}
            />
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                Destino
              </Text>
              <SegmentedControl
                aria-label="Tipo de destino"
                data={[
                  { value: 'carpeta', label: 'Una carpeta' },
                  { value: 'destino', label: 'Un destino configurado' }
                ]}
                {...form.getInputProps('where')}
              />
            </Stack>
            {form.values.where === 'carpeta' ? (
              <Paper withBorder p="sm" radius="md">
                <Group justify="space-between" wrap="nowrap" align="flex-end">
                  <TextInput
                    label="Carpeta de destino"
                    placeholder="Elija la carpeta donde se creará el paquete"
                    readOnly
                    required
                    style={{ flex: 1 }}
                    {...form.getInputProps('folder')}
                  />
                  <Button variant="default" leftSection={<IconFolderOpen size={16} />} onClick={() => choose.mutate()} loading={choose.isPending}>
                    Elegir carpeta…
                  </Button>
                </Group>
              </Paper>
            ) : (
              <Select
                label="Destino configurado"
                placeholder={activeDestinations.length ? 'Elija un destino' : 'No hay destinos activos'}
                description="Carpetas compartidas que el jefe configura en Configuración › Destinos."
                data={activeDestinations.map((d) => ({ value: String(d.id), label: `${d.name} — ${d.path}` }))}
                required
                {...form.getInputProps('destinationId')}
              />
            )}
            <Stack gap={6}>
              <Text size="sm" fw={500}>
                Metadatos fuera de Pauta
              </Text>
              <Checkbox
                label="Agregar un archivo XMP junto a cada original"
                description="Título, descripción, palabras clave, autor, derechos, lugar, personas y autorización de uso de imagen."
                {...form.getInputProps('xmpSidecars', { type: 'checkbox' })}
              />
              <Checkbox
                label="Escribir los metadatos dentro de las copias JPEG"
                description="La copia cambia (su SHA-256 ya no es el del original); el manifiesto registra la copia y metadatos.json ambos. Los demás formatos reciben el archivo XMP."
                {...form.getInputProps('embedXmp', { type: 'checkbox' })}
              />
            </Stack>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancelar
              </Button>
              <Button type="submit" leftSection={<IconPackageExport size={16} />} loading={start.isPending} disabled={empty || preview.isError}>
                Exportar paquete
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  )
}
