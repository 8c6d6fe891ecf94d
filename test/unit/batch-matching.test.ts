import { bruteForceOptimum } from '../../bench/lib/brute-force';
import fc from 'fast-check';
import {
  type BatchEdge,
  type BatchInput,
  type BatchResult,
  greedyMatching,
  solveBatchMatching,
  solveBatchMatchingCsr,
  toCsr,
} from '../../src/domain/matching/batch';


/** Checks the invariants every result must satisfy, whatever the algorithm. */
function expectFeasible(input: BatchInput, result: BatchResult): void {
  const scoreOf = new Map<string, number>();
  for (let e = 0; e < input.edges.length; e++) {
    const edge = input.edges[e]!;
    const key = `${edge.mentee}:${edge.mentor}`;
    scoreOf.set(key, Math.max(scoreOf.get(key) ?? 0, edge.score));
  }
  expect(result.mentorOf).toHaveLength(input.menteeCount);
  const load = new Array<number>(input.mentorCapacities.length).fill(0);
  let total = 0;
  result.mentorOf.forEach((mentor, mentee) => {
    if (mentor === -1) return;
    const score = scoreOf.get(`${mentee}:${mentor}`);
    expect(score).toBeDefined(); // only allowed pairs
    total += score ?? 0;
    load[mentor]! += 1;
  });
  load.forEach((used, mentor) => expect(used).toBeLessThanOrEqual(input.mentorCapacities[mentor]!));
  expect(result.total).toBe(total);
  expect(result.upperBound).toBeGreaterThanOrEqual(result.total);
}

/** Random instances up to 8 × 8, capacities 1–3, scores from a small range so that ties are common. */
const smallInstance: fc.Arbitrary<BatchInput> = fc
  .record({
    n: fc.integer({ min: 0, max: 8 }),
    m: fc.integer({ min: 0, max: 8 }),
    maxScore: fc.constantFrom(3, 12, 1000),
  })
  .chain(({ n, m, maxScore }) =>
    fc.record({
      menteeCount: fc.constant(n),
      mentorCapacities: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: m, maxLength: m }),
      edges:
        n === 0 || m === 0
          ? fc.constant<BatchEdge[]>([])
          : fc.uniqueArray(
              fc.record({
                mentee: fc.integer({ min: 0, max: n - 1 }),
                mentor: fc.integer({ min: 0, max: m - 1 }),
                score: fc.integer({ min: 1, max: maxScore }),
              }),
              { selector: (edge) => `${edge.mentee}:${edge.mentor}`, maxLength: n * m },
            ),
    }),
  );

