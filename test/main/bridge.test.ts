import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importFile, insertStoredFile } from '../../src/main/files'
import { methodList } from '../../src/shared/contract'
import type { Envelope } from '../../src/shared/errors'
import { startBridge, type Bridge } from '../bridge/server'

// The bridge is started without a renderer: these tests need only its API, script and media routes.
let dataDir: string
let bridge: Bridge
let logged: unknown[]

beforeEach(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'pauta-bridge-'))
  logged = []
  bridge = await startBridge({ dataDir, log: (error) => logged.push(error) })
})

afterEach(async () => {
  await bridge.close()
  rmSync(dataDir, { recursive: true, force: true })
})

interface Answer {
  status: number
  headers: IncomingHttpHeaders
  body: Buffer
}

/** A raw HTTP request, so the test controls Host, Origin and the exact path sent on the wire. */
function send(options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: bridge.port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
        res.on('error', reject)
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

const rpc = (domain: string, method: string, input: unknown, headers: Record<string, string> = {}) =>
  send({
    method: 'POST',
    path: `/__pauta/rpc/${domain}/${method}`,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(input)
  })

const envelope = (answer: Answer) => JSON.parse(answer.body.toString('utf8')) as Envelope<unknown>

const JEFE = { fullName: 'Marcela Rodríguez', username: 'mrodriguez', password: 'tabio-prensa-2026' }

describe('RPC', () => {
  it('answers a call with the dispatcher envelope and keeps one session for the bridge', async () => {
    const before = await rpc('app', 'status', {})
    expect(before.status).toBe(200)
    expect(before.headers['content-type']).toBe('application/json; charset=utf-8')
    expect(before.headers['cache-control']).toBe('no-store')
    expect(envelope(before)).toEqual({ ok: true, value: { initialized: false, entityName: null, officeName: null, session: null } })

    const setup = await rpc('app', 'setup', { entityName: 'Alcaldía de Tabio', officeName: 'Oficina de Prensa', jefe: JEFE })
    expect(envelope(setup)).toMatchObject({ ok: true, value: { username: 'mrodriguez', role: 'jefe' } })

    const after = envelope(await rpc('app', 'status', {}))
    expect(after).toMatchObject({ ok: true, value: { initialized: true, entityName: 'Alcaldía de Tabio', session: { fullName: 'Marcela Rodríguez' } } })
    // The same session the HTTP calls opened is the one a test reads through dispatch.
    expect(await bridge.running.dispatch('bridge', 'app', 'status', {})).toEqual(after)
  })

  it('answers a payload that fails the schema with a VALIDATION envelope and runs nothing', async () => {
    const answer = await rpc('app', 'setup', { entityName: '', officeName: 'Oficina de Prensa', jefe: { ...JEFE, password: 'corta' } })
    expect(answer.status).toBe(200)
    const result = envelope(answer)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('VALIDATION')
    expect(result.error.fields).toMatchObject({ entityName: expect.any(String), 'jefe.password': expect.stringContaining('8 caracteres') })
    expect(envelope(await rpc('app', 'status', {}))).toMatchObject({ ok: true, value: { initialized: false } })
  })

  it('answers an unknown method with NOT_FOUND and a private method without a session with UNAUTHENTICATED', async () => {
    expect(envelope(await rpc('app', 'noExiste', {}))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(envelope(await rpc('constructor', 'prototype', {}))).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(envelope(await rpc('pieces', 'list', {}))).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('takes RPC only as POST to /rpc/<domain>/<method>', async () => {
    expect((await send({ path: '/__pauta/rpc/app/status' })).status).toBe(404)
    const nested = await send({ method: 'POST', path: '/__pauta/rpc/app/status/extra', headers: { 'content-type': 'application/json' }, body: '{}' })
    expect(nested.status).toBe(404)
  })

  it('refuses a body that is not JSON', async () => {
    const form = await send({ method: 'POST', path: '/__pauta/rpc/app/status', headers: { 'content-type': 'text/plain' }, body: '{}' })
    expect(form.status).toBe(415)
    expect(envelope(form)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'La petición debe enviarse como JSON.' } })

    const urlEncoded = await send({
      method: 'POST',
      path: '/__pauta/rpc/app/setup',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'entityName=X'
    })
    expect(urlEncoded.status).toBe(415)

    const broken = await send({ method: 'POST', path: '/__pauta/rpc/app/status', headers: { 'content-type': 'application/json' }, body: '{"a":' })
    expect(broken.status).toBe(400)
    expect(envelope(broken)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'La petición no es JSON válido.' } })
  })

  it('refuses a body over 8 MiB before parsing it', async () => {
    const big = JSON.stringify({ entityName: 'x'.repeat(8 * 1024 * 1024), officeName: 'Oficina', jefe: JEFE })
    const answer = await send({ method: 'POST', path: '/__pauta/rpc/app/setup', headers: { 'content-type': 'application/json' }, body: big })
    expect(answer.status).toBe(413)
    expect(envelope(answer)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'La petición es demasiado grande.' } })
    expect(envelope(await rpc('app', 'status', {}))).toMatchObject({ ok: true, value: { initialized: false } })
  })
})

