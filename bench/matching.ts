/**
 * Batch-matching benchmark: greedy vs the exact solver on a seeded synthetic organisation.
 *
 *   npx tsx bench/matching.ts [--sizes 1000,5000,10000,25000] [--seed 42] [--brute 300] [--no-reference]
 *                             [--no-stress]
 *
 * Each (size, algorithm) runs in its own child process, so the reported peak RSS (the kernel's high-water
 * mark for that process, generator included) belongs to that run alone. Times are for the solve only; the
 * generator's time is printed separately. Hard-rule violations are recounted from the assignment against
 * the org's attributes, not taken from the candidate list.
 *
 * Independent checks: at 1,000 × 1,000 a textbook min-cost-flow solver (bench/lib/reference-mcf.ts) must
 * reach the same total, and a number of tiny random instances must match brute force.
 */
import { fork } from 'node:child_process';
import { cpus } from 'node:os';
import {
  type BatchEdge,
  type BatchResult,
  greedyMatching,
  greedyMatchingCsr,
  solveBatchMatching,
  solveBatchMatchingCsr,
} from '../src/domain/matching/batch';
import { bruteForceOptimum, randomSmallInstance } from './lib/brute-force';
import { referenceMaxWeightMatching } from './lib/reference-mcf';
import { countViolations, generateSyntheticOrg } from './lib/synthetic-org';

type Algorithm = 'greedy' | 'ours' | 'ours-objects' | 'reference';
/**
 * `org`: the issue's shape (mentees = mentors, capacities 1–3). `scarce`: a stress shape beyond the issue —
 * 0.6 mentors per mentee, capacity 1 — so 40 % of mentees must stay out and popular mentors are contested hard.
 */
type Profile = 'org' | 'scarce';

function orgFor(profile: Profile, size: number, seed: number): ReturnType<typeof generateSyntheticOrg> {
  return profile === 'org'
    ? generateSyntheticOrg({ mentees: size, mentors: size, seed })
    : generateSyntheticOrg({ mentees: size, mentors: Math.round(size * 0.6), seed, capacityMax: 1 });
}

interface RunReport {
  algorithm: Algorithm;
  size: number;
  edges: number;
  generateMs: number;
  solveMs: number;
  peakRssMb: number;
  total: number;
  matched: number;
  upperBound: number;
  exact: boolean;
  violations: ReturnType<typeof countViolations>;
}

/** Targets from the performance issue, by size: exact-solve time limit, or gap limit for the largest. */
const TIME_TARGET_MS: Record<number, number> = { 5000: 2000, 10000: 10000, 25000: 30000 };
const GAP_TARGET_PCT: Record<number, number> = { 25000: 1 };
const RSS_TARGET_MB = 2048;

function runChild(algorithm: Algorithm, profile: Profile, size: number, seed: number): RunReport {
  const g0 = performance.now();
  const org = orgFor(profile, size, seed);
  const generateMs = performance.now() - g0;
  let result: BatchResult;
  let solveMs: number;
  if (algorithm === 'ours-objects') {
    // The friendly API: one object per pair (built outside the timed region, as a caller would hold them).
    const edges: BatchEdge[] = [];
    for (let i = 0; i < size; i++) {
      for (let e = org.csr.offsets[i]!; e < org.csr.offsets[i + 1]!; e++) {
        edges.push({ mentee: i, mentor: org.csr.mentors[e]!, score: org.csr.scores[e]! });
      }
    }
    const input = { menteeCount: size, mentorCapacities: org.capacities, edges };
    const t0 = performance.now();
    result = solveBatchMatching(input);
    solveMs = performance.now() - t0;
  } else {
    const t0 = performance.now();
    if (algorithm === 'greedy') result = greedyMatchingCsr(org.csr);
    else if (algorithm === 'ours') result = solveBatchMatchingCsr(org.csr);
    else {
      const ref = referenceMaxWeightMatching(org.csr);
      result = { mentorOf: ref.mentorOf, total: ref.total, exact: true, upperBound: ref.total };
    }
    solveMs = performance.now() - t0;
  }
  let matched = 0;
  for (const j of result.mentorOf) if (j >= 0) matched++;
  return {
    algorithm,
    size,
    edges: org.csr.offsets[size]!,
    generateMs,
    solveMs,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    total: result.total,
    matched,
    upperBound: result.upperBound,
    exact: result.exact,
    violations: countViolations(org, result.mentorOf),
  };
}

