import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, postSigned, slackSignature } from '../support/slack-request';
import { members } from '../../src/db/schema';

describe('walking skeleton over signed HTTP', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    app.slack.addUser({ id: 'UANNA', name: 'Anna', tz: 'Europe/Berlin', locale: 'de-DE' });
    app.slack.addUser({ id: 'UBEN', name: 'Ben', tz: 'America/New_York', locale: 'en-US' });
    app.slack.addUser({ id: 'UCAIO', name: 'Caio', tz: 'America/Sao_Paulo', locale: 'pt-BR' });
  });
  afterAll(async () => {
    await app.stop();
  });
  beforeEach(() => app.slack.reset());

  it('when a signed /mentor-me help arrives, then it is acked within 3 s and a valid greeting modal opens', async () => {
    const res = await postSigned(app.eventsUrl, commandBody({ text: 'help', userId: 'UBEN', responseUrl: app.slack.responseUrl() }));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(3000);
    const open = await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'views.open');
    const view = open.args.view as { type: string; title: { text: string }; blocks: { type: string; text?: { text: string } }[] };
    expect(view.type).toBe('modal');
    expect(view.blocks[0]?.text?.text).toContain('Ben');
    expect(JSON.stringify(view)).toContain('/mentor-me learn');
    expect(open.violations).toEqual([]);
    const users = app.slack.callsTo('users.info');
    expect(users[0]?.args).toMatchObject({ user: 'UBEN', include_locale: 'true' });
  });

  it('when a German-locale member runs /mentor-me help, then the modal greets them in German and the member row holds tz and locale', async () => {
    const res = await postSigned(app.eventsUrl, commandBody({ text: 'hilfe', userId: 'UANNA', responseUrl: app.slack.responseUrl() }));
    expect(res.status).toBe(200);
    const open = await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'views.open');
    expect(JSON.stringify(open.args.view)).toContain('Hallo Anna');
    const rows = await app.db.db.select().from(members);
    const anna = rows.find((m) => m.slackUserId === 'UANNA');
    expect(anna).toMatchObject({ teamId: 'T0TEST', tz: 'Europe/Berlin', locale: 'de-DE', displayName: 'Anna' });
  });

  it('when the subcommand is unknown, then an ephemeral help answers in the member language and no modal opens', async () => {
    const responseUrl = app.slack.responseUrl('unknown-1');
    const res = await postSigned(app.eventsUrl, commandBody({ text: 'fly me to the moon', userId: 'UCAIO', responseUrl }));
    expect(res.status).toBe(200);
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith('unknown-1')), 5000, 'response_url');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toContain('Ainda não conheço');
    expect(app.slack.callsTo('views.open')).toHaveLength(0);
  });

  it('when the signature is wrong, then the request gets 401 and nothing happens', async () => {
    const before = (await app.db.db.select().from(members)).length;
    const body = commandBody({ userId: 'UNEW', responseUrl: app.slack.responseUrl() });
    const res = await postSigned(app.eventsUrl, body, { signature: slackSignature(body, Math.floor(Date.now() / 1000), 'not-the-secret') });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(app.slack.calls).toHaveLength(0);
    expect((await app.db.db.select().from(members)).length).toBe(before);
  });

  it('when the timestamp is older than 5 minutes, then the request gets 401 even with a valid signature', async () => {
    const body = commandBody({ userId: 'UBEN', responseUrl: app.slack.responseUrl() });
    const res = await postSigned(app.eventsUrl, body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 200));
    expect(app.slack.calls).toHaveLength(0);
  });

  it('when /healthz is asked while both stores answer, then it is 200 with both ok', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ postgres: 'ok', redis: 'ok' });
  });
});
