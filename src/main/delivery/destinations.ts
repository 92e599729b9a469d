import { randomBytes } from 'node:crypto'
import { open, rm, stat } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import type { Destination, DestinationCheck } from '../../shared/contract'
import type { AuthedCtx, Trx } from '../core/context'
import type { Db } from '../db/connection'
import { conflict, notFound, validation } from '../core/errors'
import { recordAudit } from '../audit/record'
import { destinationFailure } from './failures'

type DestinationRow = { id: number; name: string; path: string; note: string; active: number; created_at: string }

const toDestination = (row: DestinationRow): Destination => ({
  id: row.id,
  name: row.name,
  path: row.path,
  note: row.note,
  active: row.active === 1,
  createdAt: row.created_at
})

const columns = ['id', 'name', 'path', 'note', 'active', 'created_at'] as const

export async function listDestinations(db: Db): Promise<Destination[]> {
  const rows = await db.selectFrom('destinations').select(columns).orderBy('active', 'desc').orderBy('name').execute()
  return rows.map(toDestination)
}

export async function getDestination(db: Db | Trx, id: number): Promise<Destination> {
  const row = await db.selectFrom('destinations').select(columns).where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('el destino')
  return toDestination(row)
}

/** A destination a new file may be sent to. */
export async function activeDestination(db: Db, id: number): Promise<Destination> {
  const destination = await getDestination(db, id)
  if (!destination.active) {
    throw validation(`El destino «${destination.name}» está inactivo. Actívelo en Configuración o elija otro.`, {
      destinationId: 'El destino está inactivo.'
    })
  }
  return destination
}

interface DestinationInput {
  name: string
  path: string
  note: string
  active: boolean
}

function checkPath(path: string): void {
  if (!isAbsolute(path)) {
    throw validation('Escriba la ruta completa de la carpeta, por ejemplo D:\\Informes o \\\\servidor\\planeacion.', {
      path: 'Escriba la ruta completa de la carpeta.'
    })
  }
}

// SQLite's NOCASE only folds ASCII, so "PLANEACIÓN" and "Planeación" are compared here.
async function assertNameFree(trx: Trx, name: string, exceptId: number | null): Promise<void> {
  const rows = await trx.selectFrom('destinations').select(['id', 'name']).execute()
  const clash = rows.find((r) => r.id !== exceptId && r.name.toLocaleLowerCase('es-CO') === name.toLocaleLowerCase('es-CO'))
  if (clash) throw conflict(`Ya existe un destino llamado «${clash.name}». Use otro nombre.`, { name: 'Ya existe un destino con ese nombre.' })
}

export async function createDestination(ctx: AuthedCtx, input: DestinationInput): Promise<Destination> {
  checkPath(input.path)
  const id = await ctx.db.transaction().execute(async (trx) => {
    await assertNameFree(trx, input.name, null)
    const row = await trx
      .insertInto('destinations')
      .values({ name: input.name, path: input.path, note: input.note, active: input.active ? 1 : 0, created_at: ctx.nowIso, updated_at: ctx.nowIso })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, ctx, {
      action: 'delivery.destination_created',
      entityType: 'destination',
      entityId: row.id,
      summary: `Agregó el destino «${input.name}» (${input.path})`,
      details: { name: input.name, path: input.path, active: input.active }
    })
    return row.id
  })
  return getDestination(ctx.db, id)
}

export async function updateDestination(ctx: AuthedCtx, input: DestinationInput & { id: number }): Promise<Destination> {
  checkPath(input.path)
  await ctx.db.transaction().execute(async (trx) => {
    const before = await getDestination(trx, input.id)
    if (before.name === input.name && before.path === input.path && before.note === input.note && before.active === input.active) return
    if (before.name !== input.name) await assertNameFree(trx, input.name, input.id)
    await trx
      .updateTable('destinations')
      .set({ name: input.name, path: input.path, note: input.note, active: input.active ? 1 : 0, updated_at: ctx.nowIso })
      .where('id', '=', input.id)
      .execute()
    const changes: string[] = []
    if (before.name !== input.name) changes.push(`nombre «${before.name}» → «${input.name}»`)
    if (before.path !== input.path) changes.push(`carpeta ${before.path} → ${input.path}`)
    if (before.note !== input.note) changes.push('nota')
    if (before.active !== input.active) changes.push(input.active ? 'activado' : 'desactivado')
    await recordAudit(trx, ctx, {
      action: 'delivery.destination_updated',
      entityType: 'destination',
      entityId: input.id,
      summary: `Modificó el destino «${input.name}»: ${changes.join(', ')}`,
      details: { before, after: input }
    })
  })
  return getDestination(ctx.db, input.id)
}

/** Whether the folder is there and takes a file: writes, flushes and removes a small probe file. */
export async function checkFolder(path: string): Promise<DestinationCheck> {
  const info = await stat(path).catch((error: unknown) => error as NodeJS.ErrnoException)
  if (info instanceof Error) {
    return {
      reachable: false,
      writable: false,
      message: `No se puede llegar a la carpeta ${path}: ${destinationFailure(info) ?? info.message}.`
    }
  }
  if (!info.isDirectory()) {
    return { reachable: false, writable: false, message: `${path} no es una carpeta. Revise la ruta del destino.` }
  }
  const probe = join(path, `.pauta-prueba-${randomBytes(6).toString('hex')}`)
  try {
    const handle = await open(probe, 'wx')
    try {
      await handle.writeFile('Pauta comprueba que puede escribir en esta carpeta.\n')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rm(probe, { force: true })
    return { reachable: true, writable: true, message: 'La carpeta está disponible y Pauta puede escribir en ella.' }
  } catch (error) {
    await rm(probe, { force: true }).catch(() => undefined)
    const reason = destinationFailure(error)
    if (reason === null) throw error
    return { reachable: true, writable: false, message: `La carpeta existe, pero Pauta no puede escribir en ella: ${reason}.` }
  }
}
