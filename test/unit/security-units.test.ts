import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { createSecretBox, SecretBoxError } from '../../src/db/secret-box';
import { checkSlackBody, MAX_CLOCK_SKEW_SEC, verifySlackSignature } from '../../src/http/slack-request-guard';
import { BOT_SCOPES } from '../../src/slack/installation-store';
import { hardenMrkdwn, neutralizeControlSequences } from '../../src/views/escape';
import { LANGS, translator, type Lang } from '../../src/i18n';
import { buildErasedHomeView, buildPrivacyDeleteModal, buildPrivacyDeletedModal, buildPrivacyMessage } from '../../src/views/privacy/build';
import { expectValidMessage, expectValidView } from '../support/block-kit-limits';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createServiceDeps } from '../../src/services/deps';
import { createBoltApp } from '../../src/slack/app';
import type { Db } from '../../src/db/client';
import { LoopbackSlack } from '../support/loopback-slack';

const sign = (secret: string, ts: number | string, body: string) => `v0=${crypto.createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;

describe('request signature and timestamp check', () => {
  const secret = 'shh';
  const nowMs = Date.UTC(2030, 0, 10, 12, 0, 0);
  const nowSec = nowMs / 1000;
  const check = (ts: number | string, body = 'a=b', signature = sign(secret, ts, body)) =>
    verifySlackSignature({ signingSecret: secret, timestamp: String(ts), signature, body, nowMs });

  it('when the timestamp is within five minutes either way, then a correct signature passes', () => {
    for (const ts of [nowSec, nowSec - MAX_CLOCK_SKEW_SEC, nowSec + MAX_CLOCK_SKEW_SEC]) expect(check(ts)).toEqual({ ok: true });
  });

  it('when the timestamp is one second outside the window, in the past or the future, then it is 401 even with a correct signature', () => {
    expect(check(nowSec - MAX_CLOCK_SKEW_SEC - 1)).toEqual({ ok: false, status: 401, reason: 'stale timestamp' });
    expect(check(nowSec + MAX_CLOCK_SKEW_SEC + 1)).toEqual({ ok: false, status: 401, reason: 'timestamp in the future' });
  });

  it('when the signature, the secret, the version or the header format is wrong, then it is 401', () => {
    expect(check(nowSec, 'a=b', sign('other', nowSec, 'a=b')).ok).toBe(false);
    expect(check(nowSec, 'a=b', sign(secret, nowSec, 'a=c')).ok).toBe(false);
    expect(check(nowSec, 'a=b', sign(secret, nowSec, 'a=b').replace('v0=', 'v1=')).ok).toBe(false);
    expect(check(nowSec, 'a=b', sign(secret, nowSec, 'a=b').toUpperCase()).ok).toBe(false);
    expect(check(`${nowSec}.5`).ok).toBe(false);
    expect(check(' 1').ok).toBe(false);
    expect(verifySlackSignature({ signingSecret: '', timestamp: String(nowSec), signature: sign('', nowSec, ''), body: '', nowMs }).ok).toBe(false);
  });

  it('when bodies have the shape of a command, an interaction or an event, then they pass; anything else is 400', () => {
    const form = 'application/x-www-form-urlencoded';
    expect(checkSlackBody(form, 'command=%2Fmentor-me&team_id=T1&user_id=U1&text=')).toEqual({ ok: true });
    expect(checkSlackBody(form, `payload=${encodeURIComponent(JSON.stringify({ type: 'block_actions', user: { id: 'U1' } }))}`)).toEqual({ ok: true });
    expect(checkSlackBody('application/json', JSON.stringify({ type: 'event_callback', team_id: 'T1', event: { type: 'app_home_opened' } }))).toEqual({ ok: true });
    expect(checkSlackBody('application/json', JSON.stringify({ type: 'url_verification', challenge: 'x' }))).toEqual({ ok: true });
    for (const [ct, body] of [
      [form, 'payload=%7B'],
      [form, `payload=${encodeURIComponent('null')}`],
      [form, 'team_id=T1&user_id=U1'],
      ['application/json', 'null'],
      ['application/json', '{"type":"event_callback","event":{"type":"x"}}'],
      ['application/json', ''],
      ['text/plain', 'command=x'],
    ] as const) {
      expect(checkSlackBody(ct, body)).toMatchObject({ ok: false, status: 400 });
    }
  });
});

describe('secret box (tokens at rest)', () => {
  const key = crypto.randomBytes(32);
  const box = createSecretBox(key);

  it('when a token is sealed, then it opens again, the stored form is versioned and never contains the token', () => {
    const sealed = box.seal('xoxb-123', 'installations:T1:bot');
    expect(sealed).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(sealed).not.toContain('secret');
    expect(box.open(sealed, 'installations:T1:bot')).toBe('xoxb-123');
  });

  it('when the same token is sealed twice, then the IVs (and ciphertexts) differ', () => {
    const a = box.seal('same', 'x');
    const b = box.seal('same', 'x');
    expect(a.split('.')[1]).not.toBe(b.split('.')[1]);
    expect(a).not.toBe(b);
  });

  it('when the value is tampered with, moved to another row, opened with another key or of an unknown version, then it refuses', () => {
    const sealed = box.seal('xoxb-123', 'installations:T1:bot');
    const [v, iv, tag, ct] = sealed.split('.') as [string, string, string, string];
    const flip = (s: string) => (s[0] === 'A' ? `B${s.slice(1)}` : `A${s.slice(1)}`);
    for (const bad of [`${v}.${iv}.${tag}.${flip(ct)}`, `${v}.${iv}.${flip(tag)}.${ct}`, `${v}.${flip(iv)}.${tag}.${ct}`, `v2.${iv}.${tag}.${ct}`, 'xoxb-123', '', `${v}.${iv}.${tag}`]) {
      expect(() => box.open(bad, 'installations:T1:bot')).toThrow(SecretBoxError);
    }
    expect(() => box.open(sealed, 'installations:T2:bot')).toThrow(SecretBoxError);
    expect(() => createSecretBox(crypto.randomBytes(32)).open(sealed, 'installations:T1:bot')).toThrow(SecretBoxError);
    expect(() => createSecretBox(Buffer.alloc(16))).toThrow(SecretBoxError);
  });
});

describe('outgoing mrkdwn net', () => {
  it('when text holds broadcasts, user groups, links or channels, then they are shown as text; our user mentions stay', () => {
    expect(neutralizeControlSequences('<!here> <!channel> <!subteam^S1|@x> <https://e.x|y> <#C1> <@U0ABC> <@W0ABC> a < b')).toBe(
      '&lt;!here> &lt;!channel> &lt;!subteam^S1|@x> &lt;https://e.x|y> &lt;#C1> <@U0ABC> <@W0ABC> a &lt; b',
    );
  });

  it('when a view is hardened, then mrkdwn texts become verbatim and neutralised, plain text is untouched', () => {
    const view = { type: 'modal', title: { type: 'plain_text', text: '<!here>' }, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: '<!here>' }] }] };
    expect(hardenMrkdwn(view)).toEqual({ type: 'modal', title: { type: 'plain_text', text: '<!here>' }, blocks: [{ type: 'context', elements: [{ type: 'mrkdwn', text: '&lt;!here>', verbatim: true }] }] });
    expect(view.blocks[0]!.elements[0]).toEqual({ type: 'mrkdwn', text: '<!here>' });
  });
});

describe('OAuth scopes', () => {
  it('when the installer asks for scopes, then they are exactly the bot scopes in manifest.yml', () => {
    const manifest = parseDocument(fs.readFileSync(path.resolve(__dirname, '../../manifest.yml'), 'utf8')).toJS() as { oauth_config: { scopes: { bot: string[] } } };
    expect([...BOT_SCOPES].sort()).toEqual([...manifest.oauth_config.scopes.bot].sort());
  });
});

describe.each(LANGS)('privacy surfaces in %s stay within Block Kit limits', (lang: Lang) => {
  const tr = translator(lang);
  it('when the overview, the confirmation, the done modal and the emptied App Home are built, then each is valid', () => {
    expectValidMessage(buildPrivacyMessage(tr, { retentionDays: 3650 }));
    expectValidMessage(buildPrivacyMessage(tr, { retentionDays: 30, unknownAction: `<!here> ${'x'.repeat(500)}` }));
    expectValidView(buildPrivacyDeleteModal(tr));
    expectValidView(buildPrivacyDeletedModal(tr));
    expectValidView(buildErasedHomeView(tr));
    expect(JSON.stringify(buildPrivacyMessage(tr, { retentionDays: 30, unknownAction: '<!here>' }))).not.toContain('<!here>');
  });
});

describe('Socket Mode', () => {
  // Bolt verifies a bot token with auth.test in the background: answer it locally, never on the internet.
  let slack: LoopbackSlack;
  beforeAll(async () => {
    slack = await new LoopbackSlack().start();
  });
  afterAll(async () => {
    await new Promise((r) => setTimeout(r, 50));
    await slack.stop();
  });
  const build = (env: Record<string, string>) => {
    const r = loadConfig({ ...env, SLACK_API_URL: slack.apiUrl });
    if (!r.ok) throw new Error(r.problems.join('; '));
    const logger = createLogger('silent');
    const deps = createServiceDeps({ db: {} as Db, clock: () => new Date(), logger, jobs: { enqueue: async () => undefined, cancel: async () => undefined, cancelForTeam: async () => 0 } });
    return createBoltApp(r.config, logger, deps, []);
  };

  it('when Socket Mode is configured without a signing secret, then the app is built with a bot token or with OAuth, and has no HTTP receiver to guard', () => {
    expect(build({ SLACK_APP_TOKEN: 'xapp-1-abc', SLACK_BOT_TOKEN: 'xoxb-1' }).receiver).toBeUndefined();
    const oauth = { SLACK_APP_TOKEN: 'xapp-1-abc', SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 's', ENCRYPTION_KEY: 'ab'.repeat(32) };
    expect(build(oauth).receiver).toBeUndefined();
  });

  it('when HTTP mode is configured, then the receiver’s request listener is the guard', () => {
    const { receiver } = build({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });
    expect(receiver).toBeDefined();
    expect(receiver!.requestListener.name).not.toBe('bound unboundRequestListener');
  });
});
