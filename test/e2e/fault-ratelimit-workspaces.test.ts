import { eq } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestApp } from '../support/app-harness';
import { kpis, members, pairings, skills } from '../../src/db/schema';
import { createInstallationRepository } from '../../src/db/repositories/installations';
import { createSecretBox } from '../../src/db/secret-box';
import { TEST_REDIS_URL } from '../support/env';

const KEY_HEX = 'c3'.repeat(32);
const OAUTH_ENV = {
  SLACK_BOT_TOKEN: '',
  SLACK_CLIENT_ID: '1111.2222',
  SLACK_CLIENT_SECRET: 'client-secret-for-tests',
  SLACK_STATE_SECRET: 'state-secret-for-tests-0123456789',
  ENCRYPTION_KEY: KEY_HEX,
};

/**
 * The small version of bench:fanout: three workspaces (each its own bot token) fan out monthly KPI nudges at
 * once against a Slack that allows 2 messages a second per token and answers 429 + Retry-After above it,
 * while the app is set to send faster than that. Every nudge arrives exactly once, with its own workspace's
 * token, and the workspaces are served side by side, not one after the other.
 */
describe('fan-out across workspaces under per-workspace 429s (e2e)', () => {
  const TICK = new Date('2027-03-01T09:05:00Z'); // 10:05 in Berlin on the first working day of March
  const TEAMS = ['TW1', 'TW2', 'TW3'];
  const N = 8;
  let app: TestApp;
  let redis: IORedis;
  let queue: Queue;

  beforeAll(async () => {
    app = await startTestApp({ clock: () => TICK, role: 'worker', env: { ...OAUTH_ENV, SLACK_SEND_RATE: '20' } });
    redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: redis, prefix: app.prefix });
    const installations = createInstallationRepository(app.db.db, createSecretBox(Buffer.from(KEY_HEX, 'hex')));
    const [skill] = await app.db.db.select().from(skills).where(eq(skills.slug, 'zapier'));
    // Setup: each workspace installed with its own token, N mentees in Berlin with an active pairing and a KPI.
    for (const teamId of TEAMS) {
      await installations.save({ teamId, botUserId: 'U0BOT', botToken: `xoxb-${teamId.toLowerCase()}-token`, botScopes: ['chat:write'] }, TICK);
      const [mentor] = await app.db.db.insert(members).values({ teamId, slackUserId: `U${teamId}M`, tz: 'Europe/Berlin', updatedAt: TICK }).returning();
      app.slack.addUser({ id: `U${teamId}M`, teamId, tz: 'Europe/Berlin' });
      for (let i = 0; i < N; i++) {
        const id = `U${teamId}F${i}`;
        app.slack.addUser({ id, teamId, name: `Fan ${i}`, tz: 'Europe/Berlin', locale: 'en-US' });
        const [m] = await app.db.db.insert(members).values({ teamId, slackUserId: id, tz: 'Europe/Berlin', displayName: `Fan ${i}`, updatedAt: TICK }).returning();
        const [p] = await app.db.db
          .insert(pairings)
          .values({ teamId, menteeMemberId: m!.id, mentorMemberId: mentor!.id, skillId: skill!.id, state: 'active', activeAt: new Date(TICK.getTime() - 24 * 3600_000) })
          .returning();
        await app.db.db.insert(kpis).values({ teamId, pairingId: p!.id, description: 'Automate 3 processes', target: 3, current: 1, startDate: '2027-01-01', dueDate: '2027-03-31' });
      }
    }
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await app.stop();
  });

  it('when three workspaces fan out at once above Slack\'s per-workspace limit, then every nudge arrives exactly once, paced per workspace', async () => {
    app.slack.reset();
    app.slack.limitPostMessages(2);
    await queue.add('system.reconcile', {}, { jobId: 'tick' });
    const posts = () => app.slack.callsTo('chat.postMessage');
    await app.slack.waitFor(() => new Set(posts().map((c) => `${c.token}/${String(c.args.channel)}`)).size === TEAMS.length * N, 60_000, 'every nudge');
    await new Promise((r) => setTimeout(r, 1500));

    const byTeam = new Map(TEAMS.map((t) => [t, posts().filter((c) => c.token === `xoxb-${t.toLowerCase()}-token`)]));
    for (const [teamId, calls] of byTeam) {
      const channels = calls.map((c) => String(c.args.channel));
      // Exactly once each, to this workspace's own people, with this workspace's own token.
      expect(channels.sort()).toEqual(Array.from({ length: N }, (_, i) => `DU${teamId}F${i}`).sort());
    }
    expect(posts()).toHaveLength(TEAMS.length * N);
    // Slack said 429 at least once in every workspace (the app sends faster than it allows) …
    for (const t of TEAMS) expect(app.slack.rateLimitedByToken.get(`xoxb-${t.toLowerCase()}-token`) ?? 0).toBeGreaterThan(0);
    // … and the workspaces were served side by side: each had its first nudge before any had all of its own.
    const firsts = [...byTeam.values()].map((calls) => Math.min(...calls.map((c) => c.at)));
    const lasts = [...byTeam.values()].map((calls) => Math.max(...calls.map((c) => c.at)));
    expect(Math.max(...firsts)).toBeLessThan(Math.min(...lasts));
  }, 90_000);
});
