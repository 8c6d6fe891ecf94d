/**
 * Proposing the next session of a pairing from its action plan's cadence and both people's availability.
 *
 * Pure: no I/O, no clock — `now` is passed in.
 */
import type { QuietHours } from '../time';
import { findCommonSlot, nextCadenceDate, type AvailabilityWindow, type Cadence } from './slots';

/** Minimum notice for a proposed session: 24 h, so the 24 h reminder and the agenda prompt still make sense. */
export const MIN_NOTICE_MS = 24 * 60 * 60 * 1000;
/** The first search horizon: two weeks covers the next slot of any weekly or biweekly rhythm. */
export const SEARCH_DAYS = 14;
/** The widened horizon, tried once: catches a slot that only exists while two zones' DST rules disagree. */
export const WIDENED_SEARCH_DAYS = 28;

/** One person for {@link proposeNextSession}. */
export interface ProposalPerson {
  /** IANA zone from Slack. */
  tz: string;
  /** Weekly windows in `tz`; empty means Mon–Fri working hours (see `findCommonSlot`). */
  windows: readonly AvailabilityWindow[];
  /** Quiet hours; see `SlotPerson.quiet` for how they combine with windows. */
  quiet?: QuietHours;
}

/** Input of {@link proposeNextSession}. */
export interface ProposeNextSessionInput {
  cadence: Cadence;
  /** Start of the last session held (or scheduled), or `null` before the first one. */
  lastSessionStart: Date | null;
  /** When the action plan starts; no session is proposed before it. */
  planStart: Date;
  durationMinutes: number;
  /** Mentee first: their zone anchors the cadence (it is their plan) unless `anchorTz` is given. */
  people: readonly ProposalPerson[];
  now: Date;
  /** Zone in which the cadence keeps its wall-clock time; defaults to `people[0].tz`, then UTC. */
  anchorTz?: string;
}

/** A proposed start, or why there is none. */
export type SessionProposal = { startsAt: Date } | { none: 'no_common_slot' };

/**
 * The earliest start both people can make, no earlier than the cadence says.
 *
 * `earliest` is the latest of:
 * - `now + 24 h` — minimum notice (see {@link MIN_NOTICE_MS});
 * - `planStart` — always, even after earlier sessions, so a renewed plan with a later start is respected;
 * - the cadence date after `lastSessionStart` (`nextCadenceDate`, on the anchor zone's wall clock, so a
 *   Monday-09:00 rhythm stays Monday 09:00 across DST). A pair far behind its rhythm simply gets the
 *   earliest slot after the notice period: catching up beats proposing a date in the past.
 *
 * Then `findCommonSlot` searches {@link SEARCH_DAYS} days from `earliest`; only if that finds nothing, once
 * more over {@link WIDENED_SEARCH_DAYS}. Weekly windows repeat, so a wider search can only succeed when the
 * zones' offsets change relative to each other (DST starting on different dates) — rare, but then a slot
 * three weeks out beats "no slot". Searching further would propose dates nobody plans for; the caller
 * should rather ask the pair to adjust their availability.
 */
export function proposeNextSession(input: ProposeNextSessionInput): SessionProposal {
  const { cadence, lastSessionStart, planStart, durationMinutes, people, now } = input;
  const anchorTz = input.anchorTz ?? people[0]?.tz ?? 'UTC';

  let earliest = Math.max(now.getTime() + MIN_NOTICE_MS, planStart.getTime());
  if (lastSessionStart) {
    earliest = Math.max(earliest, nextCadenceDate(lastSessionStart, cadence, anchorTz).getTime());
  }
  if (!Number.isFinite(earliest)) return { none: 'no_common_slot' };

  const slotPeople = people.map((p) => ({
    tz: p.tz,
    windows: p.windows,
    ...(p.quiet ? { quiet: p.quiet } : {}),
  }));
  for (const searchDays of [SEARCH_DAYS, WIDENED_SEARCH_DAYS]) {
    const slot = findCommonSlot({
      people: slotPeople,
      earliest: new Date(earliest),
      durationMinutes,
      searchDays,
    });
    if (slot) return { startsAt: slot };
  }
  return { none: 'no_common_slot' };
}
