/**
 * Mentor suggestions: hard rules that forbid a pairing, a transparent 0–1000 score for the allowed ones, and
 * short reason codes the UI turns into a translated one-liner ("Expert in Tableau · 6 h/week overlap").
 *
 * Two layers on purpose:
 * - **Hard rules** are about trust and fairness (never your own lead, never someone you blocked, nobody
 *   already full). They are yes/no and are counted when they exclude someone, so "no candidate" can be
 *   explained ("2 people teach Tableau but both are at capacity").
 * - **The score** only ranks people who passed. Every part is a named, integer number of points with a
 *   documented weight, so an admin can see why someone came first and the batch matcher gets integer edges.
 *
 * Pure: no I/O, no clock; `now` is an argument (it decides the "recent pairing" window and which UTC offset
 * each zone has).
 */
import { DEFAULT_QUIET_HOURS, isValidTimeZone, mergeIntervals, offsetMs, parseLocalTime } from '../time';

// ---------------------------------------------------------------------------------------------------------
// Input types

/** How a mentor likes to teach; mentees may state a preference. */
export type TeachingStyle = 'patience' | 'step_by_step' | 'hands_on';

/**
 * A weekly availability window in the person's own time zone. `weekday` is ISO (Monday = 1 … Sunday = 7, as
 * everywhere in `domain/`); `end` may be `'24:00'`, and an `end` before `start` runs past midnight.
 */
export interface WeeklyWindow {
  weekday: number;
  start: string;
  end: string;
}

/** A possible mentor, as the matcher sees them. */
export interface CandidateProfile {
  /** Internal member id; also the deterministic tie-break. */
  memberId: number;
  slackUserId: string;
  /** Department/team if known. */
  teamLabel?: string | null;
  /** This person's team lead (lead mapping). */
  leadSlackUserId?: string | null;
  /** IANA zone. */
  tz: string;
  /** Languages they can mentor in, e.g. `['en', 'de']`. */
  languages: string[];
  paused: boolean;
  /** Skills they teach, level 1–5. */
  teaching: { skillId: number; level: number }[];
  styles: TeachingStyle[];
  /** Maximum number of mentees. */
  capacity: number;
  /** Currently open pairings as mentor (proposed, accepted, coffee, active). */
  openPairings: number;
  /** Weekly windows in their zone; empty means working hours. */
  availability: WeeklyWindow[];
}

/** A mentee looking for a mentor for one skill. */
export interface MenteeRequest {
  memberId: number;
  slackUserId: string;
  teamLabel?: string | null;
  leadSlackUserId?: string | null;
  tz: string;
  languages: string[];
  skillId: number;
  /** Self-assessed level 1–5 in `skillId`. */
  currentLevel: number;
  preferredStyles: TeachingStyle[];
  availability: WeeklyWindow[];
  /** Slack ids on the private "don't pair me with" list. */
  doNotPair: string[];
  /** Pairings with these mentors that ended (any skill). */
  recentPairings: { mentorSlackUserId: string; endedAt: Date }[];
  /** The mentee explicitly asked to work with a previous mentor again. */
  allowRepeat?: boolean;
}

// ---------------------------------------------------------------------------------------------------------
// Reporting line

/**
 * The lead mapping, walked transitively. Built once per request (or batch) and shared, because walking up
 * the chain is memoised per person.
 */
export interface ReportingLine {
  /** The direct lead of `slackUserId`, if mapped. */
  leadOf(slackUserId: string): string | undefined;
  /** Everyone above `slackUserId` (lead, lead's lead, …), never including `slackUserId` itself. */
  above(slackUserId: string): ReadonlySet<string>;
  /** True when `upper` is somewhere above `lower` in the mapping. */
  isAbove(upper: string, lower: string): boolean;
  /** True when one of the two is above the other (either direction). A person is not in line with themself. */
  inLine(a: string, b: string): boolean;
}

