import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, eventBody, interactionBody, postSigned, slackSignature } from '../support/slack-request';
import { members } from '../../src/db/schema';

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
