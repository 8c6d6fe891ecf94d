/**
 * Availability, session cadence and common-slot finding across people in different time zones.
 *
 * Approach: each person's availability is turned into exact instant intervals. We build it on their wall
 * clock (weekly windows minus quiet hours), then map wall intervals to instants piece by piece between DST
 * transitions, where `instant = wall − offset` is exact. Intersecting everyone's intervals gives the common
 * free time; the earliest slot is then a simple scan. This is exact at DST edges (a window that spans the
 * spring-forward gap is an hour shorter that night; one spanning the fold is an hour longer), instead of
 * probing a grid of instants and hoping the grid catches every edge.
 *
 * Pure: no I/O, no clock — `earliest` is passed in.
 */
import {
  DAY_MS,
  DEFAULT_QUIET_HOURS,
  MINUTE_MS,
  epochDayWeekday,
  mergeIntervals,
  offsetMs,
  parseLocalTime,
  quietWallIntervals,
  toWallMs,
  wallMsToInstantMs,
  type IsoWeekday,
  type LocalTime,
  type QuietHours,
} from '../time';

/**
 * A weekly availability window in the person's own time zone. `end` may be `'24:00'`; an `end` earlier
 * than `start` runs past midnight into the next day (22:00–01:00). `start === end` is an empty window.
 */
export type AvailabilityWindow = { weekday: IsoWeekday; start: LocalTime; end: LocalTime };

/** How often a pair meets, from the action plan. */
export type Cadence = 'weekly' | 'biweekly' | 'monthly';

/** One participant for {@link findCommonSlot}. */
export type SlotPerson = {
  /** IANA time zone from Slack. */
  tz: string;
  /** Weekly windows in `tz`; empty means "working hours" (quiet end → quiet start, Mon–Fri). */
  windows: readonly AvailabilityWindow[];
  /**
   * Quiet hours. With explicit windows they only apply when given (someone who offers Saturday 10:00 means
   * it); without windows they define the working hours and default to {@link DEFAULT_QUIET_HOURS}.
   */
  quiet?: QuietHours;
};

/** Input of {@link findCommonSlot}. */
export type FindCommonSlotInput = {
  people: readonly SlotPerson[];
  /** No slot starts before this instant (usually `now`, or `now` + notice). */
  earliest: Date;
  durationMinutes: number;
  /** Only slots starting within this many days after `earliest` are considered. Default 14. */
  searchDays?: number;
  /** Granularity of start times, counted from the start of each common free interval. Default 30. */
  stepMinutes?: number;
};

const LOOK_BACK_MS = 7 * DAY_MS;

/** A half-open instant interval `[from, to)` in epoch milliseconds. */
export type Interval = [number, number];

/**
 * When the next session is due after `from` (the last session's start, or the plan start).
 *
 * Adds 7 / 14 days or one calendar month on the wall clock of `tz`, so a session at 09:00 stays at 09:00
 * across DST changes. Monthly keeps the day of month, clamped to the month's last day (31 Jan → 28/29 Feb).
 * `tz` defaults to UTC for callers that only care about the date; pass the pair's zone for real schedules.
 */
export function nextCadenceDate(from: Date, cadence: Cadence, tz = 'UTC'): Date {
  const wall = toWallMs(from, tz);
  const day = Math.floor(wall / DAY_MS);
  const timeOfDay = wall - day * DAY_MS;
  if (cadence === 'weekly') return new Date(wallMsToInstantMs(wall + 7 * DAY_MS, tz));
  if (cadence === 'biweekly') return new Date(wallMsToInstantMs(wall + 14 * DAY_MS, tz));
  const d = new Date(day * DAY_MS);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const target = Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay));
  return new Date(wallMsToInstantMs(target + timeOfDay, tz));
}

/** Intervals of `a` not covered by `b` (both sorted and merged). */
function subtract(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  for (const [from, to] of a) {
    let cursor = from;
    for (const [bf, bt] of b) {
      if (bt <= cursor) continue;
      if (bf >= to) break;
      if (bf > cursor) out.push([cursor, bf]);
      cursor = Math.max(cursor, bt);
      if (cursor >= to) break;
    }
    if (cursor < to) out.push([cursor, to]);
  }
  return out;
}

/** Intersection of two sorted, merged interval lists. */
function intersect(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Interval;
    const y = b[j] as Interval;
    const from = Math.max(x[0], y[0]);
    const to = Math.min(x[1], y[1]);
    if (from < to) out.push([from, to]);
    if (x[1] < y[1]) i++;
    else j++;
  }
  return out;
}

/**
 * Splits `[from, to)` into pieces of constant UTC offset. Offsets are sampled every 6 hours (transitions
 * are months apart) and each change is pinned down by bisection to the millisecond.
 */
