/**
 * Drop-off care: noticing a pairing that stopped meeting and reacting kindly.
 *
 * - No session for two cadence periods → a friendly nudge to both, suggesting a 30-minute or async session
 *   (the seed article's answer to "no time").
 * - Three ignored prompts → the pairing is marked at risk and the mentee is offered a blame-free re-match.
 * - Anyone paused or on leave → nothing at all, for either side: nudging the mentor about a mentee on
 *   parental leave would be both useless and tactless.
 *
 * Pure: no I/O, no clock.
 */
import type { Cadence } from './slots';

const DAY_MS = 86_400_000;

/** Ignored prompts after which a pairing is at risk. */
export const IGNORED_PROMPTS_AT_RISK = 3;

/**
 * Length of one cadence period in days: 7, 14, or 30 for monthly. A month is approximated by 30 days because
 * drop-off detection is about "roughly two months of silence"; a day either way changes nothing for people,
 * and fixed lengths keep the rule independent of time zones and month lengths.
 */
export function cadencePeriodDays(cadence: Cadence): number {
  switch (cadence) {
    case 'weekly':
      return 7;
    case 'biweekly':
      return 14;
    case 'monthly':
      return 30;
  }
}

/** Input of {@link needsDropoffNudge}. */
export interface DropoffClock {
  cadence: Cadence;
  /** Start of the last session actually held, or `null` if none yet. */
  lastHeldAt: Date | null;
  /** When the pairing became active (or was last resumed). */
  activeSince: Date;
  lastNudgeAt: Date | null;
  now: Date;
}

/**
 * True when the pair has not met for two cadence periods and was not nudged within the last period.
 *
 * Silence is measured from the later of `lastHeldAt` and `activeSince`: a new pairing gets two periods to
 * hold its first session, and a pairing resumed after a pause (whose `activeSince` the service resets)
 * starts with a fresh clock instead of a nudge on its first day back. One nudge per period at most, so a
 * quiet pair hears from us at the cadence they chose, not every day.
 */
export function needsDropoffNudge(input: DropoffClock): boolean {
  const period = cadencePeriodDays(input.cadence) * DAY_MS;
  const now = input.now.getTime();
  const since = Math.max(input.activeSince.getTime(), input.lastHeldAt?.getTime() ?? -Infinity);
  if (now - since < 2 * period) return false;
  return input.lastNudgeAt === null || now - input.lastNudgeAt.getTime() >= period;
}

/** `'at_risk'` from {@link IGNORED_PROMPTS_AT_RISK} ignored prompts on, `'ok'` below. */
export function ignoredPromptsToRisk(ignoredCount: number): 'ok' | 'at_risk' {
  return ignoredCount >= IGNORED_PROMPTS_AT_RISK ? 'at_risk' : 'ok';
}

/** One side of the pairing, as far as drop-off care is concerned. */
export interface DropoffPerson {
  slackUserId: string;
  role: 'mentee' | 'mentor';
  /** Paused or on leave. */
  paused: boolean;
}

/** Input of {@link decideDropoff}. */
export interface DropoffInput extends DropoffClock {
  people: readonly DropoffPerson[];
  /** Drop-off prompts sent since the last session that got no reaction (counted by the service). */
  ignoredPrompts: number;
  /** Already marked at risk (the re-match offer went out). */
  atRisk: boolean;
}

/** Who gets what; `none` says why nothing happens (for logs and tests). */
export type DropoffDecision =
  | { action: 'none'; reason: 'paused' | 'already_at_risk' | 'not_due' }
  /** A friendly nudge to both, suggesting a 30-minute or an async session. */
  | { action: 'nudge'; recipients: string[]; suggest: ReadonlyArray<'short_30' | 'async'> }
  /** Mark the pairing at risk; offer the mentee(s) a blame-free re-match. The mentor is not blamed or told. */
  | { action: 'mark_at_risk'; offerRematchTo: string[] };

/**
 * Decides the drop-off step for one pairing, in this order:
 * 1. anyone paused → nothing (neither side is nudged or marked while someone is away);
 * 2. already at risk → nothing more (the re-match offer stands; repeating it would nag);
 * 3. {@link IGNORED_PROMPTS_AT_RISK} ignored prompts → mark at risk now, regardless of the nudge timer —
 *    the third silence is the signal, waiting another period would only prolong it;
 * 4. {@link needsDropoffNudge} → nudge everyone;
 * 5. otherwise nothing.
 */
export function decideDropoff(input: DropoffInput): DropoffDecision {
  if (input.people.some((p) => p.paused)) return { action: 'none', reason: 'paused' };
  if (input.atRisk) return { action: 'none', reason: 'already_at_risk' };
  if (ignoredPromptsToRisk(input.ignoredPrompts) === 'at_risk') {
    return {
      action: 'mark_at_risk',
      offerRematchTo: input.people.filter((p) => p.role === 'mentee').map((p) => p.slackUserId),
    };
  }
  if (needsDropoffNudge(input)) {
    return {
      action: 'nudge',
      recipients: input.people.map((p) => p.slackUserId),
      suggest: ['short_30', 'async'],
    };
  }
  return { action: 'none', reason: 'not_due' };
}
