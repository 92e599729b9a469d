import type { Clock } from '../core/host'

/** `setTimeout` behind an interface, so tests (and a paused app) decide when time passes. */
export interface Timer {
  set(callback: () => void, ms: number): unknown
  clear(handle: unknown): void
}

export const systemTimer: Timer = {
  set(callback, ms) {
    const handle = setTimeout(callback, ms)
    // Pending background work never keeps a closing process alive.
    handle.unref()
    return handle
  },
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout)
}

/** One kind of background work; it decides from `now` and the database whether anything is due. */
export interface Job {
  name: string
  run(now: Date): Promise<void>
}

export interface Scheduler {
  /** Runs what is due now, then every `intervalMs`. */
  start(): void
  /** Runs every job once for `now`, one after another; a failing job does not stop the rest. */
  runDue(now: Date): Promise<void>
  /** Runs soon, outside the regular interval (a file was just queued). */
  wake(): void
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>
}

export function createScheduler(options: {
  jobs: readonly Job[]
  clock: Clock
  timer?: Timer
  intervalMs?: number
  log?: (error: unknown) => void
}): Scheduler {
  const timer = options.timer ?? systemTimer
  const intervalMs = options.intervalMs ?? 60_000
  const log = options.log ?? console.error
  let handle: unknown = null
  let running: Promise<void> | null = null
  let again = false
  let stopped = true

  async function runDue(now: Date): Promise<void> {
    for (const job of options.jobs) {
      try {
        await job.run(now)
      } catch (error) {
        log(error)
      }
    }
  }

  function schedule(ms: number): void {
    if (stopped) return
    if (handle !== null) timer.clear(handle)
    handle = timer.set(tick, ms)
  }

  function tick(): void {
    handle = null
    if (running) {
      // A run is under way: one more follows it rather than overlapping it.
      again = true
      return
    }
    running = runDue(options.clock.now()).finally(() => {
      running = null
      if (again) {
        again = false
        schedule(0)
      } else schedule(intervalMs)
    })
  }

  return {
    start() {
      if (!stopped) return
      stopped = false
      schedule(0)
    },
    runDue,
    wake() {
      if (running) again = true
      else schedule(0)
    },
    async stop() {
      stopped = true
      if (handle !== null) timer.clear(handle)
      handle = null
      await running
    }
  }
}
