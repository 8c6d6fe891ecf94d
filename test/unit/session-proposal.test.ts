import fc from 'fast-check';
import {
  MIN_NOTICE_MS,
  WIDENED_SEARCH_DAYS,
  proposeNextSession,
  type ProposalPerson,
  type ProposeNextSessionInput,
} from '../../src/domain/sessions/proposal';
import { findCommonSlot, type AvailabilityWindow } from '../../src/domain/sessions/slots';
import { DEFAULT_QUIET_HOURS, isQuiet, localParts, type IsoWeekday } from '../../src/domain/time';

const BERLIN = 'Europe/Berlin';
const SAO_PAULO = 'America/Sao_Paulo';
const NEW_YORK = 'America/New_York';
const DAY = 86_400_000;

const at = (s: string): Date => new Date(s);
const win = (weekday: IsoWeekday, start: string, end: string): AvailabilityWindow => ({
  weekday,
  start,
  end,
});
const startOf = (r: ReturnType<typeof proposeNextSession>): string | null =>
  'startsAt' in r ? r.startsAt.toISOString() : null;

// Mondays: Berlin mentee 13:00–17:00 local, São Paulo mentor 09:00–12:00 local.
const menteeBerlin: ProposalPerson = {
  tz: BERLIN,
  windows: [win(1, '13:00', '17:00')],
  quiet: DEFAULT_QUIET_HOURS,
};
const mentorSaoPaulo: ProposalPerson = {
  tz: SAO_PAULO,
  windows: [win(1, '09:00', '12:00')],
  quiet: DEFAULT_QUIET_HOURS,
};
const base: ProposeNextSessionInput = {
  cadence: 'weekly',
  lastSessionStart: at('2027-03-01T12:00:00Z'),
  planStart: at('2027-02-15T00:00:00Z'),
  durationMinutes: 60,
  people: [menteeBerlin, mentorSaoPaulo],
  now: at('2027-03-02T10:00:00Z'),
};

