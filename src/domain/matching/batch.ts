/**
 * Exact batch matching for a cohort: maximum-weight bipartite b-matching.
 *
 * Mentees take at most one mentor, mentor `j` takes at most `capacity[j]` mentees, and only the listed
 * (already rule-checked) pairs may be used. We maximise the total score; nobody has to be matched.
 *
 * The solver is successive shortest augmenting paths with dual prices (the Jonker–Volgenant / Hungarian
 * family), specialised for this shape:
 *
 * - Duals: a price `v[j] >= 0` per mentor and a utility `u[i] >= 0` per mentee with `u[i] + v[j] >= w(i, j)`
 *   on every edge. Any such pair is a feasible solution of the LP dual, so `sum(u) + sum(cap * v)` is a proven
 *   upper bound. The bipartite b-matching LP is integral, so at the optimum the bound equals the total.
 * - Invariants (complementary slackness) while mentees are added one by one: every matched pair is tight
 *   (`u + v == w`), a mentor with spare capacity has price 0, an unmatched mentee that was already processed
 *   has utility 0. Each new mentee is added along a shortest path in reduced costs, so the invariants survive.
 * - "Staying unmatched" is modelled as a private zero-score outside option per mentee, so a path may end by
 *   pushing somebody out of the matching when that is worth more overall.
 * - The Dijkstra search runs over mentors only (a full mentor's mentees sit at the same distance because their
 *   edges are tight) and stops as soon as the cheapest end of a path is known. Scores are integers, so path
 *   lengths are small integers bounded by the largest score and a bucket queue (Dial) replaces the heap;
 *   a binary heap takes over when scores are large.
 * - Everything lives in typed arrays in CSR form: 25,000 × 25,000 with a few million edges stays far below
 *   a gigabyte.
 *
 * Pure: no I/O. The only clock read is the optional time budget; when it runs out, the remaining mentees are
 * placed greedily and the result carries `exact: false` with the still-valid dual bound.
 */

/** One allowed pair. `score` is a positive integer; forbidden pairs must already be absent. */
export interface BatchEdge {
  mentee: number;
  mentor: number;
  score: number;
}

/** A batch-matching instance in the friendly, object-based form. */
export interface BatchInput {
  menteeCount: number;
  /** Capacity per mentor (non-negative integers); its length is the number of mentors. */
  mentorCapacities: ArrayLike<number>;
  edges: ArrayLike<BatchEdge> | BatchEdge[];
}

/**
 * The same instance in compressed sparse row form, grouped by mentee: the edges of mentee `i` are
 * `offsets[i] .. offsets[i + 1] - 1` in `mentors` / `scores`. This is what the solver works on; callers with
 * millions of edges can build it directly and skip the per-edge objects.
 */
export interface BatchCsrInput {
  menteeCount: number;
  mentorCapacities: ArrayLike<number>;
  offsets: Int32Array;
  mentors: Int32Array;
  scores: Int32Array;
}

/** Outcome of a batch matching. */
export interface BatchResult {
  /** Per mentee: the chosen mentor's index, or -1 when the mentee stays unmatched. */
  mentorOf: Int32Array;
  /** Sum of the scores of the chosen pairs. */
  total: number;
  /** True when `total` equals `upperBound`, i.e. optimality is proven. */
  exact: boolean;
  /** A proven upper bound on the best possible total (LP dual value); always `>= total`. */
  upperBound: number;
}

/** Options for {@link solveBatchMatching}. */
export interface BatchOptions {
  /** Stop the exact search after roughly this many milliseconds and finish greedily (then `exact` may be false). */
  timeBudgetMs?: number;
  /** Clock for the time budget, in milliseconds; defaults to `Date.now`. Injectable for tests. */
  clock?: () => number;
}

/** Above this largest score the bucket queue would be mostly empty buckets; a binary heap is used instead. */
const MAX_BUCKETS = 1 << 16;
/** How many mentees are added between two looks at the clock (reading it is not free). */
const CLOCK_EVERY = 32;

/**
 * Converts the object form to CSR, validating it.
 *
 * @throws RangeError on an index out of range, a non-integer or negative score, or a bad capacity.
 */
