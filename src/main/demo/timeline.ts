import type { DemoCalendar } from './calendar'
import type { DemoClock } from './runner'

interface DemoEvent {
  at: Date
  seq: number
  run: () => Promise<void>
}

/**
 * The demo's story as dated events. Stories are written piece by piece, but they are played in
 * date order, so the audit trail reads like the weeks the office lived through.
 */
export class Timeline {
  private readonly events: DemoEvent[] = []

  constructor(readonly calendar: DemoCalendar) {}

  /** `minutes` after midnight on the working day `daysAgo` working days before today. */
  add(daysAgo: number, minutes: number, run: () => Promise<void>): void {
    this.events.push({ at: this.calendar.at(daysAgo, minutes), seq: this.events.length, run })
  }

  async play(clock: DemoClock): Promise<void> {
    const ordered = [...this.events].sort((a, b) => a.at.getTime() - b.at.getTime() || a.seq - b.seq)
    for (const event of ordered) {
      clock.set(event.at)
      await event.run()
    }
  }
}
