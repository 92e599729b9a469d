import { Button, Group, Modal, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useLocation } from 'wouter'
import type { RequestDetail } from '../../../../shared/contract'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { CatalogueMultiSelect, CatalogueSelect } from '../../components/CatalogueSelect'
import { DateField } from '../../components/DateField'

interface Values {
  dependenciaId: number | null
  requesterName: string
  requesterContact: string
  topic: string
  objective: string
  keyMessage: string
  audienceIds: number[]
  channelIds: number[]
  desiredDate: string | null
}

function initialValues(r: RequestDetail | null): Values {
  return {
    dependenciaId: r?.dependenciaId ?? null,
    requesterName: r?.requesterName ?? '',
    requesterContact: r?.requesterContact ?? '',
    topic: r?.topic ?? '',
    objective: r?.objective ?? '',
    keyMessage: r?.keyMessage ?? '',
    audienceIds: r?.audienceIds ?? [],
    channelIds: r?.channelIds ?? [],
    desiredDate: r?.desiredDate ?? null
  }
}

/** Registers what a dependencia asks the office for, or corrects it while it is still being studied. */
export function RequestFormModal({ request, opened, onClose }: { request: RequestDetail | null; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={request ? `Editar ${request.code}` : 'Nueva solicitud'} centered size="xl">
      {opened && <RequestForm request={request} onDone={onClose} />}
    </Modal>
  )
}

function RequestForm({ request, onDone }: { request: RequestDetail | null; onDone: () => void }) {
  const [, navigate] = useLocation()
  const form = useForm<Values>({
    initialValues: initialValues(request),
    validate: {
      dependenciaId: (v) => (v ? null : 'Seleccione la dependencia que hace la solicitud.'),
      requesterName: (v) => (v.trim() ? null : 'Escriba el nombre de quien solicita.'),
      topic: (v) => (v.trim() ? null : 'Escriba el tema de la solicitud.')
    }
  })
  const save = useApiMutation(
    (v: Values & { dependenciaId: number }) => (request ? api.requests.update({ ...v, id: request.id }) : api.requests.create(v)),
    {
      invalidates: [['requests']],
      form,
      success: (r) => (request ? `Se guardaron los cambios de ${r.code}.` : `Se registró la solicitud ${r.code}.`),
      onSuccess: (r) => {
        onDone()
        if (!request) navigate(`/solicitudes/${r.id}`)
      }
    }
  )
  return (
    <form
      onSubmit={form.onSubmit(({ dependenciaId, ...rest }) => {
        if (dependenciaId) save.mutate({ ...rest, dependenciaId })
      })}
      noValidate
    >
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CatalogueSelect
            kind="dependencia"
            label="Dependencia"
            placeholder="Seleccione"
            required
            data-autofocus
            openOnFocus={false}
            value={form.values.dependenciaId}
            onChange={(id) => form.setFieldValue('dependenciaId', id)}
            error={form.errors.dependenciaId}
          />
          <DateField label="Fecha deseada" description="Cuándo necesita la dependencia que se publique" {...form.getInputProps('desiredDate')} />
          <TextInput label="Solicitante" description="Nombre de quien pide" placeholder="Ej.: Carlos Medina, secretario de Salud" required {...form.getInputProps('requesterName')} />
          <TextInput label="Contacto" description="Teléfono, extensión o correo" placeholder="Ej.: Ext. 214 · salud@cajica.gov.co" {...form.getInputProps('requesterContact')} />
        </SimpleGrid>
        <TextInput label="Tema" placeholder="Ej.: Jornada de vacunación en veredas" required {...form.getInputProps('topic')} />
        <Textarea label="Objetivo" placeholder="Qué se quiere lograr con la comunicación" autosize minRows={2} maxRows={6} {...form.getInputProps('objective')} />
        <Textarea label="Mensaje clave" placeholder="La idea principal que la ciudadanía debe recordar" autosize minRows={2} maxRows={6} {...form.getInputProps('keyMessage')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CatalogueMultiSelect
            kind="grupo_valor"
            label="Grupos de valor"
            placeholder="A quién va dirigida"
            value={form.values.audienceIds}
            onChange={(ids) => form.setFieldValue('audienceIds', ids)}
            error={form.errors.audienceIds}
          />
          <CatalogueMultiSelect
            kind="canal"
            label="Canales sugeridos"
            placeholder="Dónde se publicaría"
            value={form.values.channelIds}
            onChange={(ids) => form.setFieldValue('channelIds', ids)}
            error={form.errors.channelIds}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onDone}>
            Cancelar
          </Button>
          <Button type="submit" loading={save.isPending}>
            {request ? 'Guardar cambios' : 'Registrar solicitud'}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