export function toCsr(input: BatchInput): BatchCsrInput {
  const n = checkCount(input.menteeCount, 'menteeCount');
  const m = input.mentorCapacities.length;
  const edges = input.edges;
  const count = new Int32Array(n + 1);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as BatchEdge;
    checkEdge(edge.mentee, edge.mentor, edge.score, n, m);
    if (edge.score > 0) count[edge.mentee + 1]! += 1;
  }
  for (let i = 0; i < n; i++) count[i + 1]! += count[i]!;
  const offsets = count.slice();
  const fill = count.slice(0, n);
  const total = offsets[n]!;
  const mentors = new Int32Array(total);
  const scores = new Int32Array(total);
  for (let e = 0; e < edges.length; e++) {
    const edge = edges[e] as BatchEdge;
    if (edge.score <= 0) continue;
    const at = fill[edge.mentee]!++;
    mentors[at] = edge.mentor;
    scores[at] = edge.score;
  }
  return { menteeCount: n, mentorCapacities: input.mentorCapacities, offsets, mentors, scores };
}

/**
 * Finds an assignment with the maximum total score (exact for integer scores), with a matching LP dual bound.
 *
 * @param input mentees, mentor capacities and the allowed, scored pairs.
 * @param opts optional time budget; without one the result is always exact.
 * @returns the assignment, its total, the dual upper bound and whether the two meet.
 * @throws RangeError when the input is malformed (see {@link toCsr}).
 */
export function solveBatchMatching(input: BatchInput, opts: BatchOptions = {}): BatchResult {
  return solveBatchMatchingCsr(toCsr(input), opts);
}

/** Greedy baseline: takes pairs in order of decreasing score while both sides have room. */
export function greedyMatching(input: BatchInput): BatchResult {
  return greedyMatchingCsr(toCsr(input));
}

/**
 * {@link solveBatchMatching} on CSR input (validated here too, in one linear pass).
 */