describe('Loopback only', () => {
  it('refuses a Host that does not name this server on 127.0.0.1 or localhost', async () => {
    for (const host of ['evil.example', `evil.example:${bridge.port}`, `127.0.0.1:${bridge.port + 1}`, `192.168.1.20:${bridge.port}`]) {
      const answer = await rpc('app', 'status', {}, { host })
      expect(answer.status, host).toBe(403)
      expect(answer.body.toString('utf8')).toBe('Solo se aceptan peticiones de este equipo.')
    }
    const script = await send({ path: '/__pauta/api.js', headers: { host: 'pauta.example' } })
    expect(script.status).toBe(403)
    expect((await rpc('app', 'status', {}, { host: `localhost:${bridge.port}` })).status).toBe(200)
  })

  it('refuses a call whose Origin is another site, even with the right Host', async () => {
    for (const origin of ['http://evil.example', `https://127.0.0.1:${bridge.port}`, `http://127.0.0.1:${bridge.port + 1}`, 'null']) {
      const answer = await rpc('app', 'setup', { entityName: 'X', officeName: 'Y', jefe: JEFE }, { origin })
      expect(answer.status, origin).toBe(403)
    }
    expect(envelope(await rpc('app', 'status', {}))).toMatchObject({ ok: true, value: { initialized: false } })
    expect((await rpc('app', 'status', {}, { origin: `http://127.0.0.1:${bridge.port}` })).status).toBe(200)
    expect((await rpc('app', 'status', {}, { origin: `http://localhost:${bridge.port}` })).status).toBe(200)
  })
})

describe('/__pauta/api.js', () => {
  async function loadScript() {
    const answer = await send({ path: '/__pauta/api.js' })
    expect(answer.status).toBe(200)
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8')
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
    const window: Record<string, unknown> = {}
    const calls: string[] = []
    // The page's fetch resolves relative URLs against the bridge; this one does the same.
    const fetch = (url: string, init: RequestInit) => {
      calls.push(url)
      return globalThis.fetch(new URL(url, bridge.url), init)
    }
    runInNewContext(answer.body.toString('utf8'), { window, fetch })
    return { api: window.api as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>, calls }
  }

  it("defines exactly the contract's methods, frozen", async () => {
    const { api } = await loadScript()
    const defined = Object.entries(api).flatMap(([domain, methods]) => Object.keys(methods).map((name) => `${domain}.${name}`))
    expect([...defined].sort()).toEqual(methodList().map((m) => `${m.domain}.${m.name}`).sort())
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.values(api).every((methods) => Object.isFrozen(methods))).toBe(true)
  })

  it('calls the bridge and answers envelopes, also when the bridge is gone', async () => {
    const { api, calls } = await loadScript()
    expect(await api.app!.status!()).toMatchObject({ ok: true, value: { initialized: false } })
    expect(calls).toEqual(['/__pauta/rpc/app/status'])
    expect(await api.app!.setup!({ entityName: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } })

    await bridge.close()
    expect(await api.app!.status!()).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('puente de Pauta') } })
    // afterEach closes the bridge it finds: give it a running one.
    bridge = await startBridge({ dataDir, log: (error) => logged.push(error) })
  })
})

