import { createHash, randomBytes } from 'node:crypto'
import { spawn } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AuthedCtx } from '../../src/main/core/context'
import { loadSessionUser } from '../../src/main/auth/session-user'
import { deliverToFolder, inMemory, suffixedName, writeFileAtomically, type WriteIo } from '../../src/main/delivery/atomic-write'
import { deliverGenerated } from '../../src/main/delivery/deliver'
import { recordGenerated } from '../../src/main/reports/generated'
import { isoDateInColombia } from '../../src/shared/dates'
import { makeOffice, type TestCore } from '../support/core'

type Office = Awaited<ReturnType<typeof makeOffice>>
let t: Office
let work: string
beforeEach(async () => {
  t = await makeOffice()
  work = mkdtempSync(join(tmpdir(), 'pauta-destino-'))
})
afterEach(async () => {
  await t.dispose()
  rmSync(work, { recursive: true, force: true })
})

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex')

async function jefeCtx(core: TestCore, userId: number): Promise<AuthedCtx> {
  const now = core.clock.now()
  const today = isoDateInColombia(now)
  const user = (await loadSessionUser(core.core.db, userId, today))!
  return { core: core.core, db: core.core.db, clientId: 'jefe', now, nowIso: now.toISOString(), today, user }
}

/** A report as R1's generator leaves it: bytes in managed storage and a generated_files row. */
async function generated(name = 'Informe mensual marzo 2026.pdf', bytes: Buffer = randomBytes(64 * 1024)) {
  const file = await recordGenerated(await jefeCtx(t, t.users.jefe), { kind: 'mensual', title: 'Informe mensual de gestión', fileName: name, bytes, params: {} })
  return { file, bytes }
}

async function destination(path: string, name = 'Planeación') {
  return t.call('jefe', 'delivery', 'createDestination', { name, path, note: '', active: true })
}

/** Everything in a folder, so a stray partial file or an overwritten name shows up. */
const listing = (folder: string) => readdirSync(folder).sort()

describe('destinations', () => {
  it('are created and edited by the jefe or an administrator, listed for everyone, audited', async () => {
    const created = await destination(join(work, 'planeacion'))
    expect(created).toMatchObject({ name: 'Planeación', active: true })
    const forbidden = await t.callError('profesional', 'delivery', 'createDestination', { name: 'USB', path: work, note: '', active: true })
    expect(forbidden.code).toBe('FORBIDDEN')
    const edited = await t.call('administrador', 'delivery', 'updateDestination', { id: created.id, name: 'Oficina de Planeación', path: work, note: 'Unidad P:', active: true })
    expect(edited).toMatchObject({ name: 'Oficina de Planeación', path: work, note: 'Unidad P:' })
    expect((await t.call('disenador', 'delivery', 'destinations')).map((d) => d.name)).toEqual(['Oficina de Planeación'])
    const audit = await t.call('jefe', 'audit', 'list', {})
    expect(audit.map((a) => a.summary)).toEqual(
      expect.arrayContaining([`Agregó el destino «Planeación» (${join(work, 'planeacion')})`, expect.stringContaining('Modificó el destino «Oficina de Planeación»')])
    )
  })

  it('refuse a relative path and a name already used, whatever its accents and case', async () => {
    const relative = await t.callError('jefe', 'delivery', 'createDestination', { name: 'X', path: 'informes', note: '', active: true })
    expect(relative).toMatchObject({ code: 'VALIDATION', fields: { path: 'Escriba la ruta completa de la carpeta.' } })
    await destination(work)
    const twin = await t.callError('jefe', 'delivery', 'createDestination', { name: 'PLANEACIÓN', path: work, note: '', active: true })
    expect(twin.code).toBe('CONFLICT')
    expect(twin.message).toContain('Ya existe un destino llamado «Planeación»')
  })

  it('check tells a missing folder, a path that is a file and a writable folder apart, leaving no probe behind', async () => {
    const missing = await destination(join(work, 'no-existe'), 'Ausente')
    expect(await t.call('jefe', 'delivery', 'checkDestination', { id: missing.id })).toMatchObject({ reachable: false, writable: false })
    writeFileSync(join(work, 'archivo'), 'x')
    const file = await destination(join(work, 'archivo'), 'Archivo')
    const fileCheck = await t.call('jefe', 'delivery', 'checkDestination', { id: file.id })
    expect(fileCheck).toMatchObject({ reachable: false, writable: false })
    expect(fileCheck.message).toContain('no es una carpeta')
    const ok = await destination(join(work), 'Buena')
    expect(await t.call('jefe', 'delivery', 'checkDestination', { id: ok.id })).toEqual({
      reachable: true,
      writable: true,
      message: 'La carpeta está disponible y Pauta puede escribir en ella.'
    })
    expect(listing(work)).toEqual(['archivo'])
  })

  it('chooseFolder returns what the system dialog chose, or null when cancelled', async () => {
    t.host.nextFolder = work
    expect(await t.call('jefe', 'delivery', 'chooseFolder')).toBe(work)
    expect(await t.call('jefe', 'delivery', 'chooseFolder')).toBeNull()
  })
})

