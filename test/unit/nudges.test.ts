import {
  digestJobId,
  dueDigests,
  dueKpiNudges,
  kpiNudgeJobId,
  type DigestLead,
  type NudgeMentee,
} from '../../src/domain/nudges';
import { firstWorkingDayOfMonth } from '../../src/domain/time';

const BERLIN = 'Europe/Berlin';
const SAO_PAULO = 'America/Sao_Paulo';
const KOLKATA = 'Asia/Kolkata';
const NEW_YORK = 'America/New_York';
const AUCKLAND = 'Pacific/Auckland';

const at = (iso: string): Date => new Date(iso);
const mentee = (pairingId: number, tz: string, paused = false): NudgeMentee => ({ pairingId, tz, paused });

describe('dueKpiNudges', () => {
  const mentees = [mentee(1, BERLIN), mentee(2, SAO_PAULO), mentee(3, KOLKATA)];

  it('when the tick is 2027-03-01 09:00 UTC (Monday 1 March), then only Berlin (10:00 local) is due', () => {
    // Berlin is CET (+1) until 28 March: 10:00. São Paulo (−3): 06:00. Kolkata (+5:30): 14:30.
    expect(firstWorkingDayOfMonth(2027, 3)).toBe('2027-03-01');
    expect(dueKpiNudges(at('2027-03-01T09:00:00Z'), mentees)).toEqual([
      { pairingId: 1, jobId: 'kpi-1-202703', yearMonth: '202703' },
    ]);
  });

  it('when the same tick runs twice, then it yields the same ids (so nothing new is enqueued)', () => {
    const first = dueKpiNudges(at('2027-03-01T09:00:00Z'), mentees);
    const second = dueKpiNudges(at('2027-03-01T09:00:00Z'), [...mentees].reverse());
    expect(second).toEqual(first);
    // A queue that drops duplicate ids, as BullMQ does.
    const queue = new Set<string>();
    const enqueue = (ids: string[]): number => ids.filter((id) => !queue.has(id) && queue.add(id)).length;
    expect(enqueue(first.map((n) => n.jobId))).toBe(1);
    expect(enqueue(second.map((n) => n.jobId))).toBe(0);
  });

  it('when the tick is late in the 15-minute window, then it is still due; at 10:15 it is not', () => {
    expect(dueKpiNudges(at('2027-03-01T09:14:59Z'), mentees).map((n) => n.pairingId)).toEqual([1]);
    expect(dueKpiNudges(at('2027-03-01T09:15:00Z'), mentees)).toEqual([]);
    expect(dueKpiNudges(at('2027-03-01T08:59:59Z'), mentees)).toEqual([]);
  });

  it('when it is 10:00 in São Paulo and Kolkata on that day, then each is due on its own tick', () => {
    expect(dueKpiNudges(at('2027-03-01T13:00:00Z'), mentees).map((n) => n.pairingId)).toEqual([2]);
    expect(dueKpiNudges(at('2027-03-01T04:30:00Z'), mentees).map((n) => n.pairingId)).toEqual([3]);
  });

  it('when the 1st of the month is a Saturday (May 2027), then the nudge comes on Monday 3 May', () => {
    expect(firstWorkingDayOfMonth(2027, 5)).toBe('2027-05-03');
    // Berlin is CEST (+2) in May: 10:00 local = 08:00 UTC.
    expect(dueKpiNudges(at('2027-05-01T08:00:00Z'), [mentee(1, BERLIN)])).toEqual([]);
    expect(dueKpiNudges(at('2027-05-03T08:00:00Z'), [mentee(1, BERLIN)])).toEqual([
      { pairingId: 1, jobId: 'kpi-1-202705', yearMonth: '202705' },
    ]);
  });

  it('when the mentee has paused, then no nudge is due', () => {
    expect(dueKpiNudges(at('2027-03-01T09:00:00Z'), [mentee(1, BERLIN, true), mentee(4, BERLIN)])).toEqual([
      { pairingId: 4, jobId: 'kpi-4-202703', yearMonth: '202703' },
    ]);
  });

  it('when a row has an unknown time zone, then it is skipped and the others are still due', () => {
    expect(dueKpiNudges(at('2027-03-01T09:00:00Z'), [mentee(9, 'Mars/Olympus'), mentee(1, BERLIN)])).toEqual([
      { pairingId: 1, jobId: 'kpi-1-202703', yearMonth: '202703' },
    ]);
  });

  it('when a pairing is listed twice, then it is due once', () => {
    expect(dueKpiNudges(at('2027-03-01T09:00:00Z'), [mentee(1, BERLIN), mentee(1, BERLIN)])).toHaveLength(1);
  });

  it('when it is 1 March in Auckland but still February in UTC, then the id carries the local month', () => {
    // Monday 1 March 2027 10:00 NZDT (+13) = Sunday 28 February 21:00 UTC.
    expect(dueKpiNudges(at('2027-02-28T21:00:00Z'), [mentee(5, AUCKLAND)])).toEqual([
      { pairingId: 5, jobId: 'kpi-5-202703', yearMonth: '202703' },
    ]);
  });

  it('when the scheduler ticks every 15 minutes through 2027, then each pairing is due exactly once a month', () => {
    const zones = [BERLIN, SAO_PAULO, KOLKATA, NEW_YORK, AUCKLAND, 'UTC', 'Asia/Kathmandu'];
    const everyone = zones.map((tz, i) => mentee(i + 1, tz));
    const ids: string[] = [];
    // From 26 Dec 2026 to 5 Jan 2028 so every zone's whole year is covered.
    for (
      let t = Date.parse('2026-12-26T00:00:00Z');
      t < Date.parse('2028-01-05T00:00:00Z');
      t += 15 * 60_000
    ) {
      for (const n of dueKpiNudges(new Date(t), everyone)) ids.push(n.jobId);
    }
    for (let p = 1; p <= zones.length; p++) {
      const mine = ids.filter((id) => id.startsWith(`kpi-${p}-2027`));
      expect(mine).toEqual(
        Array.from({ length: 12 }, (_, m) => `kpi-${p}-2027${String(m + 1).padStart(2, '0')}`),
      );
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.includes(':'))).toBe(false);
  });

  it('when a job id is built, then it has the documented shape and no colon', () => {
    expect(kpiNudgeJobId(42, '202703')).toBe('kpi-42-202703');
  });
});

