import type { Contract, DomainName, MethodName } from '../../shared/contract'
import type { InputOf, OutputOf } from '../../shared/contract/define'
import type { AllHandlers } from '../core/handlers'
import type { Core } from '../core/context'
import { createDispatcher, type Dispatch } from '../core/dispatcher'
import type { Clock, AssetVariant, Host } from '../core/host'
import { AppError } from '../core/errors'

/** A clock the demo moves forward by hand, so each write lands on its day in the story. */
export class DemoClock implements Clock {
  private current: Date
  constructor(start: Date) {
    this.current = start
  }
  now = (): Date => new Date(this.current)
  set(instant: Date): void {
    this.current = instant
  }
}

/** The file picker answers with the design files the demo prepared for the next attachment. */
export class DemoHost implements Host {
  private next: string[] = []
  constructor(private readonly real: Host) {}
  choose(paths: string[]): void {
    this.next = paths
  }
  async pickFiles(): Promise<string[]> {
    const picked = this.next
    this.next = []
    return picked
  }
  // The demo never saves or chooses folders: it only writes through the contract.
  async chooseSaveLocation(): Promise<string | null> {
    return null
  }
  async chooseFolder(): Promise<string | null> {
    return null
  }
  mediaUrl(fileId: number): string {
    return this.real.mediaUrl(fileId)
  }
  assetUrl(assetId: number, variant: AssetVariant): string {
    return this.real.assetUrl(assetId, variant)
  }
}

/**
 * Drives the contract as the demo office's people: each username is its own signed-in client,
 * and every call goes through the dispatcher, so validation, permissions and audit all apply.
 */
export class DemoOffice {
  readonly clock: DemoClock
  readonly host: DemoHost
  private readonly dispatch: Dispatch

  constructor(core: Core, handlers: AllHandlers, start: Date) {
    this.clock = new DemoClock(start)
    this.host = new DemoHost(core.host)
    this.dispatch = createDispatcher({ ...core, clock: this.clock, host: this.host }, handlers)
  }

  async call<D extends DomainName, M extends MethodName<D>>(
    username: string,
    domain: D,
    name: M,
    input: InputOf<Contract[D][M]>
  ): Promise<OutputOf<Contract[D][M]>> {
    const result = await this.dispatch(clientOf(username), domain, name, input)
    if (!result.ok) {
      throw new AppError(
        'INTERNAL',
        `No se pudieron cargar los datos de ejemplo (${domain}.${name} como ${username}: ${result.error.message}). ` +
          'La carpeta de datos quedó incompleta: cierre Pauta y use una carpeta de datos nueva.'
      )
    }
    return result.value as OutputOf<Contract[D][M]>
  }
}

const clientOf = (username: string) => `demo:${username}`
