import { Alert, Anchor, Button, Checkbox, Group, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { IconPaperclip } from '@tabler/icons-react'
import type { AssetDetail } from '../../../../shared/contract'
import { CONSENT_LABELS, CONSENT_STATUSES, type ConsentStatus } from '../../../../shared/domain/archive'
import { formatDate } from '../../../../shared/dates'
import { DateField } from '../../components/DateField'
import { api } from '../../lib/api'
import { useApiMutation } from '../../lib/mutation'
import { ConsentBadge, consentBlocks } from './ConsentBadge'
import { ARCHIVE_WRITES } from './queries'

interface Values {
  status: ConsentStatus
  minors: boolean
  grantedOn: string | null
  expiresOn: string | null
  scope: string
}

const valuesOf = (a: AssetDetail): Values => ({
  status: a.consentStatus,
  minors: a.consentMinors,
  grantedOn: a.consentGrantedOn,
  expiresOn: a.consentExpiresOn,
  scope: a.consentScope
})

/** Autorización de uso de imagen (Ley 1581 de 2012): state, dates, scope and the signed document. */
export function ConsentSection({ asset, canEdit }: { asset: AssetDetail; canEdit: boolean }) {
  const form = useForm<Values>({
    initialValues: valuesOf(asset),
    validate: {
      grantedOn: (v, all) => (all.status === 'otorgada' && !v ? 'Indique la fecha en que se otorgó la autorización.' : null),
      expiresOn: (v, all) =>
        v && all.grantedOn && v < all.grantedOn ? 'El vencimiento no puede ser anterior a la fecha de la autorización.' : null
    }
  })
  const save = useApiMutation(api.archive.setConsent, {
    invalidates: ARCHIVE_WRITES,
    success: 'Se guardó la autorización de uso de imagen.',
    form,
    onSuccess: (saved) => form.setInitialValues(valuesOf(saved))
  })
  const attach = useApiMutation(() => api.archive.attachConsentDocument({ id: asset.id }), {
    invalidates: ARCHIVE_WRITES,
    // Closing the picker without choosing changes nothing.
    success: (a) => (a.consentDocumentUrl !== asset.consentDocumentUrl ? 'Se adjuntó la autorización firmada.' : null)
  })
  const granted = form.values.status === 'otorgada'
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="sm">Estado actual:</Text>
        <ConsentBadge consent={asset.consent} always />
      </Group>
      {consentBlocks(asset.consent) && asset.pieces.length > 0 && (
        <Alert color="orange" variant="light">
          Mientras la autorización no esté vigente no se pueden aprobar las piezas que usan este material.
        </Alert>
      )}
      <form noValidate onSubmit={form.onSubmit((v) => save.mutate({ id: asset.id, ...v, scope: v.scope.trim() }))}>
        <fieldset disabled={!canEdit} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="sm">
            <Select
              label="Autorización de uso de imagen"
              data={CONSENT_STATUSES.map((s) => ({ value: s, label: CONSENT_LABELS[s] }))}
              allowDeselect={false}
              value={form.values.status}
              onChange={(v) => v && form.setFieldValue('status', v as ConsentStatus)}
              readOnly={!canEdit}
            />
            <Checkbox
              label="Aparecen menores de edad (autoriza su madre, padre o representante legal)"
              {...form.getInputProps('minors', { type: 'checkbox' })}
            />
            <SimpleGrid cols={2} spacing="sm">
              <DateField label="Fecha de la autorización" required={granted} {...form.getInputProps('grantedOn')} />
              <DateField label="Vence el" {...form.getInputProps('expiresOn')} />
            </SimpleGrid>
            <Textarea
              label="Alcance"
              placeholder="P. ej. «Redes sociales y página web de la Alcaldía, por dos años»"
              autosize
              minRows={2}
              maxLength={1000}
              {...form.getInputProps('scope')}
            />
            {canEdit && (
              <Group justify="flex-end">
                <Button type="submit" loading={save.isPending}>
                  Guardar autorización
                </Button>
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
      <Group gap="sm">
        {asset.consentDocumentUrl ? (
          <Anchor href={asset.consentDocumentUrl} target="_blank" size="sm">
            Ver autorización firmada
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            Sin documento de autorización adjunto.
          </Text>
        )}
        {canEdit && (
          <Button size="xs" variant="default" leftSection={<IconPaperclip size={14} />} onClick={() => attach.mutate()} loading={attach.isPending}>
            Adjuntar autorización firmada
          </Button>
        )}
      </Group>
      {asset.consentExpiresOn && (
        <Text size="xs" c="dimmed">
          {`Vigente hasta el ${formatDate(asset.consentExpiresOn)}.`}
        </Text>
      )}
    </Stack>
  )
}
