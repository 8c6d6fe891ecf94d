import fc from 'fast-check';
import {
  CATCH_UP_MIN_GAP_MINUTES,
  deliveryKey,
  diffTimers,
  offsetLabel,
  planSessionTimers,
  sessionJobIdPrefixes,
  timerDelayMs,
  type Participant,
  type PlannedTimer,
  type SessionTimes,
} from '../../src/domain/sessions/schedule';
import { DEFAULT_QUIET_HOURS, isQuiet, localParts, type QuietHours } from '../../src/domain/time';

const BERLIN = 'Europe/Berlin';
const SAO_PAULO = 'America/Sao_Paulo';
const Q = DEFAULT_QUIET_HOURS;
const HOUR = 3_600_000;
const MIN = 60_000;

const at = (s: string): Date => new Date(s);
const mentee = (over: Partial<Participant> = {}): Participant => ({
  slackUserId: 'UMENTEE',
  role: 'mentee',
  tz: BERLIN,
  quiet: Q,
  paused: false,
  ...over,
});
const mentor = (over: Partial<Participant> = {}): Participant => ({
  slackUserId: 'UMENTOR',
  role: 'mentor',
  tz: SAO_PAULO,
  quiet: Q,
  paused: false,
  ...over,
});
const session = (startsAt: string, revision = 1, over: Partial<SessionTimes> = {}): SessionTimes => ({
  sessionId: 42,
  startsAt: at(startsAt),
  durationMinutes: 60,
  revision,
  ...over,
});
/** `[jobId, dueAt ISO]` pairs: the shape most assertions care about. */
const summary = (plan: PlannedTimer[]): Array<[string, string]> =>
  plan.map((t) => [t.jobId, t.dueAt.toISOString()]);
const reminders = (plan: PlannedTimer[], recipient?: string): PlannedTimer[] =>
  plan.filter((t) => t.kind === 'reminder' && (recipient === undefined || t.recipient === recipient));
const local = (t: PlannedTimer, tz: string): string => {
  const p = localParts(t.dueAt, tz);
  return `${p.date} ${p.time}`;
};

