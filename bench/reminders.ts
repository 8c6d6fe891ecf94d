/**
 * Punctuality benchmark (`npm run bench:reminders`): 1,000 session reminders due in the same minute, sent by
 * the app's worker (its own process, role `worker`) to an unthrottled loopback Slack; then the worker's memory
 * with 100,000 delayed jobs in its queue.
 *
 *   npx tsx bench/reminders.ts [--sessions 500] [--delayed 100000]
 *
 * The reminders are the app's own: 500 confirmed sessions (1,000 people) whose "1 h before" reminders fall
 * at evenly spaced instants of one minute; `scheduleSessionTimers` plans and enqueues them as delayed BullMQ
 * jobs exactly as confirming a session does, and the worker runs them through `runSessionTimer` (Postgres
 * checks, once-only delivery claim, conversations.open, chat.postMessage, delivery recorded). Lag is from each
 * reminder's due time to the moment the loopback Slack receives its chat.postMessage. The workspace has no
 * quiet hours (they would move reminders, by design) and SLACK_SEND_RATE is 100/s, the configured maximum,
 * so Slack pacing is not what is measured. Baseline in the same run, in the same minute: a bare BullMQ worker
 * (own process, same concurrency) whose delayed jobs only post one chat.postMessage each.
 * Memory: the worker's RSS before, and with 100,000 delayed jobs enqueued (plus a fresh worker started with
 * them in place); target < 300 MB.
 */
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { createSkillRepository } from '../src/db/repositories/skills';
import { createServiceDeps } from '../src/services/deps';
import { scheduleSessionTimers } from '../src/services/sessions';
import { createQueues, createJobsPort } from '../src/jobs/queues';
import { createLogger } from '../src/logger';
import { SlackServer } from '../src/sandbox/slack-server';
import { benchEnv, startChild, type ChildHandle } from './lib/app';
import { BENCH_REDIS_URL, benchPrefix, createBenchDatabase, dropRedisPrefix } from './lib/env';
import { Targets, header, mb, ms, sec, sleep, summarize, until } from './lib/report';

const P99_TARGET_MS = 2000;
const RSS_TARGET = 300 * 1024 * 1024;
const TEAM = 'TREMIND';
const WINDOW_MS = 60_000;

