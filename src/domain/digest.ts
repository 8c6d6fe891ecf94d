/**
 * The weekly team-lead digest as a view model, built from rows the database has already aggregated.
 *
 * Privacy is the point of this module:
 * - the totals are anonymous numbers and count every participant who names the lead;
 * - per-person lines exist only for people who consented to share progress with their lead;
 * - there is no field for notes, feedback, agendas or journal text anywhere — not in the input row, not in
 *   the output. Lines are built by copying a fixed list of numeric/boolean fields (never by spreading the
 *   row), so even if a query one day selects a `note` column by mistake it cannot reach the DM.
 *
 * Rounding follows `./stats`: averages to one decimal half away from zero, KPI percentages to whole numbers.
 */
import { roundTo } from './stats';

/**
 * One person who names the lead, as the set-based digest query returns it (one row per person, for the
 * week that starts on the lead's digest Monday).
 */
export type DigestPersonRow = {
  slackUserId: string;
  displayName: string;
  /** Agreed to share their progress with their lead (privacy setting). */
  consented: boolean;
  isMentee: boolean;
  isMentor: boolean;
  /** Pairings in state `active` that this person is part of. */
  activePairings: number;
  sessionsHeldThisWeek: number;
  sessionsPlannedThisWeek: number;
  /** Mean KPI progress (0–100) over their KPIs as a mentee, `null` without KPIs. */
  kpiPercentAvg: number | null;
  /** Self-rated confidence (1–5) when the pairing started, and the latest one. */
  confidenceBefore: number | null;
  confidenceNow: number | null;
  /** At least one of their pairings is at risk (no-shows, overdue check-ins, behind on KPIs). */
  atRisk: boolean;
};

/** Everything the digest for one lead is built from. */
export type DigestInput = {
  people: readonly DigestPersonRow[];
  /**
   * Optional distinct counts. Per-person rows count a pairing once per participant, so a pairing whose
   * mentee and mentor both report to this lead would be counted twice in the sums; when the query can
   * `COUNT(DISTINCT pairing)`, pass the result here and it replaces the sum.
   */
  distinct?: { activePairings: number; sessionsHeld: number; sessionsPlanned: number };
};

/** The anonymous totals (everybody counts, nobody is named). */
export type DigestTotals = {
  /** Participants counted (mentees and/or mentors). */
  people: number;
  mentees: number;
  mentors: number;
  activePairings: number;
  sessionsHeld: number;
  sessionsPlanned: number;
  /** Mean of the per-person KPI averages, whole percent (half up), `null` when nobody has KPIs. */
  kpiPercentAvg: number | null;
  /** Mean of (now − before) over people with both values, one decimal, `null` when nobody has both. */
  confidenceChangeAvg: number | null;
  atRiskCount: number;
  /** How many counted people are NOT shown by name (no consent). Lets the DM say "2 more, not shared". */
  notSharedCount: number;
};

/** One named line, consenting people only. Numbers and flags, nothing else. */
export type DigestLine = {
  slackUserId: string;
  displayName: string;
  isMentee: boolean;
  isMentor: boolean;
  activePairings: number;
  sessionsHeldThisWeek: number;
  sessionsPlannedThisWeek: number;
  /** Whole percent (half up) or `null`. */
  kpiPercentAvg: number | null;
  /** now − before, one decimal, or `null`. */
  confidenceChange: number | null;
  atRisk: boolean;
};

/** The digest for one lead. */
export type DigestModel = {
  totals: DigestTotals;
  /** Consenting people, at-risk first, then by display name. */
  lines: DigestLine[];
  /** No participants at all: send no DM. */
  empty: boolean;
};

// Rows come from SQL; a NULL count or NaN must not turn every total into NaN.
const count = (n: unknown): number =>
  typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0;
const finite = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

function kpiPercent(p: number | null): number | null {
  return finite(p) ? Math.min(100, Math.max(0, roundTo(p, 0))) : null;
}

function confidenceChange(row: DigestPersonRow): number | null {
  return finite(row.confidenceBefore) && finite(row.confidenceNow)
    ? row.confidenceNow - row.confidenceBefore
    : null;
}

const isParticipant = (p: DigestPersonRow): boolean =>
  p.isMentee === true || p.isMentor === true || count(p.activePairings) > 0;

/**
 * Builds the digest for one lead.
 *
 * - Only participants count: people who are a mentee, a mentor, or in an active pairing. Someone who merely
 *   names the lead without taking part is left out; a lead with no participants gets `empty: true` and no DM.
 * - A person listed twice (same `slackUserId`) counts once; the first row wins.
 * - Consent is checked with `=== true`, so a missing or `null` value from the database means "not shared".
 * - Averages are taken from unrounded values and rounded once (see `./stats`).
 */
export function buildDigestModel(input: DigestInput): DigestModel {
  const seen = new Set<string>();
  const people: DigestPersonRow[] = [];
  for (const p of input.people) {
    if (seen.has(p.slackUserId) || !isParticipant(p)) continue;
    seen.add(p.slackUserId);
    people.push(p);
  }

  let kpiSum = 0;
  let kpiN = 0;
  let confSum = 0;
  let confN = 0;
  for (const p of people) {
    if (finite(p.kpiPercentAvg)) {
      kpiSum += Math.min(100, Math.max(0, p.kpiPercentAvg));
      kpiN++;
    }
    const change = confidenceChange(p);
    if (change !== null) {
      confSum += change;
      confN++;
    }
  }

  const sum = (f: (p: DigestPersonRow) => number): number => people.reduce((acc, p) => acc + count(f(p)), 0);
  const lines: DigestLine[] = people
    .filter((p) => p.consented === true)
    .map((p) => {
      const change = confidenceChange(p);
      // Field by field on purpose: see the module comment.
      return {
        slackUserId: p.slackUserId,
        displayName: String(p.displayName ?? ''),
        isMentee: p.isMentee === true,
        isMentor: p.isMentor === true,
        activePairings: count(p.activePairings),
        sessionsHeldThisWeek: count(p.sessionsHeldThisWeek),
        sessionsPlannedThisWeek: count(p.sessionsPlannedThisWeek),
        kpiPercentAvg: kpiPercent(p.kpiPercentAvg),
        confidenceChange: change === null ? null : roundTo(change, 1),
        atRisk: p.atRisk === true,
      };
    })
    .sort(
      (a, b) =>
        Number(b.atRisk) - Number(a.atRisk) ||
        a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' }) ||
        (a.slackUserId < b.slackUserId ? -1 : a.slackUserId > b.slackUserId ? 1 : 0),
    );

  const totals: DigestTotals = {
    people: people.length,
    mentees: people.filter((p) => p.isMentee === true).length,
    mentors: people.filter((p) => p.isMentor === true).length,
    activePairings: input.distinct ? count(input.distinct.activePairings) : sum((p) => p.activePairings),
    sessionsHeld: input.distinct ? count(input.distinct.sessionsHeld) : sum((p) => p.sessionsHeldThisWeek),
    sessionsPlanned: input.distinct
      ? count(input.distinct.sessionsPlanned)
      : sum((p) => p.sessionsPlannedThisWeek),
    kpiPercentAvg: kpiN === 0 ? null : roundTo(kpiSum / kpiN, 0),
    confidenceChangeAvg: confN === 0 ? null : roundTo(confSum / confN, 1),
    atRiskCount: people.filter((p) => p.atRisk === true).length,
    notSharedCount: people.length - lines.length,
  };

  return { totals, lines, empty: people.length === 0 };
}
