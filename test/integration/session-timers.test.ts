import { eq } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, interactionBody, postSigned } from '../support/slack-request';
import { blockAction, datepicker, stateOf, time, viewSubmission } from '../support/payloads';
import { members, pairings, sessions, skills } from '../../src/db/schema';
import { TEST_REDIS_URL } from '../support/env';

/**
 * Confirming, moving and skipping a session, checked in Redis against a fixed clock: a Berlin mentee across the
 * 2027 spring-forward weekend and a São Paulo mentor (UTC−3 all year).
 */
describe('session timers in BullMQ (fixed clock)', () => {
  const NOW = new Date('2027-03-25T10:00:00Z'); // Thursday
  const START = new Date('2027-03-29T12:00:00Z'); // Monday after Berlin switched to CEST
  let app: TestApp;
  let redis: IORedis;
  let queue: Queue;
  let sessionId: number;

  const post = (payload: object) => postSigned(app.eventsUrl, interactionBody(payload as Record<string, unknown>));
  const at = (iso: string) => new Date(iso).getTime() - NOW.getTime();
  const jobsOf = async () => {
    const jobs = await queue.getJobs(['delayed', 'wait', 'waiting', 'prioritized']);
    return new Map(jobs.filter((j) => j.name === 'session.timer').map((j) => [j.id!, j.opts.delay ?? 0]));
  };

  beforeAll(async () => {
    app = await startTestApp({ clock: () => NOW, role: 'web' });
    redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: redis, prefix: app.prefix });
    app.slack.addUser({ id: 'UBER', name: 'Berta', tz: 'Europe/Berlin', locale: 'de-DE' });
    app.slack.addUser({ id: 'USAO', name: 'Sergio', tz: 'America/Sao_Paulo', locale: 'pt-BR' });
    for (const u of ['UBER', 'USAO']) await postSigned(app.eventsUrl, commandBody({ userId: u, text: 'help', responseUrl: app.slack.responseUrl() }));
    await app.slack.waitFor(() => app.slack.callsTo('views.open').length === 2, 5000, 'members');
    const id = async (s: string) => (await app.db.db.select().from(members).where(eq(members.slackUserId, s)))[0]!.id;
    const [skill] = await app.db.db.select().from(skills).where(eq(skills.slug, 'tableau'));
    // Setup only: the pairing lifecycle has its own tests; here an active pairing is the starting point.
    const [p] = await app.db.db
      .insert(pairings)
      .values({ teamId: 'T0TEST', menteeMemberId: await id('UBER'), mentorMemberId: await id('USAO'), skillId: skill!.id, state: 'active', cadence: 'weekly', planMinutes: 30, activeAt: NOW })
      .returning();
    const [s] = await app.db.db.insert(sessions).values({ teamId: 'T0TEST', pairingId: p!.id, startsAt: START, durationMinutes: 30 }).returning();
    sessionId = s!.id;
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await app.stop();
  });

  it('when the session is confirmed, then exactly the expected reminder, agenda and check-in jobs exist with the right delays', async () => {
    await post(blockAction({ userId: 'USAO', actionId: 'mm_confirm_session', value: String(sessionId), container: 'message' }));
    await app.slack.waitFor(() => app.slack.callsTo('files.completeUploadExternal').length === 2, 5000, 'ics for both');
    const jobs = await jobsOf();
    const id = sessionId;
    expect(Object.fromEntries(jobs)).toEqual({
      // Mentee prompt two working days before, at the same Berlin wall time (14:00 CET on Thursday).
      [`agenda-${id}-r1-UBER`]: at('2027-03-25T13:00:00Z'),
      // 24 h before is Sunday: weekends are quiet, so each gets it Friday at 19:00 in their own zone.
      [`rem-${id}-r1-24h-UBER`]: at('2027-03-26T18:00:00Z'),
      [`rem-${id}-r1-24h-USAO`]: at('2027-03-26T22:00:00Z'),
      // 1 h before: 13:00 CEST in Berlin, 08:00 in São Paulo (the first working minute, not quiet).
      [`rem-${id}-r1-1h-UBER`]: at('2027-03-29T11:00:00Z'),
      [`rem-${id}-r1-1h-USAO`]: at('2027-03-29T11:00:00Z'),
      // Check-in 15 minutes after the end, for both.
      [`checkin-${id}-r1-UBER`]: at('2027-03-29T12:45:00Z'),
      [`checkin-${id}-r1-USAO`]: at('2027-03-29T12:45:00Z'),
    });
    expect((await app.db.db.select().from(sessions).where(eq(sessions.id, id)))[0]!.status).toBe('confirmed');
  });

  it('when the session is moved, then the old jobs are gone and the new ones follow the new time', async () => {
    // Berta moves it to Wednesday 31 March, 16:00 Berlin time (14:00Z).
    const res = await post(
      viewSubmission({ userId: 'UBER', callbackId: 'mm_move_session', privateMetadata: JSON.stringify({ v: 1, sessionId }), values: stateOf({ mv_date: datepicker('2027-03-31'), mv_time: time('16:00') }) }),
    );
    expect(JSON.parse(res.text)).toEqual({ response_action: 'clear' });
    const jobs = await jobsOf();
    const id = sessionId;
    expect([...jobs.keys()].some((k) => k.includes('-r1-'))).toBe(false);
    expect(Object.fromEntries(jobs)).toEqual({
      [`agenda-${id}-r2-UBER`]: at('2027-03-29T14:00:00Z'),
      [`rem-${id}-r2-24h-UBER`]: at('2027-03-30T14:00:00Z'),
      [`rem-${id}-r2-24h-USAO`]: at('2027-03-30T14:00:00Z'),
      [`rem-${id}-r2-1h-UBER`]: at('2027-03-31T13:00:00Z'),
      [`rem-${id}-r2-1h-USAO`]: at('2027-03-31T13:00:00Z'),
      [`checkin-${id}-r2-UBER`]: at('2027-03-31T14:45:00Z'),
      [`checkin-${id}-r2-USAO`]: at('2027-03-31T14:45:00Z'),
    });
    const row = (await app.db.db.select().from(sessions).where(eq(sessions.id, id)))[0]!;
    expect(row).toMatchObject({ revision: 2, startsAt: new Date('2027-03-31T14:00:00Z') });
  });

  it('when the session is skipped, then all its jobs are removed and the next session is proposed', async () => {
    await post(blockAction({ userId: 'USAO', actionId: 'mm_skip_session', value: String(sessionId), container: 'message' }));
    await new Promise((r) => setTimeout(r, 500));
    expect((await jobsOf()).size).toBe(0);
    const rows = await app.db.db.select().from(sessions);
    expect(rows.find((r) => r.id === sessionId)!.status).toBe('skipped');
    const next = rows.find((r) => r.id !== sessionId);
    expect(next?.status).toBe('proposed');
    expect(next!.startsAt.getTime()).toBeGreaterThan(NOW.getTime());
  });
});