describe('proposeNextSession', () => {
  it('when a weekly pair met last Monday, then the next Monday at the same common hour is proposed', () => {
    // Mon 8 Mar: Berlin 13:00–17:00 CET = 12–16Z, São Paulo 09–12 BRT = 12–15Z → 12:00Z.
    expect(startOf(proposeNextSession(base))).toBe('2027-03-08T12:00:00.000Z');
  });

  it('when the week crosses Berlin’s spring-forward, then the slot still fits both local windows', () => {
    // Last: Mon 22 Mar 13:00 CET (12:00Z). Cadence date Mon 29 Mar 13:00 CEST = 11:00Z, but São Paulo only
    // opens at 09:00 BRT = 12:00Z, so the slot is 12:00Z = 14:00 CEST.
    const r = proposeNextSession({
      ...base,
      lastSessionStart: at('2027-03-22T12:00:00Z'),
      now: at('2027-03-23T09:00:00Z'),
    });
    expect(startOf(r)).toBe('2027-03-29T12:00:00.000Z');
    if ('startsAt' in r) {
      expect(localParts(r.startsAt, BERLIN).time).toBe('14:00');
      expect(localParts(r.startsAt, SAO_PAULO).time).toBe('09:00');
    }
  });

  it('when the pair is behind its rhythm, then 24 h notice wins over a cadence date in the past', () => {
    const r = proposeNextSession({
      ...base,
      lastSessionStart: at('2027-02-01T12:00:00Z'),
      now: at('2027-03-08T13:00:00Z'), // the Monday slot today is less than 24 h away
    });
    expect(startOf(r)).toBe('2027-03-15T12:00:00.000Z');
  });

  it('when the first session is proposed, then the plan start is the lower bound', () => {
    const r = proposeNextSession({
      ...base,
      lastSessionStart: null,
      planStart: at('2027-03-10T00:00:00Z'),
      now: at('2027-03-01T09:00:00Z'),
    });
    expect(startOf(r)).toBe('2027-03-15T12:00:00.000Z');
  });

  it('when the plan starts later than the cadence date, then no session is proposed before the plan start', () => {
    const r = proposeNextSession({ ...base, planStart: at('2027-03-20T00:00:00Z') });
    expect(startOf(r)).toBe('2027-03-22T12:00:00.000Z');
  });

  it('when the cadence is kept on the mentee’s wall clock, then 09:00 stays 09:00 across DST', () => {
    const both: ProposalPerson[] = [
      { tz: BERLIN, windows: [] },
      { tz: BERLIN, windows: [] },
    ];
    const input = {
      ...base,
      people: both,
      lastSessionStart: at('2027-03-22T08:00:00Z'), // Mon 09:00 CET
      now: at('2027-03-23T09:00:00Z'),
    };
    expect(startOf(proposeNextSession(input))).toBe('2027-03-29T07:00:00.000Z'); // Mon 09:00 CEST
    // Anchored on UTC instead, the same rhythm would drift to 10:00 CEST.
    expect(startOf(proposeNextSession({ ...input, anchorTz: 'UTC' }))).toBe('2027-03-29T08:00:00.000Z');
  });

  it('when the monthly date is clamped onto a weekend, then the next working-hours slot follows', () => {
    // Fri 29 Jan 09:00 UTC + 1 month → 28 Feb 2027 (clamped, a Sunday) → Monday 1 Mar 08:00 UTC.
    const utc: ProposalPerson[] = [
      { tz: 'UTC', windows: [] },
      { tz: 'UTC', windows: [] },
    ];
    const r = proposeNextSession({
      ...base,
      cadence: 'monthly',
      people: utc,
      lastSessionStart: at('2027-01-29T09:00:00Z'),
      now: at('2027-02-01T09:00:00Z'),
    });
    expect(startOf(r)).toBe('2027-03-01T08:00:00.000Z');
  });

  it('when the only common slot is more than 14 days out, then the search is widened once to 28 days', () => {
    // Berlin Mon 14:00–15:00 and New York Mon 09:00–10:00 only meet while Berlin is already on CET and New
    // York still on EDT: the week of 1 Nov 2027.
    const people: ProposalPerson[] = [
      { tz: BERLIN, windows: [win(1, '14:00', '15:00')] },
      { tz: NEW_YORK, windows: [win(1, '09:00', '10:00')] },
    ];
    const input: ProposeNextSessionInput = {
      cadence: 'weekly',
      lastSessionStart: null,
      planStart: at('2027-10-11T00:00:00Z'),
      durationMinutes: 60,
      people,
      now: at('2027-10-10T00:00:00Z'),
    };
    expect(
      findCommonSlot({ people, earliest: at('2027-10-11T00:00:00Z'), durationMinutes: 60, searchDays: 14 }),
    ).toBeNull();
    expect(startOf(proposeNextSession(input))).toBe('2027-11-01T13:00:00.000Z');
  });

  it('when the windows never overlap, then no_common_slot is returned', () => {
    const r = proposeNextSession({
      ...base,
      people: [menteeBerlin, { tz: SAO_PAULO, windows: [win(2, '09:00', '12:00')] }],
    });
    expect(r).toEqual({ none: 'no_common_slot' });
  });

  it('when there is nobody or the duration is not positive, then no_common_slot is returned', () => {
    expect(proposeNextSession({ ...base, people: [] })).toEqual({ none: 'no_common_slot' });
    expect(proposeNextSession({ ...base, durationMinutes: 0 })).toEqual({ none: 'no_common_slot' });
  });

  it('when any pair on working hours is proposed a session, then it is after the notice, within 28 days and quiet for nobody', () => {
    const ZONES = [BERLIN, SAO_PAULO, NEW_YORK, 'Asia/Kolkata', 'UTC'];
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.constantFrom(...ZONES),
        fc.constantFrom('weekly' as const, 'biweekly' as const, 'monthly' as const),
        fc.integer({ min: 0, max: 365 * 24 }).map((h) => Date.UTC(2027, 0, 1) + h * 3_600_000),
        fc.option(fc.integer({ min: 1, max: 60 * 24 }), { nil: null }),
        fc.constantFrom(30, 60),
        (tzA, tzB, cadence, nowMs, lastAgoHours, duration) => {
          const now = new Date(nowMs);
          const input: ProposeNextSessionInput = {
            cadence,
            lastSessionStart: lastAgoHours === null ? null : new Date(nowMs - lastAgoHours * 3_600_000),
            planStart: new Date(nowMs - 30 * DAY),
            durationMinutes: duration,
            people: [
              { tz: tzA, windows: [] },
              { tz: tzB, windows: [] },
            ],
            now,
          };
          const r = proposeNextSession(input);
          expect(proposeNextSession(input)).toEqual(r); // deterministic
          if (!('startsAt' in r)) return true; // e.g. Kolkata and São Paulo share no working hour
          const s = r.startsAt.getTime();
          const last = new Date(s + duration * 60_000 - 60_000);
          return (
            s >= nowMs + MIN_NOTICE_MS &&
            s < nowMs + (31 + WIDENED_SEARCH_DAYS) * DAY &&
            [tzA, tzB].every(
              (tz) =>
                !isQuiet(r.startsAt, tz, DEFAULT_QUIET_HOURS) && !isQuiet(last, tz, DEFAULT_QUIET_HOURS),
            )
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});