export function solveBatchMatchingCsr(input: BatchCsrInput, opts: BatchOptions = {}): BatchResult {
  const g = prepare(input, true);
  const { n, m, offsets, adj, w, cap } = g;

  const mentorOf = new Int32Array(n).fill(-1);
  const matchedScore = new Float64Array(n);
  const u = new Float64Array(n);
  const v = new Float64Array(m);
  const load = new Int32Array(m);
  // Mentor j's mentees live in slots slotStart[j] .. slotStart[j] + load[j] - 1.
  const slotStart = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) slotStart[j + 1] = slotStart[j]! + cap[j]!;
  const slots = new Int32Array(slotStart[m]!);

  // Search state, reused across mentees; stamps avoid clearing arrays of size m every time.
  const dist = new Float64Array(m);
  const pred = new Int32Array(m);
  const predW = new Float64Array(m);
  const seen = new Int32Array(m);
  const done = new Int32Array(m);
  const touched = new Int32Array(m);
  const settled = new Int32Array(m);
  const queue: MinQueue = g.maxScore < MAX_BUCKETS ? new BucketQueue(m, g.maxScore + 1) : new HeapQueue();

  const budget = opts.timeBudgetMs;
  const clock = opts.clock ?? Date.now;
  const deadline = budget === undefined ? Infinity : clock() + budget;
  let round = 0;
  let processed = 0;

  for (; processed < n; processed++) {
    if (budget !== undefined && processed % CLOCK_EVERY === 0 && clock() >= deadline) break;
    const i0 = processed;
    const lo = offsets[i0]!;
    const hi = offsets[i0 + 1]!;

    // The best value i0 can get at today's prices; prefer a mentor with room among equally good ones,
    // because then no search is needed at all (the common case early on).
    let best = 0;
    let bestRoom = -1;
    let bestRoomValue = -Infinity;
    for (let e = lo; e < hi; e++) {
      if (w[e]! < best) break; // sorted: no later edge can reach the best value
      const j = adj[e]!;
      const value = w[e]! - v[j]!;
      if (value > best) best = value;
      if (load[j]! < cap[j]! && value > bestRoomValue) {
        bestRoomValue = value;
        bestRoom = e;
      }
    }
    if (best <= 0) {
      u[i0] = 0; // nothing is worth more than staying out at these prices; prices only go up
      continue;
    }
    if (bestRoom >= 0 && bestRoomValue === best) {
      const j = adj[bestRoom]!;
      slots[slotStart[j]! + load[j]!] = i0;
      load[j]! += 1;
      mentorOf[i0] = j;
      matchedScore[i0] = w[bestRoom]!;
      u[i0] = best;
      continue;
    }

    // Dijkstra over mentors in reduced costs r(i, j) = u[i] + v[j] - w(i, j) >= 0.
    round++;
    u[i0] = best;
    let nTouched = 0;
    let nSettled = 0;
    // Cheapest known end of a path: leaving i0 out costs u[i0].
    let bestD = best;
    let endMentor = -1;
    let endMentee = i0;

    // Mentees are scanned in Dijkstra order: i0 first, then the mentees of each settled mentor. (One inlined
    // loop rather than a helper closure: this is the hot path.)
    let k = i0;
    let dk = 0;
    let slot = 0;
    let slotEnd = 0;
    for (;;) {
      // Relax every edge of mentee k, which sits at distance dk.
      const base = dk + u[k]!;
      const eEnd = offsets[k + 1]!;
      for (let e = offsets[k]!; e < eEnd; e++) {
        // Edges come in decreasing score and prices are >= 0, so once even a free mentor at this score
        // could not beat the best end, no later edge can.
        if (base - w[e]! >= bestD) break;
        const j = adj[e]!;
        if (done[j] === round) continue;
        const nd = base + v[j]! - w[e]!;
        if (nd >= bestD) continue;
        if (seen[j] !== round) {
          seen[j] = round;
          touched[nTouched++] = j;
        } else if (nd >= dist[j]!) continue;
        dist[j] = nd;
        pred[j] = k;
        predW[j] = w[e]!;
        if (load[j]! < cap[j]!) {
          // A mentor with room ends a path right here.
          bestD = nd;
          endMentor = j;
          endMentee = -1;
        } else {
          queue.push(j, nd);
        }
      }

      // Next mentee: the rest of the current mentor's, else settle the nearest mentor.
      while (slot === slotEnd) {
        const j = queue.popBelow(bestD, dist, done, round);
        if (j < 0) break;
        done[j] = round;
        settled[nSettled++] = j;
        dk = dist[j]!;
        slot = slotStart[j]!;
        slotEnd = slot + load[j]!;
      }
      if (slot === slotEnd) break;
      k = slots[slot++]!;
      // k's edge to its mentor is tight, so k sits at distance dk; dropping k out costs u[k] more.
      if (dk + u[k]! < bestD) {
        bestD = dk + u[k]!;
        endMentor = -1;
        endMentee = k;
      }
    }
    queue.clear(touched, nTouched);

    // Dual update keeps every reduced cost >= 0 and makes the shortest path tight.
    for (let t = 0; t < nSettled; t++) {
      const j = settled[t]!;
      const delta = bestD - dist[j]!;
      if (delta <= 0) continue;
      v[j]! += delta;
      const s0 = slotStart[j]!;
      const s1 = s0 + load[j]!;
      for (let s = s0; s < s1; s++) u[slots[s]!]! -= delta;
    }
    u[i0]! -= bestD;

    // Augment: walk back from the end, each mentee on the path moves one mentor forward.
    let j: number;
    let leaving: number;
    if (endMentor >= 0) {
      j = endMentor;
      leaving = -1;
    } else {
      const k = endMentee;
      if (k === i0) continue; // i0 stays out; u[i0] is now 0
      j = mentorOf[k]!;
      mentorOf[k] = -1;
      matchedScore[k] = 0;
      leaving = k;
    }
    for (;;) {
      const k = pred[j]!;
      const s0 = slotStart[j]!;
      if (leaving < 0) {
        slots[s0 + load[j]!] = k;
        load[j]! += 1;
      } else {
        let s = s0;
        while (slots[s] !== leaving) s++;
        slots[s] = k;
      }
      const from = mentorOf[k]!;
      mentorOf[k] = j;
      matchedScore[k] = predW[j]!;
      if (k === i0) break;
      leaving = k;
      j = from;
    }
  }

  // Out of time: place the rest greedily at their best remaining mentor (by score, not price).
  for (let i = processed; i < n; i++) {
    let bestE = -1;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const j = adj[e]!;
      if (load[j]! < cap[j]!) {
        bestE = e; // the first mentor with room is the best-scoring one (edges are sorted)
        break;
      }
    }
    if (bestE >= 0) {
      const j = adj[bestE]!;
      slots[slotStart[j]! + load[j]!] = i;
      load[j]! += 1;
      mentorOf[i] = j;
      matchedScore[i] = w[bestE]!;
    }
  }

  let total = 0;
  for (let i = 0; i < n; i++) total += matchedScore[i]!;
  const upperBound = dualBound(g, v);
  return { mentorOf, total, exact: total === upperBound, upperBound };
}

