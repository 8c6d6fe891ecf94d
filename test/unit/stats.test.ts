import fc from 'fast-check';
import {
  aggregateSurvey,
  averageOf,
  buildProgramStats,
  rateOf,
  roundTo,
  type ProgramStatsInput,
  type SurveyResponse,
} from '../../src/domain/stats';

const input = (over: Partial<ProgramStatsInput> = {}): ProgramStatsInput => ({
  participants: { total: 14, mentees: 8, mentors: 7 },
  pairingsByState: [
    { state: 'active', count: 5 },
    { state: 'completed', count: 2 },
    { state: 'declined', count: 1 },
  ],
  sessionsHeld: 23,
  ratings: { sum: 87, count: 20 },
  kpis: { total: 12, done: 5 },
  confidenceBefore: { sum: 20, count: 8 },
  confidenceAfter: { sum: 30, count: 8 },
  ...over,
});

describe('roundTo, averageOf, rateOf', () => {
  it('when a value is exactly half-way, then it rounds away from zero, even where floats mislead', () => {
    expect(roundTo(2.25, 1)).toBe(2.3);
    expect(roundTo(-2.25, 1)).toBe(-2.3);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(12.5, 0)).toBe(13);
    expect(roundTo(-0.04, 1)).toBe(0);
    expect(Object.is(roundTo(-0.04, 1), -0)).toBe(false);
  });

  it('when there is nothing to average, then it is null rather than 0', () => {
    expect(averageOf(0, 0)).toBeNull();
    expect(averageOf(Number.NaN, 3)).toBeNull();
    expect(rateOf(0, 0)).toBeNull();
  });

  it('when a rate is almost complete, then it rounds down and 100 means all', () => {
    expect(rateOf(199, 200)).toBe(99);
    expect(rateOf(200, 200)).toBe(100);
    expect(rateOf(1, 3)).toBe(33);
    expect(rateOf(5, 3)).toBe(100);
  });

  it('when any finite value is rounded, then the result is within half a unit of it', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 3 }), (v, d) => {
        expect(Math.abs(roundTo(v, d) - v)).toBeLessThanOrEqual(0.5 / 10 ** d + 1e-9);
      }),
    );
  });
});

describe('buildProgramStats', () => {
  it('when aggregates are given, then participants, pairs by state, averages and rates are computed', () => {
    expect(buildProgramStats(input())).toEqual({
      participants: { total: 14, mentees: 8, mentors: 7 },
      pairs: {
        total: 8,
        byState: {
          proposed: 0,
          accepted: 0,
          coffee: 0,
          active: 5,
          completed: 2,
          declined: 1,
          expired: 0,
          ended: 0,
        },
      },
      sessionsHeld: 23,
      averageRating: 4.4, // 87 / 20 = 4.35 → 4.4
      ratingCount: 20,
      kpiCompletionRate: 41, // 5 / 12 = 41.67 % → 41
      kpisTotal: 12,
      kpisDone: 5,
      confidence: { beforeAvg: 2.5, afterAvg: 3.8, change: 1.3 }, // 3.75 → 3.8; 3.75 − 2.5 = 1.25 → 1.3
    });
  });

  it('when there are no ratings, KPIs or confidence answers, then those figures are null', () => {
    const s = buildProgramStats(
      input({
        ratings: { sum: 0, count: 0 },
        kpis: { total: 0, done: 0 },
        confidenceBefore: { sum: 0, count: 0 },
        confidenceAfter: { sum: 12, count: 3 },
      }),
    );
    expect(s.averageRating).toBeNull();
    expect(s.kpiCompletionRate).toBeNull();
    expect(s.confidence).toEqual({ beforeAvg: null, afterAvg: 4, change: null });
  });

  it('when a state appears twice or an unknown state sneaks in, then counts add up and the stranger is ignored', () => {
    const s = buildProgramStats(
      input({
        pairingsByState: [
          { state: 'active', count: 2 },
          { state: 'active', count: 3 },
          { state: 'bogus' as never, count: 9 },
        ],
      }),
    );
    expect(s.pairs.byState.active).toBe(5);
    expect(s.pairs.total).toBe(5);
  });

  it('when SQL returns NaN or more done KPIs than KPIs, then counts are sanitised', () => {
    const s = buildProgramStats(input({ sessionsHeld: Number.NaN, kpis: { total: 3, done: 4 } }));
    expect(s.sessionsHeld).toBe(0);
    expect(s.kpisDone).toBe(3);
    expect(s.kpiCompletionRate).toBe(100);
  });
});

describe('aggregateSurvey', () => {
  it('when responses are given, then each question gets count, average and distribution in first-seen order', () => {
    const responses: SurveyResponse[] = [
      { question: 'useful', score: 5 },
      { question: 'again', score: 3 },
      { question: 'useful', score: 4 },
      { question: 'useful', score: 4 },
      { question: 'again', score: 4 },
    ];
    expect(aggregateSurvey(responses)).toEqual([
      { question: 'useful', count: 3, average: 4.3, distribution: { 1: 0, 2: 0, 3: 0, 4: 2, 5: 1 } },
      { question: 'again', count: 2, average: 3.5, distribution: { 1: 0, 2: 0, 3: 1, 4: 1, 5: 0 } },
    ]);
  });

  it('when scores are outside 1–5 or not whole, then they are ignored, and a question with none is left out', () => {
    const responses = [
      { question: 'q', score: 0 },
      { question: 'q', score: 6 },
      { question: 'q', score: 2.5 },
      { question: 'q', score: 2 },
      { question: 'only-bad', score: 9 },
    ] as unknown as SurveyResponse[];
    expect(aggregateSurvey(responses)).toEqual([
      { question: 'q', count: 1, average: 2, distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 0 } },
    ]);
  });

  it('when there are no responses, then there are no questions', () => {
    expect(aggregateSurvey([])).toEqual([]);
  });

  it('when any valid responses are given, then counts match the distribution and averages lie in 1..5', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            question: fc.constantFrom('a', 'b', 'c'),
            score: fc.constantFrom(1, 2, 3, 4, 5) as fc.Arbitrary<SurveyResponse['score']>,
          }),
        ),
        (responses) => {
          const summary = aggregateSurvey(responses);
          expect(summary.reduce((n, q) => n + q.count, 0)).toBe(responses.length);
          for (const q of summary) {
            const d = q.distribution;
            expect(d[1] + d[2] + d[3] + d[4] + d[5]).toBe(q.count);
            expect(q.average).toBeGreaterThanOrEqual(1);
            expect(q.average).toBeLessThanOrEqual(5);
          }
        },
      ),
    );
  });
});
