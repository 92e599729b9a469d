import { AppError, notFound } from '../core/errors'
import { recordAudit } from '../audit/record'
import { authorize } from '../auth/permissions'
import type { AuthedCtx } from '../core/context'
import { inMemory, writeFileAtomically } from '../delivery/atomic-write'
import { destinationFailure } from '../delivery/failures'
import { writeCsv } from '../spreadsheets/csv'
import { tabulate } from '../spreadsheets/table'
import { listContacts } from './contacts'

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** The list's active members as a CSV the mail program imports (Spanish Excel's ";" and BOM). */
export async function exportList(ctx: AuthedCtx, listId: number): Promise<string | null> {
  authorize(ctx, 'press.contacts')
  const list = await ctx.db.selectFrom('distribution_lists').select(['id', 'name']).where('id', '=', listId).executeTakeFirst()
  if (!list) throw notFound('la lista de distribución')
  const members = (await listContacts(ctx.db)).filter((c) => c.listIds.includes(list.id))
  const table = tabulate(
    list.name.slice(0, 31),
    [
      { header: 'Nombre', kind: 'text', value: (c) => c.fullName },
      { header: 'Correo', kind: 'text', value: (c) => c.email },
      { header: 'Medio', kind: 'text', value: (c) => c.medium },
      { header: 'Sección', kind: 'text', value: (c) => c.section },
      { header: 'Teléfono', kind: 'text', value: (c) => c.phone },
      { header: 'WhatsApp', kind: 'text', value: (c) => c.whatsapp }
    ],
    members
  )
  const bytes = await writeCsv(table)
  const fileName = `lista-${slug(list.name) || list.id}.csv`
  const target = await ctx.core.host.chooseSaveLocation({
    title: `Exportar la lista «${list.name}»`,
    defaultName: fileName,
    filters: [{ name: 'Archivo CSV', extensions: ['csv'] }]
  })
  if (target === null) return null
  try {
    await writeFileAtomically(target, inMemory(bytes))
  } catch (error) {
    const reason = destinationFailure(error)
    if (reason === null) throw error
    const full = ['ENOSPC', 'EDQUOT'].includes((error as NodeJS.ErrnoException).code ?? '')
    throw new AppError(full ? 'DISK_FULL' : 'FILE_ERROR', `No se pudo guardar la lista en ${target}: ${reason}. Elija otra carpeta e intente de nuevo.`)
  }
  await ctx.db.transaction().execute((trx) =>
    recordAudit(trx, ctx, {
      action: 'press.list_exported',
      entityType: 'distribution_list',
      entityId: list.id,
      summary: `Exportó la lista «${list.name}» (${members.length} ${members.length === 1 ? 'contacto' : 'contactos'}) a ${target}`,
      details: { path: target, count: members.length }
    })
  )
  return target
}
