/**
 * KPIs of a pairing: percentages, text progress bars, on-track status, "due this month" and a best-effort
 * parser for a KPI typed as one line of free text ("automate 3 processes with Zapier by 31 March").
 *
 * The seed article asks for *simple* KPIs ("post on Instagram within a month", "automate 3 processes with
 * Zapier"), so a KPI is a number with a unit and a due date, and progress is one absolute number.
 *
 * Pure: no I/O, no clock. "Today" is always a local `'YYYY-MM-DD'` passed in by the caller, computed in the
 * mentee's time zone (see `localParts` in `./time`), because "due on 31 March" means 31 March where they are.
 */
import { addLocalDays, epochDayToLocalDate, parseLocalDate, type LocalDate } from './time';

// ---------------------------------------------------------------------------------------------------------
// Types

/** A KPI as the domain sees it: one row of the KPI table plus its latest progress value. */
export type Kpi = {
  id: number;
  pairingId: number;
  /** What the mentee wants to achieve, in their words ("automate 3 processes with Zapier"). */
  description: string;
  /** How many `unit`s make the KPI done. Must be > 0. */
  target: number;
  /** Free text, e.g. `'automations'`, `'post'`, `'%'`; may be empty. */
  unit: string;
  /** When the KPI was set; the start of the linear "expected progress" line. */
  startDate: LocalDate;
  dueDate: LocalDate;
  /** Latest absolute progress (not a sum of deltas). */
  current: number;
};

/**
 * One progress update with a short note. `value` is the new ABSOLUTE progress, not a delta: a retried or
 * double-clicked update then changes nothing, and a typo is fixed by simply sending the right number.
 * The note is private to the pairing (it never reaches the team-lead digest, see `./digest`).
 */
export type KpiUpdate = {
  kpiId: number;
  value: number;
  note: string;
  at: Date;
};

/** The longest progress note we keep (a short note, as the issue says; the modal enforces the same). */
export const KPI_NOTE_MAX_LENGTH = 280;

/** Where a KPI stands today. */
export type KpiStatus = 'done' | 'on_track' | 'behind' | 'overdue';

/** Bar glyph sets. `block` suits monospace text; `slack` (▰▱) keeps its width in Slack's proportional font. */
export type BarStyle = 'block' | 'slack';

/** What the App Home and DMs show for one KPI. Built by {@link kpiProgress}. */
export type KpiProgress = {
  kpiId: number;
  description: string;
  target: number;
  unit: string;
  current: number;
  dueDate: LocalDate;
  /** 0–100, see {@link kpiPercent}. */
  percent: number;
  status: KpiStatus;
  /** Text bar, see {@link progressBar}. */
  bar: string;
};

/** Input of {@link kpiStatus}. All dates are local `'YYYY-MM-DD'`. */
export type KpiStatusInput = {
  target: number;
  current: number;
  dueDate: LocalDate;
  startDate: LocalDate;
  today: LocalDate;
};

/** What {@link parseKpiDraft} could make of a line of text. Only `description` is always present. */
export type KpiDraft = {
  description: string;
  target?: number;
  unit?: string;
  /** `'YYYY-MM-DD'`, resolved against `today`. */
  due?: LocalDate;
};

// ---------------------------------------------------------------------------------------------------------
// Percent, bars, status

/**
 * Progress as a whole percentage, clamped to 0–100.
 *
 * Rounded DOWN, and 100 only when `current >= target`: a bar must never claim "done" for 2.99 of 3. A
 * target that is not a positive finite number (a bad row, never a valid KPI) and a non-finite `current`
 * give 0, because a view must still render.
 */
export function kpiPercent(current: number, target: number): number {
  if (!Number.isFinite(current) || !Number.isFinite(target) || target <= 0) return 0;
  if (current >= target) return 100;
  if (current <= 0) return 0;
  // The epsilon absorbs float noise such as 0.3 / 0.1 → 2.9999999999999996.
  return Math.min(99, Math.floor((current / target) * 100 + 1e-9));
}

const BAR_GLYPHS: Record<BarStyle, readonly [filled: string, empty: string]> = {
  block: ['█', '░'],
  slack: ['▰', '▱'],
};