describe('deliver', () => {
  it('writes the generated file into the folder, intact, and audits it', async () => {
    const { file, bytes } = await generated()
    const dest = await destination(work)
    const result = await t.call('profesional', 'delivery', 'deliver', { fileId: file.id, destinationId: dest.id })
    const path = join(work, 'Informe mensual marzo 2026.pdf')
    expect(result).toEqual({ status: 'entregado', deliveredPath: path, outboxId: null, message: `El archivo quedó en «Planeación»: ${path}` })
    expect(sha(readFileSync(path))).toBe(sha(bytes))
    expect(listing(work)).toEqual(['Informe mensual marzo 2026.pdf'])
    const audit = await t.call('jefe', 'audit', 'list', {})
    expect(audit[0]).toMatchObject({ action: 'delivery.delivered', actorName: 'Andrés Rojas', summary: `Entregó «Informe mensual marzo 2026.pdf» en «Planeación» (${path})` })
  })

  it('never overwrites: a taken name gets " (2)", " (3)"; the same bytes already there count as delivered', async () => {
    const { file, bytes } = await generated('informe.pdf')
    const dest = await destination(work)
    writeFileSync(join(work, 'informe.pdf'), 'otro informe de otra oficina')
    const first = await t.call('jefe', 'delivery', 'deliver', { fileId: file.id, destinationId: dest.id })
    expect(first.deliveredPath).toBe(join(work, 'informe (2).pdf'))
    expect(readFileSync(join(work, 'informe.pdf'), 'utf8')).toBe('otro informe de otra oficina')
    expect(sha(readFileSync(join(work, 'informe (2).pdf')))).toBe(sha(bytes))

    const again = await t.call('jefe', 'delivery', 'deliver', { fileId: file.id, destinationId: dest.id })
    expect(again).toMatchObject({ status: 'entregado', deliveredPath: join(work, 'informe (2).pdf') })
    expect(again.message).toContain('ya estaba')

    const other = await generated('informe.pdf', randomBytes(1000))
    const third = await t.call('jefe', 'delivery', 'deliver', { fileId: other.file.id, destinationId: dest.id })
    expect(third.deliveredPath).toBe(join(work, 'informe (3).pdf'))
    expect(listing(work)).toEqual(['informe (2).pdf', 'informe (3).pdf', 'informe.pdf'])
  })

  it('queues the file with its bytes when the folder is missing, and it arrives once, intact, when the folder appears', async () => {
    const { file, bytes } = await generated()
    const folder = join(work, 'P', 'Informes')
    const dest = await destination(folder)
    const result = await t.call('profesional', 'delivery', 'deliver', { fileId: file.id, destinationId: dest.id })
    expect(result.status).toBe('en_bandeja')
    expect(result.message).toBe(
      'La carpeta «Planeación» no está disponible (la carpeta no existe o la unidad no está conectada). ' +
        'El archivo quedó en la bandeja de salida y se enviará cuando la carpeta vuelva a estar disponible.'
    )
    const [queued] = await t.call('profesional', 'delivery', 'outbox')
    expect(queued).toMatchObject({ id: result.outboxId, state: 'pendiente', attempts: 1, size: bytes.length, destinationName: 'Planeación', createdByName: 'Andrés Rojas' })
    expect(queued!.nextAttemptAt).toBe(new Date(t.clock.now().getTime() + 60_000).toISOString())
    const row = await t.core.db.selectFrom('outbox').select(['content', 'sha256']).where('id', '=', result.outboxId!).executeTakeFirstOrThrow()
    expect(sha(row.content)).toBe(sha(bytes))
    expect(row.sha256).toBe(sha(bytes))

    // Even with its managed copy gone, the queued file still has its bytes.
    mkdirSync(folder, { recursive: true })
    const retried = await t.call('profesional', 'delivery', 'retry', { id: result.outboxId! })
    expect(retried).toMatchObject({ state: 'entregado', attempts: 2, lastError: '', deliveredPath: join(folder, 'Informe mensual marzo 2026.pdf') })
    expect(sha(readFileSync(join(folder, 'Informe mensual marzo 2026.pdf')))).toBe(sha(bytes))
    expect(listing(folder)).toEqual(['Informe mensual marzo 2026.pdf'])
    // Delivered rows give up their bytes.
    const after = await t.core.db.selectFrom('outbox').select(['content', 'size']).where('id', '=', result.outboxId!).executeTakeFirstOrThrow()
    expect(after).toEqual({ content: Buffer.alloc(0), size: bytes.length })
    expect(await t.callError('profesional', 'delivery', 'retry', { id: result.outboxId! })).toMatchObject({ code: 'INVALID_TRANSITION' })
    expect(listing(folder)).toEqual(['Informe mensual marzo 2026.pdf'])
    const actions = (await t.call('jefe', 'audit', 'list', {})).map((a) => a.action)
    expect(actions.slice(0, 2)).toEqual(['delivery.delivered', 'delivery.queued'])
  })

  it('queues when the folder is read-only', async () => {
    // root ignores permission bits; sysfs refuses new files even to root.
    const readOnly = process.getuid?.() === 0 ? '/sys/kernel' : join(work, 'solo-lectura')
    if (readOnly !== '/sys/kernel') {
      mkdirSync(readOnly)
      chmodSync(readOnly, 0o555)
    }
    const { file } = await generated()
    const dest = await destination(readOnly)
    const result = await t.call('jefe', 'delivery', 'deliver', { fileId: file.id, destinationId: dest.id })
    expect(result.status).toBe('en_bandeja')
    expect(result.message).toContain('(no hay permiso para escribir en ella)')
    const check = await t.call('jefe', 'delivery', 'checkDestination', { id: dest.id })
    expect(check).toMatchObject({ reachable: true, writable: false })
    expect(readdirSync(readOnly).some((n) => n.includes('Informe mensual'))).toBe(false)
  })

  it('refuses an inactive destination, a missing file, and roles that do not produce reports', async () => {
    const { file } = await generated()
    const dest = await destination(work)
    await t.call('jefe', 'delivery', 'updateDestination', { id: dest.id, name: 'Planeación', path: work, note: '', active: false })
    const inactive = await t.callError('jefe', 'delivery', 'deliver', { fileId: file.id, destinationId: dest.id })
    expect(inactive).toMatchObject({ code: 'VALIDATION', message: 'El destino «Planeación» está inactivo. Actívelo en Configuración o elija otro.' })
    await t.call('jefe', 'delivery', 'updateDestination', { id: dest.id, name: 'Planeación', path: work, note: '', active: true })
    expect((await t.callError('jefe', 'delivery', 'deliver', { fileId: 999, destinationId: dest.id })).code).toBe('NOT_FOUND')
    expect((await t.callError('administrador', 'delivery', 'deliver', { fileId: file.id, destinationId: dest.id })).code).toBe('FORBIDDEN')
    expect(listing(work)).toEqual([])
    expect(await t.call('jefe', 'delivery', 'outbox')).toEqual([])
  })

  it('queues when the disk fills or the folder vanishes mid-write, leaving no file in the folder', async () => {
    const { file } = await generated()
    const dest = await destination(work)
    const full: WriteIo = {
      async write(handle, bytes) {
        await handle.write(bytes.subarray(0, 1000))
        throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
      }
    }
    const ctx = await jefeCtx(t, t.users.jefe)
    const result = await deliverGenerated(ctx, file.id, dest.id, full)
    expect(result.status).toBe('en_bandeja')
    expect(result.message).toContain('(el disco de destino está lleno)')
    expect(listing(work)).toEqual([])

    const folder = join(work, 'red')
    mkdirSync(folder)
    const vanishing = await destination(folder, 'Red')
    const dropped: WriteIo = {
      async write(handle, bytes) {
        await handle.write(bytes.subarray(0, bytes.length / 2))
        rmSync(folder, { recursive: true, force: true })
        await handle.write(bytes.subarray(bytes.length / 2))
      }
    }
    const lost = await deliverGenerated(ctx, file.id, vanishing.id, dropped)
    expect(lost.status).toBe('en_bandeja')
    expect(existsSync(folder)).toBe(false)
    expect((await t.call('jefe', 'delivery', 'outbox')).map((o) => o.destinationName).sort()).toEqual(['Planeación', 'Red'])
  })
})