/**
 * Builds a {@link ReportingLine} from `slackUserId → leadSlackUserId`. Missing or empty leads end the chain.
 *
 * Cycle protection: lead mappings come from admins and CSV imports, so `a → b → a` happens. The walk stops at
 * the first person seen twice; everyone on a cycle is then above everyone else on it, which is the safe
 * reading (nobody on that loop gets paired with each other).
 */
export function buildReportingLine(leads: ReadonlyMap<string, string | null | undefined>): ReportingLine {
  const memo = new Map<string, ReadonlySet<string>>();
  const leadOf = (id: string): string | undefined => {
    const lead = leads.get(id);
    return lead ? lead : undefined;
  };
  const above = (id: string): ReadonlySet<string> => {
    const known = memo.get(id);
    if (known) return known;
    const seen = new Set<string>();
    for (let cur = leadOf(id); cur !== undefined && cur !== id && !seen.has(cur); cur = leadOf(cur)) {
      seen.add(cur);
    }
    memo.set(id, seen);
    return seen;
  };
  const isAbove = (upper: string, lower: string): boolean => upper !== lower && above(lower).has(upper);
  return {
    leadOf,
    above,
    isAbove,
    inLine: (a, b) => isAbove(a, b) || isAbove(b, a),
  };
}

/** A line with no mappings, for callers that only know the two profiles' own lead fields. */
const NO_LINE: ReportingLine = buildReportingLine(new Map());

// ---------------------------------------------------------------------------------------------------------
// Hard rules

/** Why a candidate may not be suggested. */
export type HardRuleViolation =
  | 'self'
  | 'no_skill'
  | 'own_lead'
  | 'reporting_line'
  | 'do_not_pair'
  | 'recent_repeat'
  | 'paused'
  | 'at_capacity';

/**
 * The hard rules in the order they are checked; the first that applies is the one reported and counted.
 *
 * Why this order: structural reasons first, temporary ones last. Someone who does not teach the skill is
 * counted as `no_skill` even if they are also paused, and `at_capacity` only counts people who would
 * otherwise be a fine match — exactly what "2 people teach Tableau but both are at capacity" needs.
 */
export const HARD_RULES: readonly HardRuleViolation[] = [
  'self',
  'no_skill',
  'own_lead',
  'reporting_line',
  'do_not_pair',
  'recent_repeat',
  'paused',
  'at_capacity',
];

/** A pairing that ended less than this many calendar months ago is not repeated unless asked for. */
export const REPEAT_COOLDOWN_MONTHS = 6;

/** `date` minus `months` calendar months in UTC, clamping the day (Aug 31 − 6 months = Feb 28/29). */
function subtractMonthsUtc(date: Date, months: number): Date {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() - months;
  const targetYear = y + Math.floor(m / 12);
  const targetMonth = ((m % 12) + 12) % 12;
  const daysInTarget = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const day = Math.min(date.getUTCDate(), daysInTarget);
  const timeOfDay = date.getTime() - Date.UTC(y, date.getUTCMonth(), date.getUTCDate());
  return new Date(Date.UTC(targetYear, targetMonth, day) + timeOfDay);
}

/** The level at which `candidate` teaches `skillId` (the highest, should the list repeat a skill). */
function teachingLevel(candidate: CandidateProfile, skillId: number): number | undefined {
  let best: number | undefined;
  for (const t of candidate.teaching) {
    if (t.skillId === skillId && (best === undefined || t.level > best)) best = t.level;
  }
  return best;
}

/** `upper` is above `lower`, via the mapping or via `lower`'s own lead field (which may be newer). */
function aboveVia(
  line: ReportingLine,
  upper: string,
  lower: string,
  lowerLead: string | null | undefined,
): boolean {
  if (line.isAbove(upper, lower)) return true;
  if (!lowerLead || lowerLead === lower) return false;
  return lowerLead === upper || line.isAbove(upper, lowerLead);
}