/**
 * A text progress bar of `width` cells, e.g. `progressBar(40)` → `'████░░░░░░'`.
 *
 * Cells are rounded to the nearest, with two exceptions so the bar never lies: anything above 0 % shows at
 * least one filled cell, and anything below 100 % leaves at least one empty cell. A width that is not an
 * integer from 1 to 100 falls back to 10; a non-finite percent counts as 0.
 */
export function progressBar(percent: number, width = 10, style: BarStyle = 'block'): string {
  const w = Number.isInteger(width) && width >= 1 && width <= 100 ? width : 10;
  const p = Number.isFinite(percent) ? Math.min(100, Math.max(0, percent)) : 0;
  let filled = Math.round((p / 100) * w);
  if (w >= 2 && p > 0 && p < 100) filled = Math.min(w - 1, Math.max(1, filled));
  const [full, empty] = BAR_GLYPHS[style] ?? BAR_GLYPHS.block;
  return full.repeat(filled) + empty.repeat(w - filled);
}

/** {@link progressBar} with the `▰▱` glyphs, which keep their width in Slack's proportional font. */
export function slackProgressBar(percent: number, width = 10): string {
  return progressBar(percent, width, 'slack');
}

/**
 * How far actual progress may trail the linear expectation, in percentage points, before a KPI is
 * "behind". Without it a KPI would be flagged the day after it was set, and a count-based target (3
 * automations) can only move in steps of a third.
 */
export const BEHIND_GRACE_POINTS = 10;

/**
 * Where a KPI stands on `today`:
 * - `done` — `current >= target` (whatever the date);
 * - `overdue` — not done and `today` is after `dueDate` (the due date itself still counts as in time);
 * - `behind` — progress trails the linear expectation by more than {@link BEHIND_GRACE_POINTS}: expected
 *   progress rises from 0 % on `startDate` to 100 % on `dueDate` (100 % straight away if the start is not
 *   before the due date, 0 % before the start);
 * - `on_track` — otherwise.
 *
 * Throws `RangeError` on a malformed date, like the rest of the calendar code: dates come from the database
 * or a parsed modal, so a bad one is a bug upstream.
 */
export function kpiStatus(input: KpiStatusInput): KpiStatus {
  const percent = kpiPercent(input.current, input.target);
  const start = parseLocalDate(input.startDate);
  const due = parseLocalDate(input.dueDate);
  const today = parseLocalDate(input.today);
  if (percent === 100) return 'done';
  if (today > due) return 'overdue';
  const span = due - start;
  const expected = span <= 0 ? 100 : Math.min(1, Math.max(0, (today - start) / span)) * 100;
  return percent + BEHIND_GRACE_POINTS < expected ? 'behind' : 'on_track';
}

/** Everything a view needs for one KPI on `today`. */
export function kpiProgress(kpi: Kpi, today: LocalDate, style: BarStyle = 'slack'): KpiProgress {
  const percent = kpiPercent(kpi.current, kpi.target);
  return {
    kpiId: kpi.id,
    description: kpi.description,
    target: kpi.target,
    unit: kpi.unit,
    current: kpi.current,
    dueDate: kpi.dueDate,
    percent,
    status: kpiStatus({ ...kpi, today }),
    bar: progressBar(percent, 10, style),
  };
}

/**
 * The KPIs due in `yearMonth` (`'YYYYMM'`, as `yearMonthKey` gives, or `'YYYY-MM'`), earliest due first
 * (stable for equal dates). Done KPIs are kept so the monthly nudge can celebrate them; filter on status if
 * you only want open ones. A malformed `yearMonth` matches nothing.
 */
export function dueThisMonth<K extends { dueDate: LocalDate }>(kpis: readonly K[], yearMonth: string): K[] {
  const m = /^(\d{4})-?(\d{2})$/.exec(yearMonth);
  if (!m) return [];
  const prefix = `${m[1]}-${m[2]}-`;
  return kpis
    .map((k, i) => ({ k, i }))
    .filter(({ k }) => typeof k.dueDate === 'string' && k.dueDate.startsWith(prefix))
    .sort((a, b) => (a.k.dueDate < b.k.dueDate ? -1 : a.k.dueDate > b.k.dueDate ? 1 : a.i - b.i))
    .map(({ k }) => k);
}

// ---------------------------------------------------------------------------------------------------------
// Draft parsing

