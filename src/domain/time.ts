/**
 * Per-person time maths: wall clock ↔ instant, quiet hours, working days, scheduler tick windows and
 * localised formatting.
 *
 * Every "at 09:00" in Mentor Me means 09:00 in that person's IANA time zone (the one Slack reports), so all
 * functions here take the zone explicitly. Instants are plain JS `Date`s (UTC, what Postgres stores as
 * `timestamptz`). Wall-clock values travel as strings (`'YYYY-MM-DD'`, `'HH:mm'`) so they can never be
 * mistaken for instants.
 *
 * Internally, a "wall" value is the local wall-clock time encoded as milliseconds since the epoch *as if
 * the wall clock were UTC*. Between two DST transitions, `wall = instant + offset` is linear, which makes
 * interval maths exact; at transitions we resolve gaps and folds explicitly (see {@link localDateTime}).
 *
 * Pure: no I/O, no clock. `Intl` (through `@date-fns/tz`) is only used as the time zone database.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { format, getISOWeek, getISOWeekYear, type Locale } from 'date-fns';
import { de, enUS, ptBR } from 'date-fns/locale';
import type { Lang } from '../i18n';

/** A local calendar date, `'YYYY-MM-DD'`. */
export type LocalDate = string;
/** A local wall-clock time, `'HH:mm'` (24 h). `'24:00'` is accepted where an end of day makes sense. */
export type LocalTime = string;
/** ISO weekday: Monday = 1 … Sunday = 7. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * When a person must not be pinged. `start`/`end` are local wall-clock times; when `start > end` the quiet
 * period runs over midnight (the usual `20:00`–`08:00`). `start === end` means "no quiet hours" (an empty
 * period, not a 24-hour one, so a misconfiguration can never silence someone forever). With `weekends`,
 * Saturday and Sunday are quiet all day.
 */
export type QuietHours = { start: LocalTime; end: LocalTime; weekends: boolean };

/** The default everyone gets until they change it: quiet from 20:00 to 08:00 and at weekends. */
export const DEFAULT_QUIET_HOURS: Readonly<QuietHours> = Object.freeze({
  start: '20:00',
  end: '08:00',
  weekends: true,
});

/** The local view of an instant in one time zone. */
export type LocalParts = {
  /** `'YYYY-MM-DD'` */
  date: LocalDate;
  /** `'HH:mm'` */
  time: LocalTime;
  /** ISO weekday, Monday = 1. */
  weekday: IsoWeekday;
  hour: number;
  minute: number;
};

/** What a recurring scheduler job aims at, in the person's local time. */
export type DueTarget = {
  hour: number;
  minute?: number;
  /** Only on this ISO weekday (e.g. 1 for the Monday digest). */
  weekday?: IsoWeekday;
  /** Only on the first working day (Mon–Fri) of the local month (monthly KPI nudges). */
  firstWorkingDayOfMonth?: boolean;
};

/** Formatting styles for {@link formatDateTime}. */
export type DateTimeStyle = 'date' | 'time' | 'datetime' | 'weekday-datetime';

/** One minute in milliseconds. */
export const MINUTE_MS = 60_000;
/** One (24-hour) day in milliseconds; only meaningful for wall values, never for instants across DST. */
export const DAY_MS = 86_400_000;
const HOUR_MS = 60 * MINUTE_MS;

// ---------------------------------------------------------------------------------------------------------
// Parsing

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

const parsedTimes = new Map<string, number>();

/**
 * Parses `'HH:mm'` into minutes after midnight (0–1440; `'24:00'` gives 1440).
 * Throws `RangeError` on anything else, because a malformed time is a programming or parsing bug upstream.
 */
export function parseLocalTime(time: LocalTime): number {
  if (time === '24:00') return 1440;
  // Hot in scoring (every availability window of every candidate); there are only 1,440 valid values.
  const known = parsedTimes.get(time);
  if (known !== undefined) return known;
  const m = TIME_RE.exec(time);
  if (!m) throw new RangeError(`Invalid local time (expected HH:mm): ${time}`);
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  parsedTimes.set(time, minutes);
  return minutes;
}

