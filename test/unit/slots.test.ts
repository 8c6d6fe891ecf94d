import fc from 'fast-check';
import {
  availabilityIntervals,
  findCommonSlot,
  nextCadenceDate,
  type AvailabilityWindow,
  type SlotPerson,
} from '../../src/domain/sessions/slots';
import {
  DEFAULT_QUIET_HOURS,
  isQuiet,
  localDateTime,
  localParts,
  parseLocalTime,
  type IsoWeekday,
  type QuietHours,
} from '../../src/domain/time';

const BERLIN = 'Europe/Berlin';
const SAO_PAULO = 'America/Sao_Paulo';
const NEW_YORK = 'America/New_York';
const KOLKATA = 'Asia/Kolkata';
const AUCKLAND = 'Pacific/Auckland';

const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const at = (s: string): Date => new Date(s);
const win = (weekday: IsoWeekday, start: string, end: string): AvailabilityWindow => ({
  weekday,
  start,
  end,
});

describe('nextCadenceDate', () => {
  it('when the cadence is weekly or biweekly, then 7 or 14 days are added', () => {
    expect(iso(nextCadenceDate(at('2027-03-01T09:00:00Z'), 'weekly'))).toBe('2027-03-08T09:00:00.000Z');
    expect(iso(nextCadenceDate(at('2027-03-01T09:00:00Z'), 'biweekly'))).toBe('2027-03-15T09:00:00.000Z');
  });

  it('when a weekly Berlin session crosses the spring forward, then it stays at 09:00 local', () => {
    expect(iso(nextCadenceDate(at('2027-03-22T08:00:00Z'), 'weekly', BERLIN))).toBe(
      '2027-03-29T07:00:00.000Z',
    );
  });

  it('when a biweekly New York session crosses the fall back, then it stays at 09:00 local', () => {
    expect(iso(nextCadenceDate(at('2027-11-01T13:00:00Z'), 'biweekly', NEW_YORK))).toBe(
      '2027-11-15T14:00:00.000Z',
    );
  });

  it('when an Auckland session crosses the April DST end, then it stays at 18:00 local', () => {
    // Thu 1 Apr 18:00 NZDT (05:00Z) → Thu 8 Apr 18:00 NZST (06:00Z)
    expect(iso(nextCadenceDate(at('2027-04-01T05:00:00Z'), 'weekly', AUCKLAND))).toBe(
      '2027-04-08T06:00:00.000Z',
    );
  });

  it('when the cadence is monthly, then the day of month is kept and clamped to the month end', () => {
    expect(iso(nextCadenceDate(at('2027-03-15T09:00:00Z'), 'monthly'))).toBe('2027-04-15T09:00:00.000Z');
    expect(iso(nextCadenceDate(at('2027-01-31T09:00:00Z'), 'monthly'))).toBe('2027-02-28T09:00:00.000Z');
    expect(iso(nextCadenceDate(at('2028-01-31T09:00:00Z'), 'monthly'))).toBe('2028-02-29T09:00:00.000Z');
    expect(iso(nextCadenceDate(at('2027-12-10T09:00:00Z'), 'monthly'))).toBe('2028-01-10T09:00:00.000Z');
  });

  it('when a monthly Berlin session crosses the spring forward, then the wall time is kept', () => {
    expect(iso(nextCadenceDate(localDateTime('2027-03-15', '09:00', BERLIN), 'monthly', BERLIN))).toBe(
      iso(localDateTime('2027-04-15', '09:00', BERLIN)),
    );
  });

  it('when the local date differs from the UTC date, then the month is counted locally', () => {
    // 2027-01-31T20:00Z is already 1 Feb 09:00 in Auckland → 1 Mar 09:00 NZDT.
    expect(iso(nextCadenceDate(at('2027-01-31T20:00:00Z'), 'monthly', AUCKLAND))).toBe(
      '2027-02-28T20:00:00.000Z',
    );
  });
});

