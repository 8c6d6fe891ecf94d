/**
 * Fan-out under Slack's limits (`npm run bench:fanout`): monthly KPI nudges (one DM per mentee) decided by the
 * app's own scheduler tick and sent by its worker, against a loopback Slack that allows 5 chat.postMessage a
 * second per workspace token and answers 429 + Retry-After above that (src/sandbox/slack-server.ts
 * `limitPostMessages`).
 *
 *   npx tsx bench/fanout.ts [--workspaces 20] [--per-workspace 200] [--single 2000] [--rate 5] [--only multi|single]
 *
 * Two scenarios, each with its own database, queue prefix and app (OAuth mode: every workspace installed with
 * its own bot token, so the pacer, keyed by token, paces each workspace on its own):
 *   multi   20 workspaces × 200 DMs at once. Target: about the time of one workspace alone (the baseline,
 *           measured in the single scenario: when its 200th DM landed).
 *   single  2,000 DMs in one workspace. Limit-bound time 2,000 / 5 = 400 s; target within 1.1× (440 s).
 * Both: zero duplicates, zero losses; 429s and messages/s reported. SLACK_SEND_RATE is set to the loopback's
 * limit (the app's pace per workspace; the default, 4, is below Slack's).
 */
import { eq } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { createSecretBox } from '../src/db/secret-box';
import { createInstallationRepository } from '../src/db/repositories/installations';
import { skills } from '../src/db/schema';
import { SlackServer } from '../src/sandbox/slack-server';
import { BENCH_ENCRYPTION_KEY, OAUTH_ENV, benchEnv, startInProcessApp } from './lib/app';
import { BENCH_REDIS_URL, benchPrefix, createBenchDatabase, dropRedisPrefix } from './lib/env';
import { Targets, header, sec, sleep } from './lib/report';

/** 10:05 in Berlin on Monday 1 March 2027, the first working day: every mentee there is due a KPI nudge. */
const TICK = new Date('2027-03-01T09:05:00Z');
const LIMIT_FACTOR_TARGET = 1.1;
const ABOUT_THE_SAME_TARGET = 1.25;

interface RunResult {
  workspaces: number;
  perWorkspace: number;
  /** From enqueueing the tick to the last DM. */
  totalMs: number;
  /** Per workspace: when its n-th DM landed (ms after the tick), in order. */
  landedAt: Map<string, number[]>;
  delivered: number;
  duplicates: number;
  losses: number;
  rateLimited: number;
  finished: boolean;
}

