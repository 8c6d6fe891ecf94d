import { eq, inArray } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestApp } from '../support/app-harness';
import { kpis, members, pairings, skills } from '../../src/db/schema';
import { TEST_REDIS_URL } from '../support/env';

/**
 * Fault drill (d): the Slack API answers 429 (Retry-After) to every third call during a fan-out of monthly
 * KPI nudges. Every message arrives, none twice.
 */
describe('fault drill: 429 on every third call', () => {
  const TICK = new Date('2027-03-01T09:05:00Z'); // 10:05 in Berlin on the first working day of March
  const N = 24;
  let app: TestApp;
  let redis: IORedis;
  let queue: Queue;

  beforeAll(async () => {
    app = await startTestApp({ clock: () => TICK, env: { SLACK_SEND_RATE: '50' } });
    redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: redis, prefix: app.prefix });
    // Setup: N mentees in Berlin with an active pairing and a KPI each (the flows that create them have their own tests).
    const [skill] = await app.db.db.select().from(skills).where(eq(skills.slug, 'zapier'));
    const [mentor] = await app.db.db.insert(members).values({ teamId: 'T0TEST', slackUserId: 'UMENTOR0', tz: 'Europe/Berlin' }).returning();
    for (let i = 0; i < N; i++) {
      const id = `UFAN${String(i).padStart(3, '0')}`;
      app.slack.addUser({ id, name: `Fan ${i}`, tz: 'Europe/Berlin', locale: 'en-US' });
      const [m] = await app.db.db.insert(members).values({ teamId: 'T0TEST', slackUserId: id, tz: 'Europe/Berlin', displayName: `Fan ${i}` }).returning();
      const [p] = await app.db.db.insert(pairings).values({ teamId: 'T0TEST', menteeMemberId: m!.id, mentorMemberId: mentor!.id, skillId: skill!.id, state: 'active', activeAt: new Date(TICK.getTime() - 24 * 3600_000) }).returning();
      await app.db.db.insert(kpis).values({ teamId: 'T0TEST', pairingId: p!.id, description: 'Automate 3 processes', target: 3, current: 1, startDate: '2027-01-01', dueDate: '2027-03-31' });
    }
    app.slack.addUser({ id: 'UMENTOR0', name: 'Mentor', tz: 'Europe/Berlin' });
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await app.stop();
  });

  it('when every third Slack call is rate limited, then all nudges arrive exactly once', async () => {
    app.slack.reset();
    app.slack.rateLimitEveryNth(3, 1);
    await queue.add('system.reconcile', {}, { jobId: 'tick' });
    const recipients = () => app.slack.callsTo('chat.postMessage').map((c) => String(c.args.channel));
    await app.slack.waitFor(() => new Set(recipients()).size === N, 20_000, `${N} nudges`);
    await new Promise((r) => setTimeout(r, 1500));
    const counts = new Map<string, number>();
    for (const r of recipients()) counts.set(r, (counts.get(r) ?? 0) + 1);
    expect(counts.size).toBe(N);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(app.slack.rateLimited).toBeGreaterThan(3);
    const ids = (await app.db.db.select().from(members).where(inArray(members.slackUserId, [...counts.keys()].map((c) => c.slice(1))))).length;
    expect(ids).toBe(N);
  }, 90_000);
});
