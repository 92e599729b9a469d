import { methodList } from '../../src/shared/contract'
import { RPC_PREFIX } from './paths'

/**
 * The classic script that gives the page `window.api` over HTTP: exactly the contract's methods,
 * each answering with the dispatcher's envelope like the preload's IPC does. A network failure
 * becomes an INTERNAL envelope, because the renderer expects envelopes and never a rejection.
 */
export function apiScript(): string {
  const methods: Record<string, string[]> = {}
  for (const { domain, name } of methodList()) (methods[domain] ??= []).push(name)
  return `(() => {
  'use strict'
  const methods = ${JSON.stringify(methods)}
  const offline = { ok: false, error: { code: 'INTERNAL', message: 'Se perdió la conexión con el puente de Pauta. Revise que siga en ejecución.' } }
  const call = async (domain, name, input) => {
    try {
      const response = await fetch(${JSON.stringify(RPC_PREFIX)} + domain + '/' + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(input === undefined ? null : input)
      })
      return await response.json()
    } catch {
      return offline
    }
  }
  const api = {}
  for (const [domain, names] of Object.entries(methods)) {
    const calls = {}
    for (const name of names) calls[name] = (input) => call(domain, name, input)
    api[domain] = Object.freeze(calls)
  }
  Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true })
})()
`
}