/** {@link greedyMatching} on CSR input. Ties go to the lower mentee index, then input order. */
export function greedyMatchingCsr(input: BatchCsrInput): BatchResult {
  const g = prepare(input, false);
  const { n, m, offsets, adj, w, cap } = g;
  const edgeCount = offsets[n]!;
  const owner = new Int32Array(edgeCount);
  for (let i = 0; i < n; i++) owner.fill(i, offsets[i]!, offsets[i + 1]!);
  const order = sortEdgesByScoreDesc(w, g.maxScore);

  const mentorOf = new Int32Array(n).fill(-1);
  const load = new Int32Array(m);
  const seenAtMentor = new Int32Array(m);
  const menteeSeen = new Uint8Array(n);
  let total = 0;
  // Two cheap valid bounds read off the same pass: every mentee's best edge (dual with v = 0), and every
  // mentor's `cap` best edges (dual with u = 0). The smaller one is reported.
  let menteeBound = 0;
  let mentorBound = 0;
  for (let t = 0; t < edgeCount; t++) {
    const e = order[t]!;
    const i = owner[e]!;
    const j = adj[e]!;
    const score = w[e]!;
    if (menteeSeen[i] === 0) {
      menteeSeen[i] = 1;
      menteeBound += score;
    }
    if (seenAtMentor[j]! < cap[j]!) {
      seenAtMentor[j]! += 1;
      mentorBound += score;
    }
    if (mentorOf[i] === -1 && load[j]! < cap[j]!) {
      mentorOf[i] = j;
      load[j]! += 1;
      total += score;
    }
  }
  const upperBound = Math.min(menteeBound, mentorBound);
  return { mentorOf, total, exact: total === upperBound, upperBound };
}

/** Validated CSR without zero-score pairs; for the solver, each mentee's edges by decreasing score. */
interface Prepared {
  n: number;
  m: number;
  offsets: Int32Array;
  adj: Int32Array;
  w: Int32Array;
  /** Capacities clamped to the mentor's degree, so slot arrays never exceed the edge count. */
  cap: Int32Array;
  maxScore: number;
}

