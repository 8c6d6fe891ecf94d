import { and, eq } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, interactionBody, postSigned } from '../support/slack-request';
import { blockAction, checkboxes, external, radio, selected, stateOf, text, user, viewSubmission } from '../support/payloads';
import { TEST_REDIS_URL } from '../support/env';
import {
  checkins,
  cohortMembers,
  cohorts,
  cohortSurveyResponses,
  deliveries,
  kpis,
  kpiUpdates,
  leadMappings,
  members,
  menteeProfiles,
  pairings,
  programAdmins,
  sessions,
  skills,
  workspaces,
} from '../../src/db/schema';

/**
 * GDPR end to end against the real app, Postgres and a worker: a person with a full history (profiles, a
 * custom skill, pairings on both sides, sessions, agendas, check-ins, KPIs, waitlist, deliveries, someone's
 * lead and "don't pair me with" entry, admin and cohort rows) asks what is stored, exports it, and erases
 * it. Afterwards EVERY text, JSON and array column of EVERY table is scanned for their Slack id, names and
 * notes.
 */
describe('privacy: overview, export and erasure (integration)', () => {
  let app: TestApp;
  let redis: IORedis;
  let queue: Queue;
  let tableau: number;
  let excel: number;

  const ZEPH = 'UZEPH01';
  const NEEDLES = [ZEPH, 'Zephyrine', 'Quockstadt', '-zeph'];
  const post = (payload: object) => postSigned(app.eventsUrl, interactionBody(payload as Record<string, unknown>));
  const command = (userId: string, textArg: string, id: string) => postSigned(app.eventsUrl, commandBody({ userId, text: textArg, responseUrl: app.slack.responseUrl(id) }));
  const reply = (id: string) => app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith(`/${id}`)), 8000, `response ${id}`);
  const memberId = async (slackId: string) => (await app.db.db.select().from(members).where(eq(members.slackUserId, slackId)))[0]?.id;
  const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));
  const dmsTo = (u: string) => app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === `D${u}`);

  /** Every (table, column, row count) where a needle occurs in a text-like column of the public schema. */
  async function findEverywhere(needles: string[]): Promise<string[]> {
    const cols = await app.db.sql<{ table_name: string; column_name: string }[]>`
      select c.table_name, c.column_name
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
       where c.table_schema = 'public'
         and (c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'USER-DEFINED'))`;
    expect(cols.length).toBeGreaterThan(30);
    const hits: string[] = [];
    for (const { table_name: t, column_name: c } of cols) {
      for (const needle of needles) {
        const [row] = await app.db.sql.unsafe<{ n: number }[]>(`select count(*)::int as n from "${t}" where "${c}"::text ilike $1`, [`%${needle}%`]);
        if (row && row.n > 0) hits.push(`${t}.${c} contains "${needle}" (${row.n} rows)`);
      }
    }
    return hits;
  }

  beforeAll(async () => {
    app = await startTestApp();
    redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: redis, prefix: app.prefix });
    app.slack.addUser({ id: ZEPH, name: 'Zephyrine', realName: 'Zephyrine Quockstadt', tz: 'Europe/Berlin', locale: 'de-DE' });
    app.slack.addUser({ id: 'UYUKI02', name: 'Yukiko', realName: 'Yukiko Sato', tz: 'Europe/London', locale: 'en-GB' });
    app.slack.addUser({ id: 'UWANDA4', name: 'Wanda', realName: 'Wanda Ribeiro', tz: 'America/Sao_Paulo', locale: 'pt-BR' });
    app.slack.addUser({ id: 'UVIKTOR5', name: 'Viktor', realName: 'Viktor Lind', tz: 'Europe/Berlin', locale: 'de-DE' });
    tableau = (await app.db.db.select().from(skills).where(eq(skills.slug, 'tableau')))[0]!.id;
    excel = (await app.db.db.select().from(skills).where(eq(skills.slug, 'excel-formulas')))[0]!.id;
    const langs = (...v: string[]) => ({ type: 'multi_static_select', selected_options: v.map((value) => ({ value })) });

    // Yukiko teaches Tableau; Zephyrine teaches Excel and wants to learn Tableau (and a custom skill she adds).
    await post(viewSubmission({ userId: 'UYUKI02', callbackId: 'mm_mentor_profile', values: stateOf({ mp_skill_1: external(`s:${tableau}`), mp_level_1: selected('5'), mp_capacity: selected('3'), mp_languages: langs('en', 'de', 'pt') }) }));
    await post(viewSubmission({ userId: ZEPH, callbackId: 'mm_mentor_profile', values: stateOf({ mp_skill_1: external(`s:${excel}`), mp_level_1: selected('4'), mp_capacity: selected('2'), mp_languages: langs('de', 'en', 'pt') }) }));
    await post(
      viewSubmission({
        userId: ZEPH,
        callbackId: 'mm_self_eval',
        values: stateOf({
          se_skill_1: external(`s:${tableau}`),
          se_level_1: selected('1'),
          se_goal_1: text('Dashboards NOTE-goal-zeph'),
          se_skill_2: external('new:Clay Modelling'),
          se_level_2: selected('2'),
          se_offers: checkboxes('strategy'),
          se_offer_note: text('Board politics NOTE-offer-zeph'),
          se_format: radio('online'),
          se_length: radio('30'),
        }),
      }),
    );
    // Wanda learns Excel, names Zephyrine as her lead, and also as someone not to be paired with.
    await post(
      viewSubmission({
        userId: 'UWANDA4',
        callbackId: 'mm_self_eval',
        values: stateOf({ se_skill_1: external(`s:${excel}`), se_level_1: selected('2'), se_format: radio('online'), se_length: radio('30'), se_lead: user(ZEPH), se_avoid: { type: 'multi_users_select', selected_users: [ZEPH] } }),
      }),
    );
    await settle();

    // Zephyrine proposes to Yukiko; Yukiko accepts.
    const yukiko = (await memberId('UYUKI02'))!;
    const zeph = (await memberId(ZEPH))!;
    await post(
      viewSubmission({
        userId: ZEPH,
        callbackId: 'mm_proposal',
        privateMetadata: JSON.stringify({ v: 1, mentorMemberId: yukiko, skillId: tableau }),
        values: stateOf({ pr_goals: text('Build a dashboard NOTE-proposal-zeph'), pr_kpis: text('one dashboard NOTE-kpidraft-zeph'), pr_format: radio('online'), pr_length: radio('30') }),
      }),
    );
    const asMentee = (await app.db.db.select().from(pairings).where(eq(pairings.menteeMemberId, zeph)))[0]!;
    await post(blockAction({ userId: 'UYUKI02', actionId: 'mm_accept', value: String(asMentee.id), container: 'message' }));
    await settle();
    // As if coffee and plan went well (those flows have their own tests): the pairing runs.
    await app.db.db
      .update(pairings)
      .set({ state: 'active', cadence: 'biweekly', successCriteria: 'Publish alone NOTE-criteria-zeph', planKpis: ['NOTE-plankpi-zeph'], activeAt: new Date() })
      .where(eq(pairings.id, asMentee.id));
    await app.db.db.delete(sessions).where(eq(sessions.pairingId, asMentee.id));
    const [held] = await app.db.db
      .insert(sessions)
      .values({ teamId: 'T0TEST', pairingId: asMentee.id, startsAt: new Date(Date.now() - 3 * 24 * 3600_000), status: 'held' })
      .returning();
    const [next] = await app.db.db
      .insert(sessions)
      .values({ teamId: 'T0TEST', pairingId: asMentee.id, startsAt: new Date(Date.now() + 4 * 24 * 3600_000), status: 'confirmed', confirmedAt: new Date() })
      .returning();
    // Her agenda for the next session, and both people's check-ins for the last one.
    await post(viewSubmission({ userId: ZEPH, callbackId: 'mm_agenda', privateMetadata: JSON.stringify({ v: 1, sessionId: next!.id, pairingId: asMentee.id }), values: stateOf({ ag_topics: text('Filters NOTE-agenda-zeph'), ag_hands_on: text('My report NOTE-handson-zeph') }) }));
    await post(
      viewSubmission({
        userId: ZEPH,
        callbackId: 'mm_checkin',
        privateMetadata: JSON.stringify({ v: 1, sessionId: held!.id }),
        values: stateOf({ ci_rating: selected('5'), ci_confidence: selected('3'), ci_learned: text('Joins NOTE-learned-zeph'), ci_feedback: text('Great NOTE-feedback-zeph') }),
      }),
    );
    await post(viewSubmission({ userId: 'UYUKI02', callbackId: 'mm_checkin', privateMetadata: JSON.stringify({ v: 1, sessionId: held!.id }), values: stateOf({ ci_rating: selected('4'), ci_learned: text('Strategy framing'), ci_feedback: text('Curious learner') }) }));
    // Viktor proposes to Zephyrine (so Zephyrine is also a mentor, with a proposal DM in her channel).
    await post(viewSubmission({ userId: 'UVIKTOR5', callbackId: 'mm_self_eval', values: stateOf({ se_skill_1: external(`s:${excel}`), se_level_1: selected('1'), se_format: radio('online'), se_length: radio('30') }) }));
    await post(
      viewSubmission({
        userId: 'UVIKTOR5',
        callbackId: 'mm_proposal',
        privateMetadata: JSON.stringify({ v: 1, mentorMemberId: zeph, skillId: excel }),
        values: stateOf({ pr_goals: text('Formulas for the monthly close'), pr_format: radio('online'), pr_length: radio('30') }),
      }),
    );
    // Waitlist, KPIs, deliveries and the admin/cohort rows she appears in.
    const seo = (await app.db.db.select().from(skills).where(eq(skills.slug, 'seo')))[0]!.id;
    await post(blockAction({ userId: ZEPH, actionId: 'mm_waitlist', value: String(seo), container: 'message', responseUrl: app.slack.responseUrl('wl') }));
    const [kpi] = await app.db.db.insert(kpis).values({ teamId: 'T0TEST', pairingId: asMentee.id, description: 'Dashboards NOTE-kpidesc-zeph', target: 3, startDate: '2030-01-01' }).returning();
    await app.db.db.insert(kpiUpdates).values({ kpiId: kpi!.id, memberId: zeph, value: 1, note: 'first one NOTE-kpinote-zeph' });
    await app.db.db.insert(deliveries).values([
      { key: `rem-${next!.id}-r1-1440m-${ZEPH}`, teamId: 'T0TEST', recipient: ZEPH, kind: 'reminder', channel: `D${ZEPH}`, ts: '1.1', sentAt: new Date() },
      { key: `digest-UYUKI02-2030-W02`, teamId: 'T0TEST', recipient: 'UYUKI02', kind: 'digest', payload: { people: [ZEPH] }, sentAt: new Date() },
    ]);
    await app.db.db.insert(programAdmins).values({ teamId: 'T0TEST', slackUserId: ZEPH, addedBy: ZEPH });
    await app.db.db.insert(programAdmins).values({ teamId: 'T0TEST', slackUserId: 'UYUKI02', addedBy: ZEPH });
    const [cohort] = await app.db.db.insert(cohorts).values({ teamId: 'T0TEST', name: 'Pilot 1', createdBy: ZEPH }).returning();
    await app.db.db.insert(cohortMembers).values([
      { cohortId: cohort!.id, teamId: 'T0TEST', slackUserId: ZEPH, invitedBy: ZEPH },
      { cohortId: cohort!.id, teamId: 'T0TEST', slackUserId: 'UWANDA4', invitedBy: ZEPH },
    ]);
    await app.db.db.insert(cohortSurveyResponses).values({ cohortId: cohort!.id, teamId: 'T0TEST', slackUserId: ZEPH, answers: { useful: 5 } });
    await app.db.db.insert(leadMappings).values([
      { teamId: 'T0TEST', source: 'csv', memberSlackId: ZEPH, leadSlackId: 'UYUKI02' },
      { teamId: 'T0TEST', source: 'csv', memberSlackId: 'UWANDA4', leadSlackId: ZEPH },
    ]);
    await app.db.db.update(workspaces).set({ installerUserId: ZEPH }).where(eq(workspaces.teamId, 'T0TEST'));
    await queue.add('member.refresh', { teamId: 'T0TEST', userId: ZEPH }, { jobId: 'member-refresh-T0TEST-UZEPH01-later', delay: 3600_000 });
    await settle();
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await app.stop();
  });

  it('given the history, then her data really is everywhere before the erasure (the scan can see it)', async () => {
    const hits = await findEverywhere(NEEDLES);
    for (const where of ['members.slack_user_id', 'members.display_name', 'members.real_name', 'learning_goals.goal', 'checkins.learned', 'sessions.agenda_topics', 'pairings.goals', 'pairings.proposal_channel', 'mentee_profiles.lead_slack_user_id', 'mentee_profiles.avoid_slack_user_ids', 'deliveries.recipient', 'kpi_updates.note', 'skills.created_by']) {
      expect(hits.join('\n')).toContain(where);
    }
  });

  it('when she asks /mentor-me privacy, then she is told in German what is stored and for how long, with the two commands', async () => {
    await command(ZEPH, 'datenschutz', 'pv');
    const body = JSON.stringify((await reply('pv')).body);
    expect(body).toContain('Deine Daten in Mentor Me');
    for (const word of ['Profil', 'Fähigkeiten', 'Tandems', 'Sitzungen', 'Check-ins', 'Versandprotokoll', '365 Tagen', 'privacy export', 'privacy delete']) expect(body).toContain(word);
    await command(ZEPH, 'privacy nonsense', 'pv-bad');
    expect(JSON.stringify((await reply('pv-bad')).body)).toContain('`privacy nonsense` kenne ich nicht');
  });

  it('when she asks for an export, then a JSON file with all her data (and none of her partner’s notes) arrives in her DM', async () => {
    app.slack.reset();
    await command(ZEPH, 'privacy export', 'pv-export');
    expect(String((await reply('pv-export')).body.text)).toMatch(/mentor-me-data-\d{4}-\d{2}-\d{2}\.json/);
    const complete = await app.slack.waitFor(() => app.slack.callsTo('files.completeUploadExternal')[0], 5000, 'upload');
    expect(complete.args.channel_id).toBe(`D${ZEPH}`);
    const file = app.slack.files.get(app.slack.uploads[0]!.id)!;
    expect(file.name).toMatch(/^mentor-me-data-\d{4}-\d{2}-\d{2}\.json$/);
    const doc = JSON.parse(file.content.toString('utf8')) as Record<string, unknown> & { profile: { slackUserId: string; realName: string }; pairings: { role: string }[]; checkins: { learned: string }[] };
    expect(doc.format).toBe('mentor-me-personal-data/1');
    expect(doc.profile).toMatchObject({ slackUserId: ZEPH, realName: 'Zephyrine Quockstadt', timeZone: 'Europe/Berlin' });
    const json = JSON.stringify(doc);
    for (const note of ['NOTE-goal-zeph', 'NOTE-offer-zeph', 'NOTE-proposal-zeph', 'NOTE-agenda-zeph', 'NOTE-learned-zeph', 'NOTE-feedback-zeph', 'NOTE-kpinote-zeph', 'custom-clay-modelling', 'excel-formulas', 'seo', 'Pilot 1']) {
      expect(json).toContain(note);
    }
    expect(doc.pairings.map((p) => p.role).sort()).toEqual(['mentee', 'mentor']);
    expect(doc.checkins).toHaveLength(1);
    expect(json).not.toContain('Curious learner');
  });

  it('when she confirms without ticking the box, then nothing is erased', async () => {
    app.slack.reset();
    await command(ZEPH, 'privacy löschen', 'pv-del');
    const open = await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'confirmation modal');
    const view = open.args.view as { callback_id: string; title: { text: string } };
    expect(view.callback_id).toBe('mm_privacy_delete');
    expect(view.title.text).toBe('Meine Daten löschen');
    expect(open.violations).toEqual([]);
    const res = await post(viewSubmission({ userId: ZEPH, callbackId: 'mm_privacy_delete', values: stateOf({ pv_confirm: checkboxes() }) }));
    expect(JSON.parse(res.text)).toEqual({ response_action: 'errors', errors: { pv_confirm: expect.stringContaining('Häkchen') } });
    expect(await memberId(ZEPH)).toBeDefined();
  });

  it('when she confirms the erasure, then no row anywhere holds her Slack id, names or notes; pairings stay as anonymous counts', async () => {
    const pairingsBefore = await app.db.db.select().from(pairings);
    const sessionsBefore = (await app.db.db.select().from(sessions)).length;
    app.slack.reset();
    const res = await post(viewSubmission({ userId: ZEPH, callbackId: 'mm_privacy_delete', values: stateOf({ pv_confirm: checkboxes('erase') }) }));
    const ack = JSON.parse(res.text) as { response_action: string; view: { title: { text: string } } };
    expect(ack.response_action).toBe('update');
    expect(ack.view.title.text).toBe('Daten gelöscht');

    // THE check: every text, JSON and array column of every table.
    expect(await findEverywhere(NEEDLES)).toEqual([]);

    // Pairings and sessions are still counted, now pointing at the anonymous member.
    const after = await app.db.db.select().from(pairings);
    expect(after).toHaveLength(pairingsBefore.length);
    expect((await app.db.db.select().from(sessions)).length).toBe(sessionsBefore);
    const [tomb] = await app.db.db.select().from(members).where(eq(members.slackUserId, '~erased'));
    expect(tomb).toMatchObject({ displayName: '', realName: '', deleted: true });
    expect(after.every((p) => p.menteeMemberId === tomb!.id || p.mentorMemberId === tomb!.id)).toBe(true);
    // Her open pairings ended; the upcoming session was cancelled.
    expect(after.map((p) => p.state).sort()).toEqual(['ended', 'ended']);
    expect((await app.db.db.select().from(sessions).where(eq(sessions.status, 'confirmed')))).toHaveLength(0);
    // Other people's data stays: Yukiko's check-in, Wanda's profile (without the lead and avoid entries).
    expect((await app.db.db.select().from(checkins)).map((c) => c.learned)).toEqual(['Strategy framing']);
    const wanda = (await memberId('UWANDA4'))!;
    const [wandaProfile] = await app.db.db.select().from(menteeProfiles).where(eq(menteeProfiles.memberId, wanda));
    expect(wandaProfile).toMatchObject({ leadSlackUserId: null, avoidSlackUserIds: [] });
    expect(await app.db.db.select().from(programAdmins).where(and(eq(programAdmins.teamId, 'T0TEST'), eq(programAdmins.slackUserId, 'UYUKI02')))).toHaveLength(1);

    // Her partners are told, blame-free and without her name; her App Home is emptied; her pending jobs are gone.
    await app.slack.waitFor(() => dmsTo('UYUKI02').length >= 1 && dmsTo('UVIKTOR5').length >= 1, 5000, 'partners told');
    expect(String(dmsTo('UYUKI02')[0]!.args.text)).toContain('has ended');
    expect(String(dmsTo('UVIKTOR5')[0]!.args.text)).toContain('beendet');
    expect(dmsTo('UWANDA4')).toHaveLength(0);
    expect(JSON.stringify(app.slack.calls)).not.toContain('Zephyrine');
    const home = app.slack.callsTo('views.publish').find((c) => c.args.user_id === ZEPH);
    expect(JSON.stringify(home?.args.view)).toContain('gelöscht');
    const pending = await queue.getJobs(['delayed', 'waiting']);
    expect(JSON.stringify(pending.map((j) => j.data))).not.toContain(ZEPH);
  });

  it('when the confirmation is submitted again (retry, double click), then she is not brought back', async () => {
    const res = await post(viewSubmission({ userId: ZEPH, callbackId: 'mm_privacy_delete', values: stateOf({ pv_confirm: checkboxes('erase') }) }));
    expect(JSON.parse(res.text).response_action).toBe('update');
    expect(await findEverywhere(NEEDLES)).toEqual([]);
  });

  it('when notes are older than the workspace retention, then the periodic tick clears them and keeps the rest', async () => {
    await app.db.db.update(workspaces).set({ notesRetentionDays: 30 }).where(eq(workspaces.teamId, 'T0TEST'));
    const [old] = await app.db.db.select().from(checkins);
    await app.db.db.update(checkins).set({ createdAt: new Date(Date.now() - 40 * 24 * 3600_000) }).where(eq(checkins.id, old!.id));
    const [s] = await app.db.db.select().from(sessions).where(eq(sessions.id, old!.sessionId));
    await app.db.db.update(sessions).set({ agendaTopics: ['old agenda'], agendaHandsOn: 'old', startsAt: new Date(Date.now() - 41 * 24 * 3600_000) }).where(eq(sessions.id, s!.id));
    const [young] = await app.db.db
      .insert(sessions)
      .values({ teamId: 'T0TEST', pairingId: s!.pairingId, startsAt: new Date(Date.now() - 2 * 24 * 3600_000), status: 'held', agendaTopics: ['recent agenda'] })
      .returning();
    await queue.add('system.reconcile', {}, { jobId: 'privacy-tick' });
    const done = async () =>
      (await app.db.db.select().from(checkins).where(eq(checkins.id, old!.id)))[0]!.learned === '' &&
      (await app.db.db.select().from(sessions).where(eq(sessions.id, s!.id)))[0]!.agendaTopics.length === 0;
    for (let i = 0; i < 100 && !(await done()); i++) await settle(100);
    const [purged] = await app.db.db.select().from(checkins).where(eq(checkins.id, old!.id));
    expect(purged).toMatchObject({ learned: '', feedback: '', rating: 4 });
    expect((await app.db.db.select().from(sessions).where(eq(sessions.id, s!.id)))[0]).toMatchObject({ agendaTopics: [], agendaHandsOn: '' });
    expect((await app.db.db.select().from(sessions).where(eq(sessions.id, young!.id)))[0]!.agendaTopics).toEqual(['recent agenda']);
  });
});
