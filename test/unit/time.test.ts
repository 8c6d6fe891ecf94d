import fc from 'fast-check';
import {
  DEFAULT_QUIET_HOURS,
  addLocalDays,
  addWorkingDays,
  deferOutOfQuietHours,
  firstWorkingDayOfMonth,
  formatDateTime,
  formatZone,
  isDueInWindow,
  isQuiet,
  isValidTimeZone,
  isoWeekKey,
  localDateTime,
  localParts,
  moveOutOfQuietHours,
  nextWorkingMorning,
  parseLocalDate,
  parseLocalTime,
  yearMonthKey,
  type QuietHours,
} from '../../src/domain/time';

const BERLIN = 'Europe/Berlin';
const SAO_PAULO = 'America/Sao_Paulo';
const NEW_YORK = 'America/New_York';
const KOLKATA = 'Asia/Kolkata';
const AUCKLAND = 'Pacific/Auckland';
const ZONES = [
  BERLIN,
  SAO_PAULO,
  NEW_YORK,
  KOLKATA,
  AUCKLAND,
  'UTC',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
];

const Q = DEFAULT_QUIET_HOURS;
const iso = (d: Date): string => d.toISOString();
const at = (s: string): Date => new Date(s);

// ---- generators for the properties -----------------------------------------------------------------------

const hhmm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const tzArb = fc.constantFrom(...ZONES);
// DST transitions of 2027 in the zones above, so instants cluster where bugs live.
const TRANSITIONS = [
  '2027-03-28T01:00:00Z',
  '2027-10-31T01:00:00Z',
  '2027-03-14T07:00:00Z',
  '2027-11-07T06:00:00Z',
  '2027-04-03T14:00:00Z',
  '2027-09-25T14:00:00Z',
].map(Date.parse);
const instantArb = fc
  .oneof(
    fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2029-01-01T00:00:00Z') }),
    fc
      .tuple(fc.constantFrom(...TRANSITIONS), fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }))
      .map(([t, d]) => t + d),
  )
  .map((ms) => new Date(ms));
const quietArb: fc.Arbitrary<QuietHours> = fc.oneof(
  fc.constant({ ...Q }),
  fc.record({
    start: fc.integer({ min: 0, max: 1439 }).map(hhmm),
    end: fc.integer({ min: 0, max: 1439 }).map(hhmm),
    weekends: fc.boolean(),
  }),
);

// ---- parsing ---------------------------------------------------------------------------------------------

