/**
 * Suggestions benchmark (`npm run bench:suggest`): top-5 mentors for one mentee among 50,000 profiles in
 * Postgres, through the app's own `suggestForSkill` (every statement it runs, then the scoring).
 *
 *   npx tsx bench/suggest.ts [--members 50000] [--runs 300] [--seed 7]
 *
 * Reported: latency p50/p99/max for random mentees asking for one of their own goals, and for the most
 * taught skill (the largest candidate set, the worst case); the baseline in the same run is the bare
 * candidate statement alone (the floor any implementation pays to read the candidates). Every statement a
 * suggestion runs is captured at the driver and `EXPLAIN ANALYZE`d; a sequential scan of a table with more
 * than 1,000 rows counts as a full scan (target: none).
 */
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '../src/db/schema';
import { createMatchingRepository } from '../src/db/repositories/matching';
import { createPairingRepository } from '../src/db/repositories/pairings';
import { createProfileRepository } from '../src/db/repositories/profiles';
import { createSkillRepository, type SkillRow } from '../src/db/repositories/skills';
import { createMemberRepository } from '../src/db/repositories/members';
import { suggestForSkill } from '../src/services/matching';
import { createBenchDatabase } from './lib/env';
import { seedOrg, rng } from './lib/seed-org';
import { Targets, header, ms, summarize } from './lib/report';

const P99_TARGET_MS = 100;