/**
 * Parses `'YYYY-MM-DD'` into the epoch-day number (days since 1970-01-01), checking the date exists.
 * Epoch days make calendar arithmetic trivial and independent of any time zone.
 */
export function parseLocalDate(date: LocalDate): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`Invalid local date (expected YYYY-MM-DD): ${date}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) {
    throw new RangeError(`Invalid local date (no such day): ${date}`);
  }
  return ms / DAY_MS;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Formats an epoch-day number as `'YYYY-MM-DD'`. */
export function epochDayToLocalDate(day: number): LocalDate {
  const d = new Date(day * DAY_MS);
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** ISO weekday (Monday = 1) of an epoch-day number. */
export function epochDayWeekday(day: number): IsoWeekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((day + 3) % 7) + 7) % 7) + 1) as IsoWeekday;
}

/** Adds calendar days to a `'YYYY-MM-DD'` date (no time zone involved: calendar days are calendar days). */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return epochDayToLocalDate(parseLocalDate(date) + days);
}

// ---------------------------------------------------------------------------------------------------------
// Offsets and wall clock

/**
 * Memo of zone lookups. `Intl` is slow (a `formatToParts` per call) and hot paths ask the same question many
 * times: scoring thousands of candidates against one `now`. Keyed by the exact instant, so results are
 * identical; bounded, so memory is too.
 */
const validZones = new Map<string, boolean>();
const offsets = new Map<string, number>();

/** True when `tz` is an IANA zone (or offset) the runtime's time zone database knows. */
export function isValidTimeZone(tz: string): boolean {
  if (typeof tz !== 'string' || tz.length === 0) return false;
  const known = validZones.get(tz);
  if (known !== undefined) return known;
  const valid = Number.isFinite(tzOffset(tz, new Date(0)));
  if (validZones.size >= 1000) validZones.clear();
  validZones.set(tz, valid);
  return valid;
}

/**
 * UTC offset of `tz` at `instantMs`, in milliseconds (+60 min for CET).
 * Throws on an unknown zone instead of silently computing garbage with `NaN`.
 */
export function offsetMs(tz: string, instantMs: number): number {
  const key = `${instantMs} ${tz}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  const minutes = tzOffset(tz, new Date(instantMs));
  if (!Number.isFinite(minutes)) {
    if (!Number.isFinite(instantMs)) throw new RangeError('Invalid instant');
    throw new RangeError(`Unknown time zone: ${tz}`);
  }
  if (offsets.size >= 4096) offsets.clear();
  offsets.set(key, minutes * MINUTE_MS);
  return minutes * MINUTE_MS;
}

/** The local wall clock of an instant, as "ms since epoch if the wall clock were UTC". */
export function toWallMs(instant: Date | number, tz: string): number {
  const t = typeof instant === 'number' ? instant : instant.getTime();
  return t + offsetMs(tz, t);
}

/**
 * Converts a wall value (see {@link toWallMs}) back to an instant.
 *
 * - Normal case: exactly one instant has that wall clock.
 * - Fold (clocks go back, the wall time happens twice): the EARLIER instant, so a reminder fires on the
 *   first pass and never twice.
 * - Gap (clocks spring forward, the wall time never happens): the first valid instant after the gap, i.e.
 *   the transition itself (02:30 on a Berlin spring-forward day becomes 03:00 CEST). Moving forward keeps
 *   "not before the time you asked for" true, and snapping to the first valid minute (rather than adding
 *   the gap length, as `Date` does) keeps everything scheduled inside the gap on one predictable minute.
 */