describe('solveBatchMatching', () => {
  it('when instances are small and random, then the total equals the brute-force optimum and is proven exact', () => {
    fc.assert(
      fc.property(smallInstance, (input) => {
        const result = solveBatchMatching(input);
        expectFeasible(input, result);
        expect(result.total).toBe(bruteForceOptimum(input));
        expect(result.exact).toBe(true);
        expect(result.upperBound).toBe(result.total);
      }),
      { numRuns: 600, seed: 20240611 },
    );
  });

  it('when mentors are scarce and contested, then the total still equals the brute-force optimum', () => {
    // Few mentors with capacity 1 and dense edges force long augmenting paths and evictions.
    const contested = fc
      .record({ n: fc.integer({ min: 4, max: 8 }), m: fc.integer({ min: 1, max: 4 }) })
      .chain(({ n, m }) =>
        fc.record({
          menteeCount: fc.constant(n),
          mentorCapacities: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: m, maxLength: m }),
          edges: fc
            .constant(null)
            .chain(() =>
              fc
                .array(fc.integer({ min: 1, max: 6 }), { minLength: n * m, maxLength: n * m })
                .map((scores) =>
                  scores.map((score, at) => ({ mentee: Math.floor(at / m), mentor: at % m, score })),
                ),
            ),
        }),
      );
    fc.assert(
      fc.property(contested, (input) => {
        const result = solveBatchMatching(input);
        expectFeasible(input, result);
        expect(result.total).toBe(bruteForceOptimum(input));
        expect(result.exact).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('when greedy grabs the top pair first, then greedy is suboptimal and ours is optimal', () => {
    // Greedy takes (0,0)=10 and strands mentee 1; the optimum pairs 0→1 and 1→0 for 9 + 9.
    const input: BatchInput = {
      menteeCount: 2,
      mentorCapacities: [1, 1],
      edges: [
        { mentee: 0, mentor: 0, score: 10 },
        { mentee: 0, mentor: 1, score: 9 },
        { mentee: 1, mentor: 0, score: 9 },
      ],
    };
    const greedy = greedyMatching(input);
    const ours = solveBatchMatching(input);
    expect(greedy.total).toBe(10);
    expect(ours.total).toBe(18);
    expect(Array.from(ours.mentorOf)).toEqual([1, 0]);
    expect(ours.exact).toBe(true);
    expect(greedy.exact).toBe(false);
  });

  it('when leaving a mentee out pays off, then the optimum leaves that mentee unmatched', () => {
    // One mentor slot: mentee 1 is worth more there, so mentee 0 (processed first) is pushed out again.
    const input: BatchInput = {
      menteeCount: 2,
      mentorCapacities: [1],
      edges: [
        { mentee: 0, mentor: 0, score: 4 },
        { mentee: 1, mentor: 0, score: 7 },
      ],
    };
    const result = solveBatchMatching(input);
    expect(Array.from(result.mentorOf)).toEqual([-1, 0]);
    expect(result.total).toBe(7);
    expect(result.upperBound).toBe(7);
  });

  it('when a mentor has capacity 3, then up to three mentees share that mentor', () => {
    const input: BatchInput = {
      menteeCount: 4,
      mentorCapacities: [3],
      edges: [0, 1, 2, 3].map((mentee) => ({ mentee, mentor: 0, score: mentee + 1 })),
    };
    const result = solveBatchMatching(input);
    expect(Array.from(result.mentorOf)).toEqual([-1, 0, 0, 0]);
    expect(result.total).toBe(9);
  });

  it('when the input is empty, then nobody is matched and the bound is zero', () => {
    for (const input of [
      { menteeCount: 0, mentorCapacities: [], edges: [] },
      { menteeCount: 3, mentorCapacities: [], edges: [] },
      { menteeCount: 0, mentorCapacities: [2, 1], edges: [] },
      { menteeCount: 2, mentorCapacities: [1, 1], edges: [] },
    ] satisfies BatchInput[]) {
      for (const result of [solveBatchMatching(input), greedyMatching(input)]) {
        expect(Array.from(result.mentorOf)).toEqual(new Array(input.menteeCount).fill(-1));
        expect(result.total).toBe(0);
        expect(result.upperBound).toBe(0);
        expect(result.exact).toBe(true);
      }
    }
  });

  it('when a mentor has capacity 0, then nobody is assigned to that mentor', () => {
    const input: BatchInput = {
      menteeCount: 1,
      mentorCapacities: [0, 1],
      edges: [
        { mentee: 0, mentor: 0, score: 50 },
        { mentee: 0, mentor: 1, score: 1 },
      ],
    };
    expect(Array.from(solveBatchMatching(input).mentorOf)).toEqual([1]);
    expect(Array.from(greedyMatching(input).mentorOf)).toEqual([1]);
  });

  it('when the same pair is listed twice or with score 0, then the best listed score counts and 0 is ignored', () => {
    const input: BatchInput = {
      menteeCount: 2,
      mentorCapacities: [1, 1],
      edges: [
        { mentee: 0, mentor: 0, score: 2 },
        { mentee: 0, mentor: 0, score: 5 },
        { mentee: 1, mentor: 1, score: 0 },
      ],
    };
    const result = solveBatchMatching(input);
    expect(Array.from(result.mentorOf)).toEqual([0, -1]);
    expect(result.total).toBe(5);
  });

  it('when scores are large, then the heap-based search still finds the optimum', () => {
    fc.assert(
      fc.property(smallInstance, (input) => {
        const scaled = {
          ...input,
          edges: Array.from(input.edges, (edge) => ({ ...edge, score: edge.score * 100_003 })),
        };
        const result = solveBatchMatching(scaled);
        expectFeasible(scaled, result);
        expect(result.total).toBe(bruteForceOptimum(scaled));
        expect(result.exact).toBe(true);
      }),
      { numRuns: 200, seed: 99 },
    );
  });

  it('when the time budget runs out at once, then the assignment is still feasible and the bound still holds', () => {
    let now = 0;
    const clock = (): number => (now += 1000);
    fc.assert(
      fc.property(smallInstance, (input) => {
        const result = solveBatchMatching(input, { timeBudgetMs: 1, clock });
        expectFeasible(input, result);
        expect(result.upperBound).toBeGreaterThanOrEqual(bruteForceOptimum(input));
        expect(result.exact).toBe(result.total === result.upperBound);
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('when the time budget is generous, then the result is exact', () => {
    const input: BatchInput = {
      menteeCount: 2,
      mentorCapacities: [1, 1],
      edges: [
        { mentee: 0, mentor: 0, score: 10 },
        { mentee: 0, mentor: 1, score: 9 },
        { mentee: 1, mentor: 0, score: 9 },
      ],
    };
    const result = solveBatchMatching(input, { timeBudgetMs: 60_000, clock: () => 0 });
    expect(result.total).toBe(18);
    expect(result.exact).toBe(true);
  });

  it('when the input is given as CSR, then the result matches the object form', () => {
    fc.assert(
      fc.property(smallInstance, (input) => {
        const viaCsr = solveBatchMatchingCsr(toCsr(input));
        expect(viaCsr.total).toBe(solveBatchMatching(input).total);
      }),
      { numRuns: 100, seed: 11 },
    );
  });

  it('when the input is malformed, then a RangeError names the problem', () => {
    const base = { menteeCount: 1, mentorCapacities: [1] };
    expect(() => solveBatchMatching({ ...base, edges: [{ mentee: 1, mentor: 0, score: 1 }] })).toThrow(
      RangeError,
    );
    expect(() => solveBatchMatching({ ...base, edges: [{ mentee: 0, mentor: 2, score: 1 }] })).toThrow(
      /mentor 2/,
    );
    expect(() => solveBatchMatching({ ...base, edges: [{ mentee: 0, mentor: 0, score: 1.5 }] })).toThrow(
      /score/,
    );
    expect(() => solveBatchMatching({ ...base, edges: [{ mentee: 0, mentor: 0, score: -1 }] })).toThrow(
      /score/,
    );
    expect(() => solveBatchMatching({ menteeCount: 1, mentorCapacities: [-1], edges: [] })).toThrow(
      /capacity/,
    );
    expect(() => solveBatchMatching({ menteeCount: -1, mentorCapacities: [], edges: [] })).toThrow(
      /menteeCount/,
    );
  });
});

describe('greedyMatching', () => {
  it('when instances are small and random, then greedy is feasible and never beats the optimum', () => {
    fc.assert(
      fc.property(smallInstance, (input) => {
        const result = greedyMatching(input);
        expectFeasible(input, result);
        const optimum = bruteForceOptimum(input);
        expect(result.total).toBeLessThanOrEqual(optimum);
        expect(result.upperBound).toBeGreaterThanOrEqual(optimum);
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});
