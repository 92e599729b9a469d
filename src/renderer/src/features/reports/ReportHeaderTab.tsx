import { Button, Group, Image, Paper, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconPhoto, IconTrash } from '@tabler/icons-react'
import type { ReportHeader } from '../../../../shared/contract'
import { formatDate } from '../../../../shared/dates'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { DateField } from '../../components/DateField'
import { QueryView } from '../../components/QueryView'
import { useReportHeader } from './queries'

interface Values {
  processName: string
  documentCode: string
  version: string
  versionDate: string | null
}

const valuesOf = (h: ReportHeader): Values => ({ processName: h.processName, documentCode: h.documentCode, version: h.version, versionDate: h.versionDate })

/** The institutional header every report carries, as the entity's quality system names the format. */
export function ReportHeaderTab({ canEdit }: { canEdit: boolean }) {
  const query = useReportHeader()
  return (
    <QueryView query={query} loadingLabel="Cargando el encabezado de informes">
      {(header) => (
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" maw={1200}>
          <Stack gap="lg">
            <HeaderForm header={header} canEdit={canEdit} />
            <LogoPanel header={header} canEdit={canEdit} />
          </Stack>
          <HeaderSample header={header} />
        </SimpleGrid>
      )}
    </QueryView>
  )
}

function HeaderForm({ header, canEdit }: { header: ReportHeader; canEdit: boolean }) {
  const form = useForm<Values>({
    initialValues: valuesOf(header),
    validate: { processName: (v) => (v.trim() ? null : 'Escriba el nombre del proceso, p. ej. «Gestión de las Comunicaciones».') }
  })
  const save = useApiMutation((v: Values) => api.reports.updateHeader(v), {
    invalidates: [['reports', 'header']],
    form,
    success: 'Encabezado de informes guardado.',
    onSuccess: (saved) => {
      form.setValues(valuesOf(saved))
      form.resetDirty(valuesOf(saved))
    }
  })
  return (
    <Paper withBorder p="lg" radius="md">
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            Así aparece el formato en el sistema de gestión de calidad de la entidad. El nombre de la entidad se toma de la pestaña
            «Entidad».{!canEdit && ' Solo el jefe de la oficina o un administrador cambian estos datos.'}
          </Text>
          <TextInput label="Nombre del proceso" placeholder="Gestión de las Comunicaciones" required readOnly={!canEdit} {...form.getInputProps('processName')} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label="Código del formato" placeholder="F-GC-001" readOnly={!canEdit} {...form.getInputProps('documentCode')} />
            <TextInput label="Versión" placeholder="01" readOnly={!canEdit} {...form.getInputProps('version')} />
            <DateField label="Fecha de la versión" readOnly={!canEdit} {...form.getInputProps('versionDate')} />
          </SimpleGrid>
          {canEdit && (
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending} disabled={!form.isDirty()}>
                Guardar encabezado
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </Paper>
  )
}

function LogoPanel({ header, canEdit }: { header: ReportHeader; canEdit: boolean }) {
  const choose = useApiMutation(() => api.reports.chooseLogo(), {
    invalidates: [['reports', 'header']],
    success: (h) => (h.logoUrl && h.logoUrl !== header.logoUrl ? 'Logo actualizado.' : null)
  })
  const clear = useApiMutation(() => api.reports.clearLogo(), { invalidates: [['reports', 'header']], success: 'Se quitó el logo.' })
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={5}>Logo de la entidad</Title>
        <Group align="center" gap="lg" wrap="nowrap">
          <Paper withBorder radius="sm" w={160} h={96} p={6} bg="white" style={{ display: 'flex', alignItems: 'center', justifyContent: 'center', flexShrink: 0 }}>
            {header.logoUrl ? (
              <Image src={header.logoUrl} alt="Logo de la entidad" fit="contain" mah={82} maw={146} />
            ) : (
              <Stack align="center" gap={2}>
                <IconPhoto size={26} color="var(--mantine-color-gray-5)" />
                <Text size="xs" c="dimmed">
                  Sin logo
                </Text>
              </Stack>
            )}
          </Paper>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              Una imagen PNG o JPEG, idealmente con fondo blanco o transparente. Va en la esquina izquierda del encabezado.
            </Text>
            {canEdit && (
              <Group gap="sm">
                <Button variant="default" leftSection={<IconPhoto size={16} />} loading={choose.isPending} onClick={() => choose.mutate(undefined)}>
                  {header.logoUrl ? 'Cambiar logo…' : 'Elegir logo…'}
                </Button>
                {header.logoUrl && (
                  <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} loading={clear.isPending} onClick={() => clear.mutate(undefined)}>
                    Quitar logo
                  </Button>
                )}
              </Group>
            )}
          </Stack>
        </Group>
      </Stack>
    </Paper>
  )
}

/** A small mock of the header as the PDF draws it, so the office sees the effect before generating. */
function HeaderSample({ header }: { header: ReportHeader }) {
  const label = (text: string) => (
    <Text span size="xs" fw={700} mr={6}>
      {text}
    </Text>
  )
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Title order={5}>Así se ve en los informes</Title>
        <Table withTableBorder withColumnBorders fz="xs" bg="white" aria-label="Vista del encabezado" layout="fixed" verticalSpacing={6}>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td rowSpan={3} w={100} ta="center">
                {header.logoUrl ? <Image src={header.logoUrl} alt="" fit="contain" mah={60} /> : <Text size="xs" c="dimmed">Logo</Text>}
              </Table.Td>
              <Table.Td rowSpan={2} ta="center">
                <Text size="sm" fw={700} tt="uppercase">
                  {header.entityName}
                </Text>
                <Text size="xs" c="dimmed">
                  Proceso: {header.processName || '—'}
                </Text>
              </Table.Td>
              <Table.Td w={150}>
                {label('Código:')}
                {header.documentCode || '—'}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td>
                {label('Versión:')}
                {header.version || '—'}
              </Table.Td>
            </Table.Tr>
            <Table.Tr>
              <Table.Td ta="center" fw={700} tt="uppercase" bg="gray.1">
                Informe mensual de gestión
              </Table.Td>
              <Table.Td>
                {label('Fecha:')}
                {header.versionDate ? formatDate(header.versionDate) : '—'}
              </Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Text size="xs" c="dimmed">
          Cada página lleva además «Página X de Y», quién generó el informe y cuándo.
        </Text>
      </Stack>
    </Paper>
  )
}