describe('findCommonSlot', () => {
  const mondayMorningBerlin: SlotPerson = { tz: BERLIN, windows: [win(1, '09:00', '12:00')] };

  it('when one person has a Monday window, then the slot is the window start', () => {
    expect(
      iso(
        findCommonSlot({
          people: [mondayMorningBerlin],
          earliest: at('2027-03-01T00:00:00Z'),
          durationMinutes: 30,
        }),
      ),
    ).toBe('2027-03-01T08:00:00.000Z');
  });

  it('when earliest is in the middle of a window, then the next step on the window grid is used', () => {
    const earliest = localDateTime('2027-03-01', '10:07', BERLIN);
    expect(iso(findCommonSlot({ people: [mondayMorningBerlin], earliest, durationMinutes: 30 }))).toBe(
      iso(localDateTime('2027-03-01', '10:30', BERLIN)),
    );
    expect(
      iso(findCommonSlot({ people: [mondayMorningBerlin], earliest, durationMinutes: 30, stepMinutes: 15 })),
    ).toBe(iso(localDateTime('2027-03-01', '10:15', BERLIN)));
  });

  it('when the rest of the window is too short, then the slot moves to next week', () => {
    const earliest = localDateTime('2027-03-01', '11:00', BERLIN);
    expect(iso(findCommonSlot({ people: [mondayMorningBerlin], earliest, durationMinutes: 90 }))).toBe(
      iso(localDateTime('2027-03-08', '09:00', BERLIN)),
    );
  });

  it('when Berlin afternoon meets São Paulo morning, then the overlap at 12:00Z is found', () => {
    const people: SlotPerson[] = [
      { tz: BERLIN, windows: [win(1, '13:00', '17:00')] },
      { tz: SAO_PAULO, windows: [win(1, '09:00', '12:00')] },
    ];
    expect(iso(findCommonSlot({ people, earliest: at('2027-03-01T00:00:00Z'), durationMinutes: 60 }))).toBe(
      '2027-03-01T12:00:00.000Z',
    );
  });

  it('when a Kolkata window starts at a half hour, then it lines up with a Berlin full hour', () => {
    const people: SlotPerson[] = [
      { tz: KOLKATA, windows: [win(1, '14:30', '16:00')] }, // 09:00–10:30Z
      { tz: BERLIN, windows: [win(1, '10:00', '11:00')] }, // 09:00–10:00Z
    ];
    expect(iso(findCommonSlot({ people, earliest: at('2027-03-01T00:00:00Z'), durationMinutes: 60 }))).toBe(
      '2027-03-01T09:00:00.000Z',
    );
  });

  it('when New York is already on summer time but Berlin is not, then the 5-hour week gives the only overlap', () => {
    // NY Mon 09:00–10:00 and Berlin Mon 14:00–15:00 overlap only between 2027-03-14 and 2027-03-28.
    const people: SlotPerson[] = [
      { tz: NEW_YORK, windows: [win(1, '09:00', '10:00')] },
      { tz: BERLIN, windows: [win(1, '14:00', '15:00')] },
    ];
    expect(
      iso(
        findCommonSlot({ people, earliest: at('2027-03-01T00:00:00Z'), durationMinutes: 60, searchDays: 30 }),
      ),
    ).toBe('2027-03-15T13:00:00.000Z');
    expect(
      iso(
        findCommonSlot({ people, earliest: at('2027-03-16T00:00:00Z'), durationMinutes: 60, searchDays: 30 }),
      ),
    ).toBe('2027-03-22T13:00:00.000Z');
    expect(
      iso(
        findCommonSlot({ people, earliest: at('2027-03-23T00:00:00Z'), durationMinutes: 60, searchDays: 60 }),
      ),
    ).toBeNull();
  });

  it('when Berlin and Auckland keep default working hours in early March, then there is no overlap at all', () => {
    const people: SlotPerson[] = [
      { tz: BERLIN, windows: [] },
      { tz: AUCKLAND, windows: [] },
    ];
    expect(
      findCommonSlot({ people, earliest: at('2027-03-01T00:00:00Z'), durationMinutes: 30, searchDays: 14 }),
    ).toBeNull();
  });

  it('when Berlin springs forward, then Berlin 08:00 meets Auckland 19:00 for one hour', () => {
    const people: SlotPerson[] = [
      { tz: BERLIN, windows: [] },
      { tz: AUCKLAND, windows: [] },
    ];
    // Mon 29 Mar: Berlin 08:00 CEST = 06:00Z = Auckland Mon 19:00 NZDT; quiet from 20:00 in Auckland.
    expect(iso(findCommonSlot({ people, earliest: at('2027-03-22T00:00:00Z'), durationMinutes: 60 }))).toBe(
      '2027-03-29T06:00:00.000Z',
    );
  });

  it('when Auckland also leaves DST, then the overlap grows to two hours (90 minutes first fit on 5 April)', () => {
    const people: SlotPerson[] = [
      { tz: BERLIN, windows: [] },
      { tz: AUCKLAND, windows: [] },
    ];
    expect(
      iso(
        findCommonSlot({ people, earliest: at('2027-03-22T00:00:00Z'), durationMinutes: 90, searchDays: 21 }),
      ),
    ).toBe('2027-04-05T06:00:00.000Z');
    expect(
      findCommonSlot({ people, earliest: at('2027-03-22T00:00:00Z'), durationMinutes: 90, searchDays: 14 }),
    ).toBeNull();
    expect(
      iso(
        findCommonSlot({
          people,
          earliest: at('2027-03-22T00:00:00Z'),
          durationMinutes: 120,
          searchDays: 21,
        }),
      ),
    ).toBe('2027-04-05T06:00:00.000Z');
  });

  it('when quiet hours are given, then a window reaching into them is cut at 20:00', () => {
    const evening: SlotPerson = {
      tz: BERLIN,
      windows: [win(2, '18:00', '22:00')],
      quiet: DEFAULT_QUIET_HOURS,
    };
    const earliest = at('2027-03-01T00:00:00Z');
    expect(iso(findCommonSlot({ people: [evening], earliest, durationMinutes: 120 }))).toBe(
      iso(localDateTime('2027-03-02', '18:00', BERLIN)),
    );
    expect(findCommonSlot({ people: [evening], earliest, durationMinutes: 150 })).toBeNull();
  });

  it('when a person offers Saturday and gives no quiet hours, then Saturday is bookable', () => {
    const saturday: SlotPerson = { tz: BERLIN, windows: [win(6, '10:00', '12:00')] };
    expect(
      iso(findCommonSlot({ people: [saturday], earliest: at('2027-03-01T00:00:00Z'), durationMinutes: 60 })),
    ).toBe(iso(localDateTime('2027-03-06', '10:00', BERLIN)));
  });

  it('when a person has no windows, then Monday–Friday between their quiet end and start is used', () => {
    const custom: SlotPerson = {
      tz: BERLIN,
      windows: [],
      quiet: { start: '18:00', end: '10:00', weekends: false },
    };
    // Saturday earliest: weekends are never "working hours" without windows, even when not quiet.
    expect(
      iso(findCommonSlot({ people: [custom], earliest: at('2027-03-06T12:00:00Z'), durationMinutes: 60 })),
    ).toBe(iso(localDateTime('2027-03-08', '10:00', BERLIN)));
  });

  it('when adjacent windows touch, then a slot may span both', () => {
    const split: SlotPerson = { tz: BERLIN, windows: [win(3, '09:00', '10:00'), win(3, '10:00', '11:00')] };
    expect(
      iso(findCommonSlot({ people: [split], earliest: at('2027-03-01T00:00:00Z'), durationMinutes: 90 })),
    ).toBe(iso(localDateTime('2027-03-03', '09:00', BERLIN)));
  });

  it('when a window runs past midnight, then a slot may cross into the next day', () => {
    const nightOwl: SlotPerson = { tz: SAO_PAULO, windows: [win(5, '23:00', '01:00')] };
    expect(
      iso(findCommonSlot({ people: [nightOwl], earliest: at('2027-03-01T00:00:00Z'), durationMinutes: 120 })),
    ).toBe('2027-03-06T02:00:00.000Z');
  });

  it('when a Sunday-night window spans the Berlin spring-forward gap, then it is an hour shorter that night', () => {
    const night: SlotPerson = { tz: BERLIN, windows: [win(7, '01:00', '04:00')] };
    const earliest = at('2027-03-27T00:00:00Z');
    expect(iso(findCommonSlot({ people: [night], earliest, durationMinutes: 120 }))).toBe(
      '2027-03-28T00:00:00.000Z',
    );
    // 150 minutes don't fit into 01:00 CET–04:00 CEST (2 real hours), so the next Sunday (CEST) is used.
    expect(iso(findCommonSlot({ people: [night], earliest, durationMinutes: 150 }))).toBe(
      '2027-04-03T23:00:00.000Z',
    );
  });

  it('when a Sunday-night window spans the Berlin fall-back fold, then it is an hour longer that night', () => {
    const night: SlotPerson = { tz: BERLIN, windows: [win(7, '01:00', '04:00')] };
    expect(
      iso(findCommonSlot({ people: [night], earliest: at('2027-10-30T00:00:00Z'), durationMinutes: 240 })),
    ).toBe('2027-10-30T23:00:00.000Z');
  });

  it('when nothing fits within searchDays, then null is returned', () => {
    expect(
      findCommonSlot({
        people: [mondayMorningBerlin],
        earliest: at('2027-03-02T00:00:00Z'),
        durationMinutes: 30,
        searchDays: 5,
      }),
    ).toBeNull();
  });

  it('when there are no people or the duration is not positive, then null is returned', () => {
    const earliest = at('2027-03-01T00:00:00Z');
    expect(findCommonSlot({ people: [], earliest, durationMinutes: 30 })).toBeNull();
    expect(findCommonSlot({ people: [mondayMorningBerlin], earliest, durationMinutes: 0 })).toBeNull();
  });

  it('when a window time is malformed, then a RangeError is thrown', () => {
    const broken: SlotPerson = { tz: BERLIN, windows: [win(1, '9am', '12:00')] };
    expect(() =>
      findCommonSlot({ people: [broken], earliest: at('2027-03-01T00:00:00Z'), durationMinutes: 30 }),
    ).toThrow(RangeError);
  });
});

