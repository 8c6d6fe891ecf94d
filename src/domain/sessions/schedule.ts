/**
 * The timer plan of one session: which agenda prompt, reminders and check-ins go to whom, when, and under
 * which BullMQ job id.
 *
 * The plan is a pure function of the session (start, duration, revision), the people (zone, quiet hours,
 * paused) and `now`. The service turns it into delayed jobs; the reconciler recomputes it from Postgres and
 * re-adds whatever Redis lost. Moving a session bumps its revision, which changes every job id, so
 * {@link diffTimers} between the old and the new plan says exactly which jobs to remove and which to add;
 * cancelling is the diff against an empty plan.
 *
 * Two keys per timer, on purpose:
 * - **jobId** (BullMQ, contains the revision): identifies the *scheduled job*. A new revision must yield new
 *   ids, or BullMQ would silently ignore the re-add of an id that already exists and keep the old delay.
 * - **deliveryKey** (unique row in Postgres, contains the session's start minute instead): identifies the
 *   *message*. See {@link deliveryKey} for why the revision is not part of it.
 *
 * Pure: no I/O, no clock.
 */
import {
  MINUTE_MS,
  addWorkingDays,
  deferOutOfQuietHours,
  isQuiet,
  moveOutOfQuietHours,
  type QuietHours,
} from '../time';

/** What a timer does when it fires. */
export type TimerKind = 'agenda_prompt' | 'reminder' | 'checkin';

/** One side of the session, as the scheduler needs to see them. */
export interface Participant {
  slackUserId: string;
  role: 'mentee' | 'mentor';
  /** IANA zone from Slack. */
  tz: string;
  quiet: QuietHours;
  /** Paused or on leave: gets nothing at all. */
  paused: boolean;
}

/** The timing facts of one session. */
export interface SessionTimes {
  sessionId: number;
  startsAt: Date;
  durationMinutes: number;
  /** Bumps on every move; part of every job id so a move never collides with the old jobs. */
  revision: number;
}

/** One delayed job to create. */
export interface PlannedTimer {
  kind: TimerKind;
  /** Slack user id of the person who gets the DM. */
  recipient: string;
  /** `'24h'`, `'1h'`, `'90m'` … for reminders (see {@link offsetLabel}); `'agenda'` or `'checkin'` otherwise. */
  offsetLabel: string;
  /** When the job should run. Never earlier than the `now` the plan was made with. */
  dueAt: Date;
  /** Deterministic BullMQ job id, no `':'` (BullMQ reserves it). */
  jobId: string;
  sessionId: number;
  /** The session revision this plan was made for. */
  revision: number;
  /** The session start this timer refers to (feeds {@link deliveryKey} and the message text). */
  sessionStartsAt: Date;
}

/** Options of {@link planSessionTimers}. */
export interface PlanOptions {
  /** Minutes before the start; per workspace. Default {@link DEFAULT_REMINDER_OFFSETS_MINUTES}. */
  reminderOffsetsMinutes?: readonly number[];
  now: Date;
}

/** 24 h and 1 h before, unless the workspace configures otherwise. */
export const DEFAULT_REMINDER_OFFSETS_MINUTES: readonly number[] = Object.freeze([1440, 60]);
/** The check-in goes out this long after the session's end (people need a moment to wrap up). */
export const CHECKIN_DELAY_MINUTES = 15;
/** The mentee is asked for agenda topics this many working days before the session. */
export const AGENDA_WORKING_DAYS_BEFORE = 2;
/**
 * A catch-up reminder (see {@link planSessionTimers}) is dropped when the person's next regular reminder
 * follows within this many minutes: two pings about the same session in a row read as spam.
 */
export const CATCH_UP_MIN_GAP_MINUTES = 30;

/**
 * The label of a reminder offset: whole hours as `'<h>h'` (`1440 → '24h'`, `60 → '1h'`), anything else as
 * `'<m>m'` (`90 → '90m'`). Injective, so two configured offsets never share a job id.
 */