describe('dueDigests', () => {
  const leads: DigestLead[] = [
    { leadSlackUserId: 'ULEADBER', tz: BERLIN },
    { leadSlackUserId: 'ULEADNYC', tz: NEW_YORK },
  ];

  it('when it is Monday 09:00 in Berlin, then only the Berlin lead is due, with the ISO week in the id', () => {
    // 2027-03-01 08:00 UTC: Berlin 09:00 CET, New York 03:00 EST.
    expect(dueDigests(at('2027-03-01T08:00:00Z'), leads)).toEqual([
      { lead: 'ULEADBER', jobId: 'digest-ULEADBER-2027-W09', isoWeek: '2027-W09' },
    ]);
  });

  it('when it is Monday 09:00 in New York at the same moment it is 15:00 in Berlin, then only New York is due', () => {
    expect(dueDigests(at('2027-03-01T14:00:00Z'), leads)).toEqual([
      { lead: 'ULEADNYC', jobId: 'digest-ULEADNYC-2027-W09', isoWeek: '2027-W09' },
    ]);
  });

  it('when the acceptance tick 2027-03-01 09:00 UTC runs, then no digest is due (10:00 Berlin, 04:00 NY)', () => {
    expect(dueDigests(at('2027-03-01T09:00:00Z'), leads)).toEqual([]);
  });

  it('when the same tick runs twice, then the ids are identical', () => {
    const tick = at('2027-03-01T08:05:00Z');
    expect(dueDigests(tick, leads)).toEqual(dueDigests(tick, [...leads].reverse()));
  });

  it('when a lead chose Friday 16:00, then the digest is due then and not on Monday', () => {
    const custom: DigestLead[] = [{ leadSlackUserId: 'UFRI', tz: BERLIN, digestWeekday: 5, digestHour: 16 }];
    expect(dueDigests(at('2027-03-01T08:00:00Z'), custom)).toEqual([]);
    // Friday 5 March 2027 16:00 CET = 15:00 UTC.
    expect(dueDigests(at('2027-03-05T15:00:00Z'), custom)).toEqual([
      { lead: 'UFRI', jobId: 'digest-UFRI-2027-W09', isoWeek: '2027-W09' },
    ]);
  });

  it('when a setting is out of range, then the Monday 09:00 default applies', () => {
    const bad = [
      { leadSlackUserId: 'UBAD', tz: BERLIN, digestWeekday: 9, digestHour: 25 } as unknown as DigestLead,
    ];
    expect(dueDigests(at('2027-03-01T08:00:00Z'), bad).map((d) => d.lead)).toEqual(['UBAD']);
  });

  it('when the first days of January fall in the previous ISO year, then the id uses the ISO week-year', () => {
    // Monday 4 January 2027 is ISO week 1; Monday 28 December 2026 is 2026-W53.
    expect(dueDigests(at('2026-12-28T08:00:00Z'), leads)[0]?.jobId).toBe('digest-ULEADBER-2026-W53');
    expect(dueDigests(at('2027-01-04T08:00:00Z'), leads)[0]?.jobId).toBe('digest-ULEADBER-2027-W01');
  });

  it('when a lead id contained a colon, then the job id still has none and stays distinct', () => {
    expect(digestJobId('U:1', '2027-W09')).toBe('digest-U%3A1-2027-W09');
    expect(digestJobId('U:1', '2027-W09')).not.toBe(digestJobId('U1', '2027-W09'));
  });

  it('when a lead has an unknown zone or is listed twice, then it is skipped or counted once', () => {
    const rows: DigestLead[] = [
      { leadSlackUserId: 'UX', tz: 'Not/AZone' },
      { leadSlackUserId: 'ULEADBER', tz: BERLIN },
      { leadSlackUserId: 'ULEADBER', tz: BERLIN },
    ];
    expect(dueDigests(at('2027-03-01T08:00:00Z'), rows).map((d) => d.lead)).toEqual(['ULEADBER']);
  });

  it('when ticking every 15 minutes for a year, then each lead gets exactly one digest per ISO week', () => {
    const ids: string[] = [];
    for (
      let t = Date.parse('2027-01-04T00:00:00Z');
      t < Date.parse('2028-01-03T00:00:00Z');
      t += 15 * 60_000
    ) {
      for (const d of dueDigests(new Date(t), leads)) ids.push(d.jobId);
    }
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => id.startsWith('digest-ULEADBER-'))).toHaveLength(52);
    expect(ids.filter((id) => id.startsWith('digest-ULEADNYC-'))).toHaveLength(52);
  });
});
