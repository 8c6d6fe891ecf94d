import { TcpProxy } from '../support/tcp-proxy';
import { LoopbackSlack } from '../support/loopback-slack';
import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, postSigned } from '../support/slack-request';
import { TEST_PG_URL } from '../support/env';

/**
 * Fault drill (c): Postgres restarts while requests arrive. Members get a friendly "try again" (never a stack
 * trace), the process stays up, and it recovers by itself once Postgres is back.
 */
describe('fault drill: Postgres restarted while requests arrive', () => {
  let proxy: TcpProxy;
  let app: TestApp;

  beforeAll(async () => {
    // The app reaches its database through a proxy we can cut, so no other test's Postgres is disturbed.
    const url = new URL(TEST_PG_URL);
    proxy = await new TcpProxy(url.hostname, Number(url.port || 5432)).start();
    const slack = await new LoopbackSlack().start();
    slack.addUser({ id: 'UFAULT', name: 'Fay', tz: 'Europe/Berlin', locale: 'en-US' });
    app = await startTestApp({ slack, databaseVia: (u) => u.replace(/:\d+\//, `:${proxy.port}/`) });
  });
  afterAll(async () => {
    await proxy.restore();
    await app.stop();
    await app.slack.stop();
    await proxy.stop();
  });

  const ask = (id: string) => postSigned(app.eventsUrl, commandBody({ userId: 'UFAULT', text: 'glossary api', responseUrl: app.slack.responseUrl(id) }));
  const replyTo = (id: string) => app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith(`/${id}`)), 10_000, `reply ${id}`);

  it('when Postgres goes away and comes back, then users hear "try again", the app stays up and recovers by itself', async () => {
    await ask('before');
    expect(String((await replyTo('before')).body.text)).toContain('API');

    await proxy.outage();
    const during = await Promise.all(['d1', 'd2', 'd3'].map(async (id) => ({ id, res: await ask(id) })));
    for (const { id, res } of during) {
      expect(res.status).toBe(200);
      const text = String((await replyTo(id)).body.text);
      expect(text).toContain('trouble reaching its database');
      expect(text).not.toMatch(/at .+\.ts:\d+|Error:/);
    }
    expect((await fetch(`${app.url}/healthz`)).status).toBe(503);

    await proxy.restore();
    const deadline = Date.now() + 15_000;
    let ok = false;
    while (!ok && Date.now() < deadline) {
      ok = (await fetch(`${app.url}/healthz`)).status === 200;
      if (!ok) await new Promise((r) => setTimeout(r, 250));
    }
    expect(ok).toBe(true);
    await ask('after');
    expect(String((await replyTo('after')).body.text)).toContain('API');
  });
});
