import fc from 'fast-check';
import {
  IGNORED_PROMPTS_AT_RISK,
  cadencePeriodDays,
  decideDropoff,
  ignoredPromptsToRisk,
  needsDropoffNudge,
  type DropoffInput,
  type DropoffPerson,
} from '../../src/domain/sessions/dropoff';

const DAY = 86_400_000;
const at = (s: string): Date => new Date(s);
const days = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY);

const activeSince = at('2027-03-01T09:00:00Z');
const people: DropoffPerson[] = [
  { slackUserId: 'UMENTEE', role: 'mentee', paused: false },
  { slackUserId: 'UMENTOR', role: 'mentor', paused: false },
];
const base: DropoffInput = {
  cadence: 'biweekly',
  lastHeldAt: activeSince,
  activeSince,
  lastNudgeAt: null,
  now: days(activeSince, 28),
  people,
  ignoredPrompts: 0,
  atRisk: false,
};

describe('cadencePeriodDays', () => {
  it('when asked for each cadence, then weekly is 7, biweekly 14 and monthly 30 days', () => {
    expect([
      cadencePeriodDays('weekly'),
      cadencePeriodDays('biweekly'),
      cadencePeriodDays('monthly'),
    ]).toEqual([7, 14, 30]);
  });
});

describe('needsDropoffNudge', () => {
  it('when a biweekly pair has not met for just under 28 days, then no nudge; at 28 days, then a nudge', () => {
    expect(needsDropoffNudge({ ...base, now: new Date(days(activeSince, 28).getTime() - 1) })).toBe(false);
    expect(needsDropoffNudge(base)).toBe(true);
  });

  it('when no session was ever held, then silence is measured from the activation', () => {
    expect(needsDropoffNudge({ ...base, lastHeldAt: null, now: days(activeSince, 27) })).toBe(false);
    expect(needsDropoffNudge({ ...base, lastHeldAt: null, now: days(activeSince, 28) })).toBe(true);
  });

  it('when the pairing was resumed after its last session, then the clock starts at the resumption', () => {
    const resumed = days(activeSince, 40);
    expect(needsDropoffNudge({ ...base, activeSince: resumed, now: days(resumed, 1) })).toBe(false);
    expect(needsDropoffNudge({ ...base, activeSince: resumed, now: days(resumed, 28) })).toBe(true);
  });

  it('when a session was held recently, then no nudge', () => {
    expect(
      needsDropoffNudge({ ...base, lastHeldAt: days(activeSince, 20), now: days(activeSince, 40) }),
    ).toBe(false);
  });

  it('when the pair was nudged within the last period, then no second nudge until a period has passed', () => {
    const now = days(activeSince, 40);
    expect(needsDropoffNudge({ ...base, now, lastNudgeAt: days(now, -13) })).toBe(false);
    expect(needsDropoffNudge({ ...base, now, lastNudgeAt: days(now, -14) })).toBe(true);
  });

  it('when the cadence is weekly or monthly, then the threshold is 14 or 60 days', () => {
    expect(needsDropoffNudge({ ...base, cadence: 'weekly', now: days(activeSince, 13) })).toBe(false);
    expect(needsDropoffNudge({ ...base, cadence: 'weekly', now: days(activeSince, 14) })).toBe(true);
    expect(needsDropoffNudge({ ...base, cadence: 'monthly', now: days(activeSince, 59) })).toBe(false);
    expect(needsDropoffNudge({ ...base, cadence: 'monthly', now: days(activeSince, 60) })).toBe(true);
  });

  it('when the silence only grows, then a due nudge stays due (never nudged before)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('weekly' as const, 'biweekly' as const, 'monthly' as const),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 100 }),
        (cadence, d, extra) => {
          const now = days(activeSince, d);
          const input = { cadence, lastHeldAt: null, activeSince, lastNudgeAt: null, now };
          return !needsDropoffNudge(input) || needsDropoffNudge({ ...input, now: days(now, extra) });
        },
      ),
    );
  });
});

describe('ignoredPromptsToRisk', () => {
  it('when fewer than three prompts were ignored, then ok; from three on, then at risk', () => {
    expect([0, 1, 2, 3, 4, 10].map(ignoredPromptsToRisk)).toEqual([
      'ok',
      'ok',
      'ok',
      'at_risk',
      'at_risk',
      'at_risk',
    ]);
    expect(IGNORED_PROMPTS_AT_RISK).toBe(3);
  });
});

describe('decideDropoff', () => {
  it('when the pair has been silent for two periods, then both get a nudge suggesting a short or async session', () => {
    expect(decideDropoff(base)).toEqual({
      action: 'nudge',
      recipients: ['UMENTEE', 'UMENTOR'],
      suggest: ['short_30', 'async'],
    });
  });

  it('when the nudge is not due yet, then nothing happens', () => {
    expect(decideDropoff({ ...base, now: days(activeSince, 10) })).toEqual({
      action: 'none',
      reason: 'not_due',
    });
  });

  it('when three prompts were ignored, then the pairing is marked at risk and only the mentee is offered a re-match', () => {
    expect(decideDropoff({ ...base, ignoredPrompts: 3, now: days(activeSince, 1) })).toEqual({
      action: 'mark_at_risk',
      offerRematchTo: ['UMENTEE'],
    });
  });

  it('when the pairing is already at risk, then nobody is nudged or offered anything again', () => {
    expect(decideDropoff({ ...base, ignoredPrompts: 5, atRisk: true })).toEqual({
      action: 'none',
      reason: 'already_at_risk',
    });
  });

  it('when either side is paused or on leave, then nobody gets anything', () => {
    for (const who of [0, 1]) {
      const paused = people.map((p, i) => ({ ...p, paused: i === who }));
      expect(decideDropoff({ ...base, people: paused })).toEqual({ action: 'none', reason: 'paused' });
      expect(decideDropoff({ ...base, people: paused, ignoredPrompts: 7 })).toEqual({
        action: 'none',
        reason: 'paused',
      });
    }
  });

  it('when anyone is paused, whatever the other facts, then the decision is always none', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.boolean(),
        fc.nat({ max: 10 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 400 }),
        (menteePaused, mentorPaused, ignored, atRisk, d) => {
          const ps = [
            { ...people[0]!, paused: menteePaused },
            { ...people[1]!, paused: mentorPaused },
          ];
          const r = decideDropoff({
            ...base,
            people: ps,
            ignoredPrompts: ignored,
            atRisk,
            now: days(activeSince, d),
          });
          return !(menteePaused || mentorPaused) || r.action === 'none';
        },
      ),
    );
  });
});