function inChild(algorithm: Algorithm, profile: Profile, size: number, seed: number): Promise<RunReport> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--child', algorithm, profile, String(size), String(seed)], {
      stdio: 'inherit',
    });
    let report: RunReport | undefined;
    child.on('message', (message) => (report = message as RunReport));
    child.on('error', reject);
    child.on('exit', (code) =>
      report ? resolve(report) : reject(new Error(`${algorithm} at ${size} exited with ${code}`)),
    );
  });
}

const pct = (gap: number, bound: number): string =>
  bound === 0 ? '0.000' : ((100 * gap) / bound).toFixed(3);
const ms = (value: number): string => `${value.toFixed(0)} ms`;
let missed = 0;
const mark = (ok: boolean): string => {
  if (!ok) missed++;
  return ok ? 'ok' : 'MISSED';
};

function printSize(size: number, runs: RunReport[], profile: Profile): void {
  const ours = runs.find((r) => r.algorithm === 'ours');
  const proven = ours?.upperBound ?? Math.min(...runs.map((r) => r.upperBound));
  const first = runs[0]!;
  const mentors =
    profile === 'org'
      ? `${size} mentors`
      : `${Math.round(size * 0.6)} mentors of capacity 1 (stress, beyond the issue)`;
  console.log(
    `\n== ${size} mentees × ${mentors}, ${first.edges} candidate pairs (${(first.edges / size).toFixed(0)}/mentee), generated in ${ms(first.generateMs)}`,
  );
  console.log(
    [
      'algorithm'.padEnd(13),
      'solve'.padStart(10),
      'peak RSS'.padStart(10),
      'total'.padStart(10),
      'matched'.padStart(8),
      'own bound'.padStart(10),
      'gap %'.padStart(7),
      'gap vs proven %'.padStart(16),
      'exact'.padStart(6),
      'violations (dept/past/lead/cap/unlisted)',
    ].join(' '),
  );
  for (const r of runs) {
    const v = r.violations;
    console.log(
      [
        r.algorithm.padEnd(13),
        ms(r.solveMs).padStart(10),
        `${r.peakRssMb.toFixed(0)} MB`.padStart(10),
        String(r.total).padStart(10),
        String(r.matched).padStart(8),
        String(r.upperBound).padStart(10),
        pct(r.upperBound - r.total, r.upperBound).padStart(7),
        pct(proven - r.total, proven).padStart(16),
        String(r.exact).padStart(6),
        `${v.sameDepartment}/${v.pastMentor}/${v.reportingLine}/${v.capacity}/${v.notACandidate}`,
      ].join(' '),
    );
  }
  if (!ours) return;
  const target: string[] = [];
  const timeLimit = profile === 'org' ? TIME_TARGET_MS[size] : undefined;
  const gapLimit = profile === 'org' ? GAP_TARGET_PCT[size] : undefined;
  if (gapLimit !== undefined) {
    const gap = (100 * (ours.upperBound - ours.total)) / Math.max(1, ours.upperBound);
    target.push(`gap ${gap.toFixed(3)} % (target <= ${gapLimit} %: ${mark(gap <= gapLimit)})`);
  } else if (timeLimit !== undefined) {
    target.push(`exact ${ours.exact} (target exact: ${mark(ours.exact)})`);
  }
  if (timeLimit !== undefined)
    target.push(`time ${ms(ours.solveMs)} (target < ${ms(timeLimit)}: ${mark(ours.solveMs < timeLimit)})`);
  const worstRss = Math.max(...runs.map((r) => r.peakRssMb));
  target.push(
    `worst peak RSS of these runs ${worstRss.toFixed(0)} MB (target < ${RSS_TARGET_MB} MB: ${mark(worstRss < RSS_TARGET_MB)})`,
  );
  const violations = runs.reduce((sum, r) => sum + Object.values(r.violations).reduce((a, b) => a + b, 0), 0);
  target.push(`violations ${violations} (target 0: ${mark(violations === 0)})`);
  const greedy = runs.find((r) => r.algorithm === 'greedy');
  if (greedy)
    target.push(
      `ours − greedy = +${ours.total - greedy.total} (${pct(ours.total - greedy.total, greedy.total)} %)`,
    );
  console.log(`   ours: ${target.join('; ')}`);
  const objects = runs.find((r) => r.algorithm === 'ours-objects');
  if (objects)
    console.log(`   object-form API total equal to CSR: ${objects.total === ours.total ? 'yes' : 'NO'}`);
}

