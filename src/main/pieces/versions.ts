import type { ReviewStage } from '../../shared/domain/pieces'
import type { Db } from '../db/connection'

const VERSION_TABLE = { contenido: 'content_versions', diseno: 'design_versions' } as const

/** The newest content or design version of the piece. */
export async function latestVersion(db: Db, stage: ReviewStage, pieceId: number): Promise<{ id: number; number: number } | null> {
  const row = await db
    .selectFrom(VERSION_TABLE[stage])
    .select(['id', 'number'])
    .where('piece_id', '=', pieceId)
    .orderBy('number', 'desc')
    .limit(1)
    .executeTakeFirst()
  return row ?? null
}

/** The number of the version the last review of that stage looked at; a resubmission needs a newer one. */
export async function lastReviewedVersion(db: Db, stage: ReviewStage, pieceId: number): Promise<number | null> {
  const query = db.selectFrom('reviews as rv').where('rv.piece_id', '=', pieceId).where('rv.stage', '=', stage).orderBy('rv.id', 'desc').limit(1)
  const row =
    stage === 'contenido'
      ? await query.innerJoin('content_versions as v', 'v.id', 'rv.content_version_id').select('v.number').executeTakeFirst()
      : await query.innerJoin('design_versions as v', 'v.id', 'rv.design_version_id').select('v.number').executeTakeFirst()
  return row?.number ?? null
}
