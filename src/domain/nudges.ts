/**
 * Who is due on a scheduler tick: monthly KPI nudges and weekly team-lead digests.
 *
 * One scheduler tick runs every {@link SCHEDULER_TICK_MINUTES} minutes and asks these functions who is due
 * "now" in their own time zone; it enqueues one job per answer. Everything here is a pure function of the
 * tick and the rows, so the same tick always yields the same jobs with the same ids — BullMQ drops a job
 * whose id already exists, and the Postgres "sent" row keyed on the same period stops a second send, which
 * together make a re-run or overlapping tick harmless.
 *
 * Ids are `kpi-<pairingId>-<yyyymm>` and `digest-<lead>-<isoWeek>`. They never contain `:` (BullMQ uses it
 * as its key separator), so the period keys are `'202703'` and `'2027-W09'`.
 */
import {
  isDueInWindow,
  isValidTimeZone,
  isoWeekKey,
  yearMonthKey,
  type DueTarget,
  type IsoWeekday,
} from './time';

/** How often the scheduler ticks; also the width of every due window, so each target is hit exactly once. */
export const SCHEDULER_TICK_MINUTES = 15;

/** Monthly KPI nudge: 10:00 local on the first working day (Mon–Fri) of the month. */
export const KPI_NUDGE_TARGET: Readonly<DueTarget> = Object.freeze({
  hour: 10,
  minute: 0,
  firstWorkingDayOfMonth: true,
});

/** Digest defaults: Monday 09:00 in the lead's zone. */
export const DEFAULT_DIGEST_WEEKDAY: IsoWeekday = 1;
export const DEFAULT_DIGEST_HOUR = 9;

/** A mentee's pairing as the scheduler query returns it. */
export type NudgeMentee = { pairingId: number; tz: string; paused: boolean };

/** A team lead as the scheduler query returns it (only leads that somebody names as their lead). */
export type DigestLead = {
  leadSlackUserId: string;
  tz: string;
  /** ISO weekday, 1 = Monday (default). */
  digestWeekday?: IsoWeekday;
  /** Local hour 0–23, default 9. */
  digestHour?: number;
};

/** A KPI nudge to enqueue. `yearMonth` is the period for the unique "sent" row (`'202703'`). */
export type DueKpiNudge = { pairingId: number; jobId: string; yearMonth: string };

/** A digest to enqueue. `isoWeek` is the period for the unique "sent" row (`'2027-W09'`). */
export type DueDigest = { lead: string; jobId: string; isoWeek: string };

/** `kpi-<pairingId>-<yyyymm>`, e.g. `kpi-42-202703`. */
export function kpiNudgeJobId(pairingId: number, yearMonth: string): string {
  return `kpi-${pairingId}-${yearMonth}`;
}

/**
 * `digest-<lead>-<isoWeek>`, e.g. `digest-U024BE7LH-2027-W09`. The user id is URI-encoded: Slack ids are
 * plain `[A-Z0-9]`, so they pass unchanged, but the encoding guarantees no `:` can ever reach BullMQ and,
 * being injective, two different ids can never share a job id.
 */
export function digestJobId(leadSlackUserId: string, isoWeek: string): string {
  return `digest-${encodeURIComponent(leadSlackUserId)}-${isoWeek}`;
}

/**
 * The KPI nudges due on `tick`: pairings whose mentee is not paused and for whom the tick lies in
 * [10:00, 10:15) local time on the first working day of their local month.
 *
 * - The month in the job id is the mentee's LOCAL month, so a mentee in Auckland nudged on 1 March local
 *   time (still 28 February in UTC) gets `…-202703`.
 * - A row with an unknown time zone is skipped rather than thrown on: one bad row must not stop everybody
 *   else's nudges (zones are validated with `isValidTimeZone` when stored, so this is belt and braces).
 * - A pairing listed twice is returned once; the result is sorted by `pairingId`, independent of row order.
 */
export function dueKpiNudges(tick: Date, mentees: readonly NudgeMentee[]): DueKpiNudge[] {
  const out = new Map<number, DueKpiNudge>();
  for (const m of mentees) {
    if (m.paused || out.has(m.pairingId) || !Number.isSafeInteger(m.pairingId)) continue;
    if (!isValidTimeZone(m.tz)) continue;
    if (!isDueInWindow(tick, m.tz, KPI_NUDGE_TARGET, SCHEDULER_TICK_MINUTES)) continue;
    const yearMonth = yearMonthKey(tick, m.tz);
    out.set(m.pairingId, { pairingId: m.pairingId, jobId: kpiNudgeJobId(m.pairingId, yearMonth), yearMonth });
  }
  return [...out.values()].sort((a, b) => a.pairingId - b.pairingId);
}

const validWeekday = (d: unknown): d is IsoWeekday =>
  Number.isInteger(d) && (d as number) >= 1 && (d as number) <= 7;
const validHour = (h: unknown): h is number =>
  Number.isInteger(h) && (h as number) >= 0 && (h as number) <= 23;

/**
 * The digests due on `tick`: leads for whom the tick lies in [hour:00, hour:15) local time on their digest
 * weekday (default Monday 09:00).
 *
 * - The ISO week in the id is the lead's LOCAL week (ISO week-year, so 2027-01-01 is `2026-W53`).
 * - An out-of-range weekday or hour falls back to the default (a bad setting should not silence a lead);
 *   an unknown time zone skips the lead, as in {@link dueKpiNudges}.
 * - A lead listed twice is returned once (first row wins); the result is sorted by lead id.
 *
 * Whether the lead has any participants is not decided here: the digest processor builds the model and
 * sends nothing when it is empty (see `./digest`).
 */
export function dueDigests(tick: Date, leads: readonly DigestLead[]): DueDigest[] {
  const out = new Map<string, DueDigest>();
  for (const l of leads) {
    const lead = l.leadSlackUserId;
    if (typeof lead !== 'string' || lead === '' || out.has(lead)) continue;
    if (!isValidTimeZone(l.tz)) continue;
    const target: DueTarget = {
      hour: validHour(l.digestHour) ? l.digestHour : DEFAULT_DIGEST_HOUR,
      minute: 0,
      weekday: validWeekday(l.digestWeekday) ? l.digestWeekday : DEFAULT_DIGEST_WEEKDAY,
    };
    if (!isDueInWindow(tick, l.tz, target, SCHEDULER_TICK_MINUTES)) continue;
    const isoWeek = isoWeekKey(tick, l.tz);
    out.set(lead, { lead, jobId: digestJobId(lead, isoWeek), isoWeek });
  }
  return [...out.values()].sort((a, b) => (a.lead < b.lead ? -1 : a.lead > b.lead ? 1 : 0));
}