/**
 * The first hard rule (in {@link HARD_RULES} order) that forbids pairing `mentee` with `candidate`, or `null`.
 *
 * - `self`: never yourself.
 * - `no_skill`: the candidate must teach the skill at a level above the mentee's current level.
 * - `own_lead`: never your own team lead (from the mapping or the mentee's own lead field).
 * - `reporting_line`: nobody above or below you in the reporting line, transitively, as far as the mapping
 *   (plus both people's own lead fields) tells — a mentoring space must be free of line-management pressure.
 * - `do_not_pair`: never someone on the mentee's private list.
 * - `recent_repeat`: no repeat of a pairing that ended within the last {@link REPEAT_COOLDOWN_MONTHS} months
 *   (a fresh perspective is the point), unless `allowRepeat`.
 * - `paused`, `at_capacity`: the candidate has no room right now.
 */
export function hardRuleViolation(
  mentee: MenteeRequest,
  candidate: CandidateProfile,
  reportingLine: ReportingLine,
  now: Date,
): HardRuleViolation | null {
  const me = mentee.slackUserId;
  const them = candidate.slackUserId;
  if (them === me || candidate.memberId === mentee.memberId) return 'self';

  const level = teachingLevel(candidate, mentee.skillId);
  if (level === undefined || level <= mentee.currentLevel) return 'no_skill';

  if (mentee.leadSlackUserId === them || reportingLine.leadOf(me) === them) return 'own_lead';
  if (aboveVia(reportingLine, them, me, mentee.leadSlackUserId)) return 'reporting_line';
  if (aboveVia(reportingLine, me, them, candidate.leadSlackUserId)) return 'reporting_line';

  if (mentee.doNotPair.includes(them)) return 'do_not_pair';

  if (!mentee.allowRepeat && mentee.recentPairings.length > 0) {
    const cutoff = subtractMonthsUtc(now, REPEAT_COOLDOWN_MONTHS).getTime();
    // A future endedAt (clock skew between writers) still counts as recent.
    if (mentee.recentPairings.some((p) => p.mentorSlackUserId === them && p.endedAt.getTime() > cutoff)) {
      return 'recent_repeat';
    }
  }

  if (candidate.paused) return 'paused';
  if (candidate.openPairings >= candidate.capacity) return 'at_capacity';
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Score

/**
 * Points per part; they add up to 1000 so a score reads like a per-mille.
 *
 * - `levelGap` 250: the skill is the reason for the pairing. Full points from 2 levels above the mentee
 *   (enough distance to explain basics with confidence; more does not make a better teacher), 60 % at 1 level.
 * - `language` 200: strong, because a session in a language one side struggles with rarely works. Not a hard
 *   rule: bilingual colleagues often manage, and the mentee may pick them anyway.
 * - `tzOverlap` 200: sessions need a shared slot; see {@link weeklyOverlapMinutes}.
 * - `styleFit` 150: the seed article's "teaching profile" — patience, step by step, hands-on.
 * - `freeCapacity` 100: spreads the load; someone with all their slots free has the most time.
 * - `crossTeam` 100: reverse mentoring is also about meeting people outside your team.
 *
 * Unknown data (no language, style or team recorded) earns half the points, so it is neither rewarded nor
 * punished against known matches and known mismatches.
 */
export const SCORE_WEIGHTS = {
  levelGap: 250,
  language: 200,
  tzOverlap: 200,
  styleFit: 150,
  freeCapacity: 100,
  crossTeam: 100,
} as const;

/** The score broken into its parts, in integer points (each between 0 and its weight). */
export type ScoreParts = { [K in keyof typeof SCORE_WEIGHTS]: number };

/**
 * A reason to show next to a suggestion, with the parameters the translated sentence needs.
 * `code` is stable; the UI maps it to a message in the member's language.
 */
export type ReasonCode =
  | { code: 'expert'; level: number }
  | { code: 'level_above'; levels: number }
  | { code: 'style_match'; styles: TeachingStyle[] }
  | { code: 'same_timezone' }
  | { code: 'overlap_hours'; hours: number }
  | { code: 'shared_language'; language: string }
  | { code: 'other_team'; team: string }
  | { code: 'has_time' };

/** The reason code names. */
export type ReasonCodeName = ReasonCode['code'];

/** The score of one candidate for one mentee. */
export interface CandidateScore {
  /** Integer 0–1000: the sum of `parts`. */
  score: number;
  parts: ScoreParts;
  /** Every reason that applies, most telling first (see {@link topReasons}). */
  reasons: ReasonCode[];
}

/** Which part a reason speaks for (its strength is that part's share of its weight). */
const REASON_PART: Record<ReasonCodeName, keyof ScoreParts> = {
  expert: 'levelGap',
  level_above: 'levelGap',
  style_match: 'styleFit',
  same_timezone: 'tzOverlap',
  overlap_hours: 'tzOverlap',
  shared_language: 'language',
  other_team: 'crossTeam',
  has_time: 'freeCapacity',
};

/**
 * Tie-break among equally strong reasons. The shared language comes last: most colleagues share the working
 * language, so it is the least telling reason even though it weighs a lot in the score.
 */
const REASON_PRIORITY: readonly ReasonCodeName[] = [
  'expert',
  'level_above',
  'style_match',
  'same_timezone',
  'overlap_hours',
  'other_team',
  'has_time',
  'shared_language',
];

const WEEK_MIN = 7 * 1440;
/** One hour a week of common time is what a session (30–60 min) needs with some choice of slot. */
const USEFUL_OVERLAP_MIN = 60;

type Interval = [number, number];

/** Minutes-of-week (UTC, Monday 00:00 = 0) covered by a window list, merged. `null` when none is usable. */
/**
 * {@link weeklyUtcIntervals}, remembered per windows array (by identity, so it is collected with the array)
 * and offset: for the side that is the same in every call, the mentee scored against thousands of candidates
 * (and the working-hours default). Results are only read, never changed.
 */
function sharedWeeklyUtcIntervals(windows: readonly WeeklyWindow[], offsetMinutes: number): Interval[] | null {
  let byOffset = intervalMemo.get(windows);
  const known = byOffset?.get(offsetMinutes);
  if (known !== undefined) return known;
  const result = weeklyUtcIntervals(windows, offsetMinutes);
  if (!byOffset) intervalMemo.set(windows, (byOffset = new Map()));
  byOffset.set(offsetMinutes, result);
  return result;
}
const intervalMemo = new WeakMap<readonly WeeklyWindow[], Map<number, Interval[] | null>>();

function weeklyUtcIntervals(windows: readonly WeeklyWindow[], offsetMinutes: number): Interval[] | null {
  const out: Interval[] = [];
  for (const w of windows) {
    if (!Number.isInteger(w.weekday) || w.weekday < 1 || w.weekday > 7) continue;
    let s: number;
    let e: number;
    try {
      s = parseLocalTime(w.start);
      e = parseLocalTime(w.end);
    } catch {
      // One malformed window must not break everyone's suggestions; it simply offers no time.
      continue;
    }
    if (s === e) continue;
    const length = e > s ? e - s : e + 1440 - s;
    const from = ((((w.weekday - 1) * 1440 + s - offsetMinutes) % WEEK_MIN) + WEEK_MIN) % WEEK_MIN;
    const to = from + length;
    if (to <= WEEK_MIN) out.push([from, to]);
    else out.push([from, WEEK_MIN], [0, to - WEEK_MIN]);
  }
  return out.length > 0 ? mergeIntervals(out) : null;
}

/**
 * Working hours when someone gave no windows: Monday–Friday, from the end of the default quiet hours to their
 * start (08:00–20:00) — the same definition the slot finder uses, so the score and the slot search agree.
 */
const WORKING_HOURS: readonly WeeklyWindow[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  start: DEFAULT_QUIET_HOURS.end,
  end: DEFAULT_QUIET_HOURS.start,
}));