describe('availabilityIntervals', () => {
  it('when default working hours span the Berlin spring forward, then Friday is CET and Monday CEST', () => {
    const intervals = availabilityIntervals(
      { tz: BERLIN, windows: [] },
      at('2027-03-26T00:00:00Z'),
      at('2027-03-30T00:00:00Z'),
    );
    expect(intervals.map(([a, b]) => [new Date(a).toISOString(), new Date(b).toISOString()])).toEqual([
      ['2027-03-26T07:00:00.000Z', '2027-03-26T19:00:00.000Z'],
      ['2027-03-29T06:00:00.000Z', '2027-03-29T18:00:00.000Z'],
    ]);
  });
});

// ---- property: the result always lies inside every person's windows, each on their own wall clock ------

const ZONES = [BERLIN, SAO_PAULO, NEW_YORK, KOLKATA, AUCKLAND, 'Australia/Lord_Howe'];
const hhmm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

const windowArb: fc.Arbitrary<AvailabilityWindow> = fc
  .record({
    weekday: fc.integer({ min: 1, max: 7 }).map((n) => n as IsoWeekday),
    startHalfHour: fc.integer({ min: 0, max: 47 }),
    lengthHalfHours: fc.integer({ min: 1, max: 16 }),
  })
  .map(({ weekday, startHalfHour, lengthHalfHours }) => ({
    weekday,
    start: hhmm(startHalfHour * 30),
    end: hhmm(((startHalfHour + lengthHalfHours) * 30) % 1440),
  }));

