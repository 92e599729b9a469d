import { rm } from 'node:fs/promises'
import { recordAudit } from '../audit/record'
import { systemCtx } from '../background/system-actor'
import type { Core } from '../core/context'
import { isExportActive } from './engine'

export const INTERRUPTED_MESSAGE = 'Pauta se cerró mientras se exportaba. Se borró el paquete incompleto; exporte de nuevo.'

/**
 * Exports left "en curso" by a crash or a close that no worker of this Pauta is writing: their
 * partial folder is removed (so nothing incomplete stays in the destination) and they are recorded
 * as interrupted, with no actor. They are not resumed: a new export is quick to start and re-reads every master.
 */
export async function closeInterruptedExports(core: Core): Promise<void> {
  // Nobody did this: Pauta found it, whoever's call noticed it.
  const ctx = systemCtx(core, core.clock.now())
  const open = await core.db.selectFrom('archive_exports').select(['id', 'name', 'partial_path']).where('state', '=', 'en_curso').execute()
  const orphans = open.filter((x) => !isExportActive(core, x.id))
  for (const orphan of orphans) {
    // Only the folder this export created: its name always ends in ".partial".
    if (orphan.partial_path.endsWith('.partial')) await rm(orphan.partial_path, { recursive: true, force: true }).catch(() => undefined)
    await core.db.transaction().execute(async (trx) => {
      const updated = await trx
        .updateTable('archive_exports')
        .set({ state: 'interrumpida', error: INTERRUPTED_MESSAGE, finished_at: ctx.nowIso })
        .where('id', '=', orphan.id)
        .where('state', '=', 'en_curso')
        .executeTakeFirst()
      if (Number(updated.numUpdatedRows) === 0) return
      await recordAudit(trx, ctx, {
        action: 'archive_export.interrupted',
        entityType: 'archive_export',
        entityId: orphan.id,
        summary: `La exportación del paquete «${orphan.name}» quedó interrumpida al cerrar Pauta; se borró el paquete incompleto.`
      })
    })
  }
}
