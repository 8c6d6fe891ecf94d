import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { eq } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { LoopbackSlack } from '../support/loopback-slack';
import { createTestDatabase, type TestDatabase } from '../support/test-db';
import { startRedisServer } from '../support/redis-server';
import { TEST_SIGNING_SECRET } from '../support/slack-request';
import { deliveries, kpis, members, pairings, skills, workspaces } from '../../src/db/schema';
import { createServiceDeps } from '../../src/services/deps';
import { createLogger } from '../../src/logger';

/**
 * Fault drill (a): a worker process is killed with SIGKILL in the middle of a fan-out of 200 DMs and started
 * again. Every DM is delivered exactly once (claims in Postgres, Slack metadata to settle messages in doubt).
 */
describe('fault drill: kill -9 a worker mid fan-out', () => {
  const N = 200;
  let db: TestDatabase;
  let redis: Awaited<ReturnType<typeof startRedisServer>>;
  let slack: LoopbackSlack;
  let worker: ChildProcess | undefined;
  let conn: IORedis;
  let queue: Queue;

  const startWorker = () => {
    const root = path.resolve(__dirname, '../..');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        NODE_ENV: 'test',
        APP_ROLE: 'worker',
        PORT: '0',
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: TEST_SIGNING_SECRET,
        SLACK_API_URL: slack.apiUrl,
        DATABASE_URL: db.url,
        REDIS_URL: redis.url,
        LOG_LEVEL: process.env.DRILL_LOG ?? 'warn',
        SLACK_SEND_RATE: '100',
        // Short lock and lease so the drill takes seconds, not minutes.
        JOB_LOCK_MS: '2000',
        DELIVERY_LEASE_MS: '3000',
      },
      stdio: ['ignore', process.env.DRILL_LOG ? 'inherit' : 'ignore', 'inherit'],
    });
    return child;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await startRedisServer();
    slack = await new LoopbackSlack().start();
    // Slack records the message, then answers slowly: kills land between "posted" and "we know it was".
    slack.latencyMs = 40;
    const deps = createServiceDeps({ db: db.db, clock: () => new Date(), logger: createLogger('silent'), jobs: { enqueue: async () => undefined, cancel: async () => undefined, cancelForTeam: async () => 0 } });
    await deps.skills.seedCatalogue();
    await db.db.insert(workspaces).values({ teamId: 'T0TEST' }).onConflictDoNothing();
    const [skill] = await db.db.select().from(skills).where(eq(skills.slug, 'zapier'));
    const [mentor] = await db.db.insert(members).values({ teamId: 'T0TEST', slackUserId: 'UMENTORK', tz: 'UTC' }).returning();
    slack.addUser({ id: 'UMENTORK', name: 'Mentor' });
    for (let i = 0; i < N; i++) {
      const id = `UK${String(i).padStart(4, '0')}`;
      slack.addUser({ id, name: `K${i}` });
      const [m] = await db.db.insert(members).values({ teamId: 'T0TEST', slackUserId: id, tz: 'UTC', displayName: `K${i}` }).returning();
      const [p] = await db.db.insert(pairings).values({ teamId: 'T0TEST', menteeMemberId: m!.id, mentorMemberId: mentor!.id, skillId: skill!.id, state: 'active', activeAt: new Date() }).returning();
      await db.db.insert(kpis).values({ teamId: 'T0TEST', pairingId: p!.id, description: 'Automate 3 processes', target: 3, startDate: '2027-01-01', dueDate: '2027-03-31' });
    }
    conn = new IORedis(redis.url, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: conn, prefix: 'mentor-me' });
    // The fan-out the scheduler tick produces: one monthly nudge job per pairing.
    const rows = await db.db.select().from(pairings);
    await queue.addBulk(rows.map((p) => ({ name: 'kpi.nudge', data: { teamId: 'T0TEST', pairingId: p.id, yearMonth: '202703' }, opts: { jobId: `kpi-${p.id}-202703`, attempts: 5, backoff: { type: 'exponential', delay: 500 } } })));
  });
  afterAll(async () => {
    worker?.kill('SIGKILL');
    await queue?.close();
    conn?.disconnect();
    await slack?.stop();
    await redis?.stop();
    await db?.drop();
  });

  it('when the worker is killed after ~60 of 200 DMs and restarted, then every DM arrives exactly once', async () => {
    worker = startWorker();
    await slack.waitFor(() => slack.callsTo('chat.postMessage').length >= 60, 60_000, '60 DMs before the kill');
    worker.kill('SIGKILL');
    await new Promise((r) => worker!.once('exit', r));
    const atKill = slack.callsTo('chat.postMessage').length;
    expect(atKill).toBeLessThan(N);

    worker = startWorker();
    const channels = () => slack.callsTo('chat.postMessage').map((c) => String(c.args.channel));
    await slack.waitFor(() => new Set(channels()).size === N, 30_000, `${N} distinct DMs`).catch(async (e) => {
      const failed = await queue.getJobs(['failed']);
      console.log(await queue.getJobCounts(), new Set(channels()).size, failed.slice(0, 3).map((j) => j.failedReason));
      throw e;
    });
    await new Promise((r) => setTimeout(r, 5000)); // long enough for any stalled job to be retried
    const counts = new Map<string, number>();
    for (const c of channels()) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(N);
    expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    const sent = await db.db.select().from(deliveries);
    expect(sent.filter((d) => d.kind === 'kpi_nudge' && d.sentAt)).toHaveLength(N);
  }, 180_000);
});