const personArb: fc.Arbitrary<SlotPerson> = fc.record(
  {
    tz: fc.constantFrom(...ZONES),
    windows: fc.oneof(fc.constant([]), fc.array(windowArb, { minLength: 1, maxLength: 10 })),
    quiet: fc.constant<QuietHours>({ ...DEFAULT_QUIET_HOURS }),
  },
  { requiredKeys: ['tz', 'windows'] },
);

const earliestArb = fc
  .oneof(
    fc.integer({ min: Date.parse('2026-06-01T00:00:00Z'), max: Date.parse('2028-06-01T00:00:00Z') }),
    // Around the 2027 DST changes in Europe, the US and New Zealand.
    fc
      .constantFrom('2027-03-10', '2027-03-25', '2027-03-31', '2027-09-20', '2027-10-28', '2027-11-04')
      .chain((d) => fc.integer({ min: 0, max: 3 * 86_400_000 }).map((o) => Date.parse(`${d}T00:00:00Z`) + o)),
  )
  .map((ms) => new Date(ms));

/** Independent check, minute by minute on the person's wall clock. */
function freeAt(person: SlotPerson, instant: Date): boolean {
  const { weekday, hour, minute } = localParts(instant, person.tz);
  const m = hour * 60 + minute;
  const quiet = person.windows.length > 0 ? person.quiet : (person.quiet ?? DEFAULT_QUIET_HOURS);
  if (quiet && isQuiet(instant, person.tz, quiet)) return false;
  if (person.windows.length === 0) return weekday <= 5;
  const previous = weekday === 1 ? 7 : weekday - 1;
  return person.windows.some((w) => {
    const s = parseLocalTime(w.start);
    const e = parseLocalTime(w.end);
    if (s === e) return false;
    if (e > s) return w.weekday === weekday && m >= s && m < e;
    return (w.weekday === weekday && m >= s) || (w.weekday === previous && m < e);
  });
}

