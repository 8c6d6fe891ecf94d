import type { Clock } from '../services/ports';

/**
 * The sandbox's clock: real time plus an offset that only grows (time travel is forward only). It remembers
 * since when each offset held, so a timer planned under an older offset can be placed on today's timeline:
 * a job added at real time T with a delay D is due at T + D + offsetAt(T) on the app's clock.
 */
export class SandboxClock {
  private steps: { fromReal: number; offset: number }[] = [{ fromReal: 0, offset: 0 }];

  constructor(private readonly realNow: () => number = () => Date.now()) {}

  /** The clock handed to the app (BootOptions.clock). */
  readonly now: Clock = () => new Date(this.realNow() + this.offset);

  get offset(): number {
    return this.steps[this.steps.length - 1]!.offset;
  }

  /** The offset that held at a real instant. */
  offsetAt(realMs: number): number {
    let offset = 0;
    for (const s of this.steps) if (s.fromReal <= realMs) offset = s.offset;
    return offset;
  }

  /** Moves the app's clock forward to `target` (never backwards). Returns how far it moved, in ms. */
  advanceTo(target: Date): number {
    const delta = target.getTime() - this.now().getTime();
    if (delta <= 0) return 0;
    this.steps.push({ fromReal: this.realNow(), offset: this.offset + delta });
    return delta;
  }

  /** Back to real time (Reset). */
  reset(): void {
    this.steps = [{ fromReal: 0, offset: 0 }];
  }
}
