import { eq } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestApp } from '../support/app-harness';
import { interactionBody, postSigned } from '../support/slack-request';
import { blockAction, datepicker, external, radio, selected, stateOf, text, time, viewSubmission } from '../support/payloads';
import { members, pairings, skills } from '../../src/db/schema';
import { TEST_REDIS_URL } from '../support/env';
import { addLocalDays, localParts } from '../../src/domain/time';

/**
 * Timers run through the real worker. The app's clock is moved forward and the delayed BullMQ job is promoted,
 * which is what the passage of time does to both stores.
 */
describe('pairing timers (worker, Postgres, Redis)', () => {
  let app: TestApp;
  let redis: IORedis;
  let queue: Queue;
  let now = new Date();
  let tableau: number;

  const post = (payload: object) => postSigned(app.eventsUrl, interactionBody(payload as Record<string, unknown>));
  const dmsTo = (userId: string) => app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === `D${userId}`);
  const memberId = async (slackId: string) => (await app.db.db.select().from(members).where(eq(members.slackUserId, slackId)))[0]!.id;
  const row = async (id: number) => (await app.db.db.select().from(pairings).where(eq(pairings.id, id)))[0]!;
  const promote = async (jobId: string) => {
    const job = await queue.getJob(jobId);
    expect(job).toBeTruthy();
    await job!.promote();
  };
  const settle = () => new Promise((r) => setTimeout(r, 400));
  const mentorProfile = (userId: string) =>
    post(viewSubmission({ userId, callbackId: 'mm_mentor_profile', values: stateOf({ mp_skill_1: external(`s:${tableau}`), mp_level_1: selected('5'), mp_capacity: selected('3'), mp_languages: { type: 'multi_static_select', selected_options: [{ value: 'en' }] } }) }));
  const propose = async (mentee: string, mentor: string) => {
    await post(
      viewSubmission({
        userId: mentee,
        callbackId: 'mm_proposal',
        privateMetadata: JSON.stringify({ v: 1, mentorMemberId: await memberId(mentor), skillId: tableau }),
        values: stateOf({ pr_goals: text('Dashboards'), pr_format: radio('online'), pr_length: radio('30') }),
      }),
    );
    return (await app.db.db.select().from(pairings).where(eq(pairings.mentorMemberId, await memberId(mentor))))[0]!;
  };

  beforeAll(async () => {
    app = await startTestApp({ clock: () => now });
    redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: redis, prefix: app.prefix });
    for (const [id, name] of [['UMENTEE', 'Mia'], ['UM1', 'Max'], ['UM2', 'Noor'], ['UM3', 'Olu']] as const) {
      app.slack.addUser({ id, name, tz: 'Europe/Berlin', locale: 'en-US' });
    }
    tableau = (await app.db.db.select().from(skills).where(eq(skills.slug, 'tableau')))[0]!.id;
    for (const m of ['UM1', 'UM2', 'UM3']) await mentorProfile(m);
    await post(viewSubmission({ userId: 'UMENTEE', callbackId: 'mm_self_eval', values: stateOf({ se_skill_1: external(`s:${tableau}`), se_level_1: selected('1'), se_format: radio('online'), se_length: radio('30') }) }));
    await settle();
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await app.stop();
  });

  it('when a mentor does not answer, then one reminder goes out after 3 working days and the proposal later expires with the next candidate offered', async () => {
    const p = await propose('UMENTEE', 'UM1');
    expect(p.remindAt!.getTime()).toBeGreaterThan(now.getTime() + 2 * 24 * 3600 * 1000);
    expect(p.expiresAt!.getTime()).toBeGreaterThan(p.remindAt!.getTime());
    app.slack.reset();

    now = new Date(p.remindAt!.getTime() + 60_000);
    await promote(`pairing-remind-${p.id}`);
    await app.slack.waitFor(() => dmsTo('UM1')[0], 5000, 'reminder');
    // A duplicate of the same timer (a retry, a second worker) sends nothing.
    await queue.add('pairing.remind', { teamId: p.teamId, pairingId: p.id }, { jobId: `dup-remind-${p.id}` });
    await settle();
    expect(dmsTo('UM1')).toHaveLength(1);
    expect(String(dmsTo('UM1')[0]!.args.text)).toContain('waiting for your answer');
    expect((await row(p.id)).remindedAt).toBeInstanceOf(Date);

    now = new Date(p.expiresAt!.getTime() + 60_000);
    await promote(`pairing-expire-${p.id}`);
    const offer = await app.slack.waitFor(() => dmsTo('UMENTEE')[0], 5000, 'expiry DM to the mentee');
    expect(String(offer.args.text)).toContain('did not answer');
    expect(JSON.stringify(offer.args.blocks)).toContain(`"value":"${await memberId('UM2')}.${tableau}"`);
    expect(JSON.stringify(offer.args.blocks)).not.toContain(`"value":"${await memberId('UM1')}.${tableau}"`);
    expect((await row(p.id)).state).toBe('expired');
    await app.slack.waitFor(() => app.slack.callsTo('chat.update')[0], 5000, 'proposal message marked expired');
  });

  it('when an expiry job fires before its time, then nothing expires', async () => {
    const p = await propose('UMENTEE', 'UM2');
    await queue.add('pairing.expire', { teamId: p.teamId, pairingId: p.id }, { jobId: `early-expire-${p.id}` });
    await settle();
    expect((await row(p.id)).state).toBe('proposed');
  });

  it('when the coffee is over, then both are asked "good fit?" exactly once', async () => {
    const p = await propose('UMENTEE', 'UM3');
    await post(blockAction({ userId: 'UM3', actionId: 'mm_accept', value: String(p.id), container: 'message' }));
    await settle();
    const day = addLocalDays(localParts(now, 'Europe/Berlin').date, 1);
    await post(viewSubmission({ userId: 'UMENTEE', callbackId: 'mm_coffee', privateMetadata: JSON.stringify({ v: 1, pairingId: p.id }), values: stateOf({ cf_date: datepicker(day), cf_time: time('10:00'), cf_length: selected('30') }) }));
    await settle();
    const booked = await row(p.id);
    expect(booked.state).toBe('coffee');
    app.slack.reset();

    now = new Date(booked.coffeeAt!.getTime() + 31 * 60_000);
    await promote(`pairing-verdict-${p.id}`);
    await app.slack.waitFor(() => dmsTo('UM3')[0] && dmsTo('UMENTEE')[0], 5000, 'verdict prompts');
    await queue.add('pairing.verdict', { teamId: p.teamId, pairingId: p.id }, { jobId: `dup-verdict-${p.id}` });
    await settle();
    expect(dmsTo('UM3')).toHaveLength(1);
    expect(dmsTo('UMENTEE')).toHaveLength(1);
    expect(JSON.stringify(dmsTo('UM3')[0]!.args.blocks)).toContain('mm_verdict_not_fit');

    // Not a fit from the mentor: the mentee only learns that it will not continue.
    app.slack.reset();
    await post(blockAction({ userId: 'UM3', actionId: 'mm_verdict_not_fit', value: String(p.id), container: 'message' }));
    const told = await app.slack.waitFor(() => dmsTo('UMENTEE')[0], 5000, 'not continuing');
    expect(String(told.args.text)).toContain('will not continue');
    expect((await row(p.id)).state).toBe('ended');
    expect((await row(p.id)).outcome).toBe('not_a_fit');
  });
});