async function main(argv: string[]): Promise<void> {
  const flag = (name: string, fallback: number) => {
    const at = argv.indexOf(name);
    return at >= 0 ? Number(argv[at + 1]) : fallback;
  };
  const sessionCount = flag('--sessions', 500);
  const delayedCount = flag('--delayed', 100_000);
  header(`Punctuality (bench:reminders): ${(sessionCount * 2).toLocaleString('en')} reminders due in one minute; worker memory with ${delayedCount.toLocaleString('en')} delayed jobs`);
  const targets = new Targets();
  const bench = await createBenchDatabase('reminders');
  const prefix = benchPrefix('rem');
  const barePrefix = benchPrefix('rembare');
  const slack = await new SlackServer({ teamId: TEAM }).start();
  const producer = new IORedis(BENCH_REDIS_URL, { maxRetriesPerRequest: null });
  const queues = createQueues(producer, prefix);
  const bareQueue = new Queue('mentor-me', { connection: producer, prefix: barePrefix });
  const children: ChildHandle[] = [];
  try {
    // ── The people, pairings and confirmed sessions ─────────────────────────────────────────────────────────
    await createSkillRepository(bench.db).seedCatalogue();
    const sql = bench.sql;
    await sql`insert into workspaces (team_id, quiet_start, quiet_end, quiet_weekends) values (${TEAM}, '00:00', '00:00', false)`;
    const skillId = (await sql<{ id: string }[]>`select id from skills where team_id is null order by id limit 1`)[0]!.id;
    const people = Array.from({ length: sessionCount * 2 }, (_, i) => `UREM${String(i).padStart(5, '0')}`);
    const ids = await sql<{ id: string; slack_user_id: string }[]>`
      insert into members (team_id, slack_user_id, display_name, tz, locale)
      select ${TEAM}, u, 'Person ' || u, 'UTC', 'en-US' from unnest(${sql.array(people)}::text[]) u returning id, slack_user_id`;
    const idOf = new Map(ids.map((r) => [r.slack_user_id, Number(r.id)]));
    for (const u of people) slack.addUser({ id: u, teamId: TEAM, name: u, tz: 'UTC' });
    const pairs = await sql<{ id: string }[]>`
      insert into pairings (team_id, mentee_member_id, mentor_member_id, skill_id, state, active_at)
      select ${TEAM}, me, mo, ${skillId}, 'active', now() - interval '30 days'
        from unnest(${sql.array(people.slice(0, sessionCount).map((u) => idOf.get(u)!))}::bigint[],
                    ${sql.array(people.slice(sessionCount).map((u) => idOf.get(u)!))}::bigint[]) as t(me, mo)
      returning id`;
    // Due instants: evenly spaced over one minute that starts once everything is enqueued and the worker is up.
    const firstDue = Date.now() + 25_000;
    const dueOf = (i: number) => firstDue + Math.floor((i * WINDOW_MS) / sessionCount);
    const sessions = await sql<{ id: string }[]>`
      insert into sessions (team_id, pairing_id, starts_at, status, confirmed_at)
      select ${TEAM}, p, s, 'confirmed', now()
        from unnest(${sql.array(pairs.map((p) => Number(p.id)))}::bigint[], ${sql.array(pairs.map((_, i) => new Date(dueOf(i) + 3600_000).toISOString()))}::timestamptz[]) as t(p, s)
      returning id`;

    const deps = createServiceDeps({ db: bench.db, clock: () => new Date(), logger: createLogger('silent'), jobs: createJobsPort(queues) });
    const due = new Map<string, number>();
    let otherTimers = 0;
    for (const s of sessions) {
      const session = (await deps.sessions.get(TEAM, Number(s.id)))!;
      for (const t of await scheduleSessionTimers(deps, session)) {
        if (t.kind === 'reminder' && t.dueAt.getTime() >= firstDue) due.set(t.recipient, t.dueAt.getTime());
        else otherTimers++;
      }
    }
    console.log(`  ${due.size.toLocaleString('en')} reminders planned and enqueued by scheduleSessionTimers, due ${new Date(firstDue).toISOString()} … +${sec(WINDOW_MS, 0)}; ${otherTimers} other timers (check-ins, hours later)`);

    // Baseline jobs: the same due instants, for other recipients, on their own queue.
    const bareDue = new Map<string, number>();
    await bareQueue.addBulk(
      [...due.values()].map((at, i) => {
        const recipient = `UBARE${String(i).padStart(5, '0')}`;
        slack.addUser({ id: recipient, teamId: TEAM, name: recipient });
        bareDue.set(recipient, at);
        return { name: 'bare', data: { recipient }, opts: { delay: Math.max(0, at - Date.now()), jobId: `bare-${i}`, removeOnComplete: true } };
      }),
    );

    // ── The workers (own processes) ────────────────────────────────────────────────────────────────────────
    const env = benchEnv({ slackApiUrl: slack.apiUrl, databaseUrl: bench.url, role: 'worker', env: { SLACK_SEND_RATE: '100' } });
    const worker = await startChild('app', env, { queuePrefix: prefix });
    children.push(worker);
    const bare = await startChild('bare-worker', env, { queuePrefix: barePrefix });
    children.push(bare);
    const idle = await worker.ask<{ rss: number }>({ type: 'memory' });
    if (Date.now() > firstDue) console.log('  (set-up took longer than planned: the first reminders were already due when the workers started)');

    const posts = () => slack.calls.filter((c) => c.method === 'chat.postMessage');
    const lastDue = Math.max(...due.values());
    await until(() => posts().length >= due.size + bareDue.size || Date.now() > lastDue + 60_000, lastDue - Date.now() + 70_000, 'the reminders', 200);
    await sleep(2000); // anything sent twice would arrive now

    const lag: number[] = [];
    const bareLag: number[] = [];
    const seen = new Map<string, number>();
    for (const c of posts()) {
      const recipient = String(c.args.channel).slice(1);
      seen.set(recipient, (seen.get(recipient) ?? 0) + 1);
      if ((seen.get(recipient) ?? 0) > 1) continue;
      if (due.has(recipient)) lag.push(c.at - due.get(recipient)!);
      else if (bareDue.has(recipient)) bareLag.push(c.at - bareDue.get(recipient)!);
    }
    const duplicates = [...seen.values()].reduce((sum, k) => sum + Math.max(0, k - 1), 0);
    const a = summarize(lag);
    const b = summarize(bareLag);
    console.log(`\n== lag from due time to chat.postMessage (${lag.length.toLocaleString('en')} reminders in one minute)`);
    targets.info('app reminders delivered', `${lag.length}/${due.size}`, `${duplicates} duplicate(s)`);
    targets.info('app lag p50', ms(a.p50));
    targets.check('app lag p99', ms(a.p99), `< ${sec(P99_TARGET_MS, 0)}`, a.p99 < P99_TARGET_MS);
    targets.info('app lag max', ms(a.max));
    targets.info('baseline (bare BullMQ worker) lag p50 / p99 / max', `${ms(b.p50)} / ${ms(b.p99)} / ${ms(b.max, 0)}`, `${bareLag.length}/${bareDue.size} delivered`);
    targets.check('reminders delivered exactly once', `${lag.length}/${due.size}, ${duplicates} dup`, 'all, none twice', lag.length === due.size && duplicates === 0);

    // ── Memory with 100,000 delayed jobs ──────────────────────────────────────────────────────────────────
    await bare.stop();
    children.splice(children.indexOf(bare), 1);
    const redisBefore = Number(/used_memory:(\d+)/.exec(await producer.info('memory'))?.[1] ?? 0);
    const before = await worker.ask<{ rss: number }>({ type: 'memory' });
    const start = Date.now() + 30 * 24 * 3600_000;
    for (let k = 0; k < delayedCount; k += 1000) {
      await queues.main.addBulk(
        Array.from({ length: Math.min(1000, delayedCount - k) }, (_, j) => {
          const n = k + j + 1;
          const data = { teamId: TEAM, sessionId: 1_000_000 + n, revision: 1, kind: 'reminder' as const, recipient: `UFUT${n}`, offsetLabel: '1h', startsAt: new Date(start + n * 60_000).toISOString() };
          return { name: 'session.timer', data, opts: { jobId: `rem-${data.sessionId}-r1-1h-${data.recipient}`, delay: start + n * 60_000 - 3600_000 - Date.now() } };
        }),
      );
    }
    const delayedNow = await queues.main.getDelayedCount();
    const redisAfter = Number(/used_memory:(\d+)/.exec(await producer.info('memory'))?.[1] ?? 0);
    await sleep(5000);
    const after = await worker.ask<{ rss: number; maxRss: number }>({ type: 'memory' });
    const fresh = await startChild('app', env, { queuePrefix: prefix });
    children.push(fresh);
    await sleep(5000);
    const freshMem = await fresh.ask<{ rss: number; maxRss: number }>({ type: 'memory' });
    console.log(`\n== worker memory (${delayedNow.toLocaleString('en')} delayed jobs in the queue; Redis holds them: +${mb(redisAfter - redisBefore)})`);
    targets.info('worker RSS idle, before the reminders (baseline)', mb(idle.rss));
    targets.info('worker RSS after the reminders, before the delayed jobs', mb(before.rss));
    targets.check(`worker RSS with ${delayedNow.toLocaleString('en')} delayed jobs`, mb(after.rss), `< ${mb(RSS_TARGET)}`, after.rss < RSS_TARGET);
    targets.check(`fresh worker started with them in place: RSS (peak)`, `${mb(freshMem.rss)} (${mb(freshMem.maxRss)})`, `< ${mb(RSS_TARGET)}`, freshMem.maxRss < RSS_TARGET);
  } finally {
    for (const c of children.reverse()) await c.stop().catch(() => undefined);
    await queues.close().catch(() => undefined);
    await bareQueue.close().catch(() => undefined);
    producer.disconnect();
    await slack.stop();
    await bench.drop();
    await dropRedisPrefix(prefix);
    await dropRedisPrefix(barePrefix);
  }
  targets.done('bench:reminders');
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