/** Text beyond this many characters is ignored: a KPI is one line, and it bounds the parser's work. */
export const KPI_DRAFT_MAX_LENGTH = 300;

const MONTHS: ReadonlyArray<readonly [month: number, names: readonly string[]]> = [
  [1, ['january', 'januar', 'jänner', 'janeiro', 'jan']],
  [2, ['february', 'februar', 'fevereiro', 'feb', 'fev']],
  [3, ['march', 'märz', 'maerz', 'marz', 'mrz', 'março', 'marco', 'mar']],
  [4, ['april', 'abril', 'apr', 'abr']],
  [5, ['may', 'mai', 'maio']],
  [6, ['june', 'juni', 'junho', 'jun']],
  [7, ['july', 'juli', 'julho', 'jul']],
  [8, ['august', 'agosto', 'aug', 'ago']],
  [9, ['september', 'setembro', 'sept', 'sep', 'set']],
  [10, ['october', 'oktober', 'outubro', 'oct', 'okt', 'out']],
  [11, ['november', 'novembro', 'nov']],
  [12, ['december', 'dezember', 'dezembro', 'dec', 'dez']],
];
const MONTH_BY_NAME = new Map<string, number>(
  MONTHS.flatMap(([m, names]) => names.map((n) => [n, m] as const)),
);
// Short abbreviations are also ordinary words ("set", "out", "mar" = sea, "ago"), so they only count as a
// month after a due word ("by", "bis", "até" …).
const isRiskyMonthName = (name: string): boolean => name.length <= 3 && name !== 'may' && name !== 'mai';
const MONTH_RE = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

const NUMBER_WORDS = new Map<string, number>([
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['twelve', 12],
  ['ein', 1],
  ['eine', 1],
  ['einen', 1],
  ['einem', 1],
  ['einer', 1],
  ['eines', 1],
  ['zwei', 2],
  ['drei', 3],
  ['vier', 4],
  ['fünf', 5],
  ['sechs', 6],
  ['sieben', 7],
  ['acht', 8],
  ['neun', 9],
  ['zehn', 10],
  ['zwölf', 12],
  ['um', 1],
  ['uma', 1],
  ['dois', 2],
  ['duas', 2],
  ['três', 3],
  ['tres', 3],
  ['quatro', 4],
  ['cinco', 5],
  ['seis', 6],
  ['sete', 7],
  ['oito', 8],
  ['nove', 9],
  ['dez', 10],
  ['doze', 12],
]);
// Relative durations also accept "a"/"an" ("within a month"); as a KPI target "a" is too common a word.
const DURATION_WORDS = new Map<string, number>([...NUMBER_WORDS, ['a', 1], ['an', 1]]);
const DURATION_WORD_RE = [...DURATION_WORDS.keys()].sort((a, b) => b.length - a.length).join('|');

// Words between a number and its unit that are not the unit ("3 new processes", "5 neue Prompts").
const FILLER_WORDS = new Set([
  'new',
  'more',
  'additional',
  'extra',
  'other',
  'further',
  'neue',
  'neuen',
  'neuer',
  'neues',
  'weitere',
  'weiteren',
  'zusätzliche',
  'zusätzlichen',
  'novos',
  'novas',
  'novo',
  'nova',
  'mais',
  'outros',
  'outras',
]);
// Tools and brands often sit between the number and the unit ("2 Tableau dashboards", "3 Excel formulas").
const TOOL_WORDS = new Set([
  'ai',
  'ki',
  'ia',
  'gpt',
  'chatgpt',
  'copilot',
  'gemini',
  'claude',
  'tableau',
  'excel',
  'sheets',
  'google',
  'power',
  'bi',
  'looker',
  'sql',
  'python',
  'zapier',
  'make',
  'n8n',
  'airtable',
  'notion',
  'jira',
  'trello',
  'miro',
  'figma',
  'canva',
  'slack',
  'linkedin',
  'instagram',
  'tiktok',
  'youtube',
  'facebook',
  'meta',
  'seo',
  'agile',
  'scrum',
  'kanban',
]);
// Words that follow a number without being a unit ("3 of my reports", "2 der Berichte").
const STOP_WORDS = new Set([
  'of',
  'the',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'and',
  'or',
  'a',
  'an',
  'by',
  'per',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'von',
  'zu',
  'mit',
  'und',
  'oder',
  'pro',
  'im',
  'am',
  'de',
  'da',
  'do',
  'das',
  'dos',
  'e',
  'ou',
  'no',
  'na',
  'em',
  'com',
  'por',
  'para',
  'até',
  'bis',
]);

