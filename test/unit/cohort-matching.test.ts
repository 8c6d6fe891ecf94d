import fc from 'fast-check';
import { matchCohort, type CohortMentee } from '../../src/domain/admin/cohort-matching';
import {
  buildReportingLine,
  pairScoreForBatch,
  type CandidateProfile,
  type MenteeRequest,
} from '../../src/domain/matching/score';

const TABLEAU = 7;
const EXCEL = 8;
const NOW = new Date('2027-03-01T09:00:00Z');
const noLine = buildReportingLine(new Map());

function request(memberId: number, skillId: number, overrides: Partial<MenteeRequest> = {}): MenteeRequest {
  return {
    memberId,
    slackUserId: `UE${memberId}`,
    leadSlackUserId: null,
    tz: 'Europe/Berlin',
    languages: ['en'],
    skillId,
    currentLevel: 1,
    preferredStyles: [],
    availability: [],
    doNotPair: [],
    recentPairings: [],
    ...overrides,
  };
}
const mentee = (
  memberId: number,
  skills: number[],
  overrides: Partial<MenteeRequest> = {},
): CohortMentee => ({
  memberId,
  requests: skills.map((s) => request(memberId, s, overrides)),
});
function mentor(memberId: number, overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return {
    memberId,
    slackUserId: `UO${memberId}`,
    leadSlackUserId: null,
    tz: 'Europe/Berlin',
    languages: ['en'],
    paused: false,
    teaching: [{ skillId: TABLEAU, level: 5 }],
    styles: [],
    capacity: 1,
    openPairings: 0,
    availability: [],
    ...overrides,
  };
}