describe('planSessionTimers — a confirmed session against a fixed clock', () => {
  // Monday 2027-03-22 11:00 CET. The session is Monday 2027-03-29 14:00 CEST (Berlin) = 09:00 BRT (São
  // Paulo) = 12:00Z, the day after Berlin's spring-forward; São Paulo has no DST.
  const now = at('2027-03-22T10:00:00Z');
  const plan = planSessionTimers(session('2027-03-29T12:00:00Z'), [mentee(), mentor()], { now });

  it('when the session is confirmed, then exactly the expected job ids are planned with the expected due times', () => {
    expect(summary(plan)).toEqual([
      // Thu 25 Mar 14:00 CET: two working days before, same local time (the day is still winter time).
      ['agenda-42-r1-UMENTEE', '2027-03-25T13:00:00.000Z'],
      // 24 h before is Sunday → moved to Friday 19:00, each on their own clock.
      ['rem-42-r1-24h-UMENTEE', '2027-03-26T18:00:00.000Z'], // Fri 19:00 CET
      ['rem-42-r1-24h-UMENTOR', '2027-03-26T22:00:00.000Z'], // Fri 19:00 BRT
      ['rem-42-r1-1h-UMENTEE', '2027-03-29T11:00:00.000Z'], // Mon 13:00 CEST
      ['rem-42-r1-1h-UMENTOR', '2027-03-29T11:00:00.000Z'], // Mon 08:00 BRT — quiet ends at 08:00
      ['checkin-42-r1-UMENTEE', '2027-03-29T13:15:00.000Z'],
      ['checkin-42-r1-UMENTOR', '2027-03-29T13:15:00.000Z'],
    ]);
  });

  it('when the jobs are created, then their delays are measured in real elapsed time from now', () => {
    const delays = Object.fromEntries(plan.map((t) => [t.jobId, timerDelayMs(t, now)]));
    expect(delays).toEqual({
      'agenda-42-r1-UMENTEE': 75 * HOUR,
      'rem-42-r1-24h-UMENTEE': 104 * HOUR,
      'rem-42-r1-24h-UMENTOR': 108 * HOUR,
      // Mon 11:00 CET → Mon 13:00 CEST is 7 days + 2 h on the Berlin wall clock, but only 169 h of real
      // time: the spring-forward swallowed an hour.
      'rem-42-r1-1h-UMENTEE': 169 * HOUR,
      'rem-42-r1-1h-UMENTOR': 169 * HOUR,
      'checkin-42-r1-UMENTEE': 171 * HOUR + 15 * MIN,
      'checkin-42-r1-UMENTOR': 171 * HOUR + 15 * MIN,
    });
  });

  it('when a timer is planned, then it reads right on each recipient’s own wall clock', () => {
    const byId = new Map(plan.map((t) => [t.jobId, t]));
    const get = (id: string): PlannedTimer => {
      const t = byId.get(id);
      if (!t) throw new Error(`missing ${id}`);
      return t;
    };
    expect(local(get('rem-42-r1-24h-UMENTEE'), BERLIN)).toBe('2027-03-26 19:00');
    expect(local(get('rem-42-r1-24h-UMENTOR'), SAO_PAULO)).toBe('2027-03-26 19:00');
    expect(local(get('rem-42-r1-1h-UMENTEE'), BERLIN)).toBe('2027-03-29 13:00');
    expect(local(get('rem-42-r1-1h-UMENTOR'), SAO_PAULO)).toBe('2027-03-29 08:00');
    expect(local(get('agenda-42-r1-UMENTEE'), BERLIN)).toBe('2027-03-25 14:00');
  });

  it('when the delivery keys are built, then they carry the start minute instead of the revision', () => {
    expect(plan.map(deliveryKey)).toEqual([
      'agenda-42-20270329T1200Z-UMENTEE',
      'rem-42-20270329T1200Z-24h-UMENTEE',
      'rem-42-20270329T1200Z-24h-UMENTOR',
      'rem-42-20270329T1200Z-1h-UMENTEE',
      'rem-42-20270329T1200Z-1h-UMENTOR',
      'checkin-42-20270329T1200Z-UMENTEE',
      'checkin-42-20270329T1200Z-UMENTOR',
    ]);
  });

  it('when the plan is made, then only the mentee gets an agenda prompt and both get reminders and check-ins', () => {
    expect(plan.filter((t) => t.kind === 'agenda_prompt').map((t) => t.recipient)).toEqual(['UMENTEE']);
    expect(reminders(plan, 'UMENTEE')).toHaveLength(2);
    expect(reminders(plan, 'UMENTOR')).toHaveLength(2);
    expect(plan.filter((t) => t.kind === 'checkin').map((t) => t.recipient)).toEqual(['UMENTEE', 'UMENTOR']);
  });
});

