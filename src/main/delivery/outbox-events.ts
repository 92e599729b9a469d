import type { Core } from '../core/context'

type Listener = () => void

const listeners = new WeakMap<Core, Set<Listener>>()

/** Lets the background scheduler hear that a file was queued, without the outbox knowing it. */
export function onOutboxQueued(core: Core, listener: Listener): () => void {
  const set = listeners.get(core) ?? new Set<Listener>()
  listeners.set(core, set)
  set.add(listener)
  return () => set.delete(listener)
}

export function notifyOutboxQueued(core: Core): void {
  for (const listener of listeners.get(core) ?? []) listener()
}