describe('cohort batch matching', () => {
  it('when six mentees compete for four single-seat mentors, then four pairs are proposed and two mentees are outcompeted', () => {
    const mentees = [1, 2, 3, 4, 5, 6].map((id) => mentee(id, [TABLEAU]));
    const mentors = [11, 12, 13, 14].map((id) => mentor(id));
    const r = matchCohort(mentees, mentors, noLine, NOW);
    expect(r.exact).toBe(true);
    expect(r.pairs).toHaveLength(4);
    expect(new Set(r.pairs.map((p) => p.mentorMemberId)).size).toBe(4);
    expect(new Set(r.pairs.map((p) => p.menteeMemberId)).size).toBe(4);
    expect(r.unmatched).toHaveLength(2);
    expect(r.unmatched.every((u) => u.reason === 'outcompeted')).toBe(true);
  });

  it('when the only mentor is the mentee’s lead (mapping), then no pair is made and the reason is no_candidate', () => {
    const line = buildReportingLine(new Map([['UE1', 'UO11']]));
    const r = matchCohort([mentee(1, [TABLEAU])], [mentor(11)], line, NOW);
    expect(r.pairs).toEqual([]);
    expect(r.unmatched).toEqual([{ memberId: 1, reason: 'no_candidate' }]);
  });

  it('when a mentor is already at capacity with open pairings, then they get nobody', () => {
    const r = matchCohort(
      [mentee(1, [TABLEAU])],
      [mentor(11, { capacity: 2, openPairings: 2 })],
      noLine,
      NOW,
    );
    expect(r.pairs).toEqual([]);
  });

  it('when a mentor has two free seats, then two mentees share them', () => {
    const r = matchCohort(
      [mentee(1, [TABLEAU]), mentee(2, [TABLEAU])],
      [mentor(11, { capacity: 3, openPairings: 1 })],
      noLine,
      NOW,
    );
    expect(r.pairs.map((p) => p.mentorMemberId)).toEqual([11, 11]);
  });

  it('when a mentee wants two skills, then the pair uses the skill the mentor teaches', () => {
    const r = matchCohort([mentee(1, [EXCEL, TABLEAU])], [mentor(11)], noLine, NOW);
    expect(r.pairs).toEqual([
      {
        menteeMemberId: 1,
        mentorMemberId: 11,
        skillId: TABLEAU,
        score: pairScoreForBatch(request(1, TABLEAU), mentor(11), NOW, noLine),
      },
    ]);
  });

  it('when the input comes in another order, then the same pairs come out (deterministic)', () => {
    const mentees = [1, 2, 3, 4].map((id) => mentee(id, [TABLEAU], { currentLevel: id % 3 }));
    const mentors = [11, 12].map((id) =>
      mentor(id, { teaching: [{ skillId: TABLEAU, level: 3 + (id % 3) }] }),
    );
    const a = matchCohort(mentees, mentors, noLine, NOW);
    const b = matchCohort([...mentees].reverse(), [...mentors].reverse(), noLine, NOW);
    expect(b.pairs.sort((x, y) => x.menteeMemberId - y.menteeMemberId)).toEqual(
      a.pairs.sort((x, y) => x.menteeMemberId - y.menteeMemberId),
    );
  });

  it('when small random cohorts are matched, then no rule is broken, no capacity exceeded, and the total is the brute-force optimum (property)', () => {
    const arb = fc.record({
      mentees: fc.array(
        fc.record({
          level: fc.integer({ min: 1, max: 4 }),
          skills: fc.subarray([TABLEAU, EXCEL], { minLength: 1 }),
          tz: fc.constantFrom('Europe/Berlin', 'America/Sao_Paulo', 'Asia/Tokyo'),
        }),
        { minLength: 1, maxLength: 5 },
      ),
      mentors: fc.array(
        fc.record({
          level: fc.integer({ min: 1, max: 5 }),
          skill: fc.constantFrom(TABLEAU, EXCEL),
          capacity: fc.integer({ min: 1, max: 2 }),
          open: fc.integer({ min: 0, max: 2 }),
          lead: fc.boolean(),
        }),
        { minLength: 1, maxLength: 4 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ mentees: ms, mentors: os }) => {
        const leads = new Map<string, string>();
        const mentees = ms.map((m, i) => mentee(i + 1, m.skills, { currentLevel: m.level, tz: m.tz }));
        const mentors = os.map((o, j) => {
          if (o.lead) leads.set(`UE${(j % ms.length) + 1}`, `UO${100 + j}`);
          return mentor(100 + j, {
            teaching: [{ skillId: o.skill, level: o.level }],
            capacity: o.capacity,
            openPairings: o.open,
          });
        });
        const line = buildReportingLine(leads);
        const r = matchCohort(mentees, mentors, line, NOW);
        const used = new Map<number, number>();
        for (const p of r.pairs) {
          const req = mentees
            .find((m) => m.memberId === p.menteeMemberId)!
            .requests.find((q) => q.skillId === p.skillId)!;
          const o = mentors.find((m) => m.memberId === p.mentorMemberId)!;
          expect(pairScoreForBatch(req, o, NOW, line)).toBe(p.score);
          expect(p.score).toBeGreaterThan(0);
          used.set(o.memberId, (used.get(o.memberId) ?? 0) + 1);
        }
        for (const o of mentors)
          expect(used.get(o.memberId) ?? 0).toBeLessThanOrEqual(Math.max(0, o.capacity - o.openPairings));
        expect(r.pairs.length + r.unmatched.length).toBe(mentees.length);
        // Brute force over every assignment.
        const best = (i: number, room: Map<number, number>): number => {
          if (i === mentees.length) return 0;
          let top = best(i + 1, room);
          for (const o of mentors) {
            const left = room.get(o.memberId)!;
            if (left <= 0) continue;
            const score = Math.max(0, ...mentees[i]!.requests.map((q) => pairScoreForBatch(q, o, NOW, line)));
            if (score <= 0) continue;
            room.set(o.memberId, left - 1);
            top = Math.max(top, score + best(i + 1, room));
            room.set(o.memberId, left);
          }
          return top;
        };
        expect(r.total).toBe(
          best(0, new Map(mentors.map((o) => [o.memberId, Math.max(0, o.capacity - o.openPairings)]))),
        );
      }),
      { numRuns: 150 },
    );
  });
});