function prepare(input: BatchCsrInput, sortByScore: boolean): Prepared {
  const n = checkCount(input.menteeCount, 'menteeCount');
  const m = input.mentorCapacities.length;
  const { offsets, mentors, scores } = input;
  if (offsets.length !== n + 1 || offsets[0] !== 0)
    throw new RangeError('offsets must have menteeCount + 1 entries, starting at 0');
  const edgeCount = offsets[n]!;
  if (mentors.length < edgeCount || scores.length < edgeCount)
    throw new RangeError('mentors/scores shorter than offsets say');
  const degree = new Int32Array(m);
  let maxScore = 0;
  let dropZero = false;
  for (let i = 0; i < n; i++) {
    if (offsets[i + 1]! < offsets[i]!) throw new RangeError('offsets must not decrease');
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      checkEdge(i, mentors[e]!, scores[e]!, n, m);
      if (scores[e]! === 0) dropZero = true;
      else degree[mentors[e]!]! += 1;
      if (scores[e]! > maxScore) maxScore = scores[e]!;
    }
  }
  const cap = new Int32Array(m);
  for (let j = 0; j < m; j++) {
    const c = input.mentorCapacities[j]!;
    if (!Number.isInteger(c) || c < 0)
      throw new RangeError(`mentor ${j}: capacity must be a non-negative integer`);
    cap[j] = Math.min(c, degree[j]!);
  }
  if (!sortByScore && !dropZero) return { n, m, offsets, adj: mentors, w: scores, cap, maxScore };

  // Compact copy without zero-score pairs (they can never raise the total), optionally with each mentee's
  // edges in decreasing score order, which lets the search stop scanning a mentee early.
  const off2 = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    let kept = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) if (scores[e]! > 0) kept++;
    off2[i + 1] = off2[i]! + kept;
  }
  const kept = off2[n]!;
  const adj2 = new Int32Array(kept);
  const w2 = new Int32Array(kept);
  const fill = off2.slice(0, n);
  if (sortByScore && maxScore < 1 << 20) {
    // One stable counting sort of all edges by score, then a stable split by mentee.
    const owner = new Int32Array(edgeCount);
    for (let i = 0; i < n; i++) owner.fill(i, offsets[i]!, offsets[i + 1]!);
    const order = sortEdgesByScoreDesc(scores.subarray(0, edgeCount), maxScore);
    for (let t = 0; t < edgeCount; t++) {
      const e = order[t]!;
      if (scores[e]! === 0) continue;
      const at = fill[owner[e]!]!++;
      adj2[at] = mentors[e]!;
      w2[at] = scores[e]!;
    }
    return { n, m, offsets: off2, adj: adj2, w: w2, cap, maxScore };
  }
  const local: number[] = [];
  for (let i = 0; i < n; i++) {
    local.length = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) if (scores[e]! > 0) local.push(e);
    if (sortByScore) local.sort((a, b) => scores[b]! - scores[a]! || a - b);
    let at = fill[i]!;
    for (const e of local) {
      adj2[at] = mentors[e]!;
      w2[at++] = scores[e]!;
    }
  }
  return { n, m, offsets: off2, adj: adj2, w: w2, cap, maxScore };
}

