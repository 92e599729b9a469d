import { stat } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import { sql } from 'kysely'
import type { RelocationResult } from '../../shared/contract/fixity'
import { recordAudit } from '../audit/record'
import type { AuthedCtx } from '../core/context'
import { validation } from '../core/errors'
import { createHasher } from './hash'

const trimSeparators = (path: string): string => path.replace(/[\\/]+$/, '') || path

/** The part of `path` after the folder `prefix`, or null when it is not inside it. */
function restAfter(path: string, prefix: string): string | null {
  if (path === prefix) return ''
  const next = path.charAt(prefix.length)
  return path.startsWith(prefix) && (next === '/' || next === '\\') ? path.slice(prefix.length) : null
}

/**
 * Points referenced masters at the folder they were moved to. Only a file with the very same
 * SHA-256 is taken as the master: a same-named file with other content stays unreferenced.
 */
export async function relocate(ctx: AuthedCtx, input: { fromPrefix: string; toPrefix: string }): Promise<RelocationResult> {
  const from = trimSeparators(input.fromPrefix)
  const to = trimSeparators(input.toPrefix)
  if (!isAbsolute(to)) throw validation('Escriba la ruta completa de la carpeta nueva.', { toPrefix: 'Escriba una ruta completa, p. ej. E:\\Fotos o /media/archivo.' })
  if (from === to) throw validation('La carpeta nueva es la misma que la anterior.', { toPrefix: 'Escriba una carpeta distinta de la anterior.' })
  const rows = await ctx.db
    .selectFrom('assets')
    .select(['id', 'original_name', 'master_path', 'sha256'])
    .where('storage_mode', '=', 'referencia')
    .where(sql<number>`instr(master_path, ${from})`, '=', 1)
    .execute()
  const candidates = rows.flatMap((r) => {
    const rest = restAfter(r.master_path, from)
    return rest === null ? [] : [{ ...r, newPath: rest === '' ? to : join(to, rest) }]
  })
  if (candidates.length === 0) {
    throw validation(`Ningún original referenciado está en «${from}». Revise la ruta anterior.`, { fromPrefix: 'Ningún original referenciado está en esta carpeta.' })
  }
  const hash = createHasher()
  const matched: typeof candidates = []
  const notFound: RelocationResult['notFound'] = []
  const different: RelocationResult['different'] = []
  for (const c of candidates) {
    const found = { assetId: c.id, name: c.original_name, path: c.newPath }
    const info = await stat(c.newPath).catch(() => null)
    if (!info?.isFile()) {
      notFound.push(found)
      continue
    }
    const digest = await hash(c.newPath, () => false).catch(() => null)
    if (digest === c.sha256) matched.push(c)
    else different.push(found)
  }
  await ctx.db.transaction().execute(async (trx) => {
    for (const m of matched) {
      await trx.updateTable('assets').set({ master_path: m.newPath, volume_label: null, updated_at: ctx.nowIso }).where('id', '=', m.id).execute()
    }
    await recordAudit(trx, ctx, {
      action: 'fixity.relocate',
      entityType: 'assets',
      entityId: null,
      summary: `Reubicó ${matched.length} de ${candidates.length} originales de «${from}» a «${to}» (${notFound.length} no encontrados, ${different.length} con contenido distinto).`,
      details: { from, to, matched: matched.map((m) => m.id), notFound: notFound.map((n) => n.assetId), different: different.map((d) => d.assetId) }
    })
  })
  return { candidates: candidates.length, matched: matched.length, notFound, different }
}
