import { eq } from 'drizzle-orm';
import { Queue } from 'bullmq';
import IORedis from 'ioredis';
import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, eventBody, interactionBody, postSigned } from '../support/slack-request';
import { blockAction, external, radio, selected, stateOf, text, viewSubmission } from '../support/payloads';
import { TEST_REDIS_URL } from '../support/env';
import { installations, members, pairings, sessions, skills, workspaces } from '../../src/db/schema';
import { createSecretBox } from '../../src/db/secret-box';

const KEY_HEX = 'a1'.repeat(32);
const OAUTH_ENV = {
  SLACK_BOT_TOKEN: '',
  SLACK_CLIENT_ID: '1111.2222',
  SLACK_CLIENT_SECRET: 'client-secret-for-tests',
  SLACK_STATE_SECRET: 'state-secret-for-tests-0123456789',
  ENCRYPTION_KEY: KEY_HEX,
};

/**
 * Multi-workspace mode end to end: two workspaces install through Slack OAuth against the loopback Slack,
 * every request and every job runs with its own workspace's token, one workspace can never act on the
 * other's data, and uninstalling stops everything for that workspace only.
 */
describe('multi-workspace installs through OAuth (e2e)', () => {
  let app: TestApp;
  let redis: IORedis;
  let queue: Queue;
  let tableau: number;

  const TOKENS = { TA: 'xoxb-team-a', TB: 'xoxb-team-b' } as const;
  const post = (payload: object) => postSigned(app.eventsUrl, interactionBody(payload as Record<string, unknown>));
  const command = (teamId: string, userId: string, textArg: string, id: string) =>
    postSigned(app.eventsUrl, commandBody({ teamId, userId, text: textArg, responseUrl: app.slack.responseUrl(id) }));
  const reply = (id: string) => app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith(`/${id}`)), 5000, `response ${id}`);
  const memberId = async (slackId: string) => (await app.db.db.select().from(members).where(eq(members.slackUserId, slackId)))[0]!.id;
  const settle = (ms = 300) => new Promise((r) => setTimeout(r, ms));

  /** The browser side of an install: /slack/install sets the state cookie and redirects to Slack. */
  async function startInstall(): Promise<{ state: string; cookie: string; location: URL }> {
    const res = await fetch(`${app.url}/slack/install`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location')!);
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    return { state: location.searchParams.get('state')!, cookie, location };
  }

  async function install(teamId: 'TA' | 'TB', installer: string, code = `code-${teamId}-${Math.random()}`): Promise<Response> {
    const { state, cookie } = await startInstall();
    app.slack.grantOAuth(code, { teamId, teamName: `Team ${teamId}`, botToken: TOKENS[teamId], botUserId: `U0BOT${teamId}`, installerUserId: installer, scopes: ['commands', 'chat:write'] });
    return fetch(`${app.url}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`, { headers: { cookie }, redirect: 'manual' });
  }

  beforeAll(async () => {
    app = await startTestApp({ env: OAUTH_ENV });
    redis = new IORedis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    queue = new Queue('mentor-me', { connection: redis, prefix: app.prefix });
    app.slack.addUser({ id: 'UA1', teamId: 'TA', name: 'Ana', tz: 'Europe/Berlin', locale: 'de-DE', isAdmin: true });
    app.slack.addUser({ id: 'UA2', teamId: 'TA', name: 'Arne', tz: 'Europe/Berlin', locale: 'en-US' });
    app.slack.addUser({ id: 'UB1', teamId: 'TB', name: 'Bia', tz: 'America/Sao_Paulo', locale: 'pt-BR' });
    app.slack.addUser({ id: 'UB2', teamId: 'TB', name: 'Bruno', tz: 'America/Sao_Paulo', locale: 'pt-BR' });
    tableau = (await app.db.db.select().from(skills).where(eq(skills.slug, 'tableau')))[0]!.id;
  });
  afterAll(async () => {
    await queue.close();
    redis.disconnect();
    await app.stop();
  });

  it('when /slack/install is opened, then it redirects to Slack with the client id, the bot scopes and a signed state tied to a cookie', async () => {
    const { state, cookie, location } = await startInstall();
    expect(location.origin + location.pathname).toBe('https://slack.com/oauth/v2/authorize');
    expect(location.searchParams.get('client_id')).toBe('1111.2222');
    expect(location.searchParams.get('scope')?.split(',')).toEqual(expect.arrayContaining(['commands', 'chat:write', 'im:write', 'users:read', 'files:write']));
    expect(state.length).toBeGreaterThan(20);
    expect(cookie).toBe(`slack-app-oauth-state=${state}`);
  });

  it('when the redirect carries a forged state, no state, or no browser cookie, then nothing is exchanged or stored', async () => {
    const { state, cookie } = await startInstall();
    app.slack.grantOAuth('code-forged', { teamId: 'TA', botToken: TOKENS.TA, installerUserId: 'UA1' });
    const forged = await fetch(`${app.url}/slack/oauth_redirect?code=code-forged&state=${encodeURIComponent(`${state}x`)}`, { headers: { cookie } });
    expect(forged.status).toBe(400);
    const missing = await fetch(`${app.url}/slack/oauth_redirect?code=code-forged`, { headers: { cookie } });
    expect(missing.status).toBe(400);
    const noCookie = await fetch(`${app.url}/slack/oauth_redirect?code=code-forged&state=${encodeURIComponent(state)}`);
    expect(noCookie.status).toBe(400);
    expect(app.slack.callsTo('oauth.v2.access')).toHaveLength(0);
    expect(await app.db.db.select().from(installations)).toHaveLength(0);
  });

  it('when two workspaces install, then each token is stored encrypted (AES-256-GCM, bound to its team) and the installer is recorded', async () => {
    const a = await install('TA', 'UA1');
    expect(a.status).toBe(200);
    expect(await a.text()).toContain('slack://app');
    expect((await install('TB', 'UB1')).status).toBe(200);
    const exchange = app.slack.callsTo('oauth.v2.access');
    expect(exchange).toHaveLength(2);
    expect(exchange[0]!.args).toMatchObject({ client_id: '1111.2222', client_secret: 'client-secret-for-tests' });

    const rows = await app.db.db.select().from(installations);
    expect(rows.map((r) => r.teamId).sort()).toEqual(['TA', 'TB']);
    const box = createSecretBox(Buffer.from(KEY_HEX, 'hex'));
    for (const row of rows) {
      // No column holds the token in clear.
      expect(JSON.stringify(row)).not.toContain(TOKENS[row.teamId as 'TA' | 'TB']);
      expect(row.botTokenEnc).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
      expect(box.open(row.botTokenEnc, `installations:${row.teamId}:bot`)).toBe(TOKENS[row.teamId as 'TA' | 'TB']);
      // A ciphertext moved into the other workspace's row does not open.
      expect(() => box.open(row.botTokenEnc, `installations:${row.teamId === 'TA' ? 'TB' : 'TA'}:bot`)).toThrow();
    }
    // Nothing anywhere in the database holds a token in clear.
    const dump = await app.db.sql.unsafe(`select string_agg(t::text, ' ') as all from (select * from installations) t`);
    for (const token of Object.values(TOKENS)) expect(String(dump[0]!.all)).not.toContain(token);
    const ws = await app.db.db.select().from(workspaces);
    expect(ws.find((w) => w.teamId === 'TA')).toMatchObject({ installerUserId: 'UA1', active: true, name: 'Team TA' });
    expect(ws.find((w) => w.teamId === 'TB')).toMatchObject({ installerUserId: 'UB1', active: true });
  });

  it('when people of both workspaces use the app, then every call to Slack carries their own workspace token, in requests and in jobs', async () => {
    app.slack.reset();
    await command('TA', 'UA2', 'help', 'a-help');
    await command('TB', 'UB2', 'ajuda', 'b-help');
    await app.slack.waitFor(() => app.slack.callsTo('views.open').length === 2, 5000, 'both modals');
    // App Home: the request publishes, then a background job refreshes the profile with the worker's client.
    await postSigned(app.eventsUrl, eventBody({ type: 'app_home_opened', user: 'UB1', tab: 'home', channel: 'DUB1' }, 'TB'), { contentType: 'application/json' });
    await app.slack.waitFor(() => app.slack.callsTo('users.info').filter((c) => c.args.user === 'UB1').length >= 2, 8000, 'request + job users.info for UB1');
    const tokenFor = (user: string) => new Set(app.slack.calls.filter((c) => c.args.user === user || c.args.user_id === user).map((c) => c.token));
    expect(tokenFor('UA2')).toEqual(new Set([TOKENS.TA]));
    expect(tokenFor('UB2')).toEqual(new Set([TOKENS.TB]));
    expect(tokenFor('UB1')).toEqual(new Set([TOKENS.TB]));
    expect(app.slack.calls.some((c) => c.token === 'xoxb-test')).toBe(false);
  });

  it('when a workspace that never installed the app sends a signed request, then it is refused with 401 and nothing is stored', async () => {
    app.slack.reset();
    const before = (await app.db.db.select().from(members)).length;
    const res = await command('TC', 'UC1', 'help', 'c-help');
    expect(res.status).toBe(401);
    await settle();
    expect(app.slack.calls).toHaveLength(0);
    expect((await app.db.db.select().from(members)).length).toBe(before);
  });

  describe('one workspace never reaches another workspace’s data', () => {
    let pairingB: number;
    let sessionB: number;

    beforeAll(async () => {
      // Team B: a mentor and a mentee with a proposal, then (as if the plan was agreed) an active pairing and a session.
      await post(viewSubmission({ teamId: 'TB', userId: 'UB2', callbackId: 'mm_mentor_profile', values: stateOf({ mp_skill_1: external(`s:${tableau}`), mp_level_1: selected('5'), mp_capacity: selected('2'), mp_languages: { type: 'multi_static_select', selected_options: [{ value: 'pt' }] } }) }));
      await post(viewSubmission({ teamId: 'TB', userId: 'UB1', callbackId: 'mm_self_eval', values: stateOf({ se_skill_1: external(`s:${tableau}`), se_level_1: selected('1'), se_format: radio('online'), se_length: radio('30') }) }));
      const mentorB = await memberId('UB2');
      await post(viewSubmission({ teamId: 'TB', userId: 'UB1', callbackId: 'mm_proposal', privateMetadata: JSON.stringify({ v: 1, mentorMemberId: mentorB, skillId: tableau }), values: stateOf({ pr_goals: text('Painéis'), pr_format: radio('online'), pr_length: radio('30') }) }));
      await app.slack.waitFor(() => app.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'DUB2'), 5000, 'proposal DM in team B');
      const row = (await app.db.db.select().from(pairings).where(eq(pairings.teamId, 'TB')))[0]!;
      pairingB = row.id;
      await app.db.db.update(pairings).set({ state: 'active', cadence: 'biweekly', activeAt: new Date() }).where(eq(pairings.id, pairingB));
      const [s] = await app.db.db
        .insert(sessions)
        .values({ teamId: 'TB', pairingId: pairingB, startsAt: new Date(Date.now() + 3 * 24 * 3600_000), status: 'proposed' })
        .returning();
      sessionB = s!.id;
      await command('TA', 'UA1', 'help', 'a1-hello');
      await reply('a1-hello').catch(() => undefined);
    });

    const snapshot = async () => ({
      pairing: (await app.db.db.select().from(pairings).where(eq(pairings.id, pairingB)))[0],
      session: (await app.db.db.select().from(sessions).where(eq(sessions.id, sessionB)))[0],
    });

    const buttons: [string, string][] = [
      ['mm_accept', 'pairing'],
      ['mm_not_now', 'pairing'],
      ['mm_end_pairing', 'pairing'],
      ['mm_pick_coffee', 'pairing'],
      ['mm_open_plan', 'pairing'],
      ['mm_confirm_plan', 'pairing'],
      ['mm_verdict_not_fit', 'pairing'],
      ['mm_confirm_session', 'session'],
      ['mm_skip_session', 'session'],
      ['mm_move_session', 'session'],
      ['mm_checkin_yes', 'session'],
      ['mm_prepare_agenda', 'session'],
    ];

    it.each(buttons)('when team A’s user clicks %s naming team B’s %s id, then it is refused and nothing changes', async (actionId, kind) => {
      const before = await snapshot();
      app.slack.reset();
      const id = kind === 'pairing' ? pairingB : sessionB;
      const res = await post(blockAction({ teamId: 'TA', userId: 'UA1', actionId, value: String(id), container: 'message', responseUrl: app.slack.responseUrl(`x-${actionId}`) }));
      expect(res.status).toBe(200);
      const answer = await reply(`x-${actionId}`);
      expect(String(answer.body.text)).toMatch(/nicht mehr|no longer|gone|nicht|not/i);
      await settle(150);
      expect(await snapshot()).toEqual(before);
      expect(app.slack.callsTo('views.open')).toHaveLength(0);
      expect(app.slack.callsTo('chat.postMessage')).toHaveLength(0);
      // Every call that did happen was made with team A's token.
      expect(app.slack.calls.every((c) => c.token === TOKENS.TA)).toBe(true);
    });

    const modals: [string, string, Record<string, unknown>][] = [
      ['mm_end_pairing', 'pairingId', { en_reason: text('') }],
      ['mm_plan', 'pairingId', { pl_cadence: radio('weekly'), pl_format: radio('online'), pl_length: radio('30'), pl_criteria: text('x') }],
      ['mm_coffee', 'pairingId', { cf_date: { type: 'datepicker', selected_date: '2031-01-01' }, cf_time: { type: 'timepicker', selected_time: '10:00' } }],
      ['mm_move_session', 'sessionId', { mv_date: { type: 'datepicker', selected_date: '2031-01-01' }, mv_time: { type: 'timepicker', selected_time: '10:00' } }],
      ['mm_checkin', 'sessionId', { ci_rating: selected('5'), ci_confidence: selected('5'), ci_learned: text('stolen note') }],
      ['mm_agenda', 'sessionId', { ag_topics: text('hijack') }],
    ];

    it.each(modals)('when team A’s user submits %s with team B’s %s in private_metadata, then it is refused and nothing changes', async (callbackId, field, values) => {
      const before = await snapshot();
      app.slack.reset();
      const id = field === 'pairingId' ? pairingB : sessionB;
      const res = await post(viewSubmission({ teamId: 'TA', userId: 'UA1', callbackId, privateMetadata: JSON.stringify({ v: 1, [field]: id }), values: stateOf(values as never) }));
      const ack = JSON.parse(res.text) as { response_action?: string; errors?: Record<string, string> };
      expect(ack.response_action).toBe('errors');
      await settle(150);
      expect(await snapshot()).toEqual(before);
      expect(app.slack.callsTo('chat.postMessage')).toHaveLength(0);
    });

    it('when team A’s user proposes to team B’s mentor (button or metadata), then the name is never shown and no pairing is created', async () => {
      app.slack.reset();
      const mentorB = await memberId('UB2');
      await post(blockAction({ teamId: 'TA', userId: 'UA1', actionId: 'mm_propose', value: `${mentorB}.${tableau}`, container: 'message', responseUrl: app.slack.responseUrl('x-propose') }));
      await reply('x-propose');
      expect(app.slack.callsTo('views.open')).toHaveLength(0);
      expect(JSON.stringify(app.slack.calls)).not.toContain('Bruno');
      const res = await post(viewSubmission({ teamId: 'TA', userId: 'UA1', callbackId: 'mm_proposal', privateMetadata: JSON.stringify({ v: 1, mentorMemberId: mentorB, skillId: tableau }), values: stateOf({ pr_goals: text('x'), pr_format: radio('online'), pr_length: radio('30') }) }));
      expect(JSON.parse(res.text).response_action).toBe('errors');
      expect(JSON.stringify(JSON.parse(res.text))).not.toContain('Bruno');
      expect(await app.db.db.select().from(pairings).where(eq(pairings.teamId, 'TA'))).toHaveLength(0);
    });

    it('when a team B event or command names team B but comes from a user of team A, then only team A rows are touched', async () => {
      // The team id of a request comes from Slack's signed envelope; a user id from elsewhere cannot borrow it.
      const before = (await app.db.db.select().from(members).where(eq(members.teamId, 'TB'))).length;
      await command('TA', 'UA2', 'profile', 'a-profile');
      await settle();
      expect((await app.db.db.select().from(members).where(eq(members.teamId, 'TB'))).length).toBe(before);
    });
  });

  it('when team B uninstalls the app, then its token is deleted, it is marked inactive, its timers are removed and its requests and jobs stop; team A carries on', async () => {
    const pendingB = async () => (await queue.getJobs(['delayed', 'waiting'])).filter((j) => (j.data as { teamId?: string }).teamId === 'TB');
    const pendingA = async () => (await queue.getJobs(['delayed', 'waiting'])).filter((j) => (j.data as { teamId?: string }).teamId === 'TA');
    // Team B has proposal timers from its pairing; team A gets one too.
    await queue.add('pairing.remind', { teamId: 'TA', pairingId: 999999 }, { jobId: 'pairing-remind-999999', delay: 3600_000 });
    expect((await pendingB()).length).toBeGreaterThan(0);

    const res = await postSigned(app.eventsUrl, eventBody({ type: 'app_uninstalled' }, 'TB'), { contentType: 'application/json' });
    expect(res.status).toBe(200);
    await app.slack.waitFor(() => true, 10, 'tick');
    for (let i = 0; i < 50 && (await app.db.db.select().from(installations).where(eq(installations.teamId, 'TB'))).length; i++) await settle(50);
    expect(await app.db.db.select().from(installations).where(eq(installations.teamId, 'TB'))).toHaveLength(0);
    expect((await app.db.db.select().from(workspaces).where(eq(workspaces.teamId, 'TB')))[0]!.active).toBe(false);
    expect(await pendingB()).toHaveLength(0);
    expect((await pendingA()).length).toBeGreaterThan(0);
    // Data stays for a re-install.
    expect((await app.db.db.select().from(pairings).where(eq(pairings.teamId, 'TB'))).length).toBe(1);

    // A job for team B queued after the uninstall does nothing.
    app.slack.reset();
    await queue.add('member.refresh', { teamId: 'TB', userId: 'UB1' }, { jobId: 'member-refresh-TB-UB1-late' });
    await settle(800);
    expect(app.slack.calls).toHaveLength(0);
    // Its requests are no longer authorised; team A's still are.
    expect((await command('TB', 'UB1', 'help', 'b-after')).status).toBe(401);
    expect((await command('TA', 'UA2', 'help', 'a-after')).status).toBe(200);
    await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'team A still served');
    // The reconciler does not bring team B's timers back.
    await queue.add('system.reconcile', {}, { jobId: 'reconcile-now' });
    await settle(800);
    expect(await pendingB()).toHaveLength(0);
  });

  it('when team B installs again, then it is active again with the new token', async () => {
    expect((await install('TB', 'UB2')).status).toBe(200);
    const w = (await app.db.db.select().from(workspaces).where(eq(workspaces.teamId, 'TB')))[0]!;
    // The first installer stays the installer (first program admin).
    expect(w).toMatchObject({ active: true, installerUserId: 'UB1' });
    expect((await command('TB', 'UB1', 'ajuda', 'b-again')).status).toBe(200);
  });

  it('when team A’s bot token is revoked, then team A is deactivated like an uninstall', async () => {
    const res = await postSigned(app.eventsUrl, eventBody({ type: 'tokens_revoked', tokens: { bot: ['U0BOTTA'] } }, 'TA'), { contentType: 'application/json' });
    expect(res.status).toBe(200);
    for (let i = 0; i < 50 && (await app.db.db.select().from(installations).where(eq(installations.teamId, 'TA'))).length; i++) await settle(50);
    expect(await app.db.db.select().from(installations).where(eq(installations.teamId, 'TA'))).toHaveLength(0);
    expect((await app.db.db.select().from(workspaces).where(eq(workspaces.teamId, 'TA')))[0]!.active).toBe(false);
  });
});
