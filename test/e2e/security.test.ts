import { eq } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, eventBody, interactionBody, postSigned, slackSignature } from '../support/slack-request';
import { blockAction, external, radio, selected, stateOf, text, viewSubmission } from '../support/payloads';
import { checkins, members, pairings, sessions, skills, workspaces } from '../../src/db/schema';

/**
 * The HTTP door: every POST to /slack/events is signed by Slack with a fresh timestamp, and carries a body a
 * listener can rely on. Anything else is refused before a listener runs, and the app keeps serving.
 */
describe('request signing and malformed bodies (e2e)', () => {
  let app: TestApp;
  const now = () => Math.floor(Date.now() / 1000);
  const memberCount = async () => (await app.db.db.select().from(members)).length;
  const settle = () => new Promise((r) => setTimeout(r, 250));

  /** A valid request that must still work after every refusal: `/mentor-me help` opens the welcome modal. */
  async function expectStillServing(): Promise<void> {
    app.slack.reset();
    const res = await postSigned(app.eventsUrl, commandBody({ text: 'help', userId: 'UBEN', responseUrl: app.slack.responseUrl() }));
    expect(res.status).toBe(200);
    await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'views.open after a refused request');
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  }

  beforeAll(async () => {
    app = await startTestApp();
    app.slack.addUser({ id: 'UBEN', name: 'Ben', tz: 'America/New_York', locale: 'en-US' });
  });
  afterAll(async () => {
    await app.stop();
  });
  beforeEach(() => app.slack.reset());

  const refusedCases: [string, (body: string) => Promise<{ status: number }>][] = [
    ['signed with another secret (forged)', (body) => postSigned(app.eventsUrl, body, { signature: slackSignature(body, now(), 'not-the-secret') })],
    ['signed correctly but 6 minutes old (stale)', (body) => postSigned(app.eventsUrl, body, { timestamp: now() - 6 * 60 })],
    ['signed correctly but 6 minutes in the future', (body) => postSigned(app.eventsUrl, body, { timestamp: now() + 6 * 60 })],
    ['signed correctly but a day in the future', (body) => postSigned(app.eventsUrl, body, { timestamp: now() + 24 * 3600 })],
    [
      'without signature headers',
      (body) => fetch(app.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body }),
    ],
    [
      'with a timestamp that is not a number',
      (body) =>
        fetch(app.eventsUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': 'soon', 'x-slack-signature': slackSignature(body, now()) },
          body,
        }),
    ],
    ['signed for a different body (tampered)', (body) => postSigned(app.eventsUrl, body.replace('help', 'teach'), { signature: slackSignature(body, now()) })],
  ];

  it.each(refusedCases)('when a command is %s, then it gets 401, nothing is stored, Slack is never called and the app keeps serving', async (_label, send) => {
    const before = await memberCount();
    const body = commandBody({ text: 'help', userId: 'UNEW', responseUrl: app.slack.responseUrl() });
    const res = await send(body);
    expect(res.status).toBe(401);
    await settle();
    expect(app.slack.calls).toHaveLength(0);
    expect(await memberCount()).toBe(before);
    await expectStillServing();
  });

  it('when a timestamp is 4 minutes in the future (clock skew within the window), then the request is served', async () => {
    const res = await postSigned(app.eventsUrl, commandBody({ text: 'help', userId: 'UBEN', responseUrl: app.slack.responseUrl() }), { timestamp: now() + 4 * 60 });
    expect(res.status).toBe(200);
    await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'views.open');
  });

  const malformedCases: [string, string, string][] = [
    ['an event body that is not JSON', 'application/json', '{"type":"event_callback","event":'],
    ['an event envelope without its event', 'application/json', JSON.stringify({ type: 'event_callback', team_id: 'T0TEST' })],
    ['a JSON body of an unknown type', 'application/json', JSON.stringify({ type: 'surprise' })],
    ['a JSON array', 'application/json', '[1,2,3]'],
    ['an interaction whose payload is not JSON', 'application/x-www-form-urlencoded', 'payload=%7Bnot-json'],
    ['an interaction payload without a user', 'application/x-www-form-urlencoded', interactionBody({ type: 'block_actions', actions: [] })],
    ['an interaction payload that is a string', 'application/x-www-form-urlencoded', interactionBody('"block_actions"' as never)],
    ['a slash command without user_id', 'application/x-www-form-urlencoded', 'command=%2Fmentor-me&team_id=T0TEST&text=help'],
    ['an empty form', 'application/x-www-form-urlencoded', ''],
    ['two payload fields', 'application/x-www-form-urlencoded', 'payload=%7B%7D&payload=%7B%7D'],
  ];

  it.each(malformedCases)('when a correctly signed request carries %s, then it gets 400 and the app keeps serving', async (_label, contentType, body) => {
    const res = await postSigned(app.eventsUrl, body, { contentType });
    expect(res.status).toBe(400);
    await settle();
    expect(app.slack.calls).toHaveLength(0);
    await expectStillServing();
  });

  it('when a correctly signed body is larger than 1 MB, then it gets 413 and the app keeps serving', async () => {
    const body = commandBody({ text: 'x'.repeat(1024 * 1024 + 10), userId: 'UBEN', responseUrl: app.slack.responseUrl() });
    const res = await postSigned(app.eventsUrl, body);
    expect(res.status).toBe(413);
    await expectStillServing();
  });

  it('when Slack checks the URL (url_verification) or SSL (ssl_check), then it is answered', async () => {
    const challenge = await postSigned(app.eventsUrl, JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'x' }), { contentType: 'application/json' });
    expect(challenge.status).toBe(200);
    expect(JSON.parse(challenge.text)).toEqual({ challenge: 'c-123' });
    const ssl = await fetch(app.eventsUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'ssl_check=1&token=x' });
    expect(ssl.status).toBe(200);
  });

  it('when a signed event of a type nobody listens to arrives, then it is acknowledged and ignored', async () => {
    const res = await postSigned(app.eventsUrl, eventBody({ type: 'reaction_added', user: 'UBEN' }), { contentType: 'application/json' });
    expect(res.status).toBe(200);
  });

  it('when other paths or methods are tried, then they get 404 and GET /healthz still answers', async () => {
    expect((await fetch(`${app.url}/slack/other`, { method: 'POST', body: 'x' })).status).toBe(404);
    expect((await fetch(app.eventsUrl)).status).toBe(404);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});