describe('Media', () => {
  const CONTENT = 'PNG-falso:0123456789'

  async function storeFile(name: string, content: string): Promise<number> {
    const source = join(dataDir, name)
    writeFileSync(source, content)
    const imported = await importFile(bridge.running.core.filesDir, source)
    return bridge.running.core.db.transaction().execute((trx) => insertStoredFile(trx, imported, '2026-03-10T14:00:00.000Z'))
  }

  it('serves a stored file with its recorded type, whole or by byte range', async () => {
    const id = await storeFile('cartel.png', CONTENT)
    const whole = await send({ path: `/__pauta/media/${id}` })
    expect(whole.status).toBe(200)
    expect(whole.headers['content-type']).toBe('image/png')
    expect(whole.headers['accept-ranges']).toBe('bytes')
    expect(whole.headers['x-content-type-options']).toBe('nosniff')
    expect(whole.headers['content-length']).toBe(String(CONTENT.length))
    expect(whole.body.toString('utf8')).toBe(CONTENT)

    const part = await send({ path: `/__pauta/media/${id}`, headers: { range: 'bytes=10-13' } })
    expect(part.status).toBe(206)
    expect(part.headers['content-range']).toBe(`bytes 10-13/${CONTENT.length}`)
    expect(part.body.toString('utf8')).toBe('0123')

    const tail = await send({ path: `/__pauta/media/${id}`, headers: { range: 'bytes=-4' } })
    expect(tail.body.toString('utf8')).toBe('6789')

    const beyond = await send({ path: `/__pauta/media/${id}`, headers: { range: `bytes=${CONTENT.length}-` } })
    expect(beyond.status).toBe(416)

    const head = await send({ method: 'HEAD', path: `/__pauta/media/${id}` })
    expect(head.status).toBe(200)
    expect(head.headers['content-length']).toBe(String(CONTENT.length))
    expect(head.body.length).toBe(0)
  })

  it('answers 404 for an unknown or malformed id', async () => {
    const id = await storeFile('cartel.png', CONTENT)
    for (const path of [`/__pauta/media/${id + 1}`, '/__pauta/media/0', '/__pauta/media/abc', `/__pauta/media/${id}.png`, '/__pauta/media/']) {
      expect((await send({ path })).status, path).toBe(404)
    }
  })

  it('never serves a file outside the catalogue through a path traversal', async () => {
    await storeFile('cartel.png', CONTENT)
    const attempts = [
      '/__pauta/media/../pauta.sqlite',
      '/__pauta/media/../../pauta.sqlite',
      '/__pauta/media/%2e%2e/%2e%2e/pauta.sqlite',
      '/__pauta/media/..%2f..%2fpauta.sqlite',
      '/__pauta/media/1%2f..%2f..%2fpauta.sqlite',
      '/__pauta/media/..%5c..%5cpauta.sqlite',
      '/__pauta/media//etc/passwd'
    ]
    for (const path of attempts) {
      const answer = await send({ path })
      expect([403, 404], path).toContain(answer.status)
      expect(answer.body.includes('SQLite format 3'), path).toBe(false)
    }
  })

  it('takes no writes on media', async () => {
    const id = await storeFile('cartel.png', CONTENT)
    expect((await send({ method: 'POST', path: `/__pauta/media/${id}`, body: 'x' })).status).toBe(404)
    expect((await send({ method: 'DELETE', path: `/__pauta/media/${id}` })).status).toBe(404)
    expect((await send({ path: `/__pauta/media/${id}` })).status).toBe(200)
  })
})

afterEach(() => {
  expect(logged).toEqual([])
})
