import { and, eq } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, interactionBody, postSigned } from '../support/slack-request';
import { blockAction, checkboxes, datepicker, external, radio, selected, stateOf, text, time, viewSubmission } from '../support/payloads';
import { members, pairings, skills } from '../../src/db/schema';
import { TEST_REDIS_URL } from '../support/env';
import { addLocalDays, localParts } from '../../src/domain/time';

describe('matching and the pairing lifecycle (e2e)', () => {
  let app: TestApp;
  let redis: IORedis;
  let queue: Queue;
  let tableau: number;
  let excel: number;

  const post = (payload: object, opts: { retryNum?: number } = {}) => postSigned(app.eventsUrl, interactionBody(payload as Record<string, unknown>), opts);
  const command = (userId: string, textArg: string, id: string) =>
    postSigned(app.eventsUrl, commandBody({ userId, text: textArg, responseUrl: app.slack.responseUrl(id) }));
  const reply = (id: string) => app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith(`/${id}`)), 5000, `response ${id}`);
  const memberId = async (slackId: string) => (await app.db.db.select().from(members).where(eq(members.slackUserId, slackId)))[0]!.id;
  const dmsTo = (userId: string) => app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === `D${userId}`);
  const pairingRow = async () => (await app.db.db.select().from(pairings))[0]!;
  const settle = () => new Promise((r) => setTimeout(r, 300));

  beforeAll(async () => {
    app = await startTestApp();
    redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: redis, prefix: app.prefix });
    app.slack.addUser({ id: 'UMEE', name: 'Marta', tz: 'America/Sao_Paulo', locale: 'pt-BR' });
    app.slack.addUser({ id: 'UTAB', name: 'Theo', tz: 'Europe/Berlin', locale: 'de-DE' });
    app.slack.addUser({ id: 'UXL', name: 'Xia', tz: 'Europe/London', locale: 'en-GB' });
    tableau = (await app.db.db.select().from(skills).where(eq(skills.slug, 'tableau')))[0]!.id;
    excel = (await app.db.db.select().from(skills).where(eq(skills.slug, 'excel-formulas')))[0]!.id;

    const mentor = (userId: string, skillId: number) =>
      post(
        viewSubmission({
          userId,
          callbackId: 'mm_mentor_profile',
          values: stateOf({ mp_skill_1: external(`s:${skillId}`), mp_level_1: selected('5'), mp_capacity: selected('2'), mp_languages: { type: 'multi_static_select', selected_options: [{ value: 'en' }, { value: 'pt' }, { value: 'de' }] } }),
        }),
      );
    await mentor('UTAB', tableau);
    await mentor('UXL', excel);
    await post(
      viewSubmission({
        userId: 'UMEE',
        callbackId: 'mm_self_eval',
        values: stateOf({ se_skill_1: external(`s:${tableau}`), se_level_1: selected('1'), se_goal_1: text('Painéis para a diretoria'), se_format: radio('online'), se_length: radio('30'), se_offers: checkboxes('strategy') }),
      }),
    );
    await settle();
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await app.stop();
  });

  it('when the whole journey is walked, then suggestions, proposal, acceptance, coffee with .ics, verdicts and plan make the pairing active', async () => {
    app.slack.reset();
    // Suggestions list the Tableau mentor and not the Excel one.
    await command('UMEE', 'aprender tableau', 'learn');
    const list = await reply('learn');
    const listJson = JSON.stringify(list.body);
    expect(listJson).toContain('Theo');
    expect(listJson).not.toContain('Xia');
    const theo = await memberId('UTAB');
    expect(listJson).toContain(`"value":"${theo}.${tableau}"`);

    // Propose → modal → submit → the mentor gets a DM with the three buttons.
    await post(blockAction({ userId: 'UMEE', actionId: 'mm_propose', value: `${theo}.${tableau}`, container: 'message', responseUrl: app.slack.responseUrl('prop') }));
    const modal = await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'proposal modal');
    const meta = (modal.args.view as { private_metadata: string }).private_metadata;
    expect(JSON.stringify(modal.args.view)).toContain('Painéis para a diretoria');
    const submit = await post(
      viewSubmission({
        userId: 'UMEE',
        callbackId: 'mm_proposal',
        privateMetadata: meta,
        values: stateOf({ pr_goals: text('Painéis para a diretoria'), pr_kpis: text('publicar 1 painel até 31/03'), pr_offers: checkboxes('strategy'), pr_format: radio('online'), pr_length: radio('30') }),
      }),
    );
    expect(JSON.parse(submit.text).response_action).toBe('update');
    const proposalDm = await app.slack.waitFor(() => dmsTo('UTAB')[0], 5000, 'proposal DM');
    expect(JSON.stringify(proposalDm.args.blocks)).toContain('mm_accept');
    expect(JSON.stringify(proposalDm.args.blocks)).toContain('Ein Mentoring-Vorschlag');
    let row = await pairingRow();
    expect(row.state).toBe('proposed');
    expect(row.kpiDrafts).toEqual(['publicar 1 painel até 31/03']);
    expect(await queue.getJob(`pairing-remind-${row.id}`)).toBeTruthy();
    expect(await queue.getJob(`pairing-expire-${row.id}`)).toBeTruthy();

    // A resubmitted proposal changes nothing.
    await post(viewSubmission({ userId: 'UMEE', callbackId: 'mm_proposal', privateMetadata: meta, values: stateOf({ pr_goals: text('again'), pr_format: radio('online'), pr_length: radio('30') }) }));
    await settle();
    expect(await app.db.db.select().from(pairings)).toHaveLength(1);
    expect(dmsTo('UTAB')).toHaveLength(1);

    // Someone else cannot accept it.
    await post(blockAction({ userId: 'UXL', actionId: 'mm_accept', value: String(row.id), container: 'message', responseUrl: app.slack.responseUrl('wrong') }));
    const refused = await reply('wrong');
    expect(String(refused.body.text)).toContain('not addressed to you');
    expect((await pairingRow()).state).toBe('proposed');

    // Double click + a Slack retry: one acceptance, one set of DMs.
    app.slack.reset();
    const accept = blockAction({ userId: 'UTAB', actionId: 'mm_accept', value: String(row.id), container: 'message', channelId: proposalDm.args.channel as string, messageTs: '1.1', responseUrl: app.slack.responseUrl('acc') });
    await Promise.all([post(accept), post(accept), post(accept, { retryNum: 1 })]);
    await app.slack.waitFor(() => dmsTo('UMEE').length >= 2 && dmsTo('UTAB').length >= 1, 5000, 'acceptance DMs');
    await settle();
    expect(dmsTo('UMEE').map((c) => String(c.args.text))).toEqual([expect.stringContaining('aceitou'), expect.stringContaining('café virtual')]);
    expect(dmsTo('UTAB')).toHaveLength(1);
    expect((await pairingRow()).state).toBe('accepted');
    expect(await queue.getJob(`pairing-remind-${row.id}`)).toBeFalsy();
    expect(app.slack.callsTo('chat.update')).toHaveLength(1);

    // Coffee: the mentor picks a slot in their own zone; both get the invite and an .ics.
    app.slack.reset();
    await post(blockAction({ userId: 'UTAB', actionId: 'mm_pick_coffee', value: String(row.id), container: 'message' }));
    await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'coffee modal');
    const day = addLocalDays(localParts(new Date(), 'Europe/Berlin').date, 2);
    const coffee = await post(viewSubmission({ userId: 'UTAB', callbackId: 'mm_coffee', privateMetadata: JSON.stringify({ v: 1, pairingId: row.id }), values: stateOf({ cf_date: datepicker(day), cf_time: time('15:00'), cf_length: selected('20') }) }));
    expect(JSON.parse(coffee.text)).toEqual({ response_action: 'clear' });
    await app.slack.waitFor(() => app.slack.callsTo('files.completeUploadExternal').length === 2, 5000, 'two .ics uploads');
    expect(app.slack.uploads.every((u) => u.body.includes('BEGIN:VCALENDAR'))).toBe(true);
    row = await pairingRow();
    expect(row.state).toBe('coffee');
    expect(row.coffeeMinutes).toBe(20);
    expect(localParts(row.coffeeAt!, 'Europe/Berlin')).toMatchObject({ date: day, time: '15:00' });
    // Each person sees the slot in their own zone: 15:00 in Berlin is shown to São Paulo in local time.
    expect(JSON.stringify(dmsTo('UMEE')[0]!.args.blocks)).toContain(localParts(row.coffeeAt!, 'America/Sao_Paulo').time);
    expect(JSON.stringify(dmsTo('UTAB')[0]!.args.blocks)).toContain('15:00');
    expect(await queue.getJob(`pairing-verdict-${row.id}`)).toBeTruthy();

    // Both continue → the mentee is asked for the plan.
    app.slack.reset();
    await post(blockAction({ userId: 'UTAB', actionId: 'mm_verdict_continue', value: String(row.id), container: 'message' }));
    await post(blockAction({ userId: 'UMEE', actionId: 'mm_verdict_continue', value: String(row.id), container: 'message' }));
    await app.slack.waitFor(() => dmsTo('UMEE').find((c) => JSON.stringify(c.args.blocks).includes('mm_open_plan')), 5000, 'plan prompt');

    // Plan → mentor confirms → active.
    const start = addLocalDays(localParts(new Date(), 'America/Sao_Paulo').date, 7);
    const plan = await post(
      viewSubmission({
        userId: 'UMEE',
        callbackId: 'mm_plan',
        privateMetadata: JSON.stringify({ v: 1, pairingId: row.id }),
        values: stateOf({ pl_cadence: radio('biweekly'), pl_format: radio('online'), pl_length: radio('30'), pl_start: datepicker(start), pl_criteria: text('Publicar um painel sozinha'), pl_kpis: text('1 painel até 31/03') }),
      }),
    );
    expect(JSON.parse(plan.text).response_action).toBe('update');
    const review = await app.slack.waitFor(() => dmsTo('UTAB').find((c) => JSON.stringify(c.args.blocks).includes('mm_confirm_plan')), 5000, 'plan review');
    expect(JSON.stringify(review.args.blocks)).toContain('Alle zwei Wochen');
    await post(blockAction({ userId: 'UTAB', actionId: 'mm_confirm_plan', value: String(row.id), container: 'message' }));
    await settle();
    row = await pairingRow();
    expect(row.state).toBe('active');
    expect(row).toMatchObject({ cadence: 'biweekly', planStart: start, successCriteria: 'Publicar um painel sozinha', planKpis: ['1 painel até 31/03'] });
    expect(row.activeAt).toBeInstanceOf(Date);
    expect(app.slack.allViolations()).toEqual([]);
  });

  it('when a mentor says not now, then the mentee hears it blame-free with the next candidates, and a stale Accept changes nothing', async () => {
    app.slack.addUser({ id: 'UTAB2', name: 'Tina', tz: 'Europe/Berlin', locale: 'en-US' });
    await post(viewSubmission({ userId: 'UTAB2', callbackId: 'mm_mentor_profile', values: stateOf({ mp_skill_1: external(`s:${excel}`), mp_level_1: selected('5'), mp_capacity: selected('1'), mp_languages: { type: 'multi_static_select', selected_options: [{ value: 'en' }] } }) }));
    await post(viewSubmission({ userId: 'UMEE', callbackId: 'mm_self_eval', values: stateOf({ se_skill_1: external(`s:${excel}`), se_level_1: selected('2'), se_format: radio('online'), se_length: radio('30') }) }));
    app.slack.reset();
    const xia = await memberId('UXL');
    await post(viewSubmission({ userId: 'UMEE', callbackId: 'mm_proposal', privateMetadata: JSON.stringify({ v: 1, mentorMemberId: xia, skillId: excel }), values: stateOf({ pr_goals: text('Fórmulas'), pr_format: radio('online'), pr_length: radio('30') }) }));
    await app.slack.waitFor(() => dmsTo('UXL')[0], 5000, 'proposal DM');
    const row = (await app.db.db.select().from(pairings).where(and(eq(pairings.skillId, excel), eq(pairings.mentorMemberId, xia))))[0]!;
    app.slack.reset();
    await post(blockAction({ userId: 'UXL', actionId: 'mm_not_now', value: String(row.id), container: 'message' }));
    const dm = await app.slack.waitFor(() => dmsTo('UMEE').find((c) => JSON.stringify(c.args).includes('mm_propose')), 5000, 'outcome DM');
    const json = JSON.stringify(dm.args);
    expect(json).toContain('Tina');
    const tina = await memberId('UTAB2');
    expect(json).toContain(`"value":"${tina}.${excel}"`);
    expect(json).not.toContain(`"value":"${xia}.${excel}"`);
    expect((await app.db.db.select().from(pairings).where(eq(pairings.id, row.id)))[0]!.state).toBe('declined');
    await post(blockAction({ userId: 'UXL', actionId: 'mm_accept', value: String(row.id), container: 'message', responseUrl: app.slack.responseUrl('stale') }));
    const stale = await reply('stale');
    expect(String(stale.body.text)).toContain('already answered');
    expect((await app.db.db.select().from(pairings).where(eq(pairings.id, row.id)))[0]!.state).toBe('declined');
  });

  it('when nobody teaches a skill, then the message says so and the mentee can join the waitlist and hears when a mentor appears', async () => {
    app.slack.reset();
    await command('UMEE', 'learn seo', 'seo');
    const none = await reply('seo');
    expect(JSON.stringify(none.body)).toContain('mm_waitlist');
    const seo = (await app.db.db.select().from(skills).where(eq(skills.slug, 'seo')))[0]!.id;
    await post(blockAction({ userId: 'UMEE', actionId: 'mm_waitlist', value: String(seo), container: 'message', responseUrl: app.slack.responseUrl('wl') }));
    await reply('wl');
    app.slack.reset();
    await post(viewSubmission({ userId: 'UTAB2', callbackId: 'mm_mentor_profile', values: stateOf({ mp_skill_1: external(`s:${seo}`), mp_level_1: selected('4'), mp_capacity: selected('2'), mp_languages: { type: 'multi_static_select', selected_options: [{ value: 'en' }] } }) }));
    const heads = await app.slack.waitFor(() => dmsTo('UMEE')[0], 5000, 'waitlist DM');
    expect(String(heads.args.text)).toContain('Tina');
  });

  it('when the mentee ends the active pairing with a private reason, then it ends, the reason stays private and the mentor is told blame-free', async () => {
    const active = (await app.db.db.select().from(pairings).where(eq(pairings.state, 'active')))[0]!;
    app.slack.reset();
    await post(blockAction({ userId: 'UMEE', actionId: 'mm_end_pairing', value: String(active.id), container: 'home' }));
    const modal = await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'end modal');
    expect((modal.args.view as { callback_id: string }).callback_id).toBe('mm_end_pairing');
    const res = await post(viewSubmission({ userId: 'UMEE', callbackId: 'mm_end_pairing', privateMetadata: JSON.stringify({ v: 1, pairingId: active.id }), values: stateOf({ en_reason: text('Too little time this quarter') }) }));
    expect(JSON.parse(res.text)).toEqual({ response_action: 'clear' });
    const told = await app.slack.waitFor(() => dmsTo('UTAB')[0], 5000, 'mentor told');
    expect(JSON.stringify(told.args)).not.toContain('Too little time');
    const ended = (await app.db.db.select().from(pairings).where(eq(pairings.id, active.id)))[0]!;
    expect(ended).toMatchObject({ state: 'ended', endedBy: 'mentee', endReason: 'Too little time this quarter' });
    const home = await app.slack.waitFor(() => app.slack.callsTo('views.publish')[0], 5000, 'home refresh');
    expect(JSON.stringify(home.args.view)).not.toContain('mm_end_pairing');
  });
});
