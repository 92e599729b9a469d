import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { handleMediaRequest } from '../../src/main/shell/media'
import { parseAssetMediaRequest } from '../../src/main/shell/security'
import { startBridge, type Bridge } from '../bridge/server'
import { makeTestCore, type TestCore } from '../support/core'
import { seedAsset } from './archive-seed'

let t: TestCore | undefined
let bridge: Bridge | undefined
let bridgeDir: string | undefined
afterEach(async () => {
  await t?.dispose()
  await bridge?.close()
  if (bridgeDir) rmSync(bridgeDir, { recursive: true, force: true })
  t = bridge = bridgeDir = undefined
})

function write(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true })
  writeFileSync(path, content)
}

const THUMB = 'ab/abcdef-thumb.webp'
const PREVIEW = 'ab/abcdef-preview.jpg'

/** A copied master with its thumbnail and preview on disk, as ingest leaves them. */
async function copiedAsset(core: Pick<TestCore, 'core'>, dataDir: string): Promise<number> {
  write(join(dataDir, 'archivo', '2026', '03', 'sin-evento', 'Foto 1.jpg'), '0123456789')
  write(join(dataDir, 'archivo-cache', THUMB), 'miniatura')
  write(join(dataDir, 'archivo-cache', PREVIEW), 'vista previa')
  return seedAsset(core, { master_path: '2026/03/sin-evento/Foto 1.jpg', mime: 'image/jpeg', thumb_path: THUMB, preview_path: PREVIEW })
}

describe('archive media over pauta-media://assets', () => {
  const get = (url: string, headers: Record<string, string> = {}, method = 'GET') =>
    handleMediaRequest(t!.core, new Request(url, { method, headers }))

  it('serves the thumbnail, preview and master of a catalogued asset, with ranges and a locked-down CSP', async () => {
    t = await makeTestCore()
    const id = await copiedAsset(t, t.dir)
    const thumb = await get(`pauta-media://assets/${id}/thumb`)
    expect(thumb.status).toBe(200)
    expect(thumb.headers.get('content-type')).toBe('image/webp')
    expect(thumb.headers.get('x-content-type-options')).toBe('nosniff')
    expect(thumb.headers.get('content-security-policy')).toContain('sandbox')
    expect(thumb.headers.get('cache-control')).toContain('immutable')
    expect(await thumb.text()).toBe('miniatura')
    const preview = await get(`pauta-media://assets/${id}/preview`)
    expect(preview.headers.get('content-type')).toBe('image/jpeg')
    expect(await preview.text()).toBe('vista previa')
    const master = await get(`pauta-media://assets/${id}/master`, { Range: 'bytes=2-5' })
    expect(master.status).toBe(206)
    expect(master.headers.get('content-range')).toBe('bytes 2-5/10')
    expect(master.headers.get('cache-control')).toBe('private, no-cache')
    expect(await master.text()).toBe('2345')
    expect((await get(`pauta-media://assets/${id}/master`, {}, 'HEAD')).headers.get('content-length')).toBe('10')
    expect((await get(`pauta-media://assets/${id}/master`, {}, 'POST')).status).toBe(405)
  })

  it('serves the thumbnail embedded in a master (its bytes, as JPEG) until the preview pass makes one', async () => {
    t = await makeTestCore()
    write(join(t.dir, 'archivo', '2026', '03', 'sin-evento', 'Foto 2.jpg'), 'exif[MINIATURA]resto')
    const id = await seedAsset(t, { master_path: '2026/03/sin-evento/Foto 2.jpg', mime: 'image/jpeg', thumb_path: null, embedded_thumb_offset: 5, embedded_thumb_length: 9 })
    const thumb = await get(`pauta-media://assets/${id}/thumb`)
    expect(thumb.status).toBe(200)
    expect(thumb.headers.get('content-type')).toBe('image/jpeg')
    expect(thumb.headers.get('content-length')).toBe('9')
    expect(thumb.headers.get('cache-control')).toBe('private, no-cache')
    expect(await thumb.text()).toBe('MINIATURA')
    const part = await get(`pauta-media://assets/${id}/thumb`, { Range: 'bytes=2-4' })
    expect(part.headers.get('content-range')).toBe('bytes 2-4/9')
    expect(await part.text()).toBe('NIA')
    // A master shorter than the recorded thumbnail (changed since) serves nothing rather than other bytes.
    await t.core.db.updateTable('assets').set({ embedded_thumb_length: 50 }).where('id', '=', id).execute()
    expect((await get(`pauta-media://assets/${id}/thumb`)).status).toBe(404)
    await t.core.db.updateTable('assets').set({ thumb_path: THUMB }).where('id', '=', id).execute()
    write(join(t.dir, 'archivo-cache', THUMB), 'miniatura')
    expect(await (await get(`pauta-media://assets/${id}/thumb`)).text()).toBe('miniatura')
  })

  it('serves a referenced master from its absolute path, and answers 404 while its drive is disconnected', async () => {
    t = await makeTestCore()
    const drive = join(t.dir, 'USB')
    const path = join(drive, 'DCIM', 'VID_0001.MP4')
    write(path, 'video')
    const id = await seedAsset(t, { storage_mode: 'referencia', master_path: path, mime: 'video/mp4', kind: 'video' })
    const served = await get(`pauta-media://assets/${id}/master`)
    expect(served.headers.get('content-type')).toBe('video/mp4')
    expect(await served.text()).toBe('video')
    rmSync(drive, { recursive: true })
    expect((await get(`pauta-media://assets/${id}/master`)).status).toBe(404)
  })

  it('serves only catalogued assets and refuses paths that would leave their folder', async () => {
    t = await makeTestCore()
    const id = await copiedAsset(t, t.dir)
    write(join(t.dir, 'secreto.txt'), 'no')
    const noPreview = await seedAsset(t, { master_path: '2026/03/sin-evento/Foto 1.jpg' })
    const escapingMaster = await seedAsset(t, { master_path: '../pauta.sqlite' })
    const absoluteCopy = await seedAsset(t, { master_path: join(t.dir, 'secreto.txt') })
    const escapingThumb = await seedAsset(t, { thumb_path: '../secreto.txt', preview_path: '../../secreto.webp' })
    const relativeReference = await seedAsset(t, { storage_mode: 'referencia', master_path: 'secreto.txt' })
    for (const url of [
      `pauta-media://assets/${id + 100}/thumb`,
      `pauta-media://assets/${id}/original`,
      `pauta-media://assets/${id}`,
      `pauta-media://assets/${id}/thumb/extra`,
      `pauta-media://assets/0/thumb`,
      'pauta-media://assets/%2e%2e/thumb',
      `pauta-media://assets/${id}/%2e%2e/%2e%2e/secreto.txt`,
      `pauta-media://otro/${id}/thumb`,
      `pauta-media://assets/${noPreview}/preview`,
      `pauta-media://assets/${noPreview}/thumb`,
      `pauta-media://assets/${escapingMaster}/master`,
      `pauta-media://assets/${absoluteCopy}/master`,
      `pauta-media://assets/${escapingThumb}/thumb`,
      `pauta-media://assets/${escapingThumb}/preview`,
      `pauta-media://assets/${relativeReference}/master`
    ]) {
      const response = await get(url)
      expect(response.status, url).toBe(404)
    }
    expect(parseAssetMediaRequest(`pauta-media://assets/${id}/master`)).toEqual({ assetId: id, variant: 'master' })
    expect(parseAssetMediaRequest(`pauta-media://user:pw@assets/${id}/master`)).toBeNull()
  })
})