export function offsetLabel(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}h` : `${minutes}m`;
}

function assertJobIdPart(value: string, what: string): void {
  // BullMQ uses ':' as its key separator; an id containing it is refused (or worse, corrupts keys).
  if (value.length === 0 || value.includes(':')) {
    throw new RangeError(`Invalid ${what} for a job id: ${JSON.stringify(value)}`);
  }
}

function validate(session: SessionTimes, offsets: readonly number[], now: Date): void {
  if (!Number.isSafeInteger(session.sessionId))
    throw new RangeError(`Invalid session id ${session.sessionId}`);
  if (!Number.isSafeInteger(session.revision) || session.revision < 0) {
    throw new RangeError(`Invalid session revision ${session.revision}`);
  }
  if (!Number.isFinite(session.startsAt.getTime())) throw new RangeError('Invalid session start');
  if (!Number.isFinite(now.getTime())) throw new RangeError('Invalid now');
  if (!(session.durationMinutes > 0) || !Number.isFinite(session.durationMinutes)) {
    throw new RangeError(`Invalid session duration ${session.durationMinutes}`);
  }
  for (const o of offsets) {
    if (!Number.isSafeInteger(o) || o <= 0) throw new RangeError(`Invalid reminder offset ${o}`);
  }
}

/** The job id prefixes of one revision of a session, for removing its jobs without the old plan at hand. */
export function sessionJobIdPrefixes(sessionId: number, revision: number): string[] {
  // The trailing '-' keeps r1 from matching r12, and session 5 from matching session 51.
  return [
    `rem-${sessionId}-r${revision}-`,
    `agenda-${sessionId}-r${revision}-`,
    `checkin-${sessionId}-r${revision}-`,
  ];
}

function jobIdFor(kind: TimerKind, sessionId: number, revision: number, label: string, user: string): string {
  if (kind === 'reminder') return `rem-${sessionId}-r${revision}-${label}-${user}`;
  if (kind === 'agenda_prompt') return `agenda-${sessionId}-r${revision}-${user}`;
  return `checkin-${sessionId}-r${revision}-${user}`;
}

/**
 * Plans every timer of one session for its participants.
 *
 * **Reminders** — for each offset and each non-paused person:
 * - Due at `startsAt − offset` in **elapsed time**, for every offset alike. "24 h before" is exactly
 *   86 400 000 ms before, not "the same wall-clock time the day before": one rule for any configured offset
 *   (a 90-minute or 48-hour offset has no natural wall-clock reading), and it is what BullMQ's delay means.
 *   So across Berlin's spring-forward (2027-03-28) the 24 h reminder of a Sunday 15:00 CEST session lands on
 *   Saturday at 14:00 CET. Local time still rules where it matters to people: quiet hours (next point).
 * - Moved EARLIER out of that person's quiet hours and weekends to their last working hour
 *   (`moveOutOfQuietHours`): a reminder is only useful before the session. A Monday session's 24 h reminder
 *   (Sunday) goes out on Friday at 19:00; a 1 h reminder for an 08:30 session goes out at 19:00 the previous
 *   working day.
 * - Two offsets that land on the same instant for one person (typically both pushed to Friday 19:00) keep
 *   only the smaller offset, the one nearest the session.
 * - **Catch-up**: offsets whose (moved) time is already ≤ `now` while the session is still ahead collapse into
 *   ONE reminder labelled with the smallest of those offsets, due `now` — never one per missed offset. Two
 *   refinements, both so nobody is pinged needlessly: if `now` is in the person's quiet hours the catch-up
 *   waits for their next working morning, provided that is still before the start (otherwise it goes now: they
 *   agreed to meet at that hour); and it is dropped when a regular reminder follows within
 *   {@link CATCH_UP_MIN_GAP_MINUTES}. Its job id and delivery key are those of its offset, so a reminder that
 *   was already delivered is never sent again by a rebuilt catch-up.
 * - Once the session has started there are no reminders.
 *
 * **Agenda prompt** — mentee only: {@link AGENDA_WORKING_DAYS_BEFORE} working days before the start at the
 * same local time in the mentee's zone, moved earlier out of quiet hours; skipped when that is already past
 * (the reminders carry the agenda anyway).
 *
 * **Check-in** — both: `end + 15 min`, or the next working morning when that is quiet (a check-in may wait).
 * Planned even after the session (a rebuilt plan must still ask how it went): a past check-in is due `now`,
 * again deferred out of quiet hours. The delivery row keeps it from being sent twice.
 *
 * Paused people get nothing. The result is sorted by `dueAt`, then `jobId`, so the same input always gives
 * the same array.
 *
 * @throws RangeError on an invalid session, offset, instant or a Slack id containing `':'`.
 */
export function planSessionTimers(
  session: SessionTimes,
  people: readonly Participant[],
  opts: PlanOptions,
): PlannedTimer[] {
  const offsets = opts.reminderOffsetsMinutes ?? DEFAULT_REMINDER_OFFSETS_MINUTES;
  const { now } = opts;
  validate(session, offsets, now);
  const { sessionId, revision, startsAt } = session;
  const start = startsAt.getTime();
  const nowMs = now.getTime();
  // Ascending: the offset nearest the session first, so "keep the smaller offset" is "keep the first seen".
  const sortedOffsets = [...new Set(offsets)].sort((a, b) => a - b);

  const out: PlannedTimer[] = [];
  const make = (kind: TimerKind, recipient: string, label: string, dueAt: Date): PlannedTimer => ({
    kind,
    recipient,
    offsetLabel: label,
    dueAt,
    jobId: jobIdFor(kind, sessionId, revision, label, recipient),
    sessionId,
    revision,
    sessionStartsAt: startsAt,
  });

  for (const person of people) {
    if (person.paused) continue;
    const { slackUserId: user, tz, quiet } = person;
    assertJobIdPart(user, 'Slack user id');

    // Reminders.
    if (start > nowMs) {
      const future: PlannedTimer[] = [];
      let missedLabel: string | undefined;
      for (const offset of sortedOffsets) {
        const due = moveOutOfQuietHours(new Date(start - offset * MINUTE_MS), tz, quiet);
        const label = offsetLabel(offset);
        if (due.getTime() <= nowMs) {
          missedLabel ??= label; // smallest missed offset
        } else if (!future.some((t) => t.dueAt.getTime() === due.getTime())) {
          future.push(make('reminder', user, label, due));
        }
      }
      if (missedLabel !== undefined) {
        let due = now;
        if (isQuiet(now, tz, quiet)) {
          const morning = deferOutOfQuietHours(now, tz, quiet);
          if (morning.getTime() < start) due = morning;
        }
        const nextRegular = Math.min(...future.map((t) => t.dueAt.getTime()));
        if (nextRegular - due.getTime() >= CATCH_UP_MIN_GAP_MINUTES * MINUTE_MS) {
          out.push(make('reminder', user, missedLabel, due));
        }
      }
      out.push(...future);
    }

    // Agenda prompt.
    if (person.role === 'mentee') {
      const due = moveOutOfQuietHours(addWorkingDays(startsAt, -AGENDA_WORKING_DAYS_BEFORE, tz), tz, quiet);
      if (due.getTime() > nowMs) out.push(make('agenda_prompt', user, 'agenda', due));
    }

    // Check-in.
    const checkinAt = start + (session.durationMinutes + CHECKIN_DELAY_MINUTES) * MINUTE_MS;
    const due = deferOutOfQuietHours(new Date(Math.max(checkinAt, nowMs)), tz, quiet);
    out.push(make('checkin', user, 'checkin', due));
  }

  return out.sort(
    (a, b) => a.dueAt.getTime() - b.dueAt.getTime() || (a.jobId < b.jobId ? -1 : a.jobId > b.jobId ? 1 : 0),
  );
}

/** Milliseconds from `now` until the timer is due; 0 when it is due already (BullMQ rejects negative delays). */
export function timerDelayMs(t: PlannedTimer, now: Date): number {
  return Math.max(0, t.dueAt.getTime() - now.getTime());
}

/** `2027-03-29T12:00:00Z` → `'20270329T1200Z'`: the start to the minute, compact and free of `':'`. */
function startStamp(d: Date): string {
  return d.toISOString().slice(0, 16).replace(/[-:]/g, '') + 'Z';
}

/**
 * The unique key of the Postgres delivery row for this timer's message, e.g.
 * `rem-42-20270329T1200Z-24h-U123`, `agenda-42-20270329T1200Z-U123`, `checkin-42-20270329T1200Z-U123`.
 *
 * It names (session, kind, offset, recipient) and the session's **start minute, not its revision**:
 * - a retried, duplicated or reconciler-rebuilt job (same start) finds the row and sends nothing;
 * - after a move to a new time the key changes, so the reminder for the new time is sent — people must hear
 *   about the new time even if they were reminded of the old one;
 * - a move and a move back (revision 1 → 2 → 3, start A → B → A) gives the key of revision 1 again, so a
 *   reminder already delivered for time A is not repeated. Keying on the revision would resend it.
 *
 * A catch-up reminder shares the key of its offset for the same reason. Start times are minute-precise in
 * practice; two starts within the same minute are deliberately treated as the same time.
 */
export function deliveryKey(t: PlannedTimer): string {
  const stamp = startStamp(t.sessionStartsAt);
  if (t.kind === 'reminder') return `rem-${t.sessionId}-${stamp}-${t.offsetLabel}-${t.recipient}`;
  if (t.kind === 'agenda_prompt') return `agenda-${t.sessionId}-${stamp}-${t.recipient}`;
  return `checkin-${t.sessionId}-${stamp}-${t.recipient}`;
}

/**
 * What to change in the queue to go from `oldPlan` to `newPlan`, matched by job id:
 * - `remove`: job ids of `oldPlan` that are not in `newPlan` with the same due time;
 * - `add`: timers of `newPlan` that are not in `oldPlan` with the same due time.
 *
 * A move (new revision) changes every id, so it removes all old jobs and adds all new ones; a cancel is
 * `diffTimers(plan, [])`. Within one revision an id can keep its name but change its due time (a catch-up
 * planned with a later `now`): it then appears in both lists, and the caller must remove before adding,
 * because BullMQ ignores adding an id that still exists. Order follows the input plans.
 */
export function diffTimers(
  oldPlan: readonly PlannedTimer[],
  newPlan: readonly PlannedTimer[],
): { add: PlannedTimer[]; remove: string[] } {
  const key = (t: PlannedTimer): string => `${t.jobId}@${t.dueAt.getTime()}`;
  const oldKeys = new Set(oldPlan.map(key));
  const newKeys = new Set(newPlan.map(key));
  const remove = [...new Set(oldPlan.filter((t) => !newKeys.has(key(t))).map((t) => t.jobId))];
  const add = newPlan.filter((t) => !oldKeys.has(key(t)));
  return { add, remove };
}
