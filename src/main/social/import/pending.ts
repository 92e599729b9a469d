import { randomBytes } from 'node:crypto'
import type { SocialImportPreview } from '../../../shared/contract'
import type { SocialNetwork } from '../../../shared/domain/reports'
import type { AuthedCtx, Core } from '../../core/context'
import { AppError } from '../../core/errors'
import type { ImportTable, MappingEntry } from './mapping'

/** A parsed file waiting for the user to confirm it; nothing of it is in the database yet. */
export interface PendingImport {
  clientId: string
  userId: number
  expiresAt: number
  network: SocialNetwork
  fileName: string
  encoding: SocialImportPreview['encoding']
  platform: SocialImportPreview['detectedPlatform']
  table: ImportTable
  mapping: MappingEntry[]
}

const LIFETIME_MS = 30 * 60_000

// Per running core (tests run several in one process); each client holds at most one preview.
const store = new WeakMap<Core, Map<string, PendingImport>>()

function previewsOf(core: Core): Map<string, PendingImport> {
  let previews = store.get(core)
  if (!previews) {
    previews = new Map()
    store.set(core, previews)
  }
  return previews
}

/** Keeps the preview for 30 minutes and returns its token; it replaces the client's earlier one. */
export function keepPending(ctx: AuthedCtx, data: Omit<PendingImport, 'clientId' | 'userId' | 'expiresAt'>): string {
  const previews = previewsOf(ctx.core)
  const now = ctx.now.getTime()
  for (const [token, pending] of previews) {
    if (pending.expiresAt <= now || pending.clientId === ctx.clientId) previews.delete(token)
  }
  const token = randomBytes(18).toString('base64url')
  previews.set(token, { ...data, clientId: ctx.clientId, userId: ctx.user.id, expiresAt: now + LIFETIME_MS })
  return token
}

/** The preview behind the token, if it is this client's and has not expired. */
export function findPending(ctx: AuthedCtx, token: string): PendingImport {
  const previews = previewsOf(ctx.core)
  const pending = previews.get(token)
  if (pending && pending.expiresAt <= ctx.now.getTime()) previews.delete(token)
  if (!pending || pending.expiresAt <= ctx.now.getTime() || pending.clientId !== ctx.clientId || pending.userId !== ctx.user.id) {
    throw new AppError('NOT_FOUND', 'La vista previa de la importación ya no está disponible (vence a los 30 minutos). Elija de nuevo el archivo.')
  }
  return pending
}

export function dropPending(ctx: AuthedCtx, token: string): void {
  previewsOf(ctx.core).delete(token)
}
