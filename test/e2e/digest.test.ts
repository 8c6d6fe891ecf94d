import { eq, inArray } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestApp } from '../support/app-harness';
import { interactionBody, postSigned } from '../support/slack-request';
import { checkboxes, external, radio, selected, stateOf, user, viewSubmission } from '../support/payloads';
import { checkins, kpis, members, pairings, sessions, skills } from '../../src/db/schema';
import { TEST_REDIS_URL } from '../support/env';

/**
 * The weekly team-lead digest end to end: four reports name the lead (three consent to share), the tick at
 * Monday 09:00 in the lead's zone enqueues the digest, the worker sends it.
 */
describe('weekly team-lead digest (e2e)', () => {
  // Monday 30 November 2026, 09:05 in Berlin.
  const NOW = new Date('2026-11-30T08:05:00Z');
  let app: TestApp;
  let redis: IORedis;
  let queue: Queue;
  const reports = ['UREP1', 'UREP2', 'UREP3', 'UREP4'];
  const SECRET_NOTE = 'secret note about my struggles';

  const post = (payload: object) => postSigned(app.eventsUrl, interactionBody(payload as Record<string, unknown>));

  beforeAll(async () => {
    app = await startTestApp({ clock: () => NOW });
    redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: redis, prefix: app.prefix });
    app.slack.addUser({ id: 'ULEAD', name: 'Lea', tz: 'Europe/Berlin', locale: 'en-US' });
    app.slack.addUser({ id: 'UMENTOR', name: 'Mo', tz: 'Europe/London', locale: 'en-US' });
    reports.forEach((id, i) => app.slack.addUser({ id, name: `Rep${i + 1}`, tz: 'Europe/Berlin', locale: 'en-US' }));
    const [skill] = await app.db.db.select().from(skills).where(eq(skills.slug, 'excel-formulas'));
    await post(viewSubmission({ userId: 'UMENTOR', callbackId: 'mm_mentor_profile', values: stateOf({ mp_skill_1: external(`s:${skill!.id}`), mp_level_1: selected('5'), mp_capacity: selected('5'), mp_languages: { type: 'multi_static_select', selected_options: [{ value: 'en' }] } }) }));
    for (const [i, id] of reports.entries()) {
      await post(
        viewSubmission({
          userId: id,
          callbackId: 'mm_self_eval',
          values: stateOf({ se_skill_1: external(`s:${skill!.id}`), se_level_1: selected('2'), se_format: radio('online'), se_length: radio('30'), se_lead: user('ULEAD'), se_share: i < 3 ? checkboxes('share') : checkboxes() }),
        }),
      );
    }
    // Setup of history (the pairing and session flows have their own tests): each report has an active
    // pairing with one session held last week and a check-in whose private note must never reach the lead.
    const rows = await app.db.db.select().from(members).where(inArray(members.slackUserId, [...reports, 'UMENTOR']));
    const mentor = rows.find((r) => r.slackUserId === 'UMENTOR')!;
    for (const [i, id] of reports.entries()) {
      const m = rows.find((r) => r.slackUserId === id)!;
      const [p] = await app.db.db
        .insert(pairings)
        .values({ teamId: 'T0TEST', menteeMemberId: m.id, mentorMemberId: mentor.id, skillId: skill!.id, state: 'active', cadence: 'weekly', baselineConfidence: 2, atRisk: i === 1, activeAt: new Date('2026-11-01T10:00:00Z') })
        .returning();
      const [s] = await app.db.db.insert(sessions).values({ teamId: 'T0TEST', pairingId: p!.id, startsAt: new Date('2026-11-25T10:00:00Z'), status: 'held' }).returning();
      await app.db.db.insert(checkins).values({ sessionId: s!.id, memberId: m.id, role: 'mentee', happened: true, rating: 4, confidence: 3 + (i % 2), learned: SECRET_NOTE, feedback: SECRET_NOTE });
      await app.db.db.insert(kpis).values({ teamId: 'T0TEST', pairingId: p!.id, description: 'Build 2 dashboards', target: 2, current: 1, startDate: '2026-11-01', dueDate: '2027-01-31' });
    }
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await app.stop();
  });

  it('when Monday 09:00 comes in the lead’s zone, then the lead gets one digest whose numbers match, naming only consenting people and no notes', async () => {
    app.slack.reset();
    await queue.add('system.reconcile', {}, { jobId: 'tick-now' });
    const dm = await app.slack.waitFor(() => app.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DULEAD'), 10_000, 'digest DM');
    const body = JSON.stringify(dm.args);
    // 4 people take part (all learning), 4 active pairings; 4 sessions held of 4 planned last week.
    expect(body).toContain('*4* people take part (4 learning, 0 teaching) · *4* active pairings');
    expect(body).toContain('*4* held of *4* planned');
    expect(body).toContain('Average KPI progress: *50%*');
    // Confidence 2 → 3,4,3,4: average change +1.5.
    expect(body).toContain('*+1.5*');
    expect(body).toContain('Pairings at risk: *1*');
    for (const id of ['UREP1', 'UREP2', 'UREP3']) expect(body).toContain(`<@${id}>`);
    expect(body).not.toContain('UREP4');
    expect(body).toContain('1 more take part but keep their progress private');
    expect(body).not.toContain(SECRET_NOTE);
    expect(dm.violations).toEqual([]);

    // A second tick in the same window sends nothing more.
    await queue.add('system.reconcile', {}, { jobId: 'tick-again' });
    await new Promise((r) => setTimeout(r, 1000));
    expect(app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'DULEAD')).toHaveLength(1);
    // Nobody else got a digest: people without reports are not leads.
    expect(app.slack.callsTo('chat.postMessage').filter((c) => String(c.args.text).includes('digest'))).toHaveLength(1);
  });
});
