import { basename } from 'node:path'
import { CONSENT_LABELS, type ConsentStatus } from '../../shared/domain/archive'
import { formatDate } from '../../shared/dates'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx } from '../core/context'
import { validation } from '../core/errors'
import { importFile, insertStoredFile, mimeFromName } from '../files'
import { assertAssetExists, assetName } from './detail'

export interface ConsentInput {
  id: number
  status: ConsentStatus
  minors: boolean
  grantedOn: string | null
  expiresOn: string | null
  scope: string
}

const CONSENT_DOCUMENT_FILTERS = [{ name: 'PDF o imagen', extensions: ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'tif', 'tiff', 'heic'] }]
const MAX_CONSENT_DOCUMENT_BYTES = 50 * 1024 * 1024

/** Registers the authorisation of image use (Ley 1581 de 2012); only a granted one keeps dates. */
export async function setConsent(ctx: AuthedCtx, input: ConsentInput): Promise<void> {
  authorize(ctx, 'archive.consent')
  const granted = input.status === 'otorgada'
  await ctx.db.transaction().execute(async (trx) => {
    const asset = await assertAssetExists(trx, input.id)
    await trx
      .updateTable('assets')
      .set({
        consent_status: input.status,
        consent_minors: input.minors ? 1 : 0,
        consent_granted_on: granted ? input.grantedOn : null,
        consent_expires_on: granted ? input.expiresOn : null,
        consent_scope: input.scope,
        updated_at: ctx.nowIso
      })
      .where('id', '=', input.id)
      .execute()
    const dates = granted
      ? ` el ${formatDate(input.grantedOn)}${input.expiresOn ? `, con vencimiento el ${formatDate(input.expiresOn)}` : ', sin vencimiento'}`
      : ''
    const minors = input.minors ? ' (muestra menores de edad: la firma su padre, madre o representante legal)' : ''
    await recordAudit(trx, ctx, {
      action: 'archive.consent_set',
      entityType: 'asset',
      entityId: input.id,
      summary: `Registró la autorización de uso de imagen de «${assetName(asset)}»: ${CONSENT_LABELS[input.status].toLowerCase()}${dates}${minors}`,
      details: { ...input }
    })
  })
}

/** Lets the user pick the signed authorisation and attaches it; a cancelled picker changes nothing. */
export async function attachConsentDocument(ctx: AuthedCtx, assetId: number): Promise<void> {
  authorize(ctx, 'archive.consent')
  await assertAssetExists(ctx.db, assetId)
  const [path] = await ctx.core.host.pickFiles({ title: 'Seleccione la autorización de uso de imagen firmada', filters: CONSENT_DOCUMENT_FILTERS })
  if (!path) return
  const mime = mimeFromName(path)
  if (mime !== 'application/pdf' && !mime.startsWith('image/')) {
    throw validation(`«${basename(path)}» no es un PDF ni una imagen. Adjunte la autorización escaneada o en PDF.`)
  }
  const imported = await importFile(ctx.core.filesDir, path, { maxBytes: MAX_CONSENT_DOCUMENT_BYTES })
  await ctx.db.transaction().execute(async (trx) => {
    const asset = await assertAssetExists(trx, assetId)
    const fileId = await insertStoredFile(trx, imported, ctx.nowIso)
    await trx.updateTable('assets').set({ consent_document_file_id: fileId, updated_at: ctx.nowIso }).where('id', '=', assetId).execute()
    await recordAudit(trx, ctx, {
      action: 'archive.consent_document_attached',
      entityType: 'asset',
      entityId: assetId,
      summary: `Adjuntó la autorización de uso de imagen «${imported.originalName}» a «${assetName(asset)}»`,
      details: { fileId, sha256: imported.sha256, name: imported.originalName }
    })
  })
}