const totalLength = (xs: readonly Interval[]): number => xs.reduce((sum, [a, b]) => sum + (b - a), 0);

function intersectionLength(xs: readonly Interval[], ys: readonly Interval[]): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < xs.length && j < ys.length) {
    const x = xs[i]!;
    const y = ys[j]!;
    sum += Math.max(0, Math.min(x[1], y[1]) - Math.max(x[0], y[0]));
    if (x[1] < y[1]) i++;
    else j++;
  }
  return sum;
}

/** The result of comparing two people's weekly time. */
export interface WeeklyOverlap {
  /** Minutes per week both are available. */
  overlapMinutes: number;
  /** Available minutes per week of the person with less time. */
  smallerTotalMinutes: number;
  /** Both zones have the same UTC offset at `now`. */
  sameOffset: boolean;
}

/**
 * Minutes per week two people are both available, comparing their weekly windows in UTC. An empty window
 * list means working hours (Mon–Fri 08:00–20:00 local), so two people without windows are compared by
 * their UTC offsets. Windows that cannot be read (bad weekday or time) are skipped, and a list with none
 * left counts as empty. Returns `null` when a zone is unknown.
 *
 * Offsets are taken at `now`: the score ranks people for a pairing starting about now, and a DST change
 * within the week shifts the overlap by at most an hour per window; the slot finder does the exact maths.
 */