describe('the atomic write', () => {
  const bytes = randomBytes(200_000)

  it('never shows the final name when the write fails part-way, and removes its temporary file', async () => {
    const failing: WriteIo = {
      async write(handle, data) {
        await handle.write(data.subarray(0, 50_000))
        throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' })
      }
    }
    await expect(deliverToFolder(work, 'acta.pdf', inMemory(bytes), failing)).rejects.toMatchObject({ code: 'EIO' })
    expect(listing(work)).toEqual([])
  })

  it('refuses to place a copy that does not read back as the original', async () => {
    const corrupting: WriteIo = {
      async write(handle, data) {
        const copy = Buffer.from(data)
        copy[100] = copy[100]! ^ 0xff
        await handle.write(copy)
      }
    }
    await expect(deliverToFolder(work, 'acta.pdf', inMemory(bytes), corrupting)).rejects.toMatchObject({ code: 'PAUTA_VERIFY' })
    expect(listing(work)).toEqual([])
  })

  it('leaves only a temporary name when the process is killed mid-write; the next delivery cleans it once stale', async () => {
    const script = join(work, 'slow-writer.mts')
    writeFileSync(
      script,
      `import { deliverToFolder, inMemory } from ${JSON.stringify(join(process.cwd(), 'src/main/delivery/atomic-write.ts'))}
const bytes = Buffer.alloc(1024 * 1024, 7)
await deliverToFolder(process.argv[2], 'informe.pdf', inMemory(bytes), {
  async write(handle, data) {
    await handle.write(data.subarray(0, 4096))
    process.stdout.write('escribiendo\\n')
    await new Promise((resolve) => setTimeout(resolve, 60_000))
    await handle.write(data.subarray(4096))
  }
})
`
    )
    const folder = join(work, 'destino')
    mkdirSync(folder)
    const child = spawn(process.execPath, ['--import', 'tsx', script, folder], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] })
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('escribiendo') && resolve())
      child.on('exit', (code) => reject(new Error(`el proceso terminó antes de escribir (${code})`)))
    })
    child.kill('SIGKILL')
    await new Promise((resolve) => child.on('exit', resolve))
    const left = listing(folder)
    expect(left).toHaveLength(1)
    expect(left[0]).toMatch(/^informe\.pdf\.partial-[0-9a-f]{16}$/)
    expect(statSync(join(folder, left[0]!)).size).toBe(4096)

    // A recent partial may belong to a delivery still running elsewhere: it stays.
    await deliverToFolder(folder, 'informe.pdf', inMemory(bytes))
    expect(listing(folder)).toEqual(['informe.pdf', left[0]])
    const twoHoursAgo = new Date(Date.now() - 2 * 3_600_000)
    utimesSync(join(folder, left[0]!), twoHoursAgo, twoHoursAgo)
    await deliverToFolder(folder, 'otro.pdf', inMemory(bytes))
    expect(listing(folder)).toEqual(['informe.pdf', 'otro.pdf'])
  }, 20_000)

  it('names copies like the system does', () => {
    expect(suffixedName('informe.pdf', 1)).toBe('informe.pdf')
    expect(suffixedName('informe.pdf', 2)).toBe('informe (2).pdf')
    expect(suffixedName('Estadísticas 2026.xlsx', 3)).toBe('Estadísticas 2026 (3).xlsx')
    expect(suffixedName('LEEME', 2)).toBe('LEEME (2)')
  })

  it('"Guardar como" replaces an existing file only through a verified rename', async () => {
    const target = join(work, 'informe.pdf')
    writeFileSync(target, 'versión anterior')
    const failing: WriteIo = {
      async write() {
        throw Object.assign(new Error('EIO'), { code: 'EIO' })
      }
    }
    await expect(writeFileAtomically(target, inMemory(bytes), failing)).rejects.toMatchObject({ code: 'EIO' })
    expect(readFileSync(target, 'utf8')).toBe('versión anterior')
    expect(listing(work)).toEqual(['informe.pdf'])
    await writeFileAtomically(target, inMemory(bytes))
    expect(sha(readFileSync(target))).toBe(sha(bytes))
    expect(listing(work)).toEqual(['informe.pdf'])
  })
})

describe('saveAs', () => {
  it('writes where the dialog chose, audits it, and answers null when cancelled', async () => {
    const { file, bytes } = await generated()
    const target = join(work, 'Mi informe.pdf')
    t.host.nextSavePath = target
    expect(await t.call('community_manager', 'delivery', 'saveAs', { fileId: file.id })).toBe(target)
    expect(sha(readFileSync(target))).toBe(sha(bytes))
    expect(await t.call('community_manager', 'delivery', 'saveAs', { fileId: file.id })).toBeNull()
    const audit = await t.call('jefe', 'audit', 'list', {})
    expect(audit[0]).toMatchObject({ action: 'delivery.saved_as', summary: `Guardó «Informe mensual marzo 2026.pdf» en ${target}` })
  })

  it('explains a folder it cannot write to, and writes nothing', async () => {
    const { file } = await generated()
    t.host.nextSavePath = join(work, 'no-existe', 'informe.pdf')
    const error = await t.callError('jefe', 'delivery', 'saveAs', { fileId: file.id })
    expect(error.code).toBe('FILE_ERROR')
    expect(error.message).toContain('la carpeta no existe o la unidad no está conectada')
    expect(listing(work)).toEqual([])
  })
})
