/**
 * Digest-build benchmark (`npm run bench:digest`): every team lead's weekly digest model for an organisation of
 * 50,000 members and 2,000 leads with a year of sessions, check-ins and KPIs in Postgres.
 *
 *   npx tsx bench/digest.ts [--members 50000] [--leads 2000] [--sample 60] [--seed 11]
 *
 * The set-based path: the workspace's leads (one statement), then one `digest.rows` statement per distinct
 * week window (leads in the same time zone share a window), then `buildDigestModel` per lead. Every statement
 * is counted at the driver (postgres.js `debug` hook), so the count is what Postgres received.
 * Baseline in the same run: the per-lead path the weekly job uses (`buildLeadDigest`, one statement per lead),
 * timed on a sample of leads and extrapolated; its models must equal the set-based ones.
 */
import { isDeepStrictEqual } from 'node:util';
import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '../src/db/schema';
import { createSkillRepository } from '../src/db/repositories/skills';
import { buildDigestModel, type DigestModel } from '../src/domain/digest';
import { buildLeadDigest, lastWeekWindow } from '../src/services/digest';
import { createServiceDeps } from '../src/services/deps';
import { createLogger } from '../src/logger';
import { createBenchDatabase } from './lib/env';
import { rng, seedOrg } from './lib/seed-org';
import { Targets, header, ms, sec } from './lib/report';

const TIME_TARGET_MS = 5000;

async function main(argv: string[]): Promise<void> {
  const flag = (name: string, fallback: number) => {
    const at = argv.indexOf(name);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const n = flag('--members', 50_000);
  const leadCount = flag('--leads', 2000);
  const sample = flag('--sample', 60);
  const seed = flag('--seed', 11);
  header(`Digest-build benchmark (bench:digest): every lead's digest, ${n.toLocaleString('en')} members, ${leadCount.toLocaleString('en')} leads, a year of sessions`);
  const targets = new Targets();
  const bench = await createBenchDatabase('digest');
  let statements = 0;
  const client = postgres(bench.url, {
    max: 4,
    onnotice: () => undefined,
    // As the app's own pool (src/db/client.ts).
    connection: { jit: 'off', random_page_cost: '1.1' },
    debug: () => void statements++,
  });
  try {
    const db = drizzle(client, { schema, casing: 'snake_case' });
    await createSkillRepository(db).seedCatalogue();
    const now = new Date();
    const t0 = performance.now();
    const org = await seedOrg(bench.sql, {
      teamId: 'TDIGEST',
      members: n,
      deptSize: Math.ceil(n / leadCount),
      mentorShare: 0.4,
      activePairings: Math.round(n * 0.2),
      endedPairings: Math.round(n * 0.1),
      sessions: true,
      now,
      seed,
    });
    console.log(`  seeded in ${sec(performance.now() - t0)}: ${Object.entries(org.counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}`);
    const deps = createServiceDeps({
      db,
      clock: () => now,
      logger: createLogger('silent'),
      jobs: { enqueue: async () => undefined, cancel: async () => undefined, cancelForTeam: async () => 0 },
    });

    /** The set-based build: leads, one rows() per week window, a model per lead. */
    const buildAll = async (): Promise<{ models: Map<string, DigestModel>; windows: number }> => {
      const leads = await deps.digest.leads(org.teamId);
      const byWindow = new Map<string, { from: Date; to: Date; leads: string[] }>();
      for (const l of leads) {
        const w = lastWeekWindow(now, l.tz ?? 'UTC');
        const key = `${w.from.toISOString()}/${w.to.toISOString()}`;
        const group = byWindow.get(key) ?? { ...w, leads: [] };
        group.leads.push(l.leadSlackUserId);
        byWindow.set(key, group);
      }
      const models = new Map<string, DigestModel>();
      for (const w of byWindow.values()) {
        const rows = await deps.digest.rows(org.teamId, w.leads, w.from, w.to);
        for (const lead of w.leads) models.set(lead, buildDigestModel({ people: rows.get(lead) ?? [] }));
      }
      return { models, windows: byWindow.size };
    };

    await buildAll(); // warm-up: connections, plans, JIT of our own code
    statements = 0;
    const s0 = performance.now();
    const { models, windows } = await buildAll();
    const setMs = performance.now() - s0;
    const setStatements = statements;
    const nonEmpty = [...models.values()].filter((m) => !m.empty).length;

    // Baseline: the per-lead path (what the weekly job runs for one lead), on a sample.
    const random = rng(seed + 1);
    const leadTz = new Map((await deps.digest.leads(org.teamId)).map((l) => [l.leadSlackUserId, l.tz ?? 'UTC']));
    const picked = [...leadTz.keys()].sort(() => random() - 0.5).slice(0, sample);
    statements = 0;
    let mismatches = 0;
    const b0 = performance.now();
    for (const lead of picked) {
      const model = await buildLeadDigest(deps, org.teamId, lead, leadTz.get(lead)!);
      if (!isDeepStrictEqual(model, models.get(lead))) mismatches++;
    }
    const perLeadMs = (performance.now() - b0) / picked.length;
    const perLeadStatements = statements / picked.length;

    console.log(`\n== every lead's digest model (${models.size.toLocaleString('en')} leads, ${nonEmpty.toLocaleString('en')} with participants, ${windows} week windows)`);
    targets.check('time to build every lead\'s digest model', ms(setMs, 0), `< ${sec(TIME_TARGET_MS, 0)}`, setMs < TIME_TARGET_MS);
    targets.check('SQL statements for all leads', String(setStatements), `constant (1 + one per week window = ${1 + windows})`, setStatements <= 1 + windows);
    targets.info('baseline: per-lead path (buildLeadDigest), per lead', ms(perLeadMs), `${perLeadStatements.toFixed(0)} statement(s) per lead, sample of ${picked.length}`);
    targets.info(`baseline extrapolated to ${models.size.toLocaleString('en')} leads`, sec(perLeadMs * models.size), `${(perLeadStatements * models.size).toLocaleString('en')} statements`);
    targets.info('set-based vs per-lead (extrapolated)', `${((perLeadMs * models.size) / setMs).toFixed(1)}× faster`);
    targets.check('sampled per-lead models equal to the set-based ones', `${picked.length - mismatches}/${picked.length}`, 'all equal', mismatches === 0);
  } finally {
    await client.end({ timeout: 5 });
    await bench.drop();
  }
  targets.done('bench:digest');
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