export function weeklyOverlapMinutes(
  a: { tz: string; availability: readonly WeeklyWindow[] },
  b: { tz: string; availability: readonly WeeklyWindow[] },
  now: Date,
): WeeklyOverlap | null {
  if (!isValidTimeZone(a.tz) || !isValidTimeZone(b.tz)) return null;
  const offA = offsetMs(a.tz, now.getTime()) / 60_000;
  const offB = offsetMs(b.tz, now.getTime()) / 60_000;
  // `a` is the side shared by many calls (the mentee); see sharedWeeklyUtcIntervals.
  const xs = sharedWeeklyUtcIntervals(a.availability, offA) ?? sharedWeeklyUtcIntervals(WORKING_HOURS, offA) ?? [];
  const ys = weeklyUtcIntervals(b.availability, offB) ?? sharedWeeklyUtcIntervals(WORKING_HOURS, offB) ?? [];
  return {
    overlapMinutes: intersectionLength(xs, ys),
    smallerTotalMinutes: Math.min(totalLength(xs), totalLength(ys)),
    sameOffset: offA === offB,
  };
}

const baseLanguages = new Map<string, string>();
/** Base language of a tag, lower-case: `'pt-BR'` → `'pt'`, so regional variants still count as shared. */
const baseLanguage = (tag: string): string => {
  // Scoring asks this for every candidate; the tags in use are few, so each is split only once.
  let base = baseLanguages.get(tag);
  if (base === undefined) {
    base = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (baseLanguages.size >= 1000) baseLanguages.clear();
    baseLanguages.set(tag, base);
  }
  return base;
};

const normTeam = (label: string | null | undefined): string | undefined => {
  const t = label?.trim().toLowerCase();
  return t ? t : undefined;
};

/** Share of the level-gap points: 0 below/at the mentee's level, 60 % one level above, full from two. */
function levelGapFraction(gap: number): number {
  if (gap <= 0) return 0;
  return gap === 1 ? 0.6 : 1;
}

const compareReasons =
  (parts: ScoreParts) =>
  (x: ReasonCode, y: ReasonCode): number => {
    const strength = (r: ReasonCode): number => {
      const part = REASON_PART[r.code];
      return parts[part] / SCORE_WEIGHTS[part];
    };
    return strength(y) - strength(x) || REASON_PRIORITY.indexOf(x.code) - REASON_PRIORITY.indexOf(y.code);
  };