describe('planSessionTimers — the "24 h before" rule is elapsed time (Europe/Berlin, DST 2027-03-28)', () => {
  const noWeekendQuiet: QuietHours = { start: '22:00', end: '07:00', weekends: false };
  const now = at('2027-03-20T09:00:00Z');

  it('when a Sunday-after-switch session is reminded 24 h ahead, then it is exactly 24 h earlier: 14:00 CET, not 15:00', () => {
    // Sun 28 Mar 15:00 CEST = 13:00Z; the switch (02:00 → 03:00) happened in between.
    const plan = planSessionTimers(session('2027-03-28T13:00:00Z'), [mentee({ quiet: noWeekendQuiet })], {
      now,
    });
    const r24 = reminders(plan).find((t) => t.offsetLabel === '24h');
    expect(r24?.dueAt.toISOString()).toBe('2027-03-27T13:00:00.000Z');
    expect(r24 && local(r24, BERLIN)).toBe('2027-03-27 14:00');
    expect(r24 && at('2027-03-28T13:00:00Z').getTime() - r24.dueAt.getTime()).toBe(24 * HOUR);
  });

  it('when the 24 h span does not contain the switch, then wall clock and elapsed time agree (Mon 10:00 → Sun 10:00)', () => {
    const plan = planSessionTimers(session('2027-03-29T08:00:00Z'), [mentee({ quiet: noWeekendQuiet })], {
      now,
    });
    const r24 = reminders(plan).find((t) => t.offsetLabel === '24h');
    expect(r24 && local(r24, BERLIN)).toBe('2027-03-28 10:00');
  });

  it('when a Monday-after-switch session has its 24 h reminder moved to Friday, then the real lead time is 61 h, not 62 h', () => {
    // Mon 29 Mar 09:00 CEST = 07:00Z. 24 h before is Sunday → Fri 26 Mar 19:00 CET = 18:00Z.
    const plan = planSessionTimers(session('2027-03-29T07:00:00Z'), [mentee()], { now });
    expect(summary(reminders(plan))).toEqual([
      ['rem-42-r1-24h-UMENTEE', '2027-03-26T18:00:00.000Z'],
      ['rem-42-r1-1h-UMENTEE', '2027-03-29T06:00:00.000Z'], // 08:00 CEST, the first non-quiet minute
    ]);
    const first = reminders(plan)[0];
    expect(first && at('2027-03-29T07:00:00Z').getTime() - first.dueAt.getTime()).toBe(61 * HOUR);
  });

  it('when the clocks fall back (2027-10-31), then 24 h before a Sunday 15:00 CET session is Saturday 16:00 CEST', () => {
    const plan = planSessionTimers(session('2027-10-31T14:00:00Z'), [mentee({ quiet: noWeekendQuiet })], {
      now: at('2027-10-20T09:00:00Z'),
    });
    const r24 = reminders(plan).find((t) => t.offsetLabel === '24h');
    expect(r24 && local(r24, BERLIN)).toBe('2027-10-30 16:00');
  });
});

describe('planSessionTimers — quiet hours and weekends per recipient', () => {
  const now = at('2027-03-01T12:00:00Z');

  it('when a 1 h reminder for a Tuesday 08:30 São Paulo session would be quiet, then it moves to Monday 19:00 BRT', () => {
    // Tue 30 Mar 08:30 BRT = 11:30Z. 1 h before is 07:30 (quiet) → Mon 19:00 BRT = 22:00Z. 24 h before is
    // Mon 08:30, already fine.
    const plan = planSessionTimers(session('2027-03-30T11:30:00Z'), [mentor()], { now });
    expect(summary(reminders(plan))).toEqual([
      ['rem-42-r1-24h-UMENTOR', '2027-03-29T11:30:00.000Z'],
      ['rem-42-r1-1h-UMENTOR', '2027-03-29T22:00:00.000Z'],
    ]);
    const r1 = reminders(plan)[1];
    expect(r1 && local(r1, SAO_PAULO)).toBe('2027-03-29 19:00');
  });

  it('when both offsets of a Monday 08:30 session land on Friday 19:00, then only one reminder (the 1 h one) is kept', () => {
    // Mon 29 Mar 08:30 BRT: 24 h before is Sunday, 1 h before is 07:30 — both → Fri 26 Mar 19:00 BRT.
    const plan = planSessionTimers(session('2027-03-29T11:30:00Z'), [mentor()], { now });
    expect(summary(reminders(plan))).toEqual([['rem-42-r1-1h-UMENTOR', '2027-03-26T22:00:00.000Z']]);
  });

  it('when a Monday session’s 24 h reminder falls on Sunday, then it moves to Friday 19:00 local for each person', () => {
    const plan = planSessionTimers(session('2027-03-08T13:00:00Z'), [mentee(), mentor()], { now });
    const r24 = reminders(plan).filter((t) => t.offsetLabel === '24h');
    expect(r24.map((t) => [t.recipient, local(t, t.recipient === 'UMENTEE' ? BERLIN : SAO_PAULO)])).toEqual([
      ['UMENTEE', '2027-03-05 19:00'],
      ['UMENTOR', '2027-03-05 19:00'],
    ]);
  });

  it('when the check-in would land in the evening, then it waits for the next working morning', () => {
    // Fri 5 Mar 18:30 CET session (17:30Z), 60 min → ends 19:30, +15 = 19:45 → 20:00 would be fine, but
    // with quiet from 19:00 it is deferred over the weekend to Monday 08:00 CET.
    const plan = planSessionTimers(
      session('2027-03-05T17:30:00Z'),
      [mentee({ quiet: { start: '19:00', end: '08:00', weekends: true } })],
      { now },
    );
    const checkin = plan.find((t) => t.kind === 'checkin');
    expect(checkin?.dueAt.toISOString()).toBe('2027-03-08T07:00:00.000Z');
  });

  it('when the agenda day’s time is quiet, then the prompt moves earlier to the last working hour', () => {
    // Wed 10 Mar 07:30 CET session → two working days earlier Mon 07:30 (quiet) → Fri 5 Mar 19:00 CET.
    const plan = planSessionTimers(session('2027-03-10T06:30:00Z'), [mentee()], { now });
    const agenda = plan.find((t) => t.kind === 'agenda_prompt');
    expect(agenda?.dueAt.toISOString()).toBe('2027-03-05T18:00:00.000Z');
  });
});

