import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { Queue, QueueEvents } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, interactionBody, postSigned } from '../support/slack-request';
import {
  blockAction,
  checkboxes,
  external,
  radio,
  selected,
  stateOf,
  text,
  viewSubmission,
} from '../support/payloads';
import { TEST_REDIS_URL } from '../support/env';
import {
  cohortProposals,
  cohortSurveyResponses,
  cohorts,
  kpis,
  leadMappings,
  members,
  pairings,
  programAdmins,
  skills,
  workspaces,
} from '../../src/db/schema';
import { createLeadRepository } from '../../src/db/repositories/leads';
import { createMatchingRepository } from '../../src/db/repositories/matching';
import { splitCsv } from '../../src/domain/admin/lead-csv';

const ADMIN = 'UADMIN';
const MENTORS = ['UM1', 'UM2', 'UM3', 'UM4'];
const MENTEES = ['UE1', 'UE2', 'UE3', 'UE4', 'UE5', 'UE6'];
/** A display name a member typed that a spreadsheet would run as a formula. */
const FORMULA_NAME = '=HYPERLINK("http://evil.example","click")';

describe('program admin: console, pilot cohort, exports, survey, leads, settings (e2e)', () => {
  let app: TestApp;
  let redis: IORedis;
  let queue: Queue;
  let events: QueueEvents;
  let eventsRedis: IORedis;
  let cohortId: number;
  let tableau: number;

  const post = (payload: object) =>
    postSigned(app.eventsUrl, interactionBody(payload as Record<string, unknown>));
  const command = (userId: string, textArg: string, id: string) =>
    postSigned(app.eventsUrl, commandBody({ userId, text: textArg, responseUrl: app.slack.responseUrl(id) }));
  const reply = (id: string) =>
    app.slack.waitFor(
      () => app.slack.responses.find((r) => r.path.endsWith(`/${id}`)),
      8000,
      `response ${id}`,
    );
  const dmsTo = (userId: string) =>
    app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === `D${userId}`);
  const json = (v: unknown) => JSON.stringify(v);
  const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));
  /** A click inside one of our modals (Slack sends the modal's id and callback id along). */
  const inModal = (
    userId: string,
    actionId: string,
    value: string,
    view: { id: string; callback_id: string },
  ) => ({
    ...blockAction({ userId, actionId, value, container: 'modal' }),
    view: {
      id: view.id,
      type: 'modal',
      callback_id: view.callback_id,
      state: { values: {} },
      private_metadata: '',
      hash: 'h',
    },
  });
  const CONSOLE = { id: 'VCONSOLE', callback_id: 'mm_admin_console' };
  const COHORT = { id: 'VCOHORT', callback_id: 'mm_admin_cohort' };
  /** Opens the console again: a fresh modal stack, like an admin starting over. */
  const openConsole = async () => {
    const before = app.slack.callsTo('views.open').length;
    await command(ADMIN, 'admin', `console-${Math.random()}`);
    return app.slack.waitFor(() => app.slack.callsTo('views.open')[before], 5000, 'console');
  };
  /**
   * The file inside an upload: @slack/web-api posts the bytes to the upload URL as a multipart form (one part,
   * as Slack accepts it); this returns that part's content exactly as sent.
   */
  const fileIn = (raw: string): string => {
    const boundary = raw.slice(0, raw.indexOf('\r\n'));
    if (!boundary.startsWith('--')) return raw;
    const start = raw.indexOf('\r\n\r\n') + 4;
    return raw.slice(start, raw.indexOf(`\r\n${boundary}`, start));
  };
  const proposalDms = () =>
    MENTORS.flatMap((m) => dmsTo(m)).filter((c) => json(c.args.blocks).includes('mm_accept'));

  beforeAll(async () => {
    app = await startTestApp();
    redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: redis, prefix: app.prefix });
    eventsRedis = redis.duplicate();
    events = new QueueEvents('mentor-me', { connection: eventsRedis, prefix: app.prefix });
    await events.waitUntilReady();
    app.slack.addUser({ id: ADMIN, name: 'Ada', tz: 'Europe/Berlin', locale: 'en-US', isAdmin: true });
    app.slack.addUser({ id: 'UOUT', name: 'Otto', tz: 'Europe/Berlin', locale: 'de-DE' });
    const locales = ['en-US', 'de-DE', 'pt-BR', 'en-GB'];
    MENTORS.forEach((id, i) =>
      app.slack.addUser({ id, name: `Mentor ${i + 1}`, tz: 'Europe/Berlin', locale: locales[i % 4]! }),
    );
    MENTEES.forEach((id, i) =>
      app.slack.addUser({
        id,
        name: i === 0 ? FORMULA_NAME : `Mentee ${i + 1}`,
        tz: 'Europe/Lisbon',
        locale: locales[(i + 1) % 4]!,
      }),
    );
    tableau = (await app.db.db.select().from(skills).where(eq(skills.slug, 'tableau')))[0]!.id;
    for (const id of MENTORS) {
      await post(
        viewSubmission({
          userId: id,
          callbackId: 'mm_mentor_profile',
          values: stateOf({
            mp_skill_1: external(`s:${tableau}`),
            mp_level_1: selected('5'),
            mp_capacity: selected('1'),
            mp_languages: { type: 'multi_static_select', selected_options: [{ value: 'en' }] },
          }),
        }),
      );
    }
    for (const id of MENTEES) {
      await post(
        viewSubmission({
          userId: id,
          callbackId: 'mm_self_eval',
          values: stateOf({
            se_skill_1: external(`s:${tableau}`),
            se_level_1: selected('1'),
            se_goal_1: text('Dashboards for the board'),
            se_format: radio('online'),
            se_length: radio('30'),
            se_offers: checkboxes('strategy'),
          }),
        }),
      );
    }
    await settle();
  });
  afterAll(async () => {
    await events.close();
    await queue.close();
    eventsRedis.disconnect();
    redis.disconnect();
    await app.stop();
  });

  it('when a non-admin runs /mentor-me admin, then they get a polite refusal and nothing else', async () => {
    app.slack.reset();
    await command('UE4', 'admin', 'refuse');
    const refusal = await reply('refuse');
    expect(String(refusal.body.text)).toContain('Only program admins');
    await settle();
    expect(app.slack.calls.filter((c) => c.method !== 'users.info')).toEqual([]);
    expect(await app.db.db.select().from(cohorts)).toEqual([]);
  });

  it('when an admin invites 10 people, runs batch matching and publishes (twice), then each matched mentee gets exactly one proposal', async () => {
    app.slack.reset();
    const console_ = await openConsole();
    expect((console_.args.view as { callback_id: string }).callback_id).toBe('mm_admin_console');

    // New cohort → invitations in each person's language.
    await post(inModal(ADMIN, 'mm_admin_cohort_new', 'new', CONSOLE));
    const push = await app.slack.waitFor(() => app.slack.callsTo('views.push')[0], 5000, 'new cohort modal');
    expect((push.args.view as { callback_id: string }).callback_id).toBe('mm_admin_cohort_new');
    const people = [...MENTORS, ...MENTEES];
    const created = await post(
      viewSubmission({
        userId: ADMIN,
        callbackId: 'mm_admin_cohort_new',
        values: stateOf({
          ad_cohort_name: text('Pilot spring 2027'),
          ad_cohort_people: { type: 'multi_users_select', selected_users: people },
        }),
      }),
    );
    const createdView = JSON.parse(created.text) as {
      response_action: string;
      view: { callback_id: string; private_metadata: string };
    };
    expect(createdView.response_action).toBe('update');
    expect(createdView.view.callback_id).toBe('mm_admin_cohort');
    cohortId = (JSON.parse(createdView.view.private_metadata) as { cohortId: number }).cohortId;
    await app.slack.waitFor(
      () => people.every((p) => dmsTo(p).some((c) => json(c.args.blocks).includes('mm_open_self_eval'))),
      8000,
      'ten invitations',
    );
    expect(
      json(dmsTo('UM2').find((c) => json(c.args.blocks).includes('mm_open_self_eval'))!.args.blocks),
    ).toContain('Du bist zu einem Mentoring-Pilot eingeladen');
    expect(
      json(dmsTo('UM3').find((c) => json(c.args.blocks).includes('mm_open_self_eval'))!.args.blocks),
    ).toContain('Você foi convidado');

    // Run matching: the request only queues it; the worker updates the modal and DMs the preview.
    app.slack.reset();
    await post(inModal(ADMIN, 'mm_admin_run_matching', String(cohortId), COHORT));
    const preview = await app.slack.waitFor(
      () => dmsTo(ADMIN).find((c) => json(c.args.blocks).includes('mm_admin_publish')),
      10000,
      'preview DM',
    );
    const updates = app.slack.callsTo('views.update').filter((c) => c.args.view_id === COHORT.id);
    expect(json(updates[0]!.args.view)).toContain('Matching started');
    await app.slack.waitFor(
      () =>
        app.slack
          .callsTo('views.update')
          .find((c) => c.args.view_id === COHORT.id && json(c.args.view).includes('points')),
      5000,
      'modal preview',
    );
    expect(String(preview.args.text)).toContain('4 proposed pairs, 2 without a match');
    expect(proposalDms()).toEqual([]);
    const rows = await app.db.db.select().from(cohortProposals).where(eq(cohortProposals.cohortId, cohortId));
    expect(rows).toHaveLength(4);
    expect(rows.every((r) => r.score > 0 && r.status === 'pending')).toBe(true);

    // Publish from the preview DM.
    const publishValue = /"action_id":"mm_admin_publish"[^}]*"value":"(\d+\.\d+)"/.exec(
      json(preview.args.blocks),
    )![1]!;
    const revision = Number(publishValue.split('.')[1]);
    const publishJob = (jobId: string) =>
      queue.add('cohort.publish', { teamId: 'T0TEST', cohortId, revision, adminUserId: ADMIN }, { jobId });
    app.slack.reset();
    // The click queues the publish job; a duplicated job right behind it races it for the same proposals.
    await post(
      blockAction({
        userId: ADMIN,
        actionId: 'mm_admin_publish',
        value: publishValue,
        container: 'message',
        responseUrl: app.slack.responseUrl('pub1'),
      }),
    );
    expect(String((await reply('pub1')).body.text)).toContain('Publishing 4 proposals');
    await (await publishJob('racing-publish')).waitUntilFinished(events, 10000);
    await app.slack.waitFor(
      () => proposalDms().length === 4 && dmsTo(ADMIN).some((c) => String(c.args.text).includes('Published')),
      10000,
      'four proposals and a summary',
    );
    const mentorsHit = proposalDms().map((c) => String(c.args.channel));
    expect(new Set(mentorsHit).size).toBe(4);
    const made = await app.db.db.select().from(pairings);
    expect(made).toHaveLength(4);
    expect(new Set(made.map((p) => p.menteeMemberId)).size).toBe(4);
    expect(made.every((p) => p.state === 'proposed' && p.proposalTs)).toBe(true);
    // Each DM is the usual proposal of one of those pairings (its buttons carry the pairing id).
    const dmPairings = proposalDms().map((c) =>
      Number(/"action_id":"mm_accept"[^}]*"value":"(\d+)"/.exec(json(c.args.blocks))?.[1]),
    );
    expect(dmPairings.sort()).toEqual(made.map((p) => p.id).sort());
    const published = await app.db.db
      .select()
      .from(cohortProposals)
      .where(eq(cohortProposals.cohortId, cohortId));
    expect(published.map((p) => p.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(published.map((p) => p.pairingId).sort()).toEqual(made.map((p) => p.id).sort());

    // Publish again (button) and a duplicated publish job: nothing is sent twice.
    await post(
      blockAction({
        userId: ADMIN,
        actionId: 'mm_admin_publish',
        value: publishValue,
        container: 'message',
        responseUrl: app.slack.responseUrl('pub2'),
      }),
    );
    expect(String((await reply('pub2')).body.text)).toContain('Nothing new to publish');
    await (await publishJob('duplicate-publish')).waitUntilFinished(events, 10000);
    await settle();
    expect(proposalDms()).toHaveLength(4);
    expect(await app.db.db.select().from(pairings)).toHaveLength(4);

    // Matching again keeps the published pairs and proposes nobody twice: the four mentors are now full.
    app.slack.reset();
    await post(inModal(ADMIN, 'mm_admin_run_matching', String(cohortId), COHORT));
    const second = await app.slack.waitFor(
      () => dmsTo(ADMIN).find((c) => String(c.args.text).includes('Batch matching')),
      10000,
      'second preview',
    );
    expect(String(second.args.text)).toContain('0 proposed pairs, 2 without a match');
    expect(json(second.args.blocks)).not.toContain('mm_admin_publish');
    const kept = await app.db.db.select().from(cohortProposals).where(eq(cohortProposals.cohortId, cohortId));
    expect(kept.map((p) => p.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(proposalDms()).toEqual([]);
    expect(app.slack.allViolations()).toEqual([]);
  });

  it('when an admin exports pairings and KPIs, then the CSV files start with a BOM, have a header, RFC 4180 quoting, and neutralise formula-like text', async () => {
    const made = await app.db.db.select().from(pairings);
    await app.db.db.insert(kpis).values([
      {
        teamId: 'T0TEST',
        pairingId: made[0]!.id,
        description: '=SUM(A1:A9)',
        target: 3,
        unit: 'dashboards, monthly',
        startDate: '2027-03-01',
      },
      {
        teamId: 'T0TEST',
        pairingId: made[0]!.id,
        description: '-2+3 "quick" wins',
        target: 1,
        unit: '',
        startDate: '2027-03-01',
      },
      {
        teamId: 'T0TEST',
        pairingId: made[1]!.id,
        description: '@channel post',
        target: 1,
        unit: 'post',
        startDate: '2027-03-01',
      },
    ]);
    app.slack.reset();
    await openConsole();
    await post(inModal(ADMIN, 'mm_admin_export_pairings', 'all', CONSOLE));
    const upload = await app.slack.waitFor(() => app.slack.uploads[0], 10000, 'pairings upload');
    const done = await app.slack.waitFor(
      () => app.slack.callsTo('files.completeUploadExternal')[0],
      5000,
      'upload completed',
    );
    expect(done.args.channel_id).toBe(`D${ADMIN}`);
    expect(json(app.slack.callsTo('views.push')[0]?.args.view)).toContain('Preparing the CSV');
    const body = fileIn(upload.body);
    expect(body.charCodeAt(0)).toBe(0xfeff);
    expect(body.slice(1).split('\r\n')[0]).toBe(
      'pairing_id,skill,mentee,mentee_slack_id,mentor,mentor_slack_id,state,format,cadence,created_at,active_at,ended_at,sessions_held,kpis_total,kpis_done,confidence_before,confidence_latest,at_risk',
    );
    expect(body.endsWith('\r\n')).toBe(true);
    // The typed display name is quoted (it holds quotes and commas) and defused with a leading apostrophe.
    expect(body).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    const records = splitCsv(body, ',').records;
    expect(records.filter((r) => r.fields.length > 1)).toHaveLength(1 + 4);
    expect(records.every((r) => r.fields.length === 1 || r.fields.length === 18)).toBe(true);

    await post(inModal(ADMIN, 'mm_admin_export_kpis', String(cohortId), COHORT));
    const kpiUpload = await app.slack.waitFor(() => app.slack.uploads[1], 10000, 'KPI upload');
    const kpiCsv = fileIn(kpiUpload.body);
    expect(
      kpiCsv.startsWith(
        '\uFEFFkpi_id,pairing_id,skill,mentee,mentor,description,target,unit,current,start_date,due_date,done_at\r\n',
      ),
    ).toBe(true);
    expect(kpiCsv).toContain(',\'=SUM(A1:A9),3,"dashboards, monthly",0,2027-03-01,,');
    expect(kpiCsv).toContain(`"'-2+3 ""quick"" wins"`);
    expect(kpiCsv).toContain(",'@channel post,");
    expect(app.slack.allViolations()).toEqual([]);
  });

  it('when the end-of-pilot survey is sent, then every participant gets one DM, answers are stored once, and the admin sees the aggregate', async () => {
    app.slack.reset();
    await post(inModal(ADMIN, 'mm_admin_send_survey', String(cohortId), COHORT));
    await app.slack.waitFor(
      () =>
        [...MENTORS, ...MENTEES].every((p) =>
          dmsTo(p).some((c) => json(c.args.blocks).includes('mm_survey_open')),
        ),
      10000,
      'ten survey DMs',
    );
    expect(
      json(app.slack.callsTo('views.update').find((c) => c.args.view_id === COHORT.id)?.args.view),
    ).toContain('on its way to 10 people');
    expect(
      json(dmsTo('UM2').find((c) => json(c.args.blocks).includes('mm_survey_open'))!.args.blocks),
    ).toContain('Umfrage beantworten');

    await post(inModal(ADMIN, 'mm_admin_send_survey', String(cohortId), COHORT));
    await app.slack.waitFor(
      () => app.slack.callsTo('views.update').filter((c) => c.args.view_id === COHORT.id).length === 2,
      5000,
      'second notice',
    );
    expect(
      json(app.slack.callsTo('views.update').filter((c) => c.args.view_id === COHORT.id)[1]!.args.view),
    ).toContain('already sent');
    await settle();
    expect(
      app.slack.callsTo('chat.postMessage').filter((c) => json(c.args.blocks).includes('mm_survey_open')),
    ).toHaveLength(10);

    await post(
      blockAction({
        userId: 'UE4',
        actionId: 'mm_survey_open',
        value: String(cohortId),
        container: 'message',
      }),
    );
    const modal = await app.slack.waitFor(
      () =>
        app.slack
          .callsTo('views.open')
          .find((c) => (c.args.view as { callback_id: string }).callback_id === 'mm_survey'),
      5000,
      'survey modal',
    );
    const meta = (modal.args.view as { private_metadata: string }).private_metadata;
    const answers = (score: string) =>
      stateOf(
        Object.fromEntries(
          ['useful', 'skill', 'match', 'time', 'recommend'].map((q) => [`sv_${q}`, radio(score)]),
        ),
      );
    const first = await post(
      viewSubmission({ userId: 'UE4', callbackId: 'mm_survey', privateMetadata: meta, values: answers('4') }),
    );
    expect(JSON.stringify(JSON.parse(first.text))).toContain('Thank you! Your answers');
    const again = await post(
      viewSubmission({ userId: 'UE4', callbackId: 'mm_survey', privateMetadata: meta, values: answers('1') }),
    );
    expect(JSON.stringify(JSON.parse(again.text))).toContain('already answered');
    const outsider = await post(
      viewSubmission({
        userId: 'UOUT',
        callbackId: 'mm_survey',
        privateMetadata: meta,
        values: answers('5'),
      }),
    );
    expect(JSON.parse(outsider.text)).toMatchObject({ response_action: 'errors' });
    await post(
      viewSubmission({ userId: 'UM1', callbackId: 'mm_survey', privateMetadata: meta, values: answers('5') }),
    );
    const stored = await app.db.db
      .select()
      .from(cohortSurveyResponses)
      .where(eq(cohortSurveyResponses.cohortId, cohortId));
    expect(stored.map((r) => r.answers.useful).sort()).toEqual([4, 5]);

    await openConsole();
    await post(inModal(ADMIN, 'mm_admin_survey_results', String(cohortId), COHORT));
    const results = await app.slack.waitFor(
      () => app.slack.callsTo('views.push').find((c) => json(c.args.view).includes('Survey results')),
      5000,
      'results',
    );
    expect(json(results.args.view)).toContain('2 of 10');
    expect(json(results.args.view)).toContain('Average *4.5* of 5 · 2 answers');
    expect(app.slack.allViolations()).toEqual([]);
  });

  it('when the admin opens stats and primer readers, then the numbers come from the database', async () => {
    app.slack.reset();
    await openConsole();
    await post(inModal(ADMIN, 'mm_admin_stats', 'all', CONSOLE));
    const stats = await app.slack.waitFor(() => app.slack.callsTo('views.push')[0], 5000, 'stats');
    const view = json(stats.args.view);
    expect(view).toContain('*Participants:* 10 (6 learning, 4 teaching)');
    expect(view).toContain('Proposed: *4*');
    expect(view).toContain('*KPIs done:* 0 of 3');
    await openConsole();
    await post(inModal(ADMIN, 'mm_admin_primer', 'all', CONSOLE));
    const primer = await app.slack.waitFor(
      () => app.slack.callsTo('views.push').find((c) => json(c.args.view).includes('mentor primer')),
      5000,
      'primer',
    );
    expect(json(primer.args.view)).toContain('*0 of 4 mentors* have read the mentor primer');
  });

  it('when a lead CSV has a bad line, then nothing is written; a good paste or uploaded file replaces the mapping that matching and the digest read', async () => {
    const submitLeads = (values: ReturnType<typeof stateOf>) =>
      post(viewSubmission({ userId: ADMIN, callbackId: 'mm_admin_leads', values }));
    const bad = await submitLeads(
      stateOf({ ad_lead_paste: text('member,lead\nUE1,UM1\nUE2,Boss\nUE3,UE3') }),
    );
    const badJson = JSON.parse(bad.text) as { response_action: string; errors: Record<string, string> };
    expect(badJson.response_action).toBe('errors');
    expect(badJson.errors.ad_lead_paste).toContain('Line 3');
    expect(badJson.errors.ad_lead_paste).toContain('Line 4');
    expect(await app.db.db.select().from(leadMappings)).toEqual([]);
    expect((await app.db.db.select().from(workspaces))[0]!.leadSource).toBe('profile');

    const good = await submitLeads(
      stateOf({ ad_lead_paste: text('member;lead\n<@UE1>;<@UM1|mia>\nUE2;UM2') }),
    );
    expect(JSON.stringify(JSON.parse(good.text))).toContain('2 people');
    expect((await app.db.db.select().from(workspaces))[0]!.leadSource).toBe('csv');
    const expected = new Map([
      ['UE1', 'UM1'],
      ['UE2', 'UM2'],
    ]);
    expect(await createLeadRepository(app.db.db).leadsFor('T0TEST')).toEqual(expected);
    expect(await createMatchingRepository(app.db.db).leadMap('T0TEST')).toEqual(expected);

    // The same through a file: files.info, then the private URL with the bot token.
    const seen: (string | undefined)[] = [];
    const files = http.createServer((req, res) => {
      seen.push(req.headers.authorization);
      res
        .writeHead(200, { 'content-type': 'text/csv' })
        .end('\uFEFFmember,lead\r\nUE3,UM3\r\nUE4,UM3\r\nUE5,UM4\r\n');
    });
    await new Promise<void>((resolve) => files.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(files.address() as AddressInfo).port}/files-pri/T0TEST-F0LEADS/leads.csv`;
    try {
      app.slack.respondWith((call) =>
        call.method === 'files.info' && call.args.file === 'F0LEADS'
          ? {
              body: {
                ok: true,
                file: {
                  id: 'F0LEADS',
                  name: 'leads.csv',
                  filetype: 'csv',
                  size: 60,
                  url_private: url,
                  url_private_download: url,
                },
              },
            }
          : call.method === 'files.info'
            ? {
                body: {
                  ok: true,
                  file: {
                    id: 'F0HUGE',
                    name: 'huge.csv',
                    filetype: 'csv',
                    size: 5_000_000,
                    url_private: url,
                  },
                },
              }
            : undefined,
      );
      const fromFile = await submitLeads({
        ad_lead_file: { mm_input: { type: 'file_input', files: [{ id: 'F0LEADS', name: 'leads.csv' }] } },
      });
      expect(JSON.stringify(JSON.parse(fromFile.text))).toContain('3 people');
      expect(seen).toEqual(['Bearer xoxb-test']);
      expect(await createLeadRepository(app.db.db).leadsFor('T0TEST')).toEqual(
        new Map([
          ['UE3', 'UM3'],
          ['UE4', 'UM3'],
          ['UE5', 'UM4'],
        ]),
      );
      const huge = await submitLeads({
        ad_lead_file: { mm_input: { type: 'file_input', files: [{ id: 'F0HUGE' }] } },
      });
      expect((JSON.parse(huge.text) as { errors: Record<string, string> }).errors.ad_lead_file).toContain(
        'too big',
      );
      expect(seen).toHaveLength(1);
    } finally {
      app.slack.reset();
      files.closeAllConnections();
      await new Promise<void>((resolve) => files.close(() => resolve()));
    }
  });

  it('when settings are saved with field errors, then each error sits on its field; once saved, only the listed admins get in and a Slack profile field feeds the leads', async () => {
    app.slack.reset();
    await openConsole();
    await post(inModal(ADMIN, 'mm_admin_settings', 'settings', CONSOLE));
    const form = await app.slack.waitFor(() => app.slack.callsTo('views.push')[0], 5000, 'settings modal');
    expect(json(form.args.view)).toContain(`"initial_users":["${ADMIN}"]`);
    const values = (over: Record<string, unknown> = {}) =>
      stateOf({
        ad_admins: { type: 'multi_users_select', selected_users: [ADMIN, 'UM1'] },
        ad_digest_day: selected('2'),
        ad_digest_hour: selected('8'),
        ad_quiet_start: { type: 'timepicker', selected_time: '21:00' },
        ad_quiet_end: { type: 'timepicker', selected_time: '07:00' },
        ad_quiet_weekends: checkboxes('weekends'),
        ad_reminders: checkboxes('1440', '15'),
        ad_cadence: selected('monthly'),
        ad_lead_source: radio('slack_field'),
        ad_lead_field: text('Xf01ABCDEF2G'),
        ad_retention: { type: 'number_input', value: '90' },
        ...over,
      } as never);
    const save = (v: ReturnType<typeof values>) =>
      post(viewSubmission({ userId: ADMIN, callbackId: 'mm_admin_settings', values: v }));

    const noSelf = JSON.parse(
      (await save(values({ ad_admins: { type: 'multi_users_select', selected_users: ['UM1'] } }))).text,
    ) as { errors: Record<string, string> };
    expect(noSelf.errors.ad_admins).toContain('Keep yourself in the list');
    const noField = JSON.parse((await save(values({ ad_lead_field: text('') }))).text) as {
      errors: Record<string, string>;
    };
    expect(Object.keys(noField.errors)).toEqual(['ad_lead_field']);
    expect(await app.db.db.select().from(programAdmins)).toEqual([]);

    app.slack.respondWith((call) =>
      call.method === 'users.profile.get'
        ? {
            body: {
              ok: true,
              profile: {
                fields:
                  call.args.user === 'UE6'
                    ? { Xf01ABCDEF2G: { value: 'UM4', alt: '' } }
                    : call.args.user === 'UE5'
                      ? { Xf01ABCDEF2G: { value: 'not a person', alt: '' } }
                      : {},
              },
            },
          }
        : undefined,
    );
    const ok = JSON.parse((await save(values())).text) as { response_action: string };
    expect(ok.response_action).toBe('update');
    expect((await app.db.db.select().from(programAdmins)).map((a) => a.slackUserId).sort()).toEqual([
      ADMIN,
      'UM1',
    ]);
    expect((await app.db.db.select().from(workspaces))[0]).toMatchObject({
      digestWeekday: 2,
      digestHour: 8,
      quietStart: '21:00',
      quietEnd: '07:00',
      reminderOffsets: [1440, 15],
      defaultCadence: 'monthly',
      leadSource: 'slack_field',
      leadFieldId: 'Xf01ABCDEF2G',
      notesRetentionDays: 90,
    });
    // The lead.sync job reads every known person's field once (users.profile.get) and caches it.
    await app.slack.waitFor(
      () => app.slack.callsTo('users.profile.get').length >= 11,
      10000,
      'profile field sync',
    );
    await settle();
    expect(await createLeadRepository(app.db.db).leadsFor('T0TEST')).toEqual(new Map([['UE6', 'UM4']]));

    // Configured admins only: a Slack workspace admin who is not listed is now refused, a listed member gets in.
    app.slack.addUser({ id: 'USLACKADMIN', name: 'Sam', tz: 'UTC', locale: 'en-US', isAdmin: true });
    await command('USLACKADMIN', 'admin', 'sa');
    expect(String((await reply('sa')).body.text)).toContain('Only program admins');
    const before = app.slack.callsTo('views.open').length;
    await command('UM1', 'admin', 'um1');
    const opened = await app.slack.waitFor(
      () => app.slack.callsTo('views.open')[before],
      5000,
      'console for UM1',
    );
    expect((opened.args.view as { callback_id: string }).callback_id).toBe('mm_admin_console');
    expect(
      (await app.db.db.select().from(members).where(eq(members.slackUserId, 'UM1')))[0]!.isSlackAdmin,
    ).toBe(false);
  });
});
