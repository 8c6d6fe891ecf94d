import { eq } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, interactionBody, postSigned } from '../support/slack-request';
import { blockAction } from '../support/payloads';
import { members, pairings, sessions, skills, workspaces } from '../../src/db/schema';
import { TEST_REDIS_URL } from '../support/env';

/**
 * Permanent Slack errors: the mentor left the workspace (user_not_found). No retries, the person is marked
 * inactive, the pairing is paused, and the mentee gets one note instead of reminders for a session that will
 * not happen.
 */
describe('a partner who can no longer be reached', () => {
  let app: TestApp;
  let redis: IORedis;
  let queue: Queue;

  beforeAll(async () => {
    app = await startTestApp();
    redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: redis, prefix: app.prefix });
    app.slack.addUser({ id: 'USTAY', name: 'Stella', tz: 'Europe/Berlin', locale: 'en-US' });
    app.slack.addUser({ id: 'UGONE', name: 'Gonzalo', tz: 'Europe/Madrid', locale: 'en-US' });
    for (const u of ['USTAY', 'UGONE']) await postSigned(app.eventsUrl, commandBody({ userId: u, text: 'help', responseUrl: app.slack.responseUrl() }));
    await app.slack.waitFor(() => app.slack.callsTo('views.open').length === 2, 5000, 'members');
    await app.db.db.update(workspaces).set({ reminderOffsets: [1], quietStart: '00:00', quietEnd: '00:00', quietWeekends: false }).where(eq(workspaces.teamId, 'T0TEST'));
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await app.stop();
  });

  it('when a reminder to someone who left fails with user_not_found, then they are marked inactive, the pairing pauses and the partner is told once', async () => {
    const id = async (s: string) => (await app.db.db.select().from(members).where(eq(members.slackUserId, s)))[0]!.id;
    const [skill] = await app.db.db.select().from(skills).where(eq(skills.slug, 'canva'));
    // Setup: an active pairing with a confirmed session soon (the flows creating them have their own tests).
    const [p] = await app.db.db
      .insert(pairings)
      .values({ teamId: 'T0TEST', menteeMemberId: await id('USTAY'), mentorMemberId: await id('UGONE'), skillId: skill!.id, state: 'active', activeAt: new Date() })
      .returning();
    const [s] = await app.db.db.insert(sessions).values({ teamId: 'T0TEST', pairingId: p!.id, startsAt: new Date(Date.now() + 62_000), durationMinutes: 30 }).returning();
    app.slack.users.delete('UGONE'); // Gonzalo leaves the workspace
    app.slack.reset();
    await postSigned(app.eventsUrl, interactionBody(blockAction({ userId: 'USTAY', actionId: 'mm_confirm_session', value: String(s!.id), container: 'message' })));

    const note = await app.slack.waitFor(
      () => app.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUSTAY' && String(c.args.text).includes('can no longer be reached')),
      15_000,
      'note to the partner',
    );
    expect(JSON.stringify(note.args.blocks)).toContain('<@UGONE>');
    await new Promise((r) => setTimeout(r, 1500));
    expect(app.slack.callsTo('chat.postMessage').filter((c) => String(c.args.text).includes('can no longer be reached'))).toHaveLength(1);
    const gone = (await app.db.db.select().from(members).where(eq(members.slackUserId, 'UGONE')))[0]!;
    expect(gone.deleted).toBe(true);
    expect(gone.pausedAt).toBeInstanceOf(Date);
    expect((await app.db.db.select().from(pairings).where(eq(pairings.id, p!.id)))[0]!.pausedAt).toBeInstanceOf(Date);
    // The failed reminder was not retried: Slack will not bring him back.
    const failed = (await queue.getJobs(['failed'])).filter((j) => j.name === 'session.timer');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((j) => j.attemptsMade === 1)).toBe(true);
  });
});
