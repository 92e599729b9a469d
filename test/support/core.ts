import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startCore, type RunningCore } from '../../src/main/core/create-core'
import type { AssetVariant, Host } from '../../src/main/core/host'
import type { Contract, DomainName, MethodName } from '../../src/shared/contract'
import type { InputOf, OutputOf } from '../../src/shared/contract/define'
import type { ApiErrorData } from '../../src/shared/errors'
import type { Role } from '../../src/shared/domain/roles'

/** A host without Electron: the test decides what the file picker "chooses". */
export class TestHost implements Host {
  nextPicked: string[] = []
  /** What the next "Guardar como" and folder dialogs answer (null = cancelled). */
  nextSavePath: string | null = null
  nextFolder: string | null = null
  async pickFiles(): Promise<string[]> {
    const picked = this.nextPicked
    this.nextPicked = []
    return picked
  }
  async chooseSaveLocation(): Promise<string | null> {
    const chosen = this.nextSavePath
    this.nextSavePath = null
    return chosen
  }
  async chooseFolder(): Promise<string | null> {
    const chosen = this.nextFolder
    this.nextFolder = null
    return chosen
  }
  mediaUrl(fileId: number): string {
    return `pauta-media://files/${fileId}`
  }
  assetUrl(assetId: number, variant: AssetVariant): string {
    return `pauta-media://assets/${assetId}/${variant}`
  }
}

/** A clock the test moves by hand. */
export class TestClock {
  constructor(public current = new Date('2026-03-10T14:00:00Z')) {}
  now = (): Date => new Date(this.current)
  set(iso: string): void {
    this.current = new Date(iso)
  }
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000)
  }
}

export class ApiCallError extends Error {
  constructor(readonly error: ApiErrorData) {
    super(`${error.code}: ${error.message}`)
  }
}

export interface TestCore extends RunningCore {
  dir: string
  host: TestHost
  clock: TestClock
  /** Calls a contract method as `clientId` and returns its value or throws ApiCallError. */
  call<D extends DomainName, M extends MethodName<D>>(
    clientId: string,
    domain: D,
    name: M,
    input?: InputOf<Contract[D][M]>
  ): Promise<OutputOf<Contract[D][M]>>
  /** Same, but returns the typed error; fails the test if the call succeeded. */
  callError<D extends DomainName, M extends MethodName<D>>(
    clientId: string,
    domain: D,
    name: M,
    input?: InputOf<Contract[D][M]>
  ): Promise<ApiErrorData>
  dispose(): Promise<void>
}

export async function makeTestCore(options: { fromDatabase?: string } = {}): Promise<TestCore> {
  const dir = mkdtempSync(join(tmpdir(), 'pauta-test-'))
  if (options.fromDatabase) copyFileSync(options.fromDatabase, join(dir, 'pauta.sqlite'))
  const host = new TestHost()
  const clock = new TestClock()
  const running = await startCore({ dataDir: dir, host, clock, log: () => {} })
  const call: TestCore['call'] = async (clientId, domain, name, input) => {
    const result = await running.dispatch(clientId, domain, name, input)
    if (!result.ok) throw new ApiCallError(result.error)
    return result.value as never
  }
  const callError: TestCore['callError'] = async (clientId, domain, name, input) => {
    const result = await running.dispatch(clientId, domain, name, input)
    if (result.ok) throw new Error(`Se esperaba un error de ${domain}.${name} y la llamada tuvo éxito`)
    return result.error
  }
  return {
    ...running,
    dir,
    host,
    clock,
    call,
    callError,
    async dispose() {
      await running.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

export const TEST_PASSWORD = 'clave-segura-1'

type OfficeKey = Role | 'profesional2'
const OFFICE_USERS: [OfficeKey, Role, string][] = [
  ['profesional', 'profesional', 'Andrés Rojas'],
  ['profesional2', 'profesional', 'Camila Díaz'],
  ['disenador', 'disenador', 'Juan Pérez'],
  ['audiovisual', 'audiovisual', 'Sofía Martínez'],
  ['community_manager', 'community_manager', 'Mateo Herrera'],
  ['archivista', 'archivista', 'Rosa Castro'],
  ['administrador', 'administrador', 'Diego Ramírez']
]

/**
 * The office is built once per test worker through the real contract (setup, users.create, login)
 * and its database file copied for each test: scrypt makes building it take about a second.
 */
let template: Promise<{ file: string; users: Record<OfficeKey, number> }> | undefined

async function buildTemplate(): Promise<{ file: string; users: Record<OfficeKey, number> }> {
  const t = await makeTestCore()
  await t.call('jefe', 'app', 'setup', {
    entityName: 'Alcaldía de Cajicá',
    officeName: 'Oficina Asesora de Comunicaciones',
    jefe: { fullName: 'Laura Gómez', username: 'jefe', password: TEST_PASSWORD }
  })
  const users = {} as Record<OfficeKey, number>
  users.jefe = (await t.call('jefe', 'app', 'status')).session!.id
  for (const [key, role, fullName] of OFFICE_USERS) {
    const user = await t.call('jefe', 'users', 'create', { username: key, fullName, role, email: '', password: TEST_PASSWORD })
    users[key] = user.id
  }
  await t.close()
  const file = join(mkdtempSync(join(tmpdir(), 'pauta-office-')), 'pauta.sqlite')
  copyFileSync(join(t.dir, 'pauta.sqlite'), file)
  rmSync(t.dir, { recursive: true, force: true })
  return { file, users }
}

/**
 * A configured office with one signed-in client per role: client ids are the role names
 * ("jefe", "profesional", ...). A second professional signs in as "profesional2". The jefe's
 * username is "jefe"; every password is TEST_PASSWORD.
 */
export async function makeOffice(): Promise<TestCore & { users: Record<OfficeKey, number> }> {
  template ??= buildTemplate()
  const { file, users } = await template
  const t = await makeTestCore({ fromDatabase: file })
  for (const key of Object.keys(users) as OfficeKey[]) t.core.sessions.signIn(key, users[key])
  return Object.assign(t, { users: { ...users } })
}