describe('planSessionTimers — paused people', () => {
  const now = at('2027-03-01T12:00:00Z');

  it('when the mentor is paused, then the mentor gets no timer and the mentee gets all of theirs', () => {
    const plan = planSessionTimers(session('2027-03-10T13:00:00Z'), [mentee(), mentor({ paused: true })], {
      now,
    });
    expect(plan.some((t) => t.recipient === 'UMENTOR')).toBe(false);
    expect(plan.map((t) => t.kind).sort()).toEqual(['agenda_prompt', 'checkin', 'reminder', 'reminder']);
  });

  it('when the mentee is paused, then there is no agenda prompt and no mentee timer at all', () => {
    const plan = planSessionTimers(session('2027-03-10T13:00:00Z'), [mentee({ paused: true }), mentor()], {
      now,
    });
    expect(plan.some((t) => t.recipient === 'UMENTEE')).toBe(false);
    expect(plan.some((t) => t.kind === 'agenda_prompt')).toBe(false);
    expect(plan).toHaveLength(3);
  });
});

describe('planSessionTimers — offsets already past collapse into one catch-up', () => {
  // Wed 10 Mar 2027 14:00 CET (13:00Z); Berlin mentee only, default quiet hours.
  const start = '2027-03-10T13:00:00Z';
  const startMs = at(start).getTime();

  it('when both offsets are past but the session is ahead, then exactly one reminder, labelled 1h, is due now', () => {
    const now = new Date(startMs - 30 * MIN);
    const plan = planSessionTimers(session(start), [mentee()], { now });
    expect(summary(reminders(plan))).toEqual([['rem-42-r1-1h-UMENTEE', now.toISOString()]]);
    expect(reminders(plan).map((t) => timerDelayMs(t, now))).toEqual([0]);
  });

  it('when only the 24 h offset is past, then it is sent now and the 1 h reminder stays on time', () => {
    const now = new Date(startMs - 5 * HOUR); // 09:00 CET, not quiet
    const plan = planSessionTimers(session(start), [mentee()], { now });
    expect(summary(reminders(plan))).toEqual([
      ['rem-42-r1-24h-UMENTEE', now.toISOString()],
      ['rem-42-r1-1h-UMENTEE', '2027-03-10T12:00:00.000Z'],
    ]);
  });

  it(`when the next regular reminder follows within ${CATCH_UP_MIN_GAP_MINUTES} minutes, then the catch-up is dropped`, () => {
    const now = new Date(startMs - 61 * MIN);
    const plan = planSessionTimers(session(start), [mentee()], { now });
    expect(summary(reminders(plan))).toEqual([['rem-42-r1-1h-UMENTEE', '2027-03-10T12:00:00.000Z']]);
  });

  it('when the catch-up would be sent in quiet hours, then it waits for the next working morning before the session', () => {
    // Confirmed Saturday 6 Mar 11:00 CET for Monday 8 Mar 12:00 CET: the 24 h reminder (Sunday → Friday) is
    // past; the catch-up goes out Monday 08:00 CET, well before the 1 h reminder at 11:00.
    const now = at('2027-03-06T10:00:00Z');
    const plan = planSessionTimers(session('2027-03-08T11:00:00Z'), [mentee()], { now });
    expect(summary(reminders(plan))).toEqual([
      ['rem-42-r1-24h-UMENTEE', '2027-03-08T07:00:00.000Z'],
      ['rem-42-r1-1h-UMENTEE', '2027-03-08T10:00:00.000Z'],
    ]);
  });

  it('when the deferred catch-up would meet the 1 h reminder, then only the 1 h reminder remains', () => {
    // Monday 09:00 CET session: the next working morning (08:00) is exactly the 1 h reminder.
    const now = at('2027-03-06T10:00:00Z');
    const plan = planSessionTimers(session('2027-03-08T08:00:00Z'), [mentee()], { now });
    expect(summary(reminders(plan))).toEqual([['rem-42-r1-1h-UMENTEE', '2027-03-08T07:00:00.000Z']]);
  });

  it('when the session itself starts before the recipient’s quiet hours end, then the catch-up goes now', () => {
    // A Sunday 10:00 CET session (explicitly agreed), confirmed Saturday 21:00 CET.
    const now = at('2027-03-06T20:00:00Z');
    const plan = planSessionTimers(session('2027-03-07T09:00:00Z'), [mentee()], { now });
    expect(summary(reminders(plan))).toEqual([['rem-42-r1-1h-UMENTEE', now.toISOString()]]);
  });

  it('when the session has already started, then there are no reminders and no agenda prompt, only check-ins', () => {
    const now = new Date(startMs + 5 * MIN);
    const plan = planSessionTimers(session(start), [mentee(), mentor()], { now });
    expect(plan.map((t) => t.kind)).toEqual(['checkin', 'checkin']);
  });

  it('when the plan is rebuilt after the check-in time, then the check-in is due now (or the next working morning)', () => {
    const plan = planSessionTimers(session(start), [mentee()], { now: at('2027-03-10T16:00:00Z') });
    expect(plan.map((t) => t.dueAt.toISOString())).toEqual(['2027-03-10T16:00:00.000Z']);
    const late = planSessionTimers(session(start), [mentee()], { now: at('2027-03-10T21:00:00Z') });
    expect(late.map((t) => t.dueAt.toISOString())).toEqual(['2027-03-11T07:00:00.000Z']);
  });

  it('when the agenda day is already past, then no agenda prompt is planned', () => {
    const plan = planSessionTimers(session(start), [mentee()], { now: at('2027-03-09T09:00:00Z') });
    expect(plan.some((t) => t.kind === 'agenda_prompt')).toBe(false);
  });
});