export function wallMsToInstantMs(wall: number, tz: string): number {
  // The instant lies within ±15 h of the wall value (offsets span −12 h…+14 h); sampling offsets on both
  // sides of that range finds the offsets in force before and after any single transition near it.
  const candidates = new Set<number>([
    offsetMs(tz, wall - 15 * HOUR_MS),
    offsetMs(tz, wall),
    offsetMs(tz, wall + 15 * HOUR_MS),
  ]);
  let best: number | undefined;
  for (const o of candidates) {
    const t = wall - o;
    if (offsetMs(tz, t) === o && (best === undefined || t < best)) best = t;
  }
  if (best !== undefined) return best;

  // Gap: find the transition by bisection. `t + offset(t) >= wall` is false before the gap and true after.
  const offsets = [...candidates];
  let lo = wall - Math.max(...offsets);
  let hi = wall - Math.min(...offsets);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (mid + offsetMs(tz, mid) >= wall) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Turns a local date and wall-clock time in `tz` into an instant.
 *
 * DST rules (documented because both cases happen twice a year for most users):
 * - **Gap** (spring forward, e.g. Europe/Berlin 2027-03-28 02:00→03:00): a time inside the gap moves
 *   FORWARD to the first valid minute after it — `'02:30'` becomes 03:00 CEST (01:00Z).
 * - **Fold** (fall back, e.g. Europe/Berlin 2027-10-31 03:00→02:00): an ambiguous time takes the EARLIER
 *   instant — `'02:30'` is 02:30 CEST (00:30Z), not 02:30 CET.
 *
 * @param date `'YYYY-MM-DD'`
 * @param time `'HH:mm'` (`'24:00'` means midnight at the end of `date`)
 * @param tz IANA time zone, e.g. `'Europe/Berlin'`
 */
export function localDateTime(date: LocalDate, time: LocalTime, tz: string): Date {
  const wall = parseLocalDate(date) * DAY_MS + parseLocalTime(time) * MINUTE_MS;
  return new Date(wallMsToInstantMs(wall, tz));
}

/** The local date, time and ISO weekday of `instant` in `tz`. */
export function localParts(instant: Date, tz: string): LocalParts {
  const wall = toWallMs(instant, tz);
  const day = Math.floor(wall / DAY_MS);
  const minuteOfDay = Math.floor((wall - day * DAY_MS) / MINUTE_MS);
  const hour = Math.floor(minuteOfDay / 60);
  const minute = minuteOfDay % 60;
  return {
    date: epochDayToLocalDate(day),
    time: `${pad2(hour)}:${pad2(minute)}`,
    weekday: epochDayWeekday(day),
    hour,
    minute,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Quiet hours

/**
 * The quiet periods touching epoch day `day`, as wall intervals `[from, to)`: the daily quiet hours that
 * START on that day (a wrapping period runs into the next day) and the whole day when it is a quiet
 * weekend day. Shared with slot finding so both agree on what "quiet" means.
 */
export function quietWallIntervals(day: number, quiet: QuietHours): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const s = parseLocalTime(quiet.start);
  const e = parseLocalTime(quiet.end);
  const base = day * DAY_MS;
  if (s < e) out.push([base + s * MINUTE_MS, base + e * MINUTE_MS]);
  else if (s > e) out.push([base + s * MINUTE_MS, base + (1440 + e) * MINUTE_MS]);
  if (quiet.weekends && epochDayWeekday(day) >= 6) out.push([base, base + DAY_MS]);
  return out;
}

/** Sorts and merges overlapping or touching intervals. */
export function mergeIntervals(intervals: ReadonlyArray<readonly [number, number]>): Array<[number, number]> {
  const sorted = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function isQuietWall(wall: number, quiet: QuietHours): boolean {
  const day = Math.floor(wall / DAY_MS);
  const minuteOfDay = (wall - day * DAY_MS) / MINUTE_MS;
  if (quiet.weekends && epochDayWeekday(day) >= 6) return true;
  const s = parseLocalTime(quiet.start);
  const e = parseLocalTime(quiet.end);
  if (s < e) return minuteOfDay >= s && minuteOfDay < e;
  if (s > e) return minuteOfDay >= s || minuteOfDay < e;
  return false;
}

/**
 * True when `instant` falls in the person's quiet hours, or on a Saturday/Sunday when weekends are quiet.
 * Decided on the local wall clock, so "20:00" is 20:00 in that person's zone whatever the season.
 */
export function isQuiet(instant: Date, tz: string, quiet: QuietHours): boolean {
  return isQuietWall(toWallMs(instant, tz), quiet);
}

/** A working day is any day when weekends are not quiet, otherwise Monday–Friday. */
function isWorkingDay(day: number, quiet: QuietHours): boolean {
  return !quiet.weekends || epochDayWeekday(day) <= 5;
}

/**
 * Moves a quiet instant EARLIER, to the person's last working hour before the quiet stretch began:
 * (start of that quiet stretch − 60 min). For the default 20:00–08:00 + weekends that is 19:00 on the
 * latest working day before the instant: Tue 22:30 → Tue 19:00; Wed 06:00 → Tue 19:00; Sat 10:00 → Fri
 * 19:00; Mon 07:00 → Fri 19:00. A non-quiet instant is returned unchanged.
 *
 * Why earlier: this is for reminders ahead of something (a session at 07:30 should be announced the
 * evening before, not after it has started). If the working stretch before the quiet one is shorter than
 * an hour, its start is used so the result is never quiet. The result is never later than `instant`.
 */
export function moveOutOfQuietHours(instant: Date, tz: string, quiet: QuietHours): Date {
  const wall = toWallMs(instant, tz);
  if (!isQuietWall(wall, quiet)) return instant;

  // Quiet stretches around the instant, merged so a weekend joins Friday night and Monday morning.
  const today = Math.floor(wall / DAY_MS);
  const raw: Array<[number, number]> = [];
  for (let d = today - 10; d <= today + 1; d++) raw.push(...quietWallIntervals(d, quiet));
  const stretches = mergeIntervals(raw);
  let idx = stretches.findIndex(([a, b]) => wall >= a && wall < b);

  // Walk back stretch by stretch only in the odd case where DST swallows the working hour we aimed at.
  for (; idx >= 1; idx--) {
    const current = stretches[idx];
    const previous = stretches[idx - 1];
    if (!current || !previous) break;
    const targetWall = Math.max(current[0] - HOUR_MS, previous[1]);
    const t = wallMsToInstantMs(targetWall, tz);
    const candidate = new Date(t);
    if (t <= instant.getTime() && !isQuiet(candidate, tz, quiet)) return candidate;
  }
  // Unreachable for any quiet-hours value (every weekday has a working stretch); staying put beats throwing
  // inside a scheduler.
  return instant;
}

/**
 * The next moment ≥ `instant` that is the end of quiet hours (e.g. 08:00) on a working day
 * (Mon–Fri when weekends are quiet, any day otherwise). Used to push check-ins to "the next working
 * morning".
 */
export function nextWorkingMorning(instant: Date, tz: string, quiet: QuietHours): Date {
  const today = Math.floor(toWallMs(instant, tz) / DAY_MS);
  const end = parseLocalTime(quiet.end);
  for (let d = today; d <= today + 14; d++) {
    if (!isWorkingDay(d, quiet)) continue;
    const t = wallMsToInstantMs(d * DAY_MS + end * MINUTE_MS, tz);
    if (t >= instant.getTime()) return new Date(t);
  }
  // Unreachable: a fortnight always contains a working morning.
  return instant;
}

/**
 * `instant` when it is not quiet, otherwise the next working morning. This is the check-in rule: "session
 * end + 15 min, or the next working morning" — a check-in may wait, unlike a reminder (which moves
 * earlier, see {@link moveOutOfQuietHours}).
 */
export function deferOutOfQuietHours(instant: Date, tz: string, quiet: QuietHours): Date {
  return isQuiet(instant, tz, quiet) ? nextWorkingMorning(instant, tz, quiet) : instant;
}

// ---------------------------------------------------------------------------------------------------------
// Calendar

/**
 * Adds `n` working days (Mon–Fri; negative `n` goes back) keeping the local wall-clock time, so "in 2
 * working days at 09:00" stays 09:00 across a DST change. Starting on a weekend, the first step lands on
 * Monday (or Friday going back). `n = 0` returns `instant` unchanged. No holiday calendar.
 */
export function addWorkingDays(instant: Date, n: number, tz: string): Date {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs an integer, got ${n}`);
  if (n === 0) return instant;
  const wall = toWallMs(instant, tz);
  let day = Math.floor(wall / DAY_MS);
  const timeOfDay = wall - day * DAY_MS;
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    day += step;
    if (epochDayWeekday(day) <= 5) left--;
  }
  return new Date(wallMsToInstantMs(day * DAY_MS + timeOfDay, tz));
}

/** First Monday–Friday of a month as `'YYYY-MM-DD'` (no holiday calendar). `month` is 1–12. */
export function firstWorkingDayOfMonth(year: number, month: number): LocalDate {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid month: ${month}`);
  const first = Date.UTC(year, month - 1, 1) / DAY_MS;
  const wd = epochDayWeekday(first);
  const shift = wd === 6 ? 2 : wd === 7 ? 1 : 0;
  return epochDayToLocalDate(first + shift);
}

// ---------------------------------------------------------------------------------------------------------
// Scheduler ticks

/**
 * True when a scheduler tick (every 15 minutes) should run a job aimed at `target` for a person in `tz`:
 * the tick lies in `[target, target + windowMinutes)` on a local day matching `target`.
 *
 * The comparison is made on instants, not wall clocks: the target on each candidate day goes through
 * {@link localDateTime}, so a target in a DST gap fires at the first valid minute (still due that day) and
 * a target in a fold fires once, on the earlier pass. A window crossing midnight is attributed to the day
 * it started on (its weekday and first-working-day checks apply to that day).
 */
export function isDueInWindow(tickInstant: Date, tz: string, target: DueTarget, windowMinutes = 15): boolean {
  const minute = target.minute ?? 0;
  if (
    !Number.isInteger(target.hour) ||
    target.hour < 0 ||
    target.hour > 23 ||
    !Number.isInteger(minute) ||
    minute < 0 ||
    minute > 59 ||
    !(windowMinutes > 0)
  ) {
    throw new RangeError(`Invalid due target ${JSON.stringify(target)} / window ${windowMinutes}`);
  }
  const tick = tickInstant.getTime();
  const wall = toWallMs(tick, tz);
  const today = Math.floor(wall / DAY_MS);
  // Fast path for the scheduler, which asks this for every person on every tick: unless the wall clock is
  // within the window (plus a margin for DST shifts of up to 3 hours) of the target time, it can't be due.
  const sinceTarget = (wall - today * DAY_MS) / MINUTE_MS - (target.hour * 60 + minute);
  const sinceTargetMod = ((sinceTarget % 1440) + 1440) % 1440;
  if (windowMinutes < 1440 - 360 && sinceTargetMod >= windowMinutes + 180 && sinceTargetMod < 1440 - 180) {
    return false;
  }
  const lookBack = Math.ceil(windowMinutes / 1440);
  for (let d = today - lookBack; d <= today; d++) {
    if (target.weekday !== undefined && epochDayWeekday(d) !== target.weekday) continue;
    const date = epochDayToLocalDate(d);
    if (target.firstWorkingDayOfMonth) {
      const [y, m] = date.split('-').map(Number);
      if (y === undefined || m === undefined || firstWorkingDayOfMonth(y, m) !== date) continue;
    }
    const at = wallMsToInstantMs(d * DAY_MS + (target.hour * 60 + minute) * MINUTE_MS, tz);
    if (tick >= at && tick < at + windowMinutes * MINUTE_MS) return true;
  }
  return false;
}

/**
 * ISO week key of the local date, e.g. `'2027-W09'` — used as the period in idempotency keys for weekly
 * jobs. Uses the ISO week-year, so 2027-01-01 (a Friday) belongs to `'2026-W53'`.
 */
export function isoWeekKey(instant: Date, tz: string): string {
  const local = new TZDate(instant.getTime(), tz);
  return `${getISOWeekYear(local)}-W${pad2(getISOWeek(local))}`;
}

/** Year-month key of the local date, e.g. `'202703'` — the period for monthly jobs. */
export function yearMonthKey(instant: Date, tz: string): string {
  const { date } = localParts(instant, tz);
  return date.slice(0, 4) + date.slice(5, 7);
}

// ---------------------------------------------------------------------------------------------------------
// Formatting

const LOCALES: Record<Lang, Locale> = { en: enUS, de, 'pt-BR': ptBR };

// Patterns per language and style. de and pt-BR read a 24 h clock, English a 12 h one.
const PATTERNS: Record<Lang, Record<DateTimeStyle, string>> = {
  en: {
    date: 'MMMM d, yyyy',
    time: 'h:mm a',
    datetime: 'MMMM d, yyyy, h:mm a',
    'weekday-datetime': 'EEE, MMMM d, yyyy, h:mm a',
  },
  de: {
    date: 'd. MMMM yyyy',
    time: 'HH:mm',
    datetime: 'd. MMMM yyyy, HH:mm',
    'weekday-datetime': 'EEE, d. MMMM yyyy, HH:mm',
  },
  'pt-BR': {
    date: "d 'de' MMMM 'de' yyyy",
    time: 'HH:mm',
    datetime: "d 'de' MMMM 'de' yyyy, HH:mm",
    'weekday-datetime': "EEE, d 'de' MMMM 'de' yyyy, HH:mm",
  },
};

/**
 * Formats an instant in the person's zone and language, e.g.
 * - en: `"Tue, March 2, 2027, 9:00 AM"`
 * - de: `"Di., 2. März 2027, 09:00"`
 * - pt-BR: `"terça, 2 de março de 2027, 09:00"`
 *
 * The zone is deliberately not included (messages go to one person in their own zone); use
 * {@link formatZone} where several zones meet, e.g. a slot proposed to a mentor abroad.
 */
export function formatDateTime(instant: Date, tz: string, lang: Lang, style: DateTimeStyle): string {
  offsetMs(tz, instant.getTime()); // validates the zone with a clear error
  const pattern = (PATTERNS[lang] ?? PATTERNS.en)[style];
  return format(new TZDate(instant.getTime(), tz), pattern, { locale: LOCALES[lang] ?? enUS });
}

// English locales tried in turn for a zone abbreviation: en-US knows US zones (EST), en-GB European ones
// (CET, BST), en-IN India (IST), en-AU/en-NZ theirs (AEST, NZDT). Anything else stays "GMT+x", which is at
// least unambiguous.
const ZONE_LOCALES = ['en-US', 'en-GB', 'en-IN', 'en-AU', 'en-NZ'] as const;
const zoneFormatters = new Map<string, Intl.DateTimeFormat[]>();

/**
 * The zone abbreviation in force at `instant`, e.g. `"CET"`/`"CEST"` for Europe/Berlin, `"EDT"` for
 * America/New_York, `"IST"` for Asia/Kolkata, `"NZDT"` for Pacific/Auckland, `"GMT-3"` for
 * America/Sao_Paulo (which has no common abbreviation).
 */
export function formatZone(instant: Date, tz: string): string {
  offsetMs(tz, instant.getTime());
  let formatters = zoneFormatters.get(tz);
  if (!formatters) {
    formatters = ZONE_LOCALES.map((l) => new Intl.DateTimeFormat(l, { timeZone: tz, timeZoneName: 'short' }));
    zoneFormatters.set(tz, formatters);
  }
  let fallback = '';
  for (const f of formatters) {
    const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? '';
    if (!fallback) fallback = name;
    if (name && !/^(GMT|UTC)[+-−]/.test(name)) return name;
  }
  return fallback || tz;
}
