import type { Contract, DomainName, MethodName } from '../../../shared/contract'
import type { InputOf, OutputOf } from '../../../shared/contract/define'
import type { ApiErrorData, ErrorCode } from '../../../shared/errors'

/** A typed error from main, with its Spanish message ready to show. */
export class ApiError extends Error {
  readonly code: ErrorCode
  readonly fields: Record<string, string>
  constructor(data: ApiErrorData) {
    super(data.message)
    this.name = 'ApiError'
    this.code = data.code
    this.fields = data.fields ?? {}
  }
}

export type Api = {
  [D in DomainName]: {
    [M in MethodName<D>]: (input?: InputOf<Contract[D][M]>) => Promise<OutputOf<Contract[D][M]>>
  }
}

/** Listeners told when main answers UNAUTHENTICATED (session ended elsewhere). */
const sessionLost = new Set<() => void>()
export const onSessionLost = (listener: () => void): (() => void) => {
  sessionLost.add(listener)
  return () => {
    sessionLost.delete(listener)
  }
}

/** `api.pieces.get({ id })`: calls main through window.api and throws ApiError on failure. */
export const api: Api = new Proxy({} as Api, {
  get(_target, domain: string) {
    return new Proxy(
      {},
      {
        get(_inner, name: string) {
          return async (input?: unknown) => {
            const raw = (window.api as unknown as Record<string, Record<string, (i?: unknown) => Promise<unknown>>>)[domain]?.[name]
            if (!raw) throw new ApiError({ code: 'NOT_FOUND', message: 'La operación solicitada no existe.' })
            const envelope = (await raw(input)) as { ok: true; value: unknown } | { ok: false; error: ApiErrorData }
            if (envelope.ok) return envelope.value
            if (envelope.error.code === 'UNAUTHENTICATED') sessionLost.forEach((l) => l())
            throw new ApiError(envelope.error)
          }
        }
      }
    )
  }
})

export const errorMessage = (error: unknown): string =>
  error instanceof ApiError ? error.message : 'Ocurrió un error inesperado. Intente de nuevo.'
