import { sql, type RawBuilder, type SqlBool } from 'kysely'
import type { ConsentStatus, ConsentView } from '../../shared/domain/archive'
import { CONSENT_LABELS } from '../../shared/domain/archive'
import type { Db } from '../db/connection'
import { invalidTransition } from '../core/errors'

/** "vencida" is never stored: it is an "otorgada" whose expiry is before the Colombian today. */
export function consentView(status: ConsentStatus, expiresOn: string | null, today: string): ConsentView {
  return status === 'otorgada' && expiresOn !== null && expiresOn < today ? 'vencida' : status
}

/** The same derivation in SQL, over the `assets` row aliased `a`. */
export function consentViewSql(today: string): RawBuilder<ConsentView> {
  return sql<ConsentView>`(CASE WHEN a.consent_status = 'otorgada' AND a.consent_expires_on < ${today} THEN 'vencida' ELSE a.consent_status END)`
}

/** A filter on the derived consent of `a`. */
export function consentIs(view: ConsentView, today: string): RawBuilder<SqlBool> {
  if (view === 'vencida') return sql<SqlBool>`(a.consent_status = 'otorgada' AND a.consent_expires_on < ${today})`
  if (view === 'otorgada') {
    return sql<SqlBool>`(a.consent_status = 'otorgada' AND (a.consent_expires_on IS NULL OR a.consent_expires_on >= ${today}))`
  }
  return sql<SqlBool>`(a.consent_status = ${view})`
}

/** May an asset with this consent appear in an approved piece? */
export const consentAllowsUse = (view: ConsentView): boolean => view === 'otorgada' || view === 'no_requerida'

/**
 * Approving a piece (content or design) that uses an asset without a valid authorisation of image
 * use is refused, naming each asset, so the approver knows what to ask the archivist for.
 */
export async function assertPieceAssetsConsent(db: Db, pieceId: number, today: string): Promise<void> {
  const rows = await db
    .selectFrom('piece_assets as pa')
    .innerJoin('assets as a', 'a.id', 'pa.asset_id')
    .select(['a.title', 'a.original_name', 'a.consent_status', 'a.consent_expires_on'])
    .where('pa.piece_id', '=', pieceId)
    .orderBy('a.id')
    .execute()
  const blocked = rows
    .map((r) => ({ name: r.title || r.original_name, view: consentView(r.consent_status, r.consent_expires_on, today) }))
    .filter((r) => !consentAllowsUse(r.view))
  if (blocked.length === 0) return
  const label = (view: ConsentView) => CONSENT_LABELS[view].toLowerCase()
  const message =
    blocked.length === 1
      ? `No se puede aprobar: «${blocked[0]!.name}» no tiene autorización de uso de imagen vigente (${label(blocked[0]!.view)}).`
      : `No se puede aprobar: estos archivos no tienen autorización de uso de imagen vigente: ${blocked
          .map((b) => `«${b.name}» (${label(b.view)})`)
          .join(', ')}.`
  throw invalidTransition(`${message} Pida al archivista que registre la autorización o desvincule el archivo de la pieza.`)
}