/**
 * Scores `candidate` as a mentor for `mentee` (0–1000, integer), with the parts and the reasons.
 *
 * Hard rules are NOT applied here (see {@link hardRuleViolation}); a candidate who does not teach the skill
 * simply gets no level points. Each part is rounded to whole points before summing, so `score` always equals
 * the sum of `parts` and never leaves 0–1000.
 *
 * Time overlap: `overlap / (available time of the person with less time)` — how much of the tighter
 * person's week can actually be used — scaled down when the overlap is under an hour a week. Unknown zones
 * get half the points.
 */
export function scoreCandidate(
  mentee: MenteeRequest,
  candidate: CandidateProfile,
  now: Date,
): CandidateScore {
  const reasons: ReasonCode[] = [];

  // Skill level gap.
  const level = teachingLevel(candidate, mentee.skillId);
  const gap = level === undefined ? 0 : level - mentee.currentLevel;
  const levelFraction = levelGapFraction(gap);
  if (level !== undefined && gap > 0) {
    reasons.push(level >= 5 ? { code: 'expert', level } : { code: 'level_above', levels: gap });
  }

  // Teaching style.
  let styleFraction = 0.5;
  const wanted = mentee.preferredStyles.length > 0 ? [...new Set(mentee.preferredStyles)] : [];
  if (wanted.length > 0 && candidate.styles.length > 0) {
    const matching = wanted.filter((s) => candidate.styles.includes(s));
    styleFraction = matching.length / wanted.length;
    if (matching.length > 0) reasons.push({ code: 'style_match', styles: matching });
  }

  // Free capacity.
  const free = Math.max(0, candidate.capacity - candidate.openPairings);
  const capacityFraction = candidate.capacity > 0 ? Math.min(1, free / candidate.capacity) : 0;
  if (candidate.openPairings <= 0 && free > 0) reasons.push({ code: 'has_time' });

  // Time zone / availability overlap.
  let tzFraction = 0.5;
  const overlap = weeklyOverlapMinutes(mentee, candidate, now);
  if (overlap) {
    const { overlapMinutes, smallerTotalMinutes, sameOffset } = overlap;
    tzFraction =
      smallerTotalMinutes > 0
        ? Math.min(1, overlapMinutes / smallerTotalMinutes) * Math.min(1, overlapMinutes / USEFUL_OVERLAP_MIN)
        : 0;
    if (overlapMinutes > 0 && sameOffset) reasons.push({ code: 'same_timezone' });
    else if (overlapMinutes >= USEFUL_OVERLAP_MIN) {
      reasons.push({ code: 'overlap_hours', hours: Math.floor(overlapMinutes / 60) });
    }
  }

  // Shared language: the first of the mentee's languages the candidate also speaks.
  let languageFraction = 0.5;
  if (mentee.languages.length > 0 && candidate.languages.length > 0) {
    const shared = mentee.languages.find((l) => {
      const mine = baseLanguage(l);
      return candidate.languages.some((c) => baseLanguage(c) === mine);
    });
    languageFraction = shared === undefined ? 0 : 1;
    if (shared !== undefined) reasons.push({ code: 'shared_language', language: shared });
  }

  // Cross-team bonus.
  let teamFraction = 0.5;
  const myTeam = normTeam(mentee.teamLabel);
  const theirTeam = normTeam(candidate.teamLabel);
  if (myTeam !== undefined && theirTeam !== undefined) {
    teamFraction = myTeam === theirTeam ? 0 : 1;
    if (myTeam !== theirTeam) reasons.push({ code: 'other_team', team: (candidate.teamLabel ?? '').trim() });
  }

  const points = (part: keyof ScoreParts, fraction: number): number =>
    Math.round(SCORE_WEIGHTS[part] * Math.min(1, Math.max(0, fraction)));
  const parts: ScoreParts = {
    levelGap: points('levelGap', levelFraction),
    styleFit: points('styleFit', styleFraction),
    freeCapacity: points('freeCapacity', capacityFraction),
    tzOverlap: points('tzOverlap', tzFraction),
    language: points('language', languageFraction),
    crossTeam: points('crossTeam', teamFraction),
  };
  const score =
    parts.levelGap + parts.styleFit + parts.freeCapacity + parts.tzOverlap + parts.language + parts.crossTeam;
  if (reasons.length > 1) reasons.sort(compareReasons(parts));
  return { score, parts, reasons };
}

