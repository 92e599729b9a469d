import { useEffect, useRef } from 'react'
import { Alert, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, Text } from '@mantine/core'
import { useForm } from '@mantine/form'
import { isoDateInColombia } from '../../../../shared/dates'
import { bulletinLabel } from '../../../../shared/domain/press'
import type { BulletinDetail } from '../../../../shared/contract/press'
import { DateField } from '../../components/DateField'
import { QueryView } from '../../components/QueryView'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { PRESS_WRITES, useBulletinPieces, useNextBulletinNumber } from './queries'

interface Values {
  pieceId: string | null
  issuedOn: string | null
  number: number | string
}

/** Numbers a boletín piece: the next number of the year is proposed, and can be changed. */
export function RegisterBulletinModal({ onClose, onRegistered }: { onClose: () => void; onRegistered: (b: BulletinDetail) => void }) {
  const pieces = useBulletinPieces()
  const form = useForm<Values>({
    initialValues: { pieceId: null, issuedOn: isoDateInColombia(new Date()), number: '' },
    validate: {
      pieceId: (v) => (v ? null : 'Elija la pieza del boletín.'),
      issuedOn: (v) => (v ? null : 'Escriba la fecha de emisión (dd/mm/aaaa).'),
      number: (v) => (typeof v === 'number' && Number.isInteger(v) && v >= 1 ? null : 'Escriba el número del boletín, 1 o más.')
    }
  })
  const year = form.values.issuedOn ? Number(form.values.issuedOn.slice(0, 4)) : null
  const next = useNextBulletinNumber(year)
  // The proposal follows the year until the person types a number of their own.
  const typed = useRef(false)
  const proposed = next.data?.number
  useEffect(() => {
    if (proposed !== undefined && !typed.current) form.setFieldValue('number', proposed)
  }, [proposed])

  const register = useApiMutation(api.press.registerBulletin, {
    invalidates: PRESS_WRITES,
    success: (b) => `Se registró el ${b.label}.`,
    form,
    onSuccess: (b) => onRegistered(b)
  })
  const submit = form.onSubmit((v) => register.mutate({ pieceId: Number(v.pieceId), issuedOn: v.issuedOn ?? '', number: Number(v.number) }))
  const numberProps = form.getInputProps('number')

  return (
    <Modal opened onClose={onClose} title="Registrar boletín de prensa" size="lg">
      <QueryView query={pieces} loadingLabel="Cargando las piezas">
        {(options) => {
          const chosen = options.find((p) => String(p.id) === form.values.pieceId)
          return (
            <form noValidate onSubmit={submit}>
              <Stack>
                {options.length === 0 && (
                  <Alert color="gray" variant="light">
                    No hay piezas de tipo «Boletín de prensa» sin número. Cree la pieza en «Piezas» y vuelva aquí.
                  </Alert>
                )}
                <Select
                  label="Pieza del boletín"
                  description="Piezas de tipo «Boletín de prensa» que aún no tienen número"
                  placeholder="Elija la pieza"
                  required
                  searchable
                  data-autofocus
                  nothingFoundMessage="Ninguna pieza coincide"
                  data={options.map((p) => ({ value: String(p.id), label: `${p.code} · ${p.title}` }))}
                  {...form.getInputProps('pieceId')}
                />
                {chosen && !chosen.ready && (
                  <Alert color="orange" variant="light" title="Aún no se puede enviar">
                    Puede numerarlo ahora, pero el envío a los medios espera las aprobaciones. {chosen.missing}
                  </Alert>
                )}
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <DateField label="Fecha de emisión" required {...form.getInputProps('issuedOn')} />
                  <NumberInput
                    label="Número"
                    required
                    min={1}
                    max={9999}
                    allowDecimal={false}
                    allowNegative={false}
                    {...numberProps}
                    onChange={(v) => {
                      typed.current = true
                      numberProps.onChange(v)
                    }}
                    description={proposed !== undefined && year !== null ? `Siguiente número de ${year}: ${proposed}` : ' '}
                  />
                </SimpleGrid>
                {typeof form.values.number === 'number' && year !== null && (
                  <Text size="sm" c="dimmed">
                    Quedará como <strong>{bulletinLabel(form.values.number, year)}</strong>.
                  </Text>
                )}
                <Group justify="flex-end">
                  <Button variant="default" onClick={onClose}>
                    Cancelar
                  </Button>
                  <Button type="submit" loading={register.isPending}>
                    Registrar boletín
                  </Button>
                </Group>
              </Stack>
            </form>
          )
        }}
      </QueryView>
    </Modal>
  )
}