describe('planSessionTimers — moving and cancelling', () => {
  const now = at('2027-03-01T12:00:00Z');
  const people = [mentee(), mentor()];
  const original = planSessionTimers(session('2027-03-10T13:00:00Z', 1), people, { now });
  const moved = planSessionTimers(session('2027-03-11T14:00:00Z', 2), people, { now });

  it('when the session is moved, then the diff removes every old job id and adds every new one', () => {
    const { add, remove } = diffTimers(original, moved);
    expect(remove).toEqual(original.map((t) => t.jobId));
    expect(add).toEqual(moved);
    expect(remove.every((id) => sessionJobIdPrefixes(42, 1).some((p) => id.startsWith(p)))).toBe(true);
    expect(add.every((t) => sessionJobIdPrefixes(42, 2).some((p) => t.jobId.startsWith(p)))).toBe(true);
  });

  it('when the session is moved by a day, then the reminder delays grow by exactly that day', () => {
    const delay = (plan: PlannedTimer[], label: string, who: string): number | undefined => {
      const t = plan.find((x) => x.kind === 'reminder' && x.offsetLabel === label && x.recipient === who);
      return t && timerDelayMs(t, now);
    };
    for (const who of ['UMENTEE', 'UMENTOR']) {
      for (const label of ['24h', '1h']) {
        expect((delay(moved, label, who) ?? 0) - (delay(original, label, who) ?? 0)).toBe(25 * HOUR);
      }
    }
  });

  it('when the session is moved, then the delivery keys change so the new time is announced again', () => {
    const oldKeys = new Set(original.map(deliveryKey));
    expect(moved.map(deliveryKey).some((k) => oldKeys.has(k))).toBe(false);
  });

  it('when the session is moved and moved back, then job ids are new but delivery keys are the original ones', () => {
    const back = planSessionTimers(session('2027-03-10T13:00:00Z', 3), people, { now });
    expect(back.map(deliveryKey)).toEqual(original.map(deliveryKey));
    expect(back.map((t) => t.jobId).some((id) => original.some((o) => o.jobId === id))).toBe(false);
  });

  it('when the session is cancelled, then every planned job is removed and nothing is added', () => {
    expect(diffTimers(original, [])).toEqual({ add: [], remove: original.map((t) => t.jobId) });
  });

  it('when the plan is recomputed unchanged, then the diff is empty', () => {
    const again = planSessionTimers(session('2027-03-10T13:00:00Z', 1), people, { now });
    expect(diffTimers(original, again)).toEqual({ add: [], remove: [] });
  });

  it('when a job keeps its id but changes its due time, then it is both removed and re-added', () => {
    const start = at('2027-03-10T13:00:00Z').getTime();
    const a = planSessionTimers(session('2027-03-10T13:00:00Z'), [mentee()], {
      now: new Date(start - 40 * MIN),
    });
    const b = planSessionTimers(session('2027-03-10T13:00:00Z'), [mentee()], {
      now: new Date(start - 20 * MIN),
    });
    const { add, remove } = diffTimers(a, b);
    expect(remove).toEqual(['rem-42-r1-1h-UMENTEE']);
    expect(add.map((t) => t.jobId)).toEqual(['rem-42-r1-1h-UMENTEE']);
  });

  it('when prefixes of revision 1 are built, then they never match revision 12 or session 420', () => {
    const prefixes = sessionJobIdPrefixes(42, 1);
    expect(prefixes).toEqual(['rem-42-r1-', 'agenda-42-r1-', 'checkin-42-r1-']);
    for (const id of ['rem-42-r12-1h-U1', 'rem-420-r1-1h-U1', 'checkin-42-r10-U1']) {
      expect(prefixes.some((p) => id.startsWith(p))).toBe(false);
    }
  });
});