async function runScenario(label: string, workspaces: number, perWorkspace: number, rate: number, timeoutMs: number): Promise<RunResult> {
  const bench = await createBenchDatabase(`fanout_${label}`);
  const prefix = benchPrefix(`fan${label}`);
  const slack = await new SlackServer({ clock: () => TICK }).start();
  slack.limitPostMessages(rate);
  const redis = new IORedis(BENCH_REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue('mentor-me', { connection: redis, prefix });
  let app: Awaited<ReturnType<typeof startInProcessApp>> | undefined;
  try {
    const env = benchEnv({ slackApiUrl: slack.apiUrl, databaseUrl: bench.url, role: 'worker', env: { ...OAUTH_ENV, SLACK_SEND_RATE: String(rate) } });
    // Migrations and the skill catalogue come from the app's own start-up; the workspaces are seeded after.
    app = await startInProcessApp(env, { queuePrefix: prefix, clock: () => TICK });
    const sql = bench.sql;
    const installations = createInstallationRepository(bench.db, createSecretBox(Buffer.from(BENCH_ENCRYPTION_KEY, 'hex')));
    const [skill] = await bench.db.select().from(skills).where(eq(skills.slug, 'zapier'));
    const tokenTeam = new Map<string, string>();
    for (let w = 0; w < workspaces; w++) {
      const teamId = `TFAN${String(w).padStart(3, '0')}`;
      const token = `xoxb-f${teamId.toLowerCase()}`;
      tokenTeam.set(token, teamId);
      await installations.save({ teamId, teamName: `Fan-out ${w}`, botUserId: 'U0BOT', botToken: token, botScopes: ['chat:write', 'im:write'], installerUserId: `U${teamId}ADMIN` }, TICK);
      const users = Array.from({ length: perWorkspace + 1 }, (_, i) => `U${teamId.slice(1)}${String(i).padStart(5, '0')}`);
      for (const u of users) slack.addUser({ id: u, teamId, name: u, tz: 'Europe/Berlin' });
      const ids = await sql<{ id: string }[]>`
        insert into members (team_id, slack_user_id, display_name, tz, locale, updated_at)
        select ${teamId}, u, u, 'Europe/Berlin', 'en-US', ${TICK.toISOString()} from unnest(${sql.array(users)}::text[]) u returning id`;
      const mentor = Number(ids[0]!.id);
      const pairings = await sql<{ id: string }[]>`
        insert into pairings (team_id, mentee_member_id, mentor_member_id, skill_id, state, active_at)
        select ${teamId}, m, ${mentor}, ${skill!.id}, 'active', ${new Date(TICK.getTime() - 86_400_000).toISOString()}
          from unnest(${sql.array(ids.slice(1).map((r) => Number(r.id)))}::bigint[]) m returning id`;
      await sql`
        insert into kpis (team_id, pairing_id, description, target, current, start_date, due_date)
        select ${teamId}, p, 'Automate 3 processes with Zapier', 3, 1, '2027-01-01', '2027-03-31'
          from unnest(${sql.array(pairings.map((p) => Number(p.id)))}::bigint[]) p`;
    }
    const expected = workspaces * perWorkspace;

    // The scheduler tick decides who is due and enqueues one kpi.nudge per mentee; the worker sends them.
    const t0 = Date.now();
    await queue.add('system.reconcile', {}, { jobId: `bench-tick-${label}` });
    const posts = () => slack.calls.filter((c) => c.method === 'chat.postMessage');
    const deadline = t0 + timeoutMs;
    let lastCount = -1;
    while (Date.now() < deadline) {
      const n = posts().length;
      if (n >= expected) break;
      if (n !== lastCount && label === 'single' && n % 250 === 0 && n > 0) process.stdout.write(`    … ${n} DMs after ${sec(Date.now() - t0, 0)}\n`);
      lastCount = n;
      await sleep(100);
    }
    const finished = posts().length >= expected;
    await sleep(3000); // a duplicate would arrive now
    const landedAt = new Map<string, number[]>();
    const seen = new Map<string, number>();
    let last = 0;
    for (const c of posts()) {
      const team = tokenTeam.get(c.token ?? '') ?? '?';
      const key = `${team}/${String(c.args.channel)}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (seen.get(key)! > 1) continue;
      const list = landedAt.get(team) ?? [];
      list.push(c.at - t0);
      landedAt.set(team, list);
      last = Math.max(last, c.at - t0);
    }
    const delivered = seen.size;
    return {
      workspaces,
      perWorkspace,
      totalMs: finished ? last : Date.now() - t0,
      landedAt,
      delivered,
      duplicates: [...seen.values()].reduce((sum, k) => sum + k - 1, 0),
      losses: expected - delivered,
      rateLimited: slack.rateLimited,
      finished,
    };
  } finally {
    await app?.stop().catch(() => undefined);
    await queue.close().catch(() => undefined);
    redis.disconnect();
    await slack.stop();
    await bench.drop();
    await dropRedisPrefix(prefix);
  }
}

function report(targets: Targets, r: RunResult, label: string): void {
  const n = r.workspaces * r.perWorkspace;
  targets.info(`${label}: time to the last DM`, sec(r.totalMs), r.finished ? '' : '(NOT finished: stopped at the time limit)');
  targets.info(`${label}: messages/s`, ((r.delivered / r.totalMs) * 1000).toFixed(2));
  targets.info(`${label}: 429s received`, String(r.rateLimited));
  targets.check(`${label}: duplicates`, String(r.duplicates), '0', r.duplicates === 0);
  targets.check(`${label}: losses`, `${r.losses} of ${n.toLocaleString('en')}`, '0', r.losses === 0);
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string, fallback: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1]! : fallback;
  };
  const workspaces = Number(flag('--workspaces', '20'));
  const perWorkspace = Number(flag('--per-workspace', '200'));
  const single = Number(flag('--single', '2000'));
  const rate = Number(flag('--rate', '5'));
  const only = flag('--only', '');
  header(`Fan-out under Slack's limits (bench:fanout): ${rate} chat.postMessage/s per workspace, 429 + Retry-After above`);
  const targets = new Targets();

  let multi: RunResult | undefined;
  if (only !== 'single') {
    const oneWorkspaceBound = (perWorkspace / rate) * 1000;
    multi = await runScenario('multi', workspaces, perWorkspace, rate, Math.max(120_000, oneWorkspaceBound * 4));
    console.log(`\n== ${workspaces} workspaces × ${perWorkspace} DMs at the same time (limit-bound per workspace: ${sec(oneWorkspaceBound, 0)})`);
    report(targets, multi, `${workspaces} × ${perWorkspace}`);
    const finishes = [...multi.landedAt.values()].filter((l) => l.length >= perWorkspace).map((l) => l[perWorkspace - 1]!).sort((a, b) => a - b);
    const starts = [...multi.landedAt.values()].map((l) => l[0]!).sort((a, b) => a - b);
    targets.info('first DM of the first / last workspace to start', `${sec(starts[0]!)} / ${sec(starts[starts.length - 1]!)}`);
    targets.info(
      'first / last workspace done after',
      finishes.length ? `${sec(finishes[0]!)} / ${sec(finishes[finishes.length - 1]!)}` : 'none done',
      finishes.length < workspaces ? `(${workspaces - finishes.length} workspace(s) not done)` : '',
    );
  }
  if (only !== 'multi') {
    const bound = (single / rate) * 1000;
    const one = await runScenario('single', 1, single, rate, bound * 1.5);
    const landed = [...one.landedAt.values()][0] ?? [];
    console.log(`\n== ${single.toLocaleString('en')} DMs in one workspace (limit-bound time ${sec(bound, 0)})`);
    report(targets, one, `1 × ${single.toLocaleString('en')}`);
    targets.check(`1 × ${single.toLocaleString('en')}: time / limit-bound time`, `${(one.totalMs / bound).toFixed(3)}×`, `<= ${LIMIT_FACTOR_TARGET}×`, one.finished && one.totalMs / bound <= LIMIT_FACTOR_TARGET);
    if (multi) {
      // Baseline: one workspace on its own — when this workspace's 200th DM landed, in the same run.
      const alone = landed[perWorkspace - 1] ?? Infinity;
      targets.info(`baseline: one workspace alone, its ${perWorkspace}th DM after`, sec(alone));
      targets.check(
        `${workspaces} workspaces at once / one alone`,
        `${(multi.totalMs / alone).toFixed(2)}×`,
        `about 1× (<= ${ABOUT_THE_SAME_TARGET}×)`,
        multi.finished && multi.totalMs / alone <= ABOUT_THE_SAME_TARGET,
      );
    }
  }
  targets.done('bench:fanout');
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
