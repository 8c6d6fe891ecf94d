import type { Job, Queue } from 'bullmq';
import {
  firstWorkingDayOfMonth,
  localDateTime,
  localParts,
  addLocalDays,
  epochDayWeekday,
  parseLocalDate,
} from '../domain/time';
import type { SandboxClock } from './clock';

/**
 * The clock control: moves the sandbox clock forward to the next timer of a kind (or to a wall-clock moment),
 * then promotes every BullMQ job that is due by then so the app's own worker runs it, and, for the periodic
 * moments, runs the app's tick (`system.reconcile`) the way the 15-minute scheduler would.
 */

export type SkipTarget = 'reminder' | 'checkin' | 'next' | 'monday' | 'month';

export interface PendingTimer {
  id: string;
  name: string;
  kind?: string;
  recipient?: string;
  /** When it is due on the app's (sandbox) clock. */
  dueAt: Date;
}

export interface SkipResult {
  ok: boolean;
  message: string;
  from: string;
  to: string;
  ran: { name: string; kind?: string; recipient?: string }[];
}

const TICK_JOB = 'system.reconcile';

export class TimeTravel {
  private tickCounter = 0;

  constructor(
    private readonly queue: Queue,
    private readonly clock: SandboxClock,
  ) {}

  /** Delayed jobs with their due time on the sandbox clock, soonest first (the scheduler's own tick left out). */
  async pending(limit = 500): Promise<PendingTimer[]> {
    const jobs = (await this.queue.getDelayed(0, limit - 1)).filter((j): j is Job => Boolean(j?.id));
    return jobs
      .filter((j) => j.name !== TICK_JOB && !String(j.id).startsWith('repeat:'))
      .map((j) => {
        const data = (j.data ?? {}) as { kind?: string; recipient?: string; lead?: string };
        return {
          id: String(j.id),
          name: j.name,
          ...(data.kind ? { kind: data.kind } : {}),
          ...((data.recipient ?? data.lead) ? { recipient: data.recipient ?? data.lead } : {}),
          dueAt: new Date(j.timestamp + (j.delay ?? 0) + this.clock.offsetAt(j.timestamp)),
        };
      })
      .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  }

  /** Moves the clock and runs what came due. `tz` is whose Monday / month start is meant when no one else's is. */
  async skip(target: SkipTarget, zones: string[]): Promise<SkipResult> {
    const from = this.clock.now();
    const ran: SkipResult['ran'] = [];
    if (target === 'monday' || target === 'month') {
      // Each zone reaches its Monday 09:00 (or its first working day, 10:00) in turn; the tick runs at each,
      // so every person gets their digest or nudge at their own local time.
      const moments = [...new Set(zones)]
        .map((tz) => (target === 'monday' ? nextMondayNine(from, tz) : nextMonthStart(from, tz)))
        .sort((a, b) => a.getTime() - b.getTime());
      for (const at of moments) {
        this.clock.advanceTo(new Date(at.getTime() + 30_000));
        ran.push(...(await this.runDue()));
        ran.push(...(await this.tick()));
      }
      const label = target === 'monday' ? 'Monday 09:00' : 'the first working day of the month, 10:00';
      return {
        ok: true,
        message: `Skipped to ${label} in every time zone; the scheduler tick ran at each.`,
        from: from.toISOString(),
        to: this.clock.now().toISOString(),
        ran,
      };
    }

    const next = (await this.pending()).find((t) => matches(t, target));
    if (!next) {
      const what = target === 'reminder' ? 'reminder' : target === 'checkin' ? 'check-in' : 'timer';
      return {
        ok: false,
        message: `No ${what} is scheduled yet.`,
        from: from.toISOString(),
        to: from.toISOString(),
        ran,
      };
    }
    this.clock.advanceTo(new Date(next.dueAt.getTime() + 1000));
    ran.push(...(await this.runDue()));
    return {
      ok: true,
      message: `Skipped to the next ${target === 'reminder' ? 'reminder' : target === 'checkin' ? 'check-in' : 'timer'}.`,
      from: from.toISOString(),
      to: this.clock.now().toISOString(),
      ran,
    };
  }

  /** Promotes every delayed job due on the sandbox clock and waits until the worker has run them all. */
  async runDue(): Promise<SkipResult['ran']> {
    const now = this.clock.now().getTime();
    const due = (await this.pending()).filter((t) => t.dueAt.getTime() <= now);
    for (const t of due) {
      const job = await this.queue.getJob(t.id);
      await job?.promote().catch(() => undefined);
    }
    await this.settle();
    return due.map((t) => ({
      name: t.name,
      ...(t.kind ? { kind: t.kind } : {}),
      ...(t.recipient ? { recipient: t.recipient } : {}),
    }));
  }

  /** Runs the app's periodic tick now (reconcile, drop-off care, digests and nudges as they are built). */
  async tick(): Promise<SkipResult['ran']> {
    await this.queue.add(TICK_JOB, {}, { jobId: `sandbox-tick-${Date.now()}-${++this.tickCounter}` });
    await this.settle();
    // What the tick enqueued without delay has run; whatever it planned for "now" on the sandbox clock runs too.
    const after = await this.runDue();
    return [{ name: TICK_JOB }, ...after];
  }

  /** Waits until nothing is waiting or running (bounded). */
  async settle(timeoutMs = 20_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    let quiet = 0;
    while (Date.now() < until) {
      const c = await this.queue.getJobCounts('waiting', 'active', 'prioritized');
      if ((c.waiting ?? 0) + (c.active ?? 0) + (c.prioritized ?? 0) === 0) {
        if (++quiet >= 2) return;
      } else quiet = 0;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function matches(t: PendingTimer, target: SkipTarget): boolean {
  if (target === 'next') return true;
  if (target === 'reminder')
    return (
      (t.name === 'session.timer' && (t.kind === 'reminder' || t.kind === 'agenda_prompt')) ||
      t.name === 'pairing.remind'
    );
  return (t.name === 'session.timer' && t.kind === 'checkin') || t.name === 'pairing.verdict';
}

/** The next Monday 09:00 in `tz` strictly after `after`. */
export function nextMondayNine(after: Date, tz: string): Date {
  const today = localParts(after, tz).date;
  for (let i = 0; i <= 7; i++) {
    const day = addLocalDays(today, i);
    if (epochDayWeekday(parseLocalDate(day)) !== 1) continue;
    const at = localDateTime(day, '09:00', tz);
    if (at.getTime() > after.getTime()) return at;
  }
  return localDateTime(addLocalDays(today, 7), '09:00', tz);
}

/** 10:00 on the next first working day of a month in `tz` strictly after `after` (when monthly KPI nudges go out). */
export function nextMonthStart(after: Date, tz: string): Date {
  const [y, m] = localParts(after, tz).date.split('-').map(Number) as [number, number];
  for (let i = 0; i < 3; i++) {
    const month = ((m - 1 + i) % 12) + 1;
    const year = y + Math.floor((m - 1 + i) / 12);
    const at = localDateTime(firstWorkingDayOfMonth(year, month), '10:00', tz);
    if (at.getTime() > after.getTime()) return at;
  }
  return localDateTime(firstWorkingDayOfMonth(y + 1, m), '10:00', tz);
}