describe('findCommonSlot properties', () => {
  it('property: when a slot is found, then every minute of it is free for every person and it starts in the search range', () => {
    fc.assert(
      fc.property(
        fc.array(personArb, { minLength: 1, maxLength: 3 }),
        earliestArb,
        fc.constantFrom(30, 45, 60, 90),
        (people, earliest, durationMinutes) => {
          const slot = findCommonSlot({ people, earliest, durationMinutes });
          if (!slot) return;
          expect(slot.getTime()).toBeGreaterThanOrEqual(earliest.getTime());
          expect(slot.getTime()).toBeLessThan(earliest.getTime() + 14 * 86_400_000);
          for (let t = slot.getTime(); t < slot.getTime() + durationMinutes * 60_000; t += 60_000) {
            for (const p of people) expect(freeAt(p, new Date(t))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('property: when one person has a window long enough and no quiet hours, then a slot is always found', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), windowArb, earliestArb, (tz, w, earliest) => {
        const length = (parseLocalTime(w.end) - parseLocalTime(w.start) + 1440) % 1440;
        fc.pre(length >= 120); // clear of any DST gap shortening
        const slot = findCommonSlot({ people: [{ tz, windows: [w] }], earliest, durationMinutes: 60 });
        expect(slot).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('property: when a slot is found, then no earlier minute-aligned start on the search grid is also free for everyone', () => {
    fc.assert(
      fc.property(fc.array(personArb, { minLength: 1, maxLength: 2 }), earliestArb, (people, earliest) => {
        const slot = findCommonSlot({ people, earliest, durationMinutes: 30, searchDays: 3 });
        if (!slot) return;
        // Any start strictly between earliest and the slot must hit a busy minute somewhere in its 30 minutes,
        // unless it is off the step grid of its free interval (the slot may only be up to one step late).
        const firstFree = [];
        for (let t = Math.ceil(earliest.getTime() / 60_000) * 60_000; t < slot.getTime(); t += 60_000) {
          let ok = true;
          for (let u = t; u < t + 30 * 60_000 && ok; u += 60_000)
            ok = people.every((p) => freeAt(p, new Date(u)));
          if (ok) firstFree.push(t);
        }
        if (firstFree.length > 0) expect(slot.getTime() - (firstFree[0] as number)).toBeLessThan(30 * 60_000);
      }),
      { numRuns: 60 },
    );
  });
});