// `(?<![\p{L}\p{N}])` / `(?![\p{L}\p{N}])`: word boundaries that understand ä, ç, ã (`\b` does not).
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const DAY = '(0?[1-9]|[12]\\d|3[01])';
const CONNECTOR =
  '(?:on or before|no later than|due (?:by|on)|due|by|until|till|before|on|' +
  'bis spätestens(?: zum| am)?|bis zum|bis zur|bis am|bis|spätestens(?: am| bis(?: zum)?)?|zum|am|vor dem|' +
  'até o dia|até dia|até o|até ao|até|ate o dia|ate dia|ate o|ate|antes de|no dia|para o dia|para|prazo:?|em)';
const CONN = `(?:${B}(${CONNECTOR})\\s+(?:the\\s+)?)?`;

/** A date phrase found in the text, with the span it covers (connector included). */
type DateCandidate = {
  start: number;
  end: number;
  due: LocalDate | undefined;
  connector: boolean;
};

type DatePattern = {
  re: RegExp;
  /** Turns a match into a due date (undefined when the phrase is date-like but no such date exists). */
  resolve: (m: RegExpExecArray, today: LocalDate) => LocalDate | undefined;
  /** False when the match is too ambiguous to be a date. */
  accept?: (m: RegExpExecArray) => boolean;
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

function makeDate(y: number, m: number, d: number): LocalDate | undefined {
  if (!Number.isInteger(y) || y < 1000 || y > 9999) return undefined;
  const s = `${y}-${pad2(m)}-${pad2(d)}`;
  try {
    parseLocalDate(s);
    return s;
  } catch {
    return undefined;
  }
}

/** The next `day`/`month` on or after `today` (a leap day may be up to 8 years away), or an explicit year. */
function resolveDayMonth(
  day: number,
  month: number,
  year: string | undefined,
  today: LocalDate,
): LocalDate | undefined {
  if (year !== undefined) {
    const y = Number(year);
    return makeDate(year.length === 2 ? 2000 + y : y, month, day);
  }
  const thisYear = Number(today.slice(0, 4));
  for (let y = thisYear; y <= thisYear + 8; y++) {
    const d = makeDate(y, month, day);
    if (d !== undefined && d >= today) return d;
  }
  return undefined;
}

function lastDayOfMonth(y: number, m: number): LocalDate {
  // Day 0 of the next month is the last day of this one.
  return epochDayToLocalDate(Date.UTC(y, m, 0) / 86_400_000);
}

function addMonthsClamped(today: LocalDate, n: number): LocalDate {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  const d = Number(today.slice(8, 10));
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = Number(lastDayOfMonth(ny, nm).slice(8, 10));
  return makeDate(ny, nm, Math.min(d, last)) ?? today;
}

/** The last day of `month` in the next year where that day is not before `today`. */
function endOfNamedMonth(month: number, today: LocalDate): LocalDate {
  const y = Number(today.slice(0, 4));
  const candidate = lastDayOfMonth(y, month);
  return candidate >= today ? candidate : lastDayOfMonth(y + 1, month);
}

const monthOf = (name: string | undefined): number | undefined =>
  name === undefined ? undefined : MONTH_BY_NAME.get(name.toLowerCase());

const DATE_PATTERNS: readonly DatePattern[] = [
  // ISO: 2027-03-31
  {
    re: new RegExp(`${CONN}${B}(\\d{4})-(\\d{1,2})-(\\d{1,2})${E}`, 'giu'),
    resolve: (m) => makeDate(Number(m[2]), Number(m[3]), Number(m[4])),
  },
  // Numeric, day first: 31.03. / 31.03.2027 / 31/03 / 31/3/27; month first only when the day can't be a
  // month (US 3/31).
  {
    re: new RegExp(
      `${CONN}${B}(\\d{1,2})([./])(\\d{1,2})(?:\\3(\\d{4}|\\d{2}))?(?!\\d)(\\.(?!\\d))?(?![\\p{L}%])`,
      'giu',
    ),
    accept: (m) => {
      // "1.5 hours", "24/7 support" and "by 1.5 %" are not dates: without a year we want a due word, a
      // trailing dot (German "31.3.") or two two-digit parts ("31.03").
      const hasYear = m[5] !== undefined;
      const padded = m[2]?.length === 2 && m[4]?.length === 2;
      if (m[3] === '.') return hasYear || m[6] !== undefined || padded;
      return hasYear || m[1] !== undefined || padded;
    },
    resolve: (m, today) => {
      const a = Number(m[2]);
      const b = Number(m[4]);
      const [day, month] = m[3] === '/' && a <= 12 && b > 12 ? [b, a] : [a, b];
      if (month < 1 || month > 12) return undefined;
      return resolveDayMonth(day, month, m[5], today);
    },
  },
  // Day then month name: 31 March / 31st of March / 31. März / 31 de março de 2027
  {
    re: new RegExp(
      `${CONN}${B}${DAY}(?:st|nd|rd|th|º|°|\\.)?\\s*(?:of\\s+|de\\s+)?(${MONTH_RE})${E}\\.?(?:,?\\s*(?:de\\s+)?(\\d{4})${E})?`,
      'giu',
    ),
    accept: (m) => m[1] !== undefined || !isRiskyMonthName((m[3] ?? '').toLowerCase()),
    resolve: (m, today) => {
      const month = monthOf(m[3]);
      return month === undefined ? undefined : resolveDayMonth(Number(m[2]), month, m[4], today);
    },
  },
  // Month name then day: March 31 / March 31st, 2027
  {
    re: new RegExp(
      `${CONN}${B}(${MONTH_RE})\\.?\\s+${DAY}(?:st|nd|rd|th)?${E}(?:,?\\s*(\\d{4})${E})?`,
      'giu',
    ),
    accept: (m) => m[1] !== undefined || !isRiskyMonthName((m[2] ?? '').toLowerCase()),
    resolve: (m, today) => {
      const month = monthOf(m[2]);
      return month === undefined ? undefined : resolveDayMonth(Number(m[3]), month, m[4], today);
    },
  },
  // End of this month
  {
    re: new RegExp(
      `${CONN}${B}(?:(?:the\\s+)?end\\s+of\\s+(?:the\\s+|this\\s+)?month|(?:dem\\s+)?ende\\s+(?:des|dieses)\\s+monats|` +
        `monatsende|(?:o\\s+)?(?:fim|final)\\s+(?:do|deste)\\s+m[eê]s)${E}`,
      'giu',
    ),
    resolve: (_m, today) => lastDayOfMonth(Number(today.slice(0, 4)), Number(today.slice(5, 7))),
  },
  // End of next month
  {
    re: new RegExp(
      `${CONN}${B}(?:(?:the\\s+)?end\\s+of\\s+next\\s+month|ende\\s+(?:des\\s+)?nächsten\\s+monats|` +
        `(?:o\\s+)?(?:fim|final)\\s+do\\s+pr[oó]ximo\\s+m[eê]s)${E}`,
      'giu',
    ),
    resolve: (_m, today) => {
      const next = addMonthsClamped(`${today.slice(0, 8)}01`, 1);
      return lastDayOfMonth(Number(next.slice(0, 4)), Number(next.slice(5, 7)));
    },
  },
  // End of a named month: end of April / Ende April / fim de abril
  {
    re: new RegExp(
      `${CONN}${B}(?:(?:the\\s+)?end\\s+of|ende|(?:o\\s+)?(?:fim|final)\\s+de)\\s+(${MONTH_RE})${E}\\.?`,
      'giu',
    ),
    resolve: (m, today) => {
      const month = monthOf(m[2]);
      return month === undefined ? undefined : endOfNamedMonth(month, today);
    },
  },
  // Within a duration: within a month / in 2 weeks / innerhalb von 10 Tagen / em 2 semanas
  {
    re: new RegExp(
      `${B}(within|in|innerhalb(?:\\s+von)?|dentro\\s+de|em)\\s+(\\d{1,3}|${DURATION_WORD_RE})\\s+` +
        `(days?|weeks?|months?|tagen?|tage|wochen?|monat(?:e|en|s)?|dias?|semanas?|m[eê]s|meses)${E}`,
      'giu',
    ),
    resolve: (m, today) => {
      const word = (m[2] ?? '').toLowerCase();
      const n = /^\d+$/.test(word) ? Number(word) : DURATION_WORDS.get(word);
      const unit = (m[3] ?? '').toLowerCase();
      if (n === undefined || n < 1) return undefined;
      if (/^(day|tag|dia)/.test(unit)) return n <= 366 ? addLocalDays(today, n) : undefined;
      if (/^(week|woche|semana)/.test(unit)) return n <= 104 ? addLocalDays(today, 7 * n) : undefined;
      return n <= 24 ? addMonthsClamped(today, n) : undefined;
    },
  },
];

function findDates(text: string, today: LocalDate): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (const p of DATE_PATTERNS) {
    p.re.lastIndex = 0;
    for (const m of text.matchAll(p.re)) {
      if (p.accept && !p.accept(m as RegExpExecArray)) continue;
      let due: LocalDate | undefined;
      try {
        due = p.resolve(m as RegExpExecArray, today);
      } catch {
        due = undefined;
      }
      const start = m.index ?? 0;
      // The duration pattern carries its own due word ("within", "in", "em").
      const connector = m[1] !== undefined;
      out.push({ start, end: start + m[0].length, due, connector });
    }
  }
  return out;
}