describe('archive media through the browser bridge', () => {
  it('answers /__pauta/media/assets/<id>/<variant> with the same handler', async () => {
    bridgeDir = mkdtempSync(join(tmpdir(), 'pauta-bridge-archive-'))
    bridge = await startBridge({ dataDir: bridgeDir, log: () => {} })
    const id = await copiedAsset(bridge.running, bridgeDir)
    expect(bridge.host.assetUrl(id, 'thumb')).toBe(`/__pauta/media/assets/${id}/thumb`)
    const send = (path: string) =>
      new Promise<{ status: number; type: string | undefined; body: string }>((resolve, reject) => {
        const req = httpRequest({ host: '127.0.0.1', port: bridge!.port, path }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'], body: Buffer.concat(chunks).toString() }))
        })
        req.on('error', reject)
        req.end()
      })
    expect(await send(`/__pauta/media/assets/${id}/thumb`)).toEqual({ status: 200, type: 'image/webp', body: 'miniatura' })
    expect(await send(`/__pauta/media/assets/${id}/master`)).toMatchObject({ status: 200, type: 'image/jpeg', body: '0123456789' })
    expect((await send(`/__pauta/media/assets/${id + 1}/thumb`)).status).toBe(404)
    expect((await send(`/__pauta/media/assets/${id}/../../pauta.sqlite`)).status).toBe(404)
    expect((await send(`/__pauta/media/assets/${id}/%2e%2e/%2e%2e/pauta.sqlite`)).status).toBe(404)
  })
})
