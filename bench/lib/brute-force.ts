/**
 * Exhaustive batch-matching optimum for tiny instances (the benchmark's brute-force cross-check): every
 * mentee either stays out or takes a mentor with room left, with a simple branch-and-bound cut.
 */
import type { BatchEdge, BatchInput } from '../../src/domain/matching/batch';
import { mulberry32 } from './synthetic-org';

export function bruteForceOptimum(input: BatchInput): number {
  const n = input.menteeCount;
  const byMentee: BatchEdge[][] = Array.from({ length: n }, () => []);
  for (let e = 0; e < input.edges.length; e++) {
    const edge = input.edges[e]!;
    byMentee[edge.mentee]!.push(edge);
  }
  const restBound = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    restBound[i] = restBound[i + 1]! + byMentee[i]!.reduce((best, edge) => Math.max(best, edge.score), 0);
  }
  const room = Array.from(input.mentorCapacities);
  let best = 0;
  const visit = (i: number, sum: number): void => {
    if (sum + restBound[i]! <= best) return;
    if (i === n) {
      best = sum;
      return;
    }
    for (const edge of byMentee[i]!) {
      if (room[edge.mentor]! > 0) {
        room[edge.mentor]! -= 1;
        visit(i + 1, sum + edge.score);
        room[edge.mentor]! += 1;
      }
    }
    visit(i + 1, sum);
  };
  visit(0, 0);
  return best;
}

/** A random instance of up to 8 × 8, capacities 1–3, edge density and score range varying with the seed. */
export function randomSmallInstance(seed: number): BatchInput {
  const rng = mulberry32(seed);
  const int = (k: number): number => Math.floor(rng() * k);
  const menteeCount = 1 + int(8);
  const mentors = 1 + int(8);
  const mentorCapacities = Array.from({ length: mentors }, () => 1 + int(3));
  const density = 0.2 + 0.8 * rng();
  const maxScore = [3, 10, 100][int(3)]!;
  const edges: BatchEdge[] = [];
  for (let mentee = 0; mentee < menteeCount; mentee++) {
    for (let mentor = 0; mentor < mentors; mentor++) {
      if (rng() < density) edges.push({ mentee, mentor, score: 1 + int(maxScore) });
    }
  }
  return { menteeCount, mentorCapacities, edges };
}