/** Reads "3", "1.5", "1,5" (de/pt decimal comma), "1,500" / "1.500" (thousands). */
function interpretNumber(s: string): number | undefined {
  const seps = s.match(/[.,]/g) ?? [];
  let normalised: string;
  if (seps.length === 0) normalised = s;
  else if (new Set(seps).size === 2) {
    // Both kinds: the last one is the decimal separator ("1,234.5" / "1.234,5").
    const dec = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const thou = dec === '.' ? ',' : '.';
    normalised = s.split(thou).join('').replace(dec, '.');
  } else {
    const groups = s.split(/[.,]/);
    const grouping = groups.slice(1).every((g) => g.length === 3) && (groups[0]?.length ?? 0) <= 3;
    if (grouping) normalised = groups.join('');
    else if (seps.length === 1) normalised = s.replace(',', '.');
    else return undefined;
  }
  const n = Number(normalised);
  return Number.isFinite(n) ? n : undefined;
}

const UNIT_WORD_RE = /^\s*(%|percent|per\s+cent|prozent|por\s+cento|[\p{L}][\p{L}\p{M}\p{N}'’-]*)/iu;
const PERCENT_WORD_RE = /^(percent|per\s+cent|prozent|por\s+cento)$/iu;

/** The unit after a number: skips filler adjectives and tool names, rejects function words. */
function unitAfter(rest: string): string | undefined {
  let tail = rest;
  for (let skips = 0; skips <= 3; skips++) {
    const m = UNIT_WORD_RE.exec(tail);
    const word = m?.[1];
    if (!m || word === undefined) return undefined;
    if (word === '%' || PERCENT_WORD_RE.test(word)) return '%';
    const lower = word.toLowerCase();
    if (FILLER_WORDS.has(lower) || TOOL_WORDS.has(lower)) {
      tail = tail.slice(m[0].length);
      continue;
    }
    if (STOP_WORDS.has(lower)) return undefined;
    return word.replace(/['’-]+$/u, '').slice(0, 40) || undefined;
  }
  return undefined;
}

const NUMBER_RE = /(?<![\p{L}\p{N}_.,:/])(\d+(?:[.,]\d+)*)(?![\p{N}]|[.,:/]\p{N})/gu;
const NUMBER_WORD_RE = new RegExp(
  `${B}(${[...NUMBER_WORDS.keys()].sort((a, b) => b.length - a.length).join('|')})${E}`,
  'giu',
);
const looksLikeYear = (raw: string, n: number): boolean => /^\d{4}$/.test(raw) && n >= 1900 && n <= 2100;

function findTarget(text: string): { target: number; unit?: string } | undefined {
  let yearLike: { target: number; unit?: string } | undefined;
  for (const m of text.matchAll(NUMBER_RE)) {
    const raw = m[1] ?? '';
    const n = interpretNumber(raw);
    if (n === undefined || n <= 0 || n > 1e9) continue;
    const unit = unitAfter(text.slice((m.index ?? 0) + m[0].length));
    const found = unit === undefined ? { target: n } : { target: n, unit };
    // "… in 2027" is a year, not a target; only use it when there is nothing better.
    if (looksLikeYear(raw, n)) {
      yearLike ??= found;
      continue;
    }
    return found;
  }
  if (yearLike) return yearLike;
  // Spelled-out numbers only count with a unit after them ("publish one post", "einen Artikel", "um post").
  for (const m of text.matchAll(NUMBER_WORD_RE)) {
    const n = NUMBER_WORDS.get((m[1] ?? '').toLowerCase());
    const unit = unitAfter(text.slice((m.index ?? 0) + m[0].length));
    if (n !== undefined && unit !== undefined) return { target: n, unit };
  }
  return undefined;
}

function tidy(s: string): string {
  return s
    .replace(/\s+/gu, ' ')
    .replace(/\s+([,.;:!?])/gu, '$1')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/gu, '')
    .trim();
}

/**
 * Best-effort reading of a KPI typed as one line, in English, German or Brazilian Portuguese:
 *
 * - `"automate 3 processes with Zapier by 31 March"` → `{ description: 'automate 3 processes with Zapier',
 *   target: 3, unit: 'processes', due: '2027-03-31' }`
 * - `"3 Automatisierungen mit Zapier bis 31.03."`, `"publicar 1 post no Instagram até 31/03"` likewise.
 *
 * Dates understood: `31 March`, `March 31st, 2027`, `31. März`, `31 de março`, `31.03.`, `31/03`, `3/31`
 * (month first only when the other reading is impossible), `2027-03-31`, "end of (the) month / April",
 * "Monatsende", "fim do mês", "within a month", "in 2 weeks", "em 10 dias" … A date without a year resolves
 * to the next such date on or after `today`; with a year it is taken as written. Short month abbreviations
 * that are also words ("set", "out", "mar") need a due word before them.
 *
 * The date phrase (with its due word) is removed from the description; the number and unit stay in it so it
 * still reads naturally. The target is the first number that is not part of the date (spelled-out numbers
 * count when followed by a unit). The result only pre-fills a modal the mentee confirms, so guessing is
 * acceptable; throwing is not: any input, including a non-string, gives at least `{ description }`.
 * Input beyond {@link KPI_DRAFT_MAX_LENGTH} characters is ignored.
 *
 * @param today the mentee's local date, `'YYYY-MM-DD'`
 */
export function parseKpiDraft(text: string, today: LocalDate): KpiDraft {
  // Cut before normalising so the regexes below never see more than a few hundred characters.
  const raw = typeof text === 'string' ? text.slice(0, KPI_DRAFT_MAX_LENGTH * 2) : '';
  const clean = Array.from(
    raw
      .normalize('NFC')
      .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
      .trim(),
  )
    .slice(0, KPI_DRAFT_MAX_LENGTH)
    .join('')
    .trim();
  try {
    let validToday = true;
    try {
      parseLocalDate(today);
    } catch {
      validToday = false;
    }
    const candidates = validToday ? findDates(clean, today) : [];
    // Prefer a date introduced by a due word ("by", "bis", "até"), then the last one: due dates come last.
    const chosen = candidates
      .filter((c) => c.due !== undefined)
      .sort((a, b) => Number(b.connector) - Number(a.connector) || b.start - a.start || b.end - a.end)[0];

    // Every date-like span is hidden from the target search, so "31" in "31 February" is never a target.
    let masked = clean;
    for (const c of candidates)
      masked = masked.slice(0, c.start) + ' '.repeat(c.end - c.start) + masked.slice(c.end);
    let description = clean;
    if (chosen) {
      description = clean.slice(0, chosen.start) + ' ' + clean.slice(chosen.end);
      masked = masked.slice(0, chosen.start) + ' ' + masked.slice(chosen.end);
    }
    description = tidy(description) || clean;

    const draft: KpiDraft = { description };
    const target = findTarget(masked);
    if (target) {
      draft.target = target.target;
      if (target.unit !== undefined) draft.unit = target.unit;
    }
    if (chosen?.due !== undefined) draft.due = chosen.due;
    return draft;
  } catch {
    // Unreachable by design; a pre-fill must never break the modal that asked for it.
    return { description: clean };
  }
}
