import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { importFile, insertStoredFile } from '../../src/main/files'
import { handleMediaRequest, parseRange } from '../../src/main/shell/media'
import { makeTestCore, type TestCore } from '../support/core'

let t: TestCore
afterEach(async () => t?.dispose())

async function storeFile(name: string, content: string): Promise<number> {
  const source = join(t.dir, name)
  writeFileSync(source, content)
  const imported = await importFile(t.core.filesDir, source)
  return t.core.db.transaction().execute((trx) => insertStoredFile(trx, imported, '2026-03-10T14:00:00.000Z'))
}

const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
  handleMediaRequest(t.core, new Request(url, { method, headers }))

describe('pauta-media responses', () => {
  it('serves a catalogued file with its recorded type, unsniffed and unable to run', async () => {
    t = await makeTestCore()
    const id = await storeFile('logo.svg', '<svg xmlns="http://www.w3.org/2000/svg"></svg>')
    const response = await get(`pauta-media://files/${id}`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    // pdf.js in the page fetches reports from this scheme (a file:// origin in Electron).
    expect(response.headers.get('access-control-allow-origin')).toBe('*')
    expect(response.headers.get('content-security-policy')).toContain('sandbox')
    expect(response.headers.get('content-length')).toBe('46')
    expect(await response.text()).toBe('<svg xmlns="http://www.w3.org/2000/svg"></svg>')
  })

  it('answers 404 for unknown ids and malformed URLs, and 405 for writes', async () => {
    t = await makeTestCore()
    const id = await storeFile('a.txt', 'hola')
    expect((await get(`pauta-media://files/${id + 1}`)).status).toBe(404)
    expect((await get('pauta-media://files/abc')).status).toBe(404)
    expect((await get(`pauta-media://otro/${id}`)).status).toBe(404)
    expect((await get(`pauta-media://files/${id}`, {}, 'POST')).status).toBe(405)
  })

  it('serves byte ranges so media can seek', async () => {
    t = await makeTestCore()
    const id = await storeFile('audio.mp3', '0123456789')
    const partial = await get(`pauta-media://files/${id}`, { Range: 'bytes=2-5' })
    expect(partial.status).toBe(206)
    expect(partial.headers.get('content-range')).toBe('bytes 2-5/10')
    expect(partial.headers.get('content-length')).toBe('4')
    expect(await partial.text()).toBe('2345')
    const tail = await get(`pauta-media://files/${id}`, { Range: 'bytes=-3' })
    expect(await tail.text()).toBe('789')
    const beyond = await get(`pauta-media://files/${id}`, { Range: 'bytes=10-' })
    expect(beyond.status).toBe(416)
    expect(beyond.headers.get('content-range')).toBe('bytes */10')
    const head = await get(`pauta-media://files/${id}`, {}, 'HEAD')
    expect(head.status).toBe(200)
    expect(head.headers.get('content-length')).toBe('10')
  })
})

describe('parseRange', () => {
  it('reads single ranges and falls back to the whole file otherwise', () => {
    expect(parseRange(null, 100)).toBeNull()
    expect(parseRange('bytes=0-', 100)).toEqual({ start: 0, end: 99 })
    expect(parseRange('bytes=10-20', 100)).toEqual({ start: 10, end: 20 })
    expect(parseRange('bytes=90-200', 100)).toEqual({ start: 90, end: 99 })
    expect(parseRange('bytes=-200', 100)).toEqual({ start: 0, end: 99 })
    expect(parseRange('bytes=0-1,5-6', 100)).toBeNull()
    expect(parseRange('items=0-1', 100)).toBeNull()
    expect(parseRange('bytes=-', 100)).toBeNull()
    expect(parseRange('bytes=20-10', 100)).toBe('unsatisfiable')
    expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable')
    expect(parseRange('bytes=-0', 100)).toBe('unsatisfiable')
  })
})