function offsetPieces(
  tz: string,
  from: number,
  to: number,
): Array<{ from: number; to: number; offset: number }> {
  const pieces: Array<{ from: number; to: number; offset: number }> = [];
  const SAMPLE = 6 * 60 * MINUTE_MS;
  let start = from;
  let offset = offsetMs(tz, from);
  for (let probe = from + SAMPLE; start < to; probe += SAMPLE) {
    const at = Math.min(probe, to);
    const next = offsetMs(tz, at);
    if (next !== offset) {
      let lo = at - SAMPLE < start ? start : at - SAMPLE;
      let hi = at;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMs(tz, mid) === offset) lo = mid;
        else hi = mid;
      }
      pieces.push({ from: start, to: hi, offset });
      start = hi;
      offset = offsetMs(tz, hi);
      probe = hi;
      continue;
    }
    if (at >= to) {
      pieces.push({ from: start, to, offset });
      break;
    }
  }
  return pieces;
}

/**
 * A person's free time within `[from, to)` as sorted, merged instant intervals: their windows (or Mon–Fri
 * working hours) minus quiet hours, each on their own wall clock. Exported for views that show free times.
 */
export function availabilityIntervals(person: SlotPerson, from: Date, to: Date): Interval[] {
  const { tz } = person;
  const hasWindows = person.windows.length > 0;
  const quiet: QuietHours | undefined = hasWindows ? person.quiet : (person.quiet ?? DEFAULT_QUIET_HOURS);

  // Wall days to cover: offsets are within ±14 h and overnight windows/quiet spill one day, so two days of
  // margin on each side is plenty.
  const firstDay = Math.floor(from.getTime() / DAY_MS) - 2;
  const lastDay = Math.floor(to.getTime() / DAY_MS) + 2;

  const open: Interval[] = [];
  const closed: Interval[] = [];
  for (let d = firstDay; d <= lastDay; d++) {
    const base = d * DAY_MS;
    const weekday = epochDayWeekday(d);
    if (hasWindows) {
      for (const w of person.windows) {
        if (w.weekday !== weekday) continue;
        const s = parseLocalTime(w.start);
        const e = parseLocalTime(w.end);
        if (s === e) continue;
        open.push([base + s * MINUTE_MS, base + (e > s ? e : e + 1440) * MINUTE_MS]);
      }
    } else if (weekday <= 5) {
      open.push([base, base + DAY_MS]);
    }
    if (quiet) closed.push(...quietWallIntervals(d, quiet));
  }
  const freeWall = subtract(mergeIntervals(open), mergeIntervals(closed));

  // Map wall intervals to instants within each constant-offset piece.
  const instants: Interval[] = [];
  const pieces = offsetPieces(tz, from.getTime() - DAY_MS, to.getTime() + DAY_MS);
  for (const piece of pieces) {
    for (const [wa, wb] of freeWall) {
      const a = Math.max(wa - piece.offset, piece.from);
      const b = Math.min(wb - piece.offset, piece.to);
      if (a < b) instants.push([a, b]);
    }
  }
  return mergeIntervals(instants)
    .map(([a, b]): Interval => [Math.max(a, from.getTime()), Math.min(b, to.getTime())])
    .filter(([a, b]) => a < b);
}

/**
 * Earliest start `s ≥ earliest` (and `s < earliest + searchDays`) such that `[s, s + duration)` lies inside
 * a window of every person, each on their own wall clock, and outside their quiet hours — or `null`.
 *
 * Start times step by `stepMinutes` from the start of each common free interval, so when a window opens
 * at 09:00 the slot is 09:00, and when `earliest` is 10:07 it is the next step after it (10:30). Returns
 * `null` for no people or a non-positive duration: "no slot" is safer for a scheduler than an exception.
 * Malformed window times or an unknown zone still throw `RangeError` (bad stored data, worth surfacing).
 */
export function findCommonSlot(input: FindCommonSlotInput): Date | null {
  const { people, earliest, durationMinutes } = input;
  const searchDays = input.searchDays ?? 14;
  const stepMinutes = input.stepMinutes ?? 30;
  if (people.length === 0 || !(durationMinutes > 0) || !(searchDays > 0) || !(stepMinutes > 0)) return null;
  const start = earliest.getTime();
  if (!Number.isFinite(start)) return null;

  const duration = durationMinutes * MINUTE_MS;
  const step = stepMinutes * MINUTE_MS;
  const lastStart = start + searchDays * DAY_MS; // exclusive
  // Look back a week so a free interval that is already open at `earliest` keeps its real start as the
  // anchor of the step grid (10:07 inside a 09:00 window → 10:30, not 10:07).
  const lookBack = new Date(start - LOOK_BACK_MS);
  const horizon = new Date(lastStart + duration);

  let common: Interval[] = [[lookBack.getTime(), horizon.getTime()]];
  for (const person of people) {
    common = intersect(common, availabilityIntervals(person, lookBack, horizon));
    if (common.length === 0) return null;
  }

  for (const [a, b] of common) {
    if (b - duration < start) continue;
    // An interval cut off by the look-back has no meaningful start; fall back to the epoch grid, which for
    // 15/30/60-minute steps is :00/:30 on the clock in every whole- or half-hour zone.
    const anchor = a <= lookBack.getTime() ? 0 : a;
    const s = a >= start ? a : anchor + Math.ceil((start - anchor) / step) * step;
    if (s >= lastStart) return null;
    if (s + duration <= b) return new Date(s);
  }
  return null;
}