/**
 * The `n` most telling reasons, for a one-line explanation next to a suggestion. A reason is as strong as the
 * share of its part's weight the candidate earned (an expert beats "one level above"); ties go to the more
 * specific reason, and the shared language comes last.
 */
export function topReasons(result: Pick<CandidateScore, 'parts' | 'reasons'>, n = 2): ReasonCode[] {
  return [...result.reasons].sort(compareReasons(result.parts)).slice(0, Math.max(0, n));
}

// ---------------------------------------------------------------------------------------------------------
// Suggestions

/** One suggested mentor. */
export interface MentorSuggestion {
  candidate: CandidateProfile;
  score: number;
  parts: ScoreParts;
  /** All reasons, most telling first; show `topReasons(suggestion)` or the first one or two. */
  reasons: ReasonCode[];
}

/** Result of {@link suggestMentors}. */
export interface SuggestionResult {
  /** Best first: score descending, then memberId ascending (deterministic). At most `limit`. */
  suggestions: MentorSuggestion[];
  /** How many allowed candidates there were in total (may exceed `limit`). */
  eligibleCount: number;
  /** Candidates excluded per hard rule (every rule present, 0 when none), to explain an empty list. */
  excluded: Record<HardRuleViolation, number>;
}

/** An all-zero exclusion count. */
export function emptyExclusions(): Record<HardRuleViolation, number> {
  return {
    self: 0,
    no_skill: 0,
    own_lead: 0,
    reporting_line: 0,
    do_not_pair: 0,
    recent_repeat: 0,
    paused: 0,
    at_capacity: 0,
  };
}

/**
 * Suggests up to `limit` mentors for `mentee`: hard rules first (counted per rule in `excluded`), then the
 * allowed candidates ranked by {@link scoreCandidate}. A candidate listed twice (same memberId) is considered
 * once, so a sloppy query can never suggest the same person twice.
 */
export function suggestMentors(
  mentee: MenteeRequest,
  candidates: readonly CandidateProfile[],
  reportingLine: ReportingLine,
  now: Date,
  limit = 5,
): SuggestionResult {
  const excluded = emptyExclusions();
  const seen = new Set<number>();
  const allowed: MentorSuggestion[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.memberId)) continue;
    seen.add(candidate.memberId);
    const violation = hardRuleViolation(mentee, candidate, reportingLine, now);
    if (violation) {
      excluded[violation] += 1;
      continue;
    }
    const { score, parts, reasons } = scoreCandidate(mentee, candidate, now);
    allowed.push({ candidate, score, parts, reasons });
  }
  allowed.sort((x, y) => y.score - x.score || x.candidate.memberId - y.candidate.memberId);
  const max = Number.isFinite(limit) ? Math.max(0, Math.floor(limit)) : allowed.length;
  return { suggestions: allowed.slice(0, max), eligibleCount: allowed.length, excluded };
}

/**
 * The edge weight for batch matching: 0 when a hard rule forbids the pair (leave the edge out), otherwise the
 * score, but at least 1 — an allowed pair must stay a usable edge even if it scores nothing.
 *
 * Pass the cohort's `reportingLine` to apply the transitive lead rules; without it only the two profiles'
 * own lead fields are known.
 */
export function pairScoreForBatch(
  mentee: MenteeRequest,
  candidate: CandidateProfile,
  now: Date,
  reportingLine: ReportingLine = NO_LINE,
): number {
  if (hardRuleViolation(mentee, candidate, reportingLine, now) !== null) return 0;
  return Math.max(1, scoreCandidate(mentee, candidate, now).score);
}
