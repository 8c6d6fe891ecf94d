import { eq } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, eventBody, interactionBody, postSigned } from '../support/slack-request';
import { blockAction, selected, stateOf, text, viewSubmission } from '../support/payloads';
import { checkins, deliveries, members, pairings, sessions, skills, workspaces } from '../../src/db/schema';
import { startRedisServer } from '../support/redis-server';

/** The session cycle with a real worker: reminders arrive, each once, in each person's language; check-in answered. */
describe('session reminders and check-ins with a real worker (e2e)', () => {
  let app: TestApp;
  let redis: IORedis;
  let queue: Queue;
  let pairingId: number;
  let shiftMs = 0;
  let privateRedis: Awaited<ReturnType<typeof startRedisServer>>;

  const post = (payload: object) => postSigned(app.eventsUrl, interactionBody(payload as Record<string, unknown>));
  const dmsTo = (u: string) => app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === `D${u}`);
  const newSession = async (startsInMs: number) => {
    const [s] = await app.db.db.insert(sessions).values({ teamId: 'T0TEST', pairingId, startsAt: new Date(Date.now() + startsInMs), durationMinutes: 30 }).returning();
    return s!;
  };

  beforeAll(async () => {
    // Its own Redis: the FLUSHALL drill below must not wipe other test files' queues.
    privateRedis = await startRedisServer();
    app = await startTestApp({ clock: () => new Date(Date.now() + shiftMs), env: { REDIS_URL: privateRedis.url } });
    redis = new IORedis(privateRedis.url, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: redis, prefix: app.prefix });
    app.slack.addUser({ id: 'UANA', name: 'Ana', tz: 'America/Sao_Paulo', locale: 'pt-BR' });
    app.slack.addUser({ id: 'UJON', name: 'Jonas', tz: 'Europe/Berlin', locale: 'de-DE' });
    for (const u of ['UANA', 'UJON']) await postSigned(app.eventsUrl, commandBody({ userId: u, text: 'help', responseUrl: app.slack.responseUrl() }));
    await app.slack.waitFor(() => app.slack.callsTo('views.open').length === 2, 5000, 'members');
    // Reminders one minute before, and no quiet hours, so the test does not depend on the time of day it runs.
    await app.db.db.update(workspaces).set({ reminderOffsets: [1], quietStart: '00:00', quietEnd: '00:00', quietWeekends: false }).where(eq(workspaces.teamId, 'T0TEST'));
    const id = async (s: string) => (await app.db.db.select().from(members).where(eq(members.slackUserId, s)))[0]!.id;
    const [skill] = await app.db.db.select().from(skills).where(eq(skills.slug, 'linkedin'));
    const [p] = await app.db.db
      .insert(pairings)
      .values({ teamId: 'T0TEST', menteeMemberId: await id('UANA'), mentorMemberId: await id('UJON'), skillId: skill!.id, state: 'active', cadence: 'weekly', planMinutes: 30, activeAt: new Date() })
      .returning();
    pairingId = p!.id;
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await app.stop();
    await privateRedis.stop();
  });

  it('when a confirmed session is due in a few seconds, then each person gets one reminder in their language, then the check-in, and the answer is stored', async () => {
    const s = await newSession(65_000);
    await post(blockAction({ userId: 'UANA', actionId: 'mm_confirm_session', value: String(s.id), container: 'message' }));
    app.slack.reset();
    const [ana, jonas] = await app.slack.waitFor(
      () => {
        const a = dmsTo('UANA').find((c) => String(c.args.text).startsWith('Lembrete'));
        const j = dmsTo('UJON').find((c) => String(c.args.text).startsWith('Erinnerung'));
        return a && j ? [a, j] : undefined;
      },
      20_000,
      'reminders',
    );
    expect(JSON.stringify(ana.args.blocks)).toContain('Para começar descontraído');
    expect(JSON.stringify(jonas.args.blocks)).toContain('Zum lockeren Einstieg');
    expect((ana.args.metadata as { event_payload: { key: string } }).event_payload.key).toMatch(/^rem-/);

    // The same reminder job run again (a retry, a second worker) sends nothing.
    await queue.add('session.timer', (await queue.getJob(`rem-${s.id}-r1-1m-UANA`))?.data ?? { teamId: 'T0TEST', sessionId: s.id, revision: 1, kind: 'reminder', recipient: 'UANA', offsetLabel: '1m', startsAt: s.startsAt.toISOString() }, { jobId: `again-${s.id}` });
    await new Promise((r) => setTimeout(r, 800));
    expect(dmsTo('UANA').filter((c) => String(c.args.text).startsWith('Lembrete'))).toHaveLength(1);

    // Time passes: the check-in (end + 15 min) comes due.
    shiftMs = 50 * 60_000;
    for (const u of ['UANA', 'UJON']) await (await queue.getJob(`checkin-${s.id}-r1-${u}`))!.promote();
    const checkin = await app.slack.waitFor(() => dmsTo('UANA').find((c) => JSON.stringify(c.args.blocks).includes('mm_checkin_yes')), 10_000, 'check-in');
    expect(String(checkin.args.text)).toContain('aconteceu');
    await app.slack.waitFor(() => dmsTo('UJON').find((c) => JSON.stringify(c.args.blocks).includes('mm_checkin_yes')), 10_000, 'mentor check-in');

    await post(blockAction({ userId: 'UANA', actionId: 'mm_checkin_yes', value: String(s.id), container: 'message' }));
    const modal = await app.slack.waitFor(() => app.slack.callsTo('views.open').at(-1), 5000, 'check-in modal');
    expect(JSON.stringify(modal.args.view)).toContain('ci_confidence');
    const res = await post(
      viewSubmission({
        userId: 'UANA',
        callbackId: 'mm_checkin',
        privateMetadata: JSON.stringify({ v: 1, sessionId: s.id }),
        values: stateOf({ ci_rating: selected('5'), ci_learned: text('Como escrever um bom título no LinkedIn'), ci_confidence: selected('3'), ci_feedback: text('Muito paciente!') }),
      }),
    );
    expect(JSON.parse(res.text).response_action).toBe('update');
    const [row] = await app.db.db.select().from(checkins).where(eq(checkins.sessionId, s.id));
    expect(row).toMatchObject({ rating: 5, learned: 'Como escrever um bom título no LinkedIn', confidence: 3, feedback: 'Muito paciente!', role: 'mentee', happened: true });
    expect((await app.db.db.select().from(sessions).where(eq(sessions.id, s.id)))[0]!.status).toBe('held');
    // The next session is proposed right away.
    await app.slack.waitFor(() => dmsTo('UANA').find((c) => JSON.stringify(c.args.blocks).includes('mm_confirm_session')), 5000, 'next session proposal');
    expect(app.slack.allViolations()).toEqual([]);
  });

  it('when Redis is flushed, then the reconciler restores every future reminder and nothing already sent goes out again', async () => {
    shiftMs = 0;
    const upcoming = (await app.db.db.select().from(sessions).where(eq(sessions.status, 'proposed')))[0]!;
    await app.db.db.update(sessions).set({ startsAt: new Date(Date.now() + 3 * 24 * 3600_000) }).where(eq(sessions.id, upcoming.id));
    await post(blockAction({ userId: 'UJON', actionId: 'mm_confirm_session', value: String(upcoming.id), container: 'message' }));
    await new Promise((r) => setTimeout(r, 300));
    const before = (await queue.getJobs(['delayed'])).filter((j) => j.name === 'session.timer').map((j) => j.id).sort();
    expect(before.length).toBeGreaterThanOrEqual(4);

    await redis.flushall();
    expect(await queue.getJobs(['delayed'])).toHaveLength(0);
    const sentBefore = (await app.db.db.select().from(deliveries)).length;

    await queue.add('system.reconcile', {}, { jobId: 'reconcile-now' });
    const deadline = Date.now() + 10_000;
    let after: string[] = [];
    while (Date.now() < deadline) {
      after = (await queue.getJobs(['delayed'])).filter((j) => j.name === 'session.timer').map((j) => j.id!).sort();
      if (after.length >= before.length) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(after).toEqual(before);
    // The previous session's check-ins were already delivered: replanning them sends nothing new.
    await new Promise((r) => setTimeout(r, 800));
    expect((await app.db.db.select().from(deliveries)).length).toBe(sentBefore);
  });

  it('when the mentee opens the App Home, then the next session shows with move/skip buttons and the journal is one click away', async () => {
    app.slack.reset();
    await postSigned(app.eventsUrl, eventBody({ type: 'app_home_opened', user: 'UANA', channel: 'DUANA', tab: 'home', event_ts: '1.1' }), { contentType: 'application/json' });
    const publish = await app.slack.waitFor(() => app.slack.callsTo('views.publish')[0], 5000, 'home');
    const home = JSON.stringify(publish.args.view);
    expect(home).toContain('Próxima sessão');
    expect(home).toContain('mm_move_session');
    expect(home).toContain('mm_skip_session');
    expect(home).toContain('mm_open_journal');
    expect(publish.violations).toEqual([]);
  });
});
