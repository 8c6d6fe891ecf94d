/**
 * Program statistics for admins and sponsors (pilot results) and the end-of-pilot survey summary.
 *
 * The database does the set-based work (COUNT, SUM, GROUP BY); these functions only turn those aggregates
 * into rates and averages with one documented rounding rule, so the App Home, the admin stats message and
 * the CSV export all show the same numbers.
 *
 * Rounding (everywhere in this module and in `./digest`):
 * - averages (ratings, confidence, survey scores) to one decimal, half away from zero (2.25 → 2.3,
 *   −0.25 → −0.3), computed from unrounded sums so rounding happens once;
 * - rates in whole percent, rounded DOWN, so "100 %" only ever means all of them;
 * - an average or rate over nothing is `null` (not 0, which would read as "everybody scored zero").
 */
import { PAIRING_STATES, type PairingState } from './pairing/state-machine';

/**
 * Rounds half away from zero to `decimals` places, free of the binary-float trap where 1.005 is stored as
 * 1.00499999… (`toPrecision(12)` snaps the scaled value back to what was meant). Never returns −0.
 */
export function roundTo(value: number, decimals = 1): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(12));
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** Mean of `sum / count` rounded to one decimal; `null` when `count` is 0 or the inputs are not numbers. */
export function averageOf(sum: number, count: number): number | null {
  if (!Number.isFinite(sum) || !Number.isFinite(count) || count <= 0) return null;
  return roundTo(sum / count, 1);
}

/** `part / whole` in whole percent, rounded down and clamped to 0–100; `null` when `whole` is 0. */
export function rateOf(part: number, whole: number): number | null {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole <= 0) return null;
  const pct = Math.floor((Math.max(0, part) / whole) * 100 + 1e-9);
  return Math.min(100, Math.max(0, pct));
}

/** A `SUM`/`COUNT` pair as a SQL aggregate returns it. */
export type SumCount = { sum: number; count: number };

/** What the stats queries return (each field one set-based query). */
export type ProgramStatsInput = {
  /** Distinct people in the program; a person can be a mentee and a mentor, so `total` ≤ mentees + mentors. */
  participants: { total: number; mentees: number; mentors: number };
  /** `SELECT state, count(*) … GROUP BY state`; missing states count 0, repeated states are added up. */
  pairingsByState: ReadonlyArray<{ state: PairingState; count: number }>;
  sessionsHeld: number;
  /** Session ratings (1–5). */
  ratings: SumCount;
  kpis: { total: number; done: number };
  /**
   * Self-rated confidence (1–5) at the start and now/at the end. Pass matched people only (those with both
   * values) if you want `change` to mean "the same people got more confident"; with unmatched sets it is
   * the difference of two group averages.
   */
  confidenceBefore: SumCount;
  confidenceAfter: SumCount;
};

/** Program statistics, ready to render. Rounding as described at the top of this module. */
export type ProgramStats = {
  participants: { total: number; mentees: number; mentors: number };
  pairs: { total: number; byState: Record<PairingState, number> };
  sessionsHeld: number;
  /** Average session rating, one decimal, or `null` without ratings. */
  averageRating: number | null;
  ratingCount: number;
  /** Share of KPIs done, whole percent rounded down, or `null` without KPIs. */
  kpiCompletionRate: number | null;
  kpisTotal: number;
  kpisDone: number;
  confidence: {
    beforeAvg: number | null;
    afterAvg: number | null;
    /** `after − before` from the unrounded averages, one decimal; `null` unless both exist. */
    change: number | null;
  };
};

// Counts come from SQL, where a NULL sum or a bigint-as-string can slip through; anything that is not a
// non-negative finite number counts as 0 rather than poisoning every total with NaN.
const count = (n: number): number => (Number.isFinite(n) && n > 0 ? Math.floor(n) : 0);

/** Turns the aggregate rows into {@link ProgramStats}. */
export function buildProgramStats(input: ProgramStatsInput): ProgramStats {
  const byState = Object.fromEntries(PAIRING_STATES.map((s) => [s, 0])) as Record<PairingState, number>;
  for (const row of input.pairingsByState) {
    if (Object.prototype.hasOwnProperty.call(byState, row.state)) byState[row.state] += count(row.count);
  }
  const total = PAIRING_STATES.reduce((acc, s) => acc + byState[s], 0);

  const before = input.confidenceBefore;
  const after = input.confidenceAfter;
  const beforeRaw = before.count > 0 && Number.isFinite(before.sum) ? before.sum / before.count : null;
  const afterRaw = after.count > 0 && Number.isFinite(after.sum) ? after.sum / after.count : null;

  const kpisTotal = count(input.kpis.total);
  const kpisDone = Math.min(count(input.kpis.done), kpisTotal);
  return {
    participants: {
      total: count(input.participants.total),
      mentees: count(input.participants.mentees),
      mentors: count(input.participants.mentors),
    },
    pairs: { total, byState },
    sessionsHeld: count(input.sessionsHeld),
    averageRating: averageOf(input.ratings.sum, input.ratings.count),
    ratingCount: count(input.ratings.count),
    kpiCompletionRate: rateOf(kpisDone, kpisTotal),
    kpisTotal,
    kpisDone,
    confidence: {
      beforeAvg: beforeRaw === null ? null : roundTo(beforeRaw, 1),
      afterAvg: afterRaw === null ? null : roundTo(afterRaw, 1),
      change: beforeRaw === null || afterRaw === null ? null : roundTo(afterRaw - beforeRaw, 1),
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// Survey

/** A survey answer on a 1–5 scale. */
export type SurveyScore = 1 | 2 | 3 | 4 | 5;

/** One answer as stored. */
export type SurveyResponse = { question: string; score: SurveyScore };

/** The summary of one question. */
export type SurveyQuestionSummary = {
  question: string;
  /** Valid answers counted. */
  count: number;
  /** Mean score, one decimal (half away from zero); never null because a listed question has answers. */
  average: number;
  /** How many answers gave each score. */
  distribution: Record<SurveyScore, number>;
};

/**
 * Per-question count, average and distribution, questions in the order they first appear (deterministic,
 * and the order the survey asked them when responses are read in order).
 *
 * Scores outside 1–5 or not whole numbers are ignored rather than clamped: a 0 or a 7 is a bug or tampering,
 * and clamping would quietly move the average. A question with only invalid answers is left out.
 */
export function aggregateSurvey(responses: readonly SurveyResponse[]): SurveyQuestionSummary[] {
  const byQuestion = new Map<string, { sum: number; distribution: Record<SurveyScore, number> }>();
  for (const r of responses) {
    const score: number = r.score;
    if (typeof r.question !== 'string' || !Number.isInteger(score) || score < 1 || score > 5) continue;
    let q = byQuestion.get(r.question);
    if (!q) {
      q = { sum: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } };
      byQuestion.set(r.question, q);
    }
    q.sum += score;
    q.distribution[score as SurveyScore] += 1;
  }
  return [...byQuestion].map(([question, q]) => {
    const n =
      q.distribution[1] + q.distribution[2] + q.distribution[3] + q.distribution[4] + q.distribution[5];
    return { question, count: n, average: roundTo(q.sum / n, 1), distribution: q.distribution };
  });
}