describe('planSessionTimers — configuration and input checks', () => {
  const now = at('2027-03-01T12:00:00Z');

  it('when the workspace configures other offsets, then each gets its own label and job id', () => {
    const plan = planSessionTimers(session('2027-03-10T13:00:00Z'), [mentee()], {
      now,
      reminderOffsetsMinutes: [2880, 90, 15, 90],
    });
    expect(reminders(plan).map((t) => t.jobId)).toEqual([
      'rem-42-r1-48h-UMENTEE',
      'rem-42-r1-90m-UMENTEE',
      'rem-42-r1-15m-UMENTEE',
    ]);
    expect([1440, 60, 90, 45, 120].map(offsetLabel)).toEqual(['24h', '1h', '90m', '45m', '2h']);
  });

  it('when reminders are switched off (no offsets), then only agenda and check-in are planned', () => {
    const plan = planSessionTimers(session('2027-03-10T13:00:00Z'), [mentee()], {
      now,
      reminderOffsetsMinutes: [],
    });
    expect(plan.map((t) => t.kind)).toEqual(['agenda_prompt', 'checkin']);
  });

  it('when an offset, duration, revision or Slack id is invalid, then a RangeError is thrown', () => {
    const s = session('2027-03-10T13:00:00Z');
    expect(() => planSessionTimers(s, [mentee()], { now, reminderOffsetsMinutes: [0] })).toThrow(RangeError);
    expect(() => planSessionTimers(s, [mentee()], { now, reminderOffsetsMinutes: [1.5] })).toThrow(
      RangeError,
    );
    expect(() => planSessionTimers({ ...s, durationMinutes: 0 }, [mentee()], { now })).toThrow(RangeError);
    expect(() => planSessionTimers({ ...s, revision: -1 }, [mentee()], { now })).toThrow(RangeError);
    expect(() => planSessionTimers(s, [mentee({ slackUserId: 'T1:U1' })], { now })).toThrow(RangeError);
  });

  it('when a timer is overdue, then its delay is 0, never negative', () => {
    const [t] = planSessionTimers(session('2027-03-10T13:00:00Z'), [mentee()], { now });
    expect(t && timerDelayMs(t, at('2027-04-01T00:00:00Z'))).toBe(0);
  });
});