/**
 * Inside one workspace: only the two people of a pairing act on it or see its notes, only program admins reach
 * admin actions, and button values or private_metadata grant nothing. And whatever people type, nothing we send
 * can ping a channel, mention a user group or carry a link.
 */
describe('authorization and input safety inside one workspace (e2e)', () => {
  let app: TestApp;
  let pairingId: number;
  let sessionId: number;
  let tableau: number;

  const post = (payload: object) => postSigned(app.eventsUrl, interactionBody(payload as Record<string, unknown>));
  const memberId = async (slackId: string) => (await app.db.db.select().from(members).where(eq(members.slackUserId, slackId)))[0]!.id;
  const reply = (id: string) => app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith(`/${id}`)), 5000, `response ${id}`);
  const settle = (ms = 250) => new Promise((r) => setTimeout(r, ms));
  const snapshot = async () => ({
    pairing: (await app.db.db.select().from(pairings).where(eq(pairings.id, pairingId)))[0],
    session: (await app.db.db.select().from(sessions).where(eq(sessions.id, sessionId)))[0],
    checkins: await app.db.db.select().from(checkins),
  });

  beforeAll(async () => {
    app = await startTestApp();
    app.slack.addUser({ id: 'UMEN', name: 'Mena', tz: 'Europe/Berlin', locale: 'en-US' });
    app.slack.addUser({ id: 'UTOR', name: 'Tor', tz: 'Europe/Berlin', locale: 'en-US' });
    app.slack.addUser({ id: 'UOUT', name: 'Otto', tz: 'Europe/Berlin', locale: 'en-US' });
    app.slack.addUser({ id: 'UEVIL', name: '<!channel> Eve', realName: '<https://evil.example|Eve> <!subteam^S0ALL|@all>', tz: 'Europe/Berlin', locale: 'en-US' });
    tableau = (await app.db.db.select().from(skills).where(eq(skills.slug, 'tableau')))[0]!.id;
    await post(viewSubmission({ userId: 'UTOR', callbackId: 'mm_mentor_profile', values: stateOf({ mp_skill_1: external(`s:${tableau}`), mp_level_1: selected('5'), mp_capacity: selected('5'), mp_languages: { type: 'multi_static_select', selected_options: [{ value: 'en' }] } }) }));
    for (const u of ['UMEN', 'UOUT', 'UEVIL']) {
      await post(viewSubmission({ userId: u, callbackId: 'mm_self_eval', values: stateOf({ se_skill_1: external(`s:${tableau}`), se_level_1: selected('1'), se_format: radio('online'), se_length: radio('30') }) }));
    }
    const [p] = await app.db.db
      .insert(pairings)
      .values({ teamId: 'T0TEST', menteeMemberId: await memberId('UMEN'), mentorMemberId: await memberId('UTOR'), skillId: tableau, state: 'active', cadence: 'weekly', activeAt: new Date(), goals: 'Dashboards' })
      .returning();
    pairingId = p!.id;
    const [s] = await app.db.db.insert(sessions).values({ teamId: 'T0TEST', pairingId, startsAt: new Date(Date.now() + 2 * 24 * 3600_000), status: 'confirmed', confirmedAt: new Date() }).returning();
    sessionId = s!.id;
    await app.db.db.insert(checkins).values({ sessionId, memberId: await memberId('UMEN'), role: 'mentee', happened: true, rating: 5, learned: 'PRIVATE-NOTE-of-mena', feedback: 'PRIVATE-FEEDBACK' });
  });
  afterAll(async () => {
    await app.stop();
  });

  const pairingButtons = ['mm_accept', 'mm_not_now', 'mm_suggest_other', 'mm_pick_coffee', 'mm_verdict_continue', 'mm_verdict_not_fit', 'mm_open_plan', 'mm_confirm_plan', 'mm_end_pairing', 'mm_kpi_update'];
  const sessionButtons = ['mm_confirm_session', 'mm_move_session', 'mm_skip_session', 'mm_checkin_yes', 'mm_checkin_no', 'mm_prepare_agenda'];

  it.each([...pairingButtons.map((a) => [a, 'pairing'] as const), ...sessionButtons.map((a) => [a, 'session'] as const)])(
    'when a colleague outside the pairing clicks %s with its %s id, then they are refused and nothing changes or opens',
    async (actionId, kind) => {
      const before = await snapshot();
      app.slack.reset();
      await post(blockAction({ userId: 'UOUT', actionId, value: String(kind === 'pairing' ? pairingId : sessionId), container: 'message', responseUrl: app.slack.responseUrl(`o-${actionId}`) }));
      await reply(`o-${actionId}`);
      await settle();
      expect(await snapshot()).toEqual(before);
      expect(app.slack.callsTo('views.open')).toHaveLength(0);
      expect(app.slack.callsTo('chat.postMessage')).toHaveLength(0);
      expect(JSON.stringify(app.slack.responses)).not.toContain('PRIVATE');
    },
  );

  it.each([
    ['mm_checkin', 'sessionId', { ci_rating: selected('1'), ci_learned: text('hijack') }],
    ['mm_move_session', 'sessionId', { mv_date: { type: 'datepicker', selected_date: '2031-01-01' }, mv_time: { type: 'timepicker', selected_time: '10:00' } }],
    ['mm_agenda', 'sessionId', { ag_topics: text('hijack') }],
    ['mm_end_pairing', 'pairingId', { en_reason: text('hijack') }],
    ['mm_plan', 'pairingId', { pl_cadence: radio('weekly'), pl_format: radio('online'), pl_length: radio('30'), pl_criteria: text('x') }],
  ] as const)('when a colleague outside the pairing submits %s naming its %s in private_metadata, then the modal shows an error and nothing changes', async (callbackId, field, values) => {
    const before = await snapshot();
    const metadata = JSON.stringify({ v: 1, [field]: field === 'sessionId' ? sessionId : pairingId });
    const res = await post(viewSubmission({ userId: 'UOUT', callbackId, privateMetadata: metadata, values: stateOf(values as never) }));
    expect(JSON.parse(res.text).response_action).toBe('errors');
    await settle();
    expect(await snapshot()).toEqual(before);
  });

  it('when a colleague outside the pairing opens or exports their journal, then the pair’s notes are not in it', async () => {
    app.slack.reset();
    await postSigned(app.eventsUrl, commandBody({ userId: 'UOUT', text: 'journal', responseUrl: app.slack.responseUrl('o-journal') }));
    const open = await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'journal');
    expect(JSON.stringify(open.args.view)).not.toContain('PRIVATE');
    await post(blockAction({ userId: 'UOUT', actionId: 'mm_journal_export', container: 'message', responseUrl: app.slack.responseUrl('o-export') }));
    await reply('o-export');
    expect(app.slack.uploads.map((u) => u.body).join('')).not.toContain('PRIVATE');
  });

  const adminButtons = ['mm_admin_settings', 'mm_admin_leads', 'mm_admin_cohort_new', 'mm_admin_cohort_open', 'mm_admin_run_matching', 'mm_admin_publish', 'mm_admin_send_survey', 'mm_admin_survey_results', 'mm_admin_stats', 'mm_admin_primer', 'mm_admin_export_pairings', 'mm_admin_export_sessions', 'mm_admin_export_kpis'];

  it.each(adminButtons)('when a member who is not a program admin clicks %s (a forged admin button), then they are refused and nothing opens', async (actionId) => {
    app.slack.reset();
    await post(blockAction({ userId: 'UOUT', actionId, value: '1.1', container: 'message', responseUrl: app.slack.responseUrl(`a-${actionId}`) }));
    const answer = await reply(`a-${actionId}`);
    expect(String(answer.body.text)).toContain('Only program admins');
    await settle();
    expect(app.slack.callsTo('views.open')).toHaveLength(0);
    expect(app.slack.callsTo('views.push')).toHaveLength(0);
    expect(app.slack.callsTo('files.getUploadURLExternal')).toHaveLength(0);
  });

  it.each(['mm_admin_settings', 'mm_admin_cohort_new', 'mm_admin_leads', 'mm_admin_cohort'])('when a member who is not a program admin submits %s, then it is refused and no setting changes', async (callbackId) => {
    const before = (await app.db.db.select().from(workspaces))[0];
    const res = await post(viewSubmission({ userId: 'UOUT', callbackId, privateMetadata: JSON.stringify({ v: 1, cohortId: 1 }), values: {} }));
    expect(JSON.stringify(JSON.parse(res.text))).toContain('Only program admins');
    expect((await app.db.db.select().from(workspaces))[0]).toEqual(before);
  });

  it('when names, goals and KPIs carry broadcasts, user groups, links and mentions, then nothing sent to Slack can ping or link, and every mrkdwn text is verbatim', async () => {
    app.slack.reset();
    const hostile = 'Hi <!here> and <!channel> <!everyone> <!subteam^S0ALL|@all> <https://evil.example|click> <mailto:x@evil.example> <#C0GENERAL> <@U0VICTIM> @here';
    const res = await post(
      viewSubmission({
        userId: 'UEVIL',
        callbackId: 'mm_proposal',
        privateMetadata: JSON.stringify({ v: 1, mentorMemberId: await memberId('UTOR'), skillId: tableau }),
        values: stateOf({ pr_goals: text(hostile), pr_kpis: text(`${hostile}\n<!channel> again`), pr_format: radio('online'), pr_length: radio('30') }),
      }),
    );
    expect(JSON.parse(res.text).response_action).toBe('update');
    const dm = await app.slack.waitFor(() => app.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUTOR'), 5000, 'proposal DM');
    // The proposal really contains the text (escaped), so the check below is meaningful.
    expect(JSON.stringify(dm.args.blocks)).toContain('evil.example');
    await postSigned(app.eventsUrl, commandBody({ userId: 'UEVIL', text: `learn ${hostile}`, responseUrl: app.slack.responseUrl('evil-learn') }));
    await postSigned(app.eventsUrl, commandBody({ userId: 'UEVIL', text: `glossary ${hostile}`, responseUrl: app.slack.responseUrl('evil-gloss') }));
    await postSigned(app.eventsUrl, commandBody({ userId: 'UEVIL', text: hostile, responseUrl: app.slack.responseUrl('evil-unknown') }));
    await postSigned(app.eventsUrl, commandBody({ userId: 'UEVIL', text: `privacy ${hostile}`, responseUrl: app.slack.responseUrl('evil-privacy') }));
    await postSigned(app.eventsUrl, commandBody({ userId: 'UEVIL', text: 'help', responseUrl: app.slack.responseUrl('evil-help') }));
    for (const id of ['evil-learn', 'evil-gloss', 'evil-unknown', 'evil-privacy']) await reply(id);
    await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'help modal with the hostile name');

    // What Slack parses: every mrkdwn text object, and the top-level `text` of messages (plain_text never is).
    const mrkdwn: { text: string; verbatim?: boolean }[] = [];
    const collect = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') {
        if ((v as { type?: unknown }).type === 'mrkdwn') mrkdwn.push(v as { text: string; verbatim?: boolean });
        Object.values(v).forEach(collect);
      }
    };
    const sent = [...app.slack.calls.map((c) => c.args), ...app.slack.responses.map((r) => r.body)];
    collect(sent);
    const parsed = [...mrkdwn.map((m) => m.text), ...sent.map((a) => a.text).filter((t): t is string => typeof t === 'string')].join('\n');
    expect(parsed).toContain('evil.example');
    expect(parsed).not.toMatch(/<!(here|channel|everyone|subteam)/);
    expect(parsed).not.toMatch(/<(https?|mailto):/);
    expect(parsed).not.toContain('<#C0GENERAL>');
    expect(parsed).not.toContain('<@U0VICTIM>');
    // Every mrkdwn text object is verbatim, so Slack does not auto-link or parse "@here" either.
    expect(mrkdwn.length).toBeGreaterThan(10);
    expect(mrkdwn.every((m) => m.verbatim === true)).toBe(true);
    expect(app.slack.allViolations()).toEqual([]);
  });
});