async function main(argv: string[]): Promise<void> {
  const flag = (name: string, fallback: number) => {
    const at = argv.indexOf(name);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const n = flag('--members', 50_000);
  const runs = flag('--runs', 300);
  const seed = flag('--seed', 7);
  header(`Suggestions benchmark (bench:suggest): top-5 mentors among ${n.toLocaleString('en')} profiles`);
  const targets = new Targets();
  const bench = await createBenchDatabase('suggest');
  // A connection of our own whose driver reports every statement, so the plan of each one can be shown.
  const captured: { query: string; params: unknown[] }[] = [];
  let capturing = false;
  const client = postgres(bench.url, {
    max: 4,
    onnotice: () => undefined,
    // As the app's own pool (src/db/client.ts).
    connection: { jit: 'off', random_page_cost: '1.1' },
    debug: (_conn, query, params) => {
      if (capturing) captured.push({ query, params: [...(params as unknown[])] });
    },
  });
  try {
    const db = drizzle(client, { schema, casing: 'snake_case' });
    const skills = createSkillRepository(db);
    await skills.seedCatalogue();
    const now = new Date();
    const t0 = performance.now();
    const org = await seedOrg(bench.sql, {
      teamId: 'TSUGGEST',
      members: n,
      deptSize: 150,
      mentorShare: 0.4,
      activePairings: Math.round(n * 0.16),
      endedPairings: Math.round(n * 0.08),
      now,
      seed,
    });
    console.log(`  seeded in ${ms(performance.now() - t0, 0)}: ${Object.entries(org.counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}`);

    const deps = {
      profiles: createProfileRepository(db),
      pairings: createPairingRepository(db),
      matching: createMatchingRepository(db),
      clock: () => now,
    };
    const members = createMemberRepository(db);
    const allSkills = await skills.listForTeam(org.teamId);
    const skillById = new Map<number, SkillRow>(allSkills.map((s) => [s.id, s]));
    const random = rng(seed + 1);
    const topSkill = skillById.get(org.skillsByRank[0]!)!;
    const topCandidates = (await bench.sql<{ count: number }[]>`select count(*)::int as count from teaching_skills where skill_id = ${topSkill.id}`)[0]!.count;

    const pickMentee = async () => (await members.find(org.teamId, org.slackIds[Math.floor(random() * n)]!))!;
    const timeOne = async (skillFor: (goals: number[], i: number) => SkillRow) => {
      const i = Math.floor(random() * n);
      const mentee = (await members.find(org.teamId, org.slackIds[i]!))!;
      const skill = skillFor(org.goalsOf[i]!, i);
      const s = performance.now();
      const result = await suggestForSkill(deps, mentee, skill);
      return { ms: performance.now() - s, result };
    };

    // Warm-up: connections, plan caches, JIT.
    for (let k = 0; k < 30; k++) await timeOne((goals) => skillById.get(goals[0]!)!);

    const own: number[] = [];
    let suggested = 0;
    for (let k = 0; k < runs; k++) {
      const r = await timeOne((goals, i) => skillById.get(goals[i % goals.length]!)!);
      own.push(r.ms);
      suggested += r.result.result.suggestions.length;
    }
    const worst: number[] = [];
    let worstEligible = 0;
    for (let k = 0; k < runs; k++) {
      const r = await timeOne(() => topSkill);
      worst.push(r.ms);
      worstEligible = r.result.result.eligibleCount;
    }
    // Baseline: the candidate statement alone, no other read and no scoring.
    const baseline: number[] = [];
    for (let k = 0; k < runs; k++) {
      const mentee = await pickMentee();
      const s = performance.now();
      await deps.matching.candidatesForSkill(mentee.teamId, topSkill.id);
      baseline.push(performance.now() - s);
    }

    const a = summarize(own);
    const w = summarize(worst);
    const b = summarize(baseline);
    console.log(`\n== latency of suggestForSkill (${runs} calls each; all statements + scoring, measured in the caller)`);
    targets.info('random mentee, one of their goals: p50', ms(a.p50), `mean ${suggested / runs} suggestions`);
    targets.check('random mentee, one of their goals: p99', ms(a.p99), `< ${P99_TARGET_MS} ms`, a.p99 < P99_TARGET_MS);
    targets.info('random mentee, one of their goals: max', ms(a.max));
    targets.info(`most-taught skill (${topCandidates.toLocaleString('en')} teachers): p50`, ms(w.p50), `${worstEligible} eligible after hard rules`);
    targets.check(`most-taught skill: p99`, ms(w.p99), `< ${P99_TARGET_MS} ms`, w.p99 < P99_TARGET_MS);
    targets.info('most-taught skill: max', ms(w.max));
    targets.info('baseline: the candidate statement alone, p50', ms(b.p50), `p99 ${ms(b.p99)}`);
    targets.info('suggestForSkill / baseline (p50, most-taught skill)', `${(w.p50 / b.p50).toFixed(2)}×`);

    // The plan of every statement one suggestion runs: a typical request (a mentee asking for the skill of
    // median popularity among learning goals) and the worst case (the most-taught skill).
    const bigTables = new Set(
      (await bench.sql<{ relname: string }[]>`select relname from pg_class where relkind = 'r' and reltuples > 1000`).map((r) => r.relname),
    );
    const goalRanks = org.goalsOf.flat().map((id) => org.skillsByRank.indexOf(id)).sort((x, y) => x - y);
    const medianSkill = skillById.get(org.skillsByRank[goalRanks[Math.floor(goalRanks.length / 2)]!]!)!;
    const medianTeachers = (await bench.sql<{ count: number }[]>`select count(*)::int as count from teaching_skills where skill_id = ${medianSkill.id}`)[0]!.count;
    for (const [label, skill, teachers, isTarget] of [
      ['typical request: the median skill among learning goals', medianSkill, medianTeachers, true],
      ['worst case: the most-taught skill', topSkill, topCandidates, false],
    ] as const) {
      const mentee = await pickMentee();
      captured.length = 0;
      capturing = true;
      await suggestForSkill(deps, mentee, skill);
      capturing = false;
      const statements = [...captured];
      console.log(`\n== EXPLAIN ANALYZE, ${label} (${teachers.toLocaleString('en')} teachers): the ${statements.length} statements one suggestion runs`);
      const fullScans: string[] = [];
      for (const [k, st] of statements.entries()) {
        const plan = await client.unsafe(`explain (analyze, costs off, timing off, summary on) ${st.query}`, st.params as never[]);
        const lines = plan.map((r) => String((r as Record<string, unknown>)['QUERY PLAN']));
        console.log(`\n-- statement ${k + 1}: ${st.query.replace(/\s+/g, ' ').trim().slice(0, 160)}${st.query.length > 160 ? ' …' : ''}`);
        for (const line of lines) console.log(`   ${line}`);
        for (const line of lines) {
          const m = /Seq Scan on (\w+)/.exec(line);
          if (m && bigTables.has(m[1]!)) fullScans.push(`statement ${k + 1}: ${m[1]}`);
        }
      }
      console.log('');
      if (isTarget) targets.check('full scans of tables over 1,000 rows, typical request', String(fullScans.length), 'none', fullScans.length === 0);
      else targets.info('full scans of tables over 1,000 rows, worst case', String(fullScans.length), fullScans.length ? '(it reads 15 % of the mentors: hashing beats probing)' : '');
      if (fullScans.length) console.log(`    ${fullScans.join('; ')}`);
    }
  } finally {
    await client.end({ timeout: 5 });
    await bench.drop();
  }
  targets.done('bench:suggest');
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