describe('parsing local dates and times', () => {
  it('when a time is HH:mm, then it becomes minutes after midnight', () => {
    expect(parseLocalTime('00:00')).toBe(0);
    expect(parseLocalTime('09:30')).toBe(570);
    expect(parseLocalTime('23:59')).toBe(1439);
    expect(parseLocalTime('24:00')).toBe(1440);
  });

  it('when a time or date is malformed or does not exist, then a RangeError is thrown', () => {
    for (const bad of ['9:00', '24:01', '12:60', '', '12h00'])
      expect(() => parseLocalTime(bad)).toThrow(RangeError);
    for (const bad of ['2027-02-29', '2027-13-01', '2027-1-1', 'yesterday']) {
      expect(() => parseLocalDate(bad)).toThrow(RangeError);
    }
    expect(() => parseLocalDate('2028-02-29')).not.toThrow();
  });

  it('when calendar days are added, then months and years roll over', () => {
    expect(addLocalDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addLocalDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addLocalDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('when a zone name is unknown, then it is reported invalid and conversions throw', () => {
    expect(isValidTimeZone(BERLIN)).toBe(true);
    expect(isValidTimeZone('Mars/Olympus_Mons')).toBe(false);
    expect(() => localDateTime('2027-03-01', '09:00', 'Mars/Olympus_Mons')).toThrow(RangeError);
    expect(() => localParts(at('2027-03-01T09:00:00Z'), 'Mars/Olympus_Mons')).toThrow(RangeError);
  });
});

// ---- wall clock ↔ instant --------------------------------------------------------------------------------

describe('localDateTime', () => {
  it('when it is winter in Berlin, then 09:00 is 08:00Z (CET, UTC+1)', () => {
    expect(iso(localDateTime('2027-01-15', '09:00', BERLIN))).toBe('2027-01-15T08:00:00.000Z');
  });

  it('when it is summer in Berlin, then 09:00 is 07:00Z (CEST, UTC+2)', () => {
    expect(iso(localDateTime('2027-07-15', '09:00', BERLIN))).toBe('2027-07-15T07:00:00.000Z');
  });

  it('when the zone is America/Sao_Paulo, then it is UTC−3 all year (no DST since 2019)', () => {
    expect(iso(localDateTime('2027-01-15', '09:00', SAO_PAULO))).toBe('2027-01-15T12:00:00.000Z');
    expect(iso(localDateTime('2027-07-15', '09:00', SAO_PAULO))).toBe('2027-07-15T12:00:00.000Z');
    expect(iso(localDateTime('2027-11-07', '00:30', SAO_PAULO))).toBe('2027-11-07T03:30:00.000Z');
  });

  it('when the zone is Asia/Kolkata, then the half-hour offset +05:30 is applied', () => {
    expect(iso(localDateTime('2027-03-01', '09:00', KOLKATA))).toBe('2027-03-01T03:30:00.000Z');
    expect(iso(localDateTime('2027-03-01', '02:00', KOLKATA))).toBe('2027-02-28T20:30:00.000Z');
  });

  it('when the zone is Pacific/Auckland, then January is summer time (+13) and July winter time (+12)', () => {
    expect(iso(localDateTime('2027-01-15', '09:00', AUCKLAND))).toBe('2027-01-14T20:00:00.000Z');
    expect(iso(localDateTime('2027-07-15', '09:00', AUCKLAND))).toBe('2027-07-14T21:00:00.000Z');
  });

  it('when 24:00 is given, then it is midnight at the end of that day', () => {
    expect(iso(localDateTime('2027-03-01', '24:00', BERLIN))).toBe(
      iso(localDateTime('2027-03-02', '00:00', BERLIN)),
    );
  });

  describe('Europe/Berlin spring forward on 2027-03-28 (02:00 → 03:00)', () => {
    it('when the time is just before the gap, then the CET offset applies', () => {
      expect(iso(localDateTime('2027-03-28', '01:59', BERLIN))).toBe('2027-03-28T00:59:00.000Z');
    });

    it('when the time falls inside the gap, then it moves forward to the first valid minute, 03:00 CEST', () => {
      for (const t of ['02:00', '02:01', '02:30', '02:59']) {
        expect(iso(localDateTime('2027-03-28', t, BERLIN))).toBe('2027-03-28T01:00:00.000Z');
      }
    });

    it('when the time is right after the gap, then the CEST offset applies', () => {
      expect(iso(localDateTime('2027-03-28', '03:00', BERLIN))).toBe('2027-03-28T01:00:00.000Z');
      expect(iso(localDateTime('2027-03-28', '09:00', BERLIN))).toBe('2027-03-28T07:00:00.000Z');
    });
  });

  describe('Europe/Berlin fall back on 2027-10-31 (03:00 → 02:00)', () => {
    it('when the time is ambiguous, then the earlier instant (CEST) is taken', () => {
      expect(iso(localDateTime('2027-10-31', '02:00', BERLIN))).toBe('2027-10-31T00:00:00.000Z');
      expect(iso(localDateTime('2027-10-31', '02:30', BERLIN))).toBe('2027-10-31T00:30:00.000Z');
      expect(iso(localDateTime('2027-10-31', '02:59', BERLIN))).toBe('2027-10-31T00:59:00.000Z');
    });

    it('when the time is after the fold, then the CET offset applies', () => {
      expect(iso(localDateTime('2027-10-31', '03:00', BERLIN))).toBe('2027-10-31T02:00:00.000Z');
      expect(iso(localDateTime('2027-10-31', '01:59', BERLIN))).toBe('2027-10-30T23:59:00.000Z');
    });
  });

  describe('America/New_York changes on a different date than Europe', () => {
    it('when New York springs forward on 2027-03-14, then 02:30 moves to 03:00 EDT while Berlin is still CET', () => {
      expect(iso(localDateTime('2027-03-14', '02:30', NEW_YORK))).toBe('2027-03-14T07:00:00.000Z');
      expect(iso(localDateTime('2027-03-14', '09:00', NEW_YORK))).toBe('2027-03-14T13:00:00.000Z');
      expect(iso(localDateTime('2027-03-14', '09:00', BERLIN))).toBe('2027-03-14T08:00:00.000Z');
    });

    it('when New York falls back on 2027-11-07, then 01:30 is the earlier EDT instant', () => {
      expect(iso(localDateTime('2027-11-07', '01:30', NEW_YORK))).toBe('2027-11-07T05:30:00.000Z');
      expect(iso(localDateTime('2027-11-07', '09:00', NEW_YORK))).toBe('2027-11-07T14:00:00.000Z');
    });
  });

  describe('Pacific/Auckland (southern hemisphere)', () => {
    it('when DST ends on 2027-04-04 (03:00 → 02:00), then 02:30 is the earlier NZDT instant', () => {
      expect(iso(localDateTime('2027-04-04', '02:30', AUCKLAND))).toBe('2027-04-03T13:30:00.000Z');
      expect(iso(localDateTime('2027-04-04', '09:00', AUCKLAND))).toBe('2027-04-03T21:00:00.000Z');
    });

    it('when DST starts on 2027-09-26 (02:00 → 03:00), then 02:30 moves forward to 03:00 NZDT', () => {
      expect(iso(localDateTime('2027-09-26', '02:30', AUCKLAND))).toBe('2027-09-25T14:00:00.000Z');
      expect(iso(localDateTime('2027-09-26', '09:00', AUCKLAND))).toBe('2027-09-25T20:00:00.000Z');
    });
  });

  it('property: when an instant is turned into local parts and back, then the same or the earlier fold instant comes back', () => {
    fc.assert(
      fc.property(instantArb, tzArb, (instant, tz) => {
        const minute = new Date(Math.floor(instant.getTime() / 60_000) * 60_000);
        const parts = localParts(minute, tz);
        const back = localDateTime(parts.date, parts.time, tz);
        expect(back.getTime()).toBeLessThanOrEqual(minute.getTime());
        expect(localParts(back, tz)).toEqual(parts);
      }),
      { numRuns: 500 },
    );
  });
});

describe('localParts', () => {
  it('when the tick is 2027-03-01T09:00Z, then it is Monday 10:00 in Berlin and 06:00 in São Paulo', () => {
    expect(localParts(at('2027-03-01T09:00:00Z'), BERLIN)).toEqual({
      date: '2027-03-01',
      time: '10:00',
      weekday: 1,
      hour: 10,
      minute: 0,
    });
    expect(localParts(at('2027-03-01T09:00:00Z'), SAO_PAULO)).toMatchObject({ time: '06:00', weekday: 1 });
  });

  it('when the zone is Kolkata, then minutes carry the half hour', () => {
    expect(localParts(at('2027-03-01T09:00:00Z'), KOLKATA)).toMatchObject({
      time: '14:30',
      hour: 14,
      minute: 30,
    });
  });

  it('when it is Sunday, then the ISO weekday is 7', () => {
    expect(localParts(at('2027-03-07T12:00:00Z'), BERLIN).weekday).toBe(7);
  });

  it('when it is Friday evening in Berlin, then it is already Saturday morning in Auckland', () => {
    const instant = at('2027-03-05T18:00:00Z');
    expect(localParts(instant, BERLIN)).toMatchObject({ date: '2027-03-05', time: '19:00', weekday: 5 });
    expect(localParts(instant, AUCKLAND)).toMatchObject({ date: '2027-03-06', time: '07:00', weekday: 6 });
  });

  it('when the instant is in the Berlin fold, then both passes read 02:30 local', () => {
    expect(localParts(at('2027-10-31T00:30:00Z'), BERLIN).time).toBe('02:30');
    expect(localParts(at('2027-10-31T01:30:00Z'), BERLIN).time).toBe('02:30');
  });
});

// ---- quiet hours -----------------------------------------------------------------------------------------

describe('isQuiet', () => {
  it('when the local time is on either side of the default boundaries, then 20:00–08:00 is quiet', () => {
    expect(isQuiet(localDateTime('2027-03-02', '19:59', BERLIN), BERLIN, Q)).toBe(false);
    expect(isQuiet(localDateTime('2027-03-02', '20:00', BERLIN), BERLIN, Q)).toBe(true);
    expect(isQuiet(localDateTime('2027-03-03', '07:59', BERLIN), BERLIN, Q)).toBe(true);
    expect(isQuiet(localDateTime('2027-03-03', '08:00', BERLIN), BERLIN, Q)).toBe(false);
  });

  it('when it is Saturday noon, then it is quiet only if weekends are quiet', () => {
    const saturdayNoon = localDateTime('2027-03-06', '12:00', BERLIN);
    expect(isQuiet(saturdayNoon, BERLIN, Q)).toBe(true);
    expect(isQuiet(saturdayNoon, BERLIN, { ...Q, weekends: false })).toBe(false);
  });

  it('when one instant is seen from four zones, then each applies its own wall clock', () => {
    const instant = at('2027-03-05T18:00:00Z'); // Fri 19:00 Berlin
    expect(isQuiet(instant, BERLIN, Q)).toBe(false);
    expect(isQuiet(instant, AUCKLAND, Q)).toBe(true); // Sat 07:00
    expect(isQuiet(instant, NEW_YORK, Q)).toBe(false); // Fri 13:00
    expect(isQuiet(instant, KOLKATA, Q)).toBe(true); // Fri 23:30
  });

  it('when quiet hours do not wrap midnight, then only the inner span is quiet', () => {
    const lunch: QuietHours = { start: '12:00', end: '13:00', weekends: false };
    expect(isQuiet(localDateTime('2027-03-02', '12:30', BERLIN), BERLIN, lunch)).toBe(true);
    expect(isQuiet(localDateTime('2027-03-02', '13:00', BERLIN), BERLIN, lunch)).toBe(false);
    expect(isQuiet(localDateTime('2027-03-02', '23:00', BERLIN), BERLIN, lunch)).toBe(false);
  });

  it('when start equals end, then there are no quiet hours (never a 24-hour silence)', () => {
    const none: QuietHours = { start: '08:00', end: '08:00', weekends: false };
    expect(isQuiet(localDateTime('2027-03-02', '03:00', BERLIN), BERLIN, none)).toBe(false);
    expect(isQuiet(localDateTime('2027-03-06', '03:00', BERLIN), BERLIN, { ...none, weekends: true })).toBe(
      true,
    );
  });
});

describe('moveOutOfQuietHours', () => {
  const berlin = (date: string, time: string): Date => localDateTime(date, time, BERLIN);

  it('when it is 22:30 on Tuesday, then it moves to 19:00 the same Tuesday', () => {
    expect(iso(moveOutOfQuietHours(berlin('2027-03-02', '22:30'), BERLIN, Q))).toBe(
      iso(berlin('2027-03-02', '19:00')),
    );
  });

  it('when it is 06:00 on Wednesday, then it moves back to 19:00 on Tuesday', () => {
    expect(iso(moveOutOfQuietHours(berlin('2027-03-03', '06:00'), BERLIN, Q))).toBe(
      iso(berlin('2027-03-02', '19:00')),
    );
  });

  it('when it is Saturday 10:00, then it moves back to Friday 19:00', () => {
    expect(iso(moveOutOfQuietHours(berlin('2027-03-06', '10:00'), BERLIN, Q))).toBe(
      iso(berlin('2027-03-05', '19:00')),
    );
  });

  it('when it is Monday 07:00, then it moves back to Friday 19:00', () => {
    expect(iso(moveOutOfQuietHours(berlin('2027-03-08', '07:00'), BERLIN, Q))).toBe(
      iso(berlin('2027-03-05', '19:00')),
    );
  });

  it('when the instant is not quiet, then it is returned unchanged', () => {
    const ok = berlin('2027-03-02', '15:45');
    expect(moveOutOfQuietHours(ok, BERLIN, Q).getTime()).toBe(ok.getTime());
  });

  it('when Friday evening in Berlin is Saturday morning in Auckland, then only the Auckland reminder moves (to Fri 19:00 NZDT)', () => {
    const instant = at('2027-03-05T18:00:00Z');
    expect(iso(moveOutOfQuietHours(instant, BERLIN, Q))).toBe('2027-03-05T18:00:00.000Z');
    expect(iso(moveOutOfQuietHours(instant, AUCKLAND, Q))).toBe('2027-03-05T06:00:00.000Z');
  });

  it('when the weekend contains the Berlin spring forward, then Monday 07:00 CEST goes back to Friday 19:00 CET', () => {
    expect(iso(moveOutOfQuietHours(at('2027-03-29T05:00:00Z'), BERLIN, Q))).toBe('2027-03-26T18:00:00.000Z');
  });

  it('when the weekend contains the Berlin fall back, then Monday 06:00 CET goes back to Friday 19:00 CEST', () => {
    expect(iso(moveOutOfQuietHours(at('2027-11-01T05:00:00Z'), BERLIN, Q))).toBe('2027-10-29T17:00:00.000Z');
  });

  it('when the zone is Kolkata, then 06:00 IST Wednesday goes back to 19:00 IST Tuesday', () => {
    expect(iso(moveOutOfQuietHours(at('2027-03-03T00:30:00Z'), KOLKATA, Q))).toBe('2027-03-02T13:30:00.000Z');
  });

  it('when weekends are not quiet, then Saturday 22:30 moves only to Saturday 19:00', () => {
    expect(iso(moveOutOfQuietHours(berlin('2027-03-06', '22:30'), BERLIN, { ...Q, weekends: false }))).toBe(
      iso(berlin('2027-03-06', '19:00')),
    );
  });

  it('when the working stretch is shorter than an hour, then its start is used so the result is not quiet', () => {
    const tiny: QuietHours = { start: '09:00', end: '08:30', weekends: false };
    expect(iso(moveOutOfQuietHours(berlin('2027-03-02', '12:00'), BERLIN, tiny))).toBe(
      iso(berlin('2027-03-02', '08:30')),
    );
  });

  it('when quiet hours start just after midnight, then the target is the evening before', () => {
    const late: QuietHours = { start: '00:30', end: '07:00', weekends: false };
    expect(iso(moveOutOfQuietHours(berlin('2027-03-03', '03:00'), BERLIN, late))).toBe(
      iso(berlin('2027-03-02', '23:30')),
    );
  });

  it('property: when an instant is moved out of quiet hours, then the result is never quiet and never later', () => {
    fc.assert(
      fc.property(instantArb, tzArb, quietArb, (instant, tz, quiet) => {
        const moved = moveOutOfQuietHours(instant, tz, quiet);
        expect(isQuiet(moved, tz, quiet)).toBe(false);
        expect(moved.getTime()).toBeLessThanOrEqual(instant.getTime());
        if (!isQuiet(instant, tz, quiet)) expect(moved.getTime()).toBe(instant.getTime());
      }),
      { numRuns: 1000 },
    );
  });

  it('property: when the default quiet hours apply, then the result is 19:00 on a weekday within four days before', () => {
    fc.assert(
      fc.property(instantArb, tzArb, (instant, tz) => {
        fc.pre(isQuiet(instant, tz, Q));
        const moved = moveOutOfQuietHours(instant, tz, Q);
        const parts = localParts(moved, tz);
        expect(parts.time).toBe('19:00');
        expect(parts.weekday).toBeLessThanOrEqual(5);
        expect(instant.getTime() - moved.getTime()).toBeLessThan(4 * 86_400_000);
      }),
      { numRuns: 500 },
    );
  });
});

describe('nextWorkingMorning and deferOutOfQuietHours', () => {
  const berlin = (date: string, time: string): Date => localDateTime(date, time, BERLIN);

  it('when it is Tuesday 22:00, then the next working morning is Wednesday 08:00', () => {
    expect(iso(nextWorkingMorning(berlin('2027-03-02', '22:00'), BERLIN, Q))).toBe(
      iso(berlin('2027-03-03', '08:00')),
    );
  });

  it('when it is Tuesday 06:00, then the next working morning is the same day at 08:00', () => {
    expect(iso(nextWorkingMorning(berlin('2027-03-02', '06:00'), BERLIN, Q))).toBe(
      iso(berlin('2027-03-02', '08:00')),
    );
  });

  it('when it is exactly 08:00 on a weekday, then that instant itself is returned', () => {
    const eight = berlin('2027-03-02', '08:00');
    expect(nextWorkingMorning(eight, BERLIN, Q).getTime()).toBe(eight.getTime());
  });

  it('when it is Friday night or Saturday, then the next working morning is Monday 08:00', () => {
    expect(iso(nextWorkingMorning(berlin('2027-03-05', '21:00'), BERLIN, Q))).toBe(
      iso(berlin('2027-03-08', '08:00')),
    );
    expect(iso(nextWorkingMorning(berlin('2027-03-06', '09:00'), BERLIN, Q))).toBe(
      iso(berlin('2027-03-08', '08:00')),
    );
  });

  it('when weekends are not quiet, then Saturday 08:00 counts as a working morning', () => {
    expect(iso(nextWorkingMorning(berlin('2027-03-05', '21:00'), BERLIN, { ...Q, weekends: false }))).toBe(
      iso(berlin('2027-03-06', '08:00')),
    );
  });

  it('when the weekend contains the spring forward, then Monday 08:00 is in CEST (06:00Z)', () => {
    expect(iso(nextWorkingMorning(berlin('2027-03-27', '11:00'), BERLIN, Q))).toBe(
      '2027-03-29T06:00:00.000Z',
    );
  });

  it('when a session ends at 17:00 and the check-in is at 17:15, then the check-in is not deferred', () => {
    const checkIn = berlin('2027-03-02', '17:15');
    expect(deferOutOfQuietHours(checkIn, BERLIN, Q).getTime()).toBe(checkIn.getTime());
  });

  it('when a São Paulo session ends Friday 19:50, then the 20:05 check-in waits until Monday 08:00 (11:00Z)', () => {
    const checkIn = localDateTime('2027-03-05', '20:05', SAO_PAULO);
    expect(iso(deferOutOfQuietHours(checkIn, SAO_PAULO, Q))).toBe('2027-03-08T11:00:00.000Z');
  });

  it('when a check-in falls at 21:00 in Kolkata, then it waits for 08:00 IST next day (02:30Z)', () => {
    const checkIn = localDateTime('2027-03-02', '21:00', KOLKATA);
    expect(iso(deferOutOfQuietHours(checkIn, KOLKATA, Q))).toBe('2027-03-03T02:30:00.000Z');
  });

  it('property: when deferred, then the result is never quiet and never earlier', () => {
    fc.assert(
      fc.property(instantArb, tzArb, quietArb, (instant, tz, quiet) => {
        const deferred = deferOutOfQuietHours(instant, tz, quiet);
        expect(deferred.getTime()).toBeGreaterThanOrEqual(instant.getTime());
        expect(isQuiet(deferred, tz, quiet)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---- calendar --------------------------------------------------------------------------------------------

describe('addWorkingDays', () => {
  const berlin = (date: string, time: string): Date => localDateTime(date, time, BERLIN);

  it('when adding one working day to Thursday, then it is Friday', () => {
    expect(iso(addWorkingDays(berlin('2027-03-04', '09:00'), 1, BERLIN))).toBe(
      iso(berlin('2027-03-05', '09:00')),
    );
  });

  it('when adding one working day to Friday, then the weekend is skipped', () => {
    expect(iso(addWorkingDays(berlin('2027-03-05', '09:00'), 1, BERLIN))).toBe(
      iso(berlin('2027-03-08', '09:00')),
    );
  });

  it('when adding five working days, then it is the same weekday a week later', () => {
    expect(iso(addWorkingDays(berlin('2027-03-03', '14:00'), 5, BERLIN))).toBe(
      iso(berlin('2027-03-10', '14:00')),
    );
  });

  it('when starting on Saturday, then one working day later is Monday', () => {
    expect(iso(addWorkingDays(berlin('2027-03-06', '10:00'), 1, BERLIN))).toBe(
      iso(berlin('2027-03-08', '10:00')),
    );
  });

  it('when going back one working day from Monday, then it is Friday', () => {
    expect(iso(addWorkingDays(berlin('2027-03-08', '10:00'), -1, BERLIN))).toBe(
      iso(berlin('2027-03-05', '10:00')),
    );
  });

  it('when n is 0, then the instant is unchanged', () => {
    const t = berlin('2027-03-06', '10:00');
    expect(addWorkingDays(t, 0, BERLIN).getTime()).toBe(t.getTime());
  });

  it('when the step crosses the Berlin spring forward, then the local wall time stays 09:00', () => {
    const friday = at('2027-03-26T08:00:00Z'); // 09:00 CET
    expect(iso(addWorkingDays(friday, 1, BERLIN))).toBe('2027-03-29T07:00:00.000Z'); // 09:00 CEST
  });

  it('when the step crosses the New York fall back, then the local wall time stays 09:00', () => {
    const friday = at('2027-11-05T13:00:00Z'); // 09:00 EDT
    expect(iso(addWorkingDays(friday, 1, NEW_YORK))).toBe('2027-11-08T14:00:00.000Z'); // 09:00 EST
  });

  it('when the local day differs from the UTC day, then weekends are judged locally (Auckland)', () => {
    // Fri 2027-03-05 20:00Z is Sat 09:00 in Auckland → next working day Monday 09:00 NZDT.
    expect(iso(addWorkingDays(at('2027-03-05T20:00:00Z'), 1, AUCKLAND))).toBe('2027-03-07T20:00:00.000Z');
  });

  it('when n is not an integer, then a RangeError is thrown', () => {
    expect(() => addWorkingDays(berlin('2027-03-05', '09:00'), 1.5, BERLIN)).toThrow(RangeError);
  });

  it('property: when working days are added, then the result is a weekday with the same wall time (outside gaps)', () => {
    fc.assert(
      fc.property(instantArb, tzArb, fc.integer({ min: -30, max: 30 }), (instant, tz, n) => {
        fc.pre(n !== 0);
        const result = addWorkingDays(instant, n, tz);
        const parts = localParts(result, tz);
        expect(parts.weekday).toBeLessThanOrEqual(5);
        expect(Math.sign(result.getTime() - instant.getTime())).toBe(Math.sign(n));
      }),
      { numRuns: 300 },
    );
  });
});

describe('firstWorkingDayOfMonth', () => {
  it('when the 1st is a Monday, then it is the 1st', () => {
    expect(firstWorkingDayOfMonth(2027, 3)).toBe('2027-03-01');
  });

  it('when the 1st is a Saturday, then it is the following Monday', () => {
    expect(firstWorkingDayOfMonth(2027, 5)).toBe('2027-05-03');
  });

  it('when the 1st is a Sunday, then it is the 2nd', () => {
    expect(firstWorkingDayOfMonth(2027, 8)).toBe('2027-08-02');
  });

  it('when the 1st is a Friday, then it is the 1st (January 2027)', () => {
    expect(firstWorkingDayOfMonth(2027, 1)).toBe('2027-01-01');
  });

  it('when the month is out of range, then a RangeError is thrown', () => {
    expect(() => firstWorkingDayOfMonth(2027, 0)).toThrow(RangeError);
    expect(() => firstWorkingDayOfMonth(2027, 13)).toThrow(RangeError);
  });

  it('property: when any month is given, then the result is a weekday among the first three days of that month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2100 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const d = firstWorkingDayOfMonth(y, m);
        expect(d.slice(0, 7)).toBe(`${y}-${String(m).padStart(2, '0')}`);
        expect(Number(d.slice(8))).toBeLessThanOrEqual(3);
        expect(localParts(localDateTime(d, '12:00', 'UTC'), 'UTC').weekday).toBeLessThanOrEqual(5);
      }),
    );
  });
});

// ---- scheduler ticks -------------------------------------------------------------------------------------

describe('isDueInWindow', () => {
  const monthly = { hour: 10, firstWorkingDayOfMonth: true };

  it('when the tick 2027-03-01T09:00Z is 10:00 on the first working day in Berlin, then the monthly job is due', () => {
    expect(isDueInWindow(at('2027-03-01T09:00:00Z'), BERLIN, monthly)).toBe(true);
  });

  it('when the same tick is 06:00 in São Paulo, then it is not due there, but it is at 13:00Z', () => {
    expect(isDueInWindow(at('2027-03-01T09:00:00Z'), SAO_PAULO, monthly)).toBe(false);
    expect(isDueInWindow(at('2027-03-01T13:00:00Z'), SAO_PAULO, monthly)).toBe(true);
  });

  it('when the tick is at the window edges, then [target, target + 15 min) is due', () => {
    const target = { hour: 9 };
    expect(isDueInWindow(localDateTime('2027-03-02', '08:59', BERLIN), BERLIN, target)).toBe(false);
    expect(isDueInWindow(localDateTime('2027-03-02', '09:00', BERLIN), BERLIN, target)).toBe(true);
    expect(isDueInWindow(localDateTime('2027-03-02', '09:14', BERLIN), BERLIN, target)).toBe(true);
    expect(isDueInWindow(localDateTime('2027-03-02', '09:15', BERLIN), BERLIN, target)).toBe(false);
  });

  it('when a weekday is set, then other days are not due', () => {
    const mondayDigest = { hour: 9, weekday: 1 as const };
    expect(isDueInWindow(localDateTime('2027-03-01', '09:00', BERLIN), BERLIN, mondayDigest)).toBe(true);
    expect(isDueInWindow(localDateTime('2027-03-02', '09:00', BERLIN), BERLIN, mondayDigest)).toBe(false);
  });

  it('when the 1st is a Saturday, then the first-working-day job runs on Monday the 3rd only', () => {
    expect(isDueInWindow(localDateTime('2027-05-01', '10:00', BERLIN), BERLIN, monthly)).toBe(false);
    expect(isDueInWindow(localDateTime('2027-05-03', '10:00', BERLIN), BERLIN, monthly)).toBe(true);
  });

  it('when UTC is still in February, then Auckland is already on its first working day of March', () => {
    const tick = at('2027-02-28T23:00:00Z'); // Mon 1 March 12:00 NZDT, Mon 00:00 Berlin
    expect(isDueInWindow(tick, AUCKLAND, { hour: 12, firstWorkingDayOfMonth: true })).toBe(true);
    expect(isDueInWindow(tick, BERLIN, { hour: 12, firstWorkingDayOfMonth: true })).toBe(false);
  });

  it('when the zone is Kolkata, then 09:00 IST is the 03:30Z tick', () => {
    expect(isDueInWindow(at('2027-03-02T03:15:00Z'), KOLKATA, { hour: 9 })).toBe(false);
    expect(isDueInWindow(at('2027-03-02T03:30:00Z'), KOLKATA, { hour: 9 })).toBe(true);
    expect(isDueInWindow(at('2027-03-02T03:45:00Z'), KOLKATA, { hour: 9 })).toBe(false);
  });

  it('when the target sits in the Berlin spring-forward gap, then it fires once at 03:00 CEST', () => {
    const due = ticks('2027-03-27T22:00:00Z', '2027-03-28T06:00:00Z').filter((t) =>
      isDueInWindow(t, BERLIN, { hour: 2, minute: 30 }),
    );
    expect(due.map(iso)).toEqual(['2027-03-28T01:00:00.000Z']);
  });

  it('when the target sits in the Berlin fall-back fold, then it fires once, on the first pass', () => {
    const due = ticks('2027-10-30T22:00:00Z', '2027-10-31T06:00:00Z').filter((t) =>
      isDueInWindow(t, BERLIN, { hour: 2, minute: 30 }),
    );
    expect(due.map(iso)).toEqual(['2027-10-31T00:30:00.000Z']);
  });

  it('when the window crosses midnight, then the tick after midnight belongs to the day before', () => {
    const lateSunday = { hour: 23, minute: 50, weekday: 7 as const };
    expect(isDueInWindow(localDateTime('2027-03-08', '00:00', BERLIN), BERLIN, lateSunday)).toBe(true);
    expect(isDueInWindow(localDateTime('2027-03-08', '00:05', BERLIN), BERLIN, lateSunday)).toBe(false);
  });

  it('when the target is invalid, then a RangeError is thrown', () => {
    expect(() => isDueInWindow(at('2027-03-01T09:00:00Z'), BERLIN, { hour: 24 })).toThrow(RangeError);
    expect(() => isDueInWindow(at('2027-03-01T09:00:00Z'), BERLIN, { hour: 9, minute: 60 })).toThrow(
      RangeError,
    );
    expect(() => isDueInWindow(at('2027-03-01T09:00:00Z'), BERLIN, { hour: 9 }, 0)).toThrow(RangeError);
  });

  it.each(ZONES)(
    'when ticks run every 15 minutes through 2027 in %s, then a daily 09:00 job is due exactly once a day',
    (tz) => {
      const due = ticks('2027-01-01T00:00:00Z', '2028-01-01T00:00:00Z').filter((t) =>
        isDueInWindow(t, tz, { hour: 9 }),
      );
      const days = due.map((t) => localParts(t, tz).date);
      expect(new Set(days).size).toBe(days.length);
      expect(due.every((t) => localParts(t, tz).hour === 9)).toBe(true);
      expect(days.length).toBeGreaterThanOrEqual(364);
    },
  );

  it('when ticks run through a year, then the monthly first-working-day job is due twelve times in each zone', () => {
    for (const tz of [BERLIN, SAO_PAULO, AUCKLAND, KOLKATA]) {
      const due = ticks('2026-12-31T00:00:00Z', '2028-01-01T00:00:00Z').filter((t) =>
        isDueInWindow(t, tz, monthly),
      );
      expect(due.map((t) => yearMonthKey(t, tz))).toEqual(
        Array.from({ length: 12 }, (_, i) => `2027${String(i + 1).padStart(2, '0')}`),
      );
    }
  });
});

/** Every 15-minute scheduler tick in [from, to). */
function ticks(from: string, to: string): Date[] {
  const out: Date[] = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += 15 * 60_000) out.push(new Date(t));
  return out;
}

describe('isoWeekKey and yearMonthKey', () => {
  it('when the date is around the 2026/2027 year end, then the ISO week-year is used', () => {
    expect(isoWeekKey(at('2026-12-31T12:00:00Z'), BERLIN)).toBe('2026-W53');
    expect(isoWeekKey(at('2027-01-01T12:00:00Z'), BERLIN)).toBe('2026-W53');
    expect(isoWeekKey(at('2027-01-03T12:00:00Z'), BERLIN)).toBe('2026-W53');
    expect(isoWeekKey(at('2027-01-04T12:00:00Z'), BERLIN)).toBe('2027-W01');
  });

  it('when 2027-03-01 is given, then the key is zero-padded 2027-W09', () => {
    expect(isoWeekKey(at('2027-03-01T12:00:00Z'), BERLIN)).toBe('2027-W09');
  });

  it('when Sunday night UTC is already Monday in Berlin, then the week differs by zone', () => {
    const instant = at('2027-01-03T23:30:00Z');
    expect(isoWeekKey(instant, BERLIN)).toBe('2027-W01');
    expect(isoWeekKey(instant, SAO_PAULO)).toBe('2026-W53');
    expect(isoWeekKey(instant, 'UTC')).toBe('2026-W53');
  });

  it('when 2025-12-29 (a Monday) is given, then it already belongs to 2026-W01', () => {
    expect(isoWeekKey(at('2025-12-29T12:00:00Z'), 'UTC')).toBe('2026-W01');
  });

  it('when New Year has arrived in some zones only, then the month key follows the local date', () => {
    const instant = at('2026-12-31T23:30:00Z');
    expect(yearMonthKey(instant, BERLIN)).toBe('202701');
    expect(yearMonthKey(instant, KOLKATA)).toBe('202701');
    expect(yearMonthKey(instant, SAO_PAULO)).toBe('202612');
    expect(yearMonthKey(instant, NEW_YORK)).toBe('202612');
    expect(yearMonthKey(at('2027-03-01T09:00:00Z'), BERLIN)).toBe('202703');
  });
});

// ---- formatting ------------------------------------------------------------------------------------------

describe('formatDateTime', () => {
  const tuesdayNine = at('2027-03-02T08:00:00Z'); // 09:00 in Berlin

  it('when the language is German, then the weekday-datetime reads "Di., 2. März 2027, 09:00"', () => {
    expect(formatDateTime(tuesdayNine, BERLIN, 'de', 'weekday-datetime')).toBe('Di., 2. März 2027, 09:00');
  });

  it('when the language is English, then a 12-hour clock is used', () => {
    expect(formatDateTime(tuesdayNine, BERLIN, 'en', 'weekday-datetime')).toBe('Tue, March 2, 2027, 9:00 AM');
    expect(formatDateTime(at('2027-03-02T13:30:00Z'), BERLIN, 'en', 'time')).toBe('2:30 PM');
  });

  it('when the language is Brazilian Portuguese, then a 24-hour clock and "de" are used', () => {
    expect(formatDateTime(tuesdayNine, BERLIN, 'pt-BR', 'weekday-datetime')).toBe(
      'terça, 2 de março de 2027, 09:00',
    );
    expect(formatDateTime(at('2027-03-02T13:30:00Z'), BERLIN, 'pt-BR', 'time')).toBe('14:30');
  });

  it('when only the date or date and time are asked for, then each language has its own order', () => {
    expect(formatDateTime(tuesdayNine, BERLIN, 'en', 'date')).toBe('March 2, 2027');
    expect(formatDateTime(tuesdayNine, BERLIN, 'de', 'date')).toBe('2. März 2027');
    expect(formatDateTime(tuesdayNine, BERLIN, 'pt-BR', 'date')).toBe('2 de março de 2027');
    expect(formatDateTime(tuesdayNine, BERLIN, 'de', 'datetime')).toBe('2. März 2027, 09:00');
    expect(formatDateTime(tuesdayNine, BERLIN, 'en', 'datetime')).toBe('March 2, 2027, 9:00 AM');
    expect(formatDateTime(tuesdayNine, BERLIN, 'de', 'time')).toBe('09:00');
  });

  it('when the same instant is formatted for Auckland and Kolkata, then each sees its own wall clock', () => {
    expect(formatDateTime(at('2027-03-05T18:00:00Z'), AUCKLAND, 'en', 'weekday-datetime')).toBe(
      'Sat, March 6, 2027, 7:00 AM',
    );
    expect(formatDateTime(at('2027-03-05T18:00:00Z'), KOLKATA, 'de', 'time')).toBe('23:30');
  });

  it('when the instant is in the fold, then both passes read the same local time', () => {
    expect(formatDateTime(at('2027-10-31T00:30:00Z'), BERLIN, 'de', 'time')).toBe('02:30');
    expect(formatDateTime(at('2027-10-31T01:30:00Z'), BERLIN, 'de', 'time')).toBe('02:30');
  });
});

describe('formatZone', () => {
  it('when Berlin is in winter or summer, then CET or CEST is shown', () => {
    expect(formatZone(at('2027-01-15T12:00:00Z'), BERLIN)).toBe('CET');
    expect(formatZone(at('2027-07-15T12:00:00Z'), BERLIN)).toBe('CEST');
  });

  it('when the same week is seen in New York after its earlier DST switch, then EDT is shown while Berlin is CET', () => {
    const instant = at('2027-03-20T12:00:00Z');
    expect(formatZone(instant, NEW_YORK)).toBe('EDT');
    expect(formatZone(instant, BERLIN)).toBe('CET');
  });

  it('when the zone is Kolkata, Auckland or São Paulo, then the usual abbreviation or GMT offset is shown', () => {
    expect(formatZone(at('2027-01-15T12:00:00Z'), KOLKATA)).toBe('IST');
    expect(formatZone(at('2027-01-15T12:00:00Z'), AUCKLAND)).toBe('NZDT');
    expect(formatZone(at('2027-07-15T12:00:00Z'), AUCKLAND)).toBe('NZST');
    expect(formatZone(at('2027-07-15T12:00:00Z'), SAO_PAULO)).toBe('GMT-3');
    expect(formatZone(at('2027-07-15T12:00:00Z'), 'UTC')).toBe('UTC');
  });
});
