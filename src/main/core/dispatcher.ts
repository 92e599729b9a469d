import { z } from 'zod'
import { contract, type DomainName } from '../../shared/contract'
import type { AnyMethod } from '../../shared/contract/define'
import type { Envelope } from '../../shared/errors'
import { isoDateInColombia } from '../../shared/dates'
import { loadSessionUser } from '../auth/session-user'
import type { AuthedCtx, Core, Ctx } from './context'
import { toApiError, zodToApiError } from './errors'
import type { AllHandlers } from './handlers'

z.config(z.locales.es())

export type Dispatch = (clientId: string, domain: string, name: string, rawInput: unknown) => Promise<Envelope<unknown>>

type AnyHandler = (ctx: Ctx | AuthedCtx, input: unknown) => Promise<unknown>

function lookup(handlers: AllHandlers, domain: string, name: string): { def: AnyMethod; handler: AnyHandler } | null {
  if (!Object.hasOwn(contract, domain)) return null
  const methods = contract[domain as DomainName] as Record<string, AnyMethod>
  const domainHandlers = handlers[domain as DomainName] as unknown as Record<string, AnyHandler>
  if (!Object.hasOwn(methods, name) || !Object.hasOwn(domainHandlers, name)) return null
  return { def: methods[name]!, handler: domainHandlers[name]! }
}

/**
 * The one door into main: looks the method up in the contract, parses the payload with its
 * schema, requires a session unless the method is public, and maps every failure to a typed error.
 * No handler runs on input that did not pass its schema.
 */
export function createDispatcher(core: Core, handlers: AllHandlers, log: (e: unknown) => void = console.error): Dispatch {
  return async (clientId, domain, name, rawInput) => {
    const found = lookup(handlers, domain, name)
    if (!found) return { ok: false, error: { code: 'NOT_FOUND', message: 'La operación solicitada no existe.' } }
    const parsed = found.def.input.safeParse(rawInput ?? undefined)
    if (!parsed.success) return { ok: false, error: zodToApiError(parsed.error) }
    try {
      const now = core.clock.now()
      const today = isoDateInColombia(now)
      const userId = core.sessions.userIdOf(clientId)
      const user = userId === null ? null : await loadSessionUser(core.db, userId, today)
      if (userId !== null && user === null) core.sessions.signOut(clientId)
      if (!found.def.public && user === null) {
        return { ok: false, error: { code: 'UNAUTHENTICATED', message: 'Su sesión terminó. Ingrese de nuevo.' } }
      }
      const ctx: Ctx = { core, db: core.db, clientId, now, nowIso: now.toISOString(), today, user }
      const value = await found.handler(ctx, parsed.data)
      return { ok: true, value: value ?? null }
    } catch (error) {
      return { ok: false, error: toApiError(error, log) }
    }
  }
}