function checkCount(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer`);
  return value;
}

function checkEdge(mentee: number, mentor: number, score: number, n: number, m: number): void {
  if (!Number.isInteger(mentee) || mentee < 0 || mentee >= n)
    throw new RangeError(`edge mentee ${mentee} out of range`);
  if (!Number.isInteger(mentor) || mentor < 0 || mentor >= m)
    throw new RangeError(`edge mentor ${mentor} out of range`);
  // Exactness rests on integer scores; Int32 keeps sums of millions of them exact in a double.
  if (!Number.isInteger(score) || score < 0 || score > 0x7fffffff) {
    throw new RangeError(
      `edge (${mentee}, ${mentor}): score must be a non-negative 32-bit integer, got ${score}`,
    );
  }
}

/**
 * LP dual value for mentor prices `v`: with `u[i] = max(0, max_j (w - v[j]))` the pair (u, v) is dual feasible,
 * so this is an upper bound for any `v >= 0`, and equals the total at the optimum.
 */
function dualBound(g: Prepared, v: Float64Array): number {
  let bound = 0;
  for (let j = 0; j < g.m; j++) bound += g.cap[j]! * v[j]!;
  for (let i = 0; i < g.n; i++) {
    let best = 0;
    for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) {
      if (g.w[e]! <= best) break; // edges are sorted by decreasing score
      const value = g.w[e]! - v[g.adj[e]!]!;
      if (value > best) best = value;
    }
    bound += best;
  }
  return bound;
}

/** Edge indices by decreasing score, stable; counting sort when the scores are small. */
function sortEdgesByScoreDesc(w: Int32Array, maxScore: number): Int32Array {
  const edgeCount = w.length;
  const order = new Int32Array(edgeCount);
  if (maxScore < 1 << 20) {
    const start = new Int32Array(maxScore + 2);
    for (let e = 0; e < edgeCount; e++) start[maxScore - w[e]! + 1]! += 1;
    for (let s = 0; s <= maxScore; s++) start[s + 1]! += start[s]!;
    for (let e = 0; e < edgeCount; e++) order[start[maxScore - w[e]!]!++] = e;
    return order;
  }
  const idx = Array.from({ length: edgeCount }, (_, e) => e);
  idx.sort((a, b) => w[b]! - w[a]! || a - b);
  order.set(idx);
  return order;
}

/** Priority queue of mentors keyed by tentative distance. */
interface MinQueue {
  /** Inserts `node` with `key`, or lowers its key. */
  push(node: number, key: number): void;
  /** Removes and returns a node not yet done this round with the smallest key, if that key is `< limit`; else -1. */
  popBelow(limit: number, dist: Float64Array, done: Int32Array, round: number): number;
  /** Empties the queue; `touched` lists every node pushed since the last clear. */
  clear(touched: Int32Array, count: number): void;
}

/**
 * Dial's bucket queue: integer keys below the largest score, one doubly linked list per key, so a lower key
 * is a relink instead of a duplicate entry.
 */
class BucketQueue implements MinQueue {
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  private readonly bucketOf: Int32Array;
  private cursor = 0;

  constructor(nodes: number, buckets: number) {
    this.head = new Int32Array(buckets).fill(-1);
    this.next = new Int32Array(nodes);
    this.prev = new Int32Array(nodes);
    this.bucketOf = new Int32Array(nodes).fill(-1);
  }

  push(node: number, key: number): void {
    const old = this.bucketOf[node]!;
    if (old >= 0) this.unlink(node, old);
    const h = this.head[key]!;
    this.next[node] = h;
    this.prev[node] = -1;
    if (h >= 0) this.prev[h] = node;
    this.head[key] = node;
    this.bucketOf[node] = key;
  }

  popBelow(limit: number): number {
    while (this.cursor < limit) {
      const node = this.head[this.cursor]!;
      if (node >= 0) {
        this.unlink(node, this.cursor);
        return node;
      }
      this.cursor++;
    }
    return -1;
  }

  clear(touched: Int32Array, count: number): void {
    for (let t = 0; t < count; t++) {
      const node = touched[t]!;
      const b = this.bucketOf[node]!;
      if (b >= 0) {
        this.head[b] = -1;
        this.bucketOf[node] = -1;
      }
    }
    this.cursor = 0;
  }

  private unlink(node: number, bucket: number): void {
    const p = this.prev[node]!;
    const nx = this.next[node]!;
    if (p >= 0) this.next[p] = nx;
    else this.head[bucket] = nx;
    if (nx >= 0) this.prev[nx] = p;
    this.bucketOf[node] = -1;
  }
}

/** Binary heap with lazy deletion, for instances whose scores are too large for buckets. */
class HeapQueue implements MinQueue {
  private keys = new Float64Array(1024);
  private nodes = new Int32Array(1024);
  private size = 0;

  push(node: number, key: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      this.keys = keys;
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.nodes = nodes;
    }
    let at = this.size++;
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (this.keys[parent]! <= key) break;
      this.keys[at] = this.keys[parent]!;
      this.nodes[at] = this.nodes[parent]!;
      at = parent;
    }
    this.keys[at] = key;
    this.nodes[at] = node;
  }

  popBelow(limit: number, dist: Float64Array, done: Int32Array, round: number): number {
    while (this.size > 0 && this.keys[0]! < limit) {
      const node = this.nodes[0]!;
      const key = this.keys[0]!;
      this.removeTop();
      // Stale entries: the node was settled already, or got a lower key later.
      if (done[node] !== round && key === dist[node]) return node;
    }
    return -1;
  }

  clear(): void {
    this.size = 0;
  }

  private removeTop(): void {
    const last = --this.size;
    const key = this.keys[last]!;
    const node = this.nodes[last]!;
    let at = 0;
    for (;;) {
      let child = 2 * at + 1;
      if (child >= last) break;
      if (child + 1 < last && this.keys[child + 1]! < this.keys[child]!) child++;
      if (this.keys[child]! >= key) break;
      this.keys[at] = this.keys[child]!;
      this.nodes[at] = this.nodes[child]!;
      at = child;
    }
    this.keys[at] = key;
    this.nodes[at] = node;
  }
}
