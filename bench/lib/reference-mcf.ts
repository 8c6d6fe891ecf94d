/**
 * Reference solver for the benchmark's independent exact check: textbook successive shortest paths for
 * min-cost flow, with Bellman-Ford in its queue form (SPFA) on the plain residual graph, no potentials,
 * no shortcuts. Slow (fine at 1,000 × 1,000) but shares no code or ideas beyond the model with the solver
 * in src/domain/matching/batch.ts, which is the point.
 *
 * Network: source → mentee (capacity 1, cost 0), mentee → mentor (capacity 1, cost -score),
 * mentor → sink (capacity = mentor capacity, cost 0). We keep sending one unit along the cheapest
 * source–sink path while that path has negative cost; the profit of the resulting flow is the optimum
 * total (path costs never decrease in successive shortest paths, so stopping at the first non-negative
 * one gives the best flow of any value).
 */
import type { BatchCsrInput } from '../../src/domain/matching/batch';

export interface ReferenceResult {
  total: number;
  mentorOf: Int32Array;
}

export function referenceMaxWeightMatching(input: BatchCsrInput): ReferenceResult {
  const n = input.menteeCount;
  const m = input.mentorCapacities.length;
  const source = 0;
  const sink = n + m + 1;
  const nodes = n + m + 2;
  const edgeCount = input.offsets[n]!;
  const maxArcs = 2 * (n + edgeCount + m);
  const to = new Int32Array(maxArcs);
  const capacity = new Int32Array(maxArcs);
  const cost = new Float64Array(maxArcs);
  const next = new Int32Array(maxArcs);
  const head = new Int32Array(nodes).fill(-1);
  let arcs = 0;
  const addArc = (a: number, b: number, c: number, price: number): void => {
    to[arcs] = b;
    capacity[arcs] = c;
    cost[arcs] = price;
    next[arcs] = head[a]!;
    head[a] = arcs++;
    to[arcs] = a;
    capacity[arcs] = 0;
    cost[arcs] = -price;
    next[arcs] = head[b]!;
    head[b] = arcs++;
  };
  for (let i = 0; i < n; i++) addArc(source, 1 + i, 1, 0);
  for (let i = 0; i < n; i++) {
    for (let e = input.offsets[i]!; e < input.offsets[i + 1]!; e++) {
      if (input.scores[e]! > 0) addArc(1 + i, 1 + n + input.mentors[e]!, 1, -input.scores[e]!);
    }
  }
  for (let j = 0; j < m; j++) addArc(1 + n + j, sink, input.mentorCapacities[j]!, 0);

  const dist = new Float64Array(nodes);
  const viaArc = new Int32Array(nodes);
  const inQueue = new Uint8Array(nodes);
  const queue = new Int32Array(nodes); // circular; each node is in it at most once
  let profit = 0;
  for (;;) {
    dist.fill(Infinity);
    viaArc.fill(-1);
    dist[source] = 0;
    let qHead = 0;
    let qSize = 1;
    queue[0] = source;
    inQueue[source] = 1;
    while (qSize > 0) {
      const a = queue[qHead]!;
      qHead = (qHead + 1) % nodes;
      qSize--;
      inQueue[a] = 0;
      for (let arc = head[a]!; arc >= 0; arc = next[arc]!) {
        if (capacity[arc]! <= 0) continue;
        const b = to[arc]!;
        const candidate = dist[a]! + cost[arc]!;
        if (candidate < dist[b]!) {
          dist[b] = candidate;
          viaArc[b] = arc;
          if (!inQueue[b]) {
            inQueue[b] = 1;
            queue[(qHead + qSize) % nodes] = b;
            qSize++;
          }
        }
      }
    }
    if (!(dist[sink]! < 0)) break;
    // Every path starts with a capacity-1 source arc, so one unit at a time.
    for (let b = sink; b !== source; b = to[viaArc[b]! ^ 1]!) {
      const arc = viaArc[b]!;
      capacity[arc]! -= 1;
      capacity[arc ^ 1]! += 1;
    }
    profit -= dist[sink]!;
  }

  // Read the assignment off the saturated mentee → mentor arcs.
  const mentorOf = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    for (let arc = head[1 + i]!; arc >= 0; arc = next[arc]!) {
      const b = to[arc]!;
      if (b > n && b <= n + m && (arc & 1) === 0 && capacity[arc] === 0) mentorOf[i] = b - n - 1;
    }
  }
  return { total: profit, mentorOf };
}