/** Runs the independent min-cost-flow solver on the same org and compares totals with ours. */
async function referenceCheck(
  runs: RunReport[],
  profile: Profile,
  size: number,
  seed: number,
): Promise<void> {
  const reference = await inChild('reference', profile, size, seed);
  const ours = runs.find((r) => r.algorithm === 'ours')!;
  console.log(
    `   independent exact check (SPFA min-cost flow, ${ms(reference.solveMs)}): reference total ${reference.total}, ` +
      `ours ${ours.total} — ${reference.total === ours.total ? 'equal' : 'DIFFERENT'} (target equal: ${mark(reference.total === ours.total)})`,
  );
}

function bruteForceCheck(count: number, seed: number): void {
  let equal = 0;
  let greedyBelow = 0;
  const t0 = performance.now();
  for (let k = 0; k < count; k++) {
    const input = randomSmallInstance(seed * 100_003 + k);
    const optimum = bruteForceOptimum(input);
    const ours = solveBatchMatching(input);
    if (ours.total === optimum && ours.exact && ours.upperBound === optimum) equal++;
    if (greedyMatching(input).total < optimum) greedyBelow++;
  }
  console.log(
    `\n== brute force on ${count} random instances (≤ 8 × 8, capacities 1–3): ${equal}/${count} equal ` +
      `(target ${count}/${count}: ${mark(equal === count)}); greedy below optimum on ${greedyBelow}; ${ms(performance.now() - t0)}`,
  );
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  if (argv[0] === '--child') {
    const report = runChild(argv[1] as Algorithm, argv[2] as Profile, Number(argv[3]), Number(argv[4]));
    process.send?.(report);
    return;
  }
  const sizes = (flag('--sizes') ?? '1000,5000,10000,25000').split(',').map(Number);
  const seed = Number(flag('--seed') ?? 42);
  const brute = Number(flag('--brute') ?? 300);
  const withReference = !argv.includes('--no-reference');
  const withStress = !argv.includes('--no-stress');

  console.log(`Batch matching benchmark — seed ${seed}, node ${process.version}, ${cpus().length} CPUs`);
  console.log(
    'Synthetic org: 80 skills (Zipf demand/supply), departments of ~150, 6 time zones, 2 past mentors per',
  );
  console.log('mentee, capacities 1–3; rules: no same department, no past mentor, no reporting line.');
  for (const size of sizes) {
    const runs: RunReport[] = [];
    for (const algorithm of ['greedy', 'ours', 'ours-objects'] as const)
      runs.push(await inChild(algorithm, 'org', size, seed));
    printSize(size, runs, 'org');
    if (withReference && size === 1000) await referenceCheck(runs, 'org', size, seed);
    if (withStress) {
      const stress: RunReport[] = [];
      for (const algorithm of ['greedy', 'ours'] as const)
        stress.push(await inChild(algorithm, 'scarce', size, seed));
      printSize(size, stress, 'scarce');
      if (withReference && size === 1000) await referenceCheck(stress, 'scarce', size, seed);
    }
  }
  if (brute > 0) bruteForceCheck(brute, seed);
  console.log(`\nbench:matching: ${missed ? `MISSED ${missed} target(s)` : 'all targets met'}`);
  if (missed) process.exitCode = 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