describe('planSessionTimers — properties', () => {
  const ZONES = [BERLIN, SAO_PAULO, 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'UTC'];
  const time = fc
    .integer({ min: 0, max: 47 })
    .map((h) => `${String(Math.floor(h / 2)).padStart(2, '0')}:${h % 2 ? '30' : '00'}`);
  const quiet: fc.Arbitrary<QuietHours> = fc.oneof(
    fc.constant(Q),
    fc.record({ start: time, end: time, weekends: fc.boolean() }),
  );
  const person = (id: string, role: 'mentee' | 'mentor'): fc.Arbitrary<Participant> =>
    fc.record({
      slackUserId: fc.constant(id),
      role: fc.constant(role),
      tz: fc.constantFrom(...ZONES),
      quiet,
      paused: fc.boolean(),
    });
  const JAN_2027 = Date.UTC(2027, 0, 1);
  const input = fc.record({
    start: fc.integer({ min: 0, max: 365 * 24 * 4 }).map((q) => JAN_2027 + q * 15 * MIN),
    lead: fc.integer({ min: -3 * 24 * 60, max: 21 * 24 * 60 }).map((m) => m * MIN + 17_000),
    duration: fc.constantFrom(30, 45, 60, 90),
    revision: fc.nat({ max: 20 }),
    offsets: fc.uniqueArray(fc.constantFrom(15, 60, 90, 1440, 2880), { maxLength: 3 }),
    people: fc.tuple(person('UMENTEE', 'mentee'), person('UMENTOR', 'mentor')),
  });
  type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;
  const plan = (i: Input): { plan: PlannedTimer[]; now: Date; start: Date } => {
    const start = new Date(i.start);
    const now = new Date(i.start - i.lead);
    return {
      start,
      now,
      plan: planSessionTimers(
        { sessionId: 7, startsAt: start, durationMinutes: i.duration, revision: i.revision },
        i.people,
        { now, reminderOffsetsMinutes: i.offsets },
      ),
    };
  };

  it('when any plan is made, then no timer lands in its recipient’s quiet hours unless it is due now', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { plan: p, now } = plan(i);
        for (const t of p) {
          const who = i.people.find((x) => x.slackUserId === t.recipient);
          if (!who) return false;
          if (t.dueAt.getTime() !== now.getTime() && isQuiet(t.dueAt, who.tz, who.quiet)) return false;
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('when any plan is made, then job ids are unique, contain no ":" and carry the revision prefix', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { plan: p } = plan(i);
        const ids = p.map((t) => t.jobId);
        const prefixes = sessionJobIdPrefixes(7, i.revision);
        return (
          new Set(ids).size === ids.length &&
          ids.every((id) => !id.includes(':') && prefixes.some((x) => id.startsWith(x))) &&
          new Set(p.map(deliveryKey)).size === p.length
        );
      }),
    );
  });

  it('when the same input is planned twice, then the plans are identical', () => {
    fc.assert(
      fc.property(input, (i) => {
        expect(plan(i).plan).toEqual(plan(i).plan);
      }),
    );
  });

  it('when any plan is made, then nothing is due before now, reminders precede the start, and nobody gets two at once', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { plan: p, now, start } = plan(i);
        if (p.some((t) => t.dueAt.getTime() < now.getTime())) return false;
        const rems = p.filter((t) => t.kind === 'reminder');
        if (rems.some((t) => t.dueAt.getTime() >= start.getTime())) return false;
        for (const who of ['UMENTEE', 'UMENTOR']) {
          const mine = rems.filter((t) => t.recipient === who).map((t) => t.dueAt.getTime());
          if (new Set(mine).size !== mine.length) return false;
          if (mine.filter((d) => d === now.getTime()).length > 1) return false;
        }
        return true;
      }),
      { numRuns: 400 },
    );
  });

  it('when someone is paused, then no timer is addressed to them', () => {
    fc.assert(
      fc.property(input, (i) => {
        const paused = new Set(i.people.filter((x) => x.paused).map((x) => x.slackUserId));
        return plan(i).plan.every((t) => !paused.has(t.recipient));
      }),
    );
  });
});
