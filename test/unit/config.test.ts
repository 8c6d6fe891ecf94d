import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadConfig, sandboxSelected, slackAuthMode } from '../../src/config';

const valid = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secret' };

/** Runs `src/main.ts` with only PATH and `env`, the way `npm start` would with that environment. */
function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: path.resolve(__dirname, '../..'),
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('configuration', () => {
  it('when only the Slack credentials are set, then local defaults fill the rest', () => {
    const r = loadConfig(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config).toMatchObject({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/mentor_me',
      REDIS_URL: 'redis://127.0.0.1:6379',
      PORT: 3000,
      APP_ROLE: 'all',
      LOG_LEVEL: 'info',
      SLACK_API_URL: 'https://slack.com/api/',
    });
  });

  it('when the environment is empty, then every missing Slack variable is listed at once', () => {
    const r = loadConfig({});
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join('\n')).toMatch(/SLACK_BOT_TOKEN is required/);
    expect(r.problems.join('\n')).toMatch(/SLACK_SIGNING_SECRET is required/);
  });

  it('when several values are malformed, then each is named', () => {
    const r = loadConfig({ ...valid, PORT: 'eighty', APP_ROLE: 'boss', REDIS_URL: 'http://x', SLACK_BOT_TOKEN: 'abc', ENCRYPTION_KEY: 'short' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.problems.join('\n');
    for (const key of ['PORT', 'APP_ROLE', 'REDIS_URL', 'SLACK_BOT_TOKEN', 'ENCRYPTION_KEY']) expect(text).toContain(key);
  });

  it('when Socket Mode is configured, then no signing secret is needed', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-abc' });
    expect(r.ok).toBe(true);
  });

  it('when OAuth is half configured, then the missing OAuth variables and the encryption key are listed', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: '123.456' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('SLACK_CLIENT_SECRET'),
        expect.stringContaining('SLACK_STATE_SECRET'),
        expect.stringContaining('ENCRYPTION_KEY'),
      ]),
    );
  });

  it('when OAuth is fully configured without a bot token, then the config is valid and the app runs in multi-workspace mode', () => {
    const key = 'ab'.repeat(32);
    const r = loadConfig({ SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: '123.456', SLACK_CLIENT_SECRET: 'cs', SLACK_STATE_SECRET: 'st', ENCRYPTION_KEY: key });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const auth = slackAuthMode(r.config);
    expect(auth.mode).toBe('oauth');
    if (auth.mode !== 'oauth') return;
    expect(auth.oauth).toMatchObject({ clientId: '123.456', clientSecret: 'cs', stateSecret: 'st' });
    expect(auth.oauth.encryptionKey.equals(Buffer.from(key, 'hex'))).toBe(true);
  });

  it('when OAuth is configured and a bot token too, then the ambiguity is reported', () => {
    const r = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', SLACK_CLIENT_ID: '1', SLACK_CLIENT_SECRET: 'c', SLACK_STATE_SECRET: 's', ENCRYPTION_KEY: 'ab'.repeat(32) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join('\n')).toContain('SLACK_BOT_TOKEN must be empty when OAuth is configured');
  });

  it('when only a bot token is set, then the app runs in single-token mode with that token', () => {
    const r = loadConfig(valid);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(slackAuthMode(r.config)).toEqual({ mode: 'token', token: 'xoxb-1-2-abc' });
  });

  it('when the app starts in production with an empty environment, then it exits 1 listing the variables, without a stack trace', () => {
    const res = start({ NODE_ENV: 'production' });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('SLACK_BOT_TOKEN is required');
    expect(res.stderr).toContain('SLACK_SIGNING_SECRET is required');
    expect(res.stderr).toContain('SANDBOX=on');
    expect(res.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });

  it('when the app starts outside production with no Slack credentials, then it starts the sandbox and says so (its own database)', () => {
    // Nothing listens on port 1, so the sandbox stops right after announcing itself; the full start is the
    // browser test in test/e2e/sandbox.browser.test.ts.
    const res = start({ DATABASE_URL: 'postgres://postgres@127.0.0.1:1/mentor_me', REDIS_URL: 'redis://127.0.0.1:1', PORT: '0' });
    expect(res.stderr).toContain('starting the Mentor Me SANDBOX');
    expect(res.stderr).toContain('mentor_me_sandbox');
    expect(res.stderr).not.toContain('SLACK_BOT_TOKEN is required');
    expect(res.status).toBe(1);
    expect(res.stderr).not.toMatch(/\n\s+at .+\(.+:\d+:\d+\)/);
  });
});

describe('configuration problems are all reported together', () => {
  it('when PORT is malformed and the Slack credentials are missing, then all three are listed and PORT is not called missing', () => {
    const r = loadConfig({ PORT: 'abc' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.problems.join('\n');
    expect(text).toMatch(/PORT .*abc/);
    expect(text).not.toMatch(/PORT is required/);
    expect(text).toContain('SLACK_BOT_TOKEN is required');
    expect(text).toContain('SLACK_SIGNING_SECRET is required');
  });
});

describe('choosing the sandbox', () => {
  const creds = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' };

  it.each(([
    ['no credentials, development (default)', {}, true],
    ['no credentials, NODE_ENV=test', { NODE_ENV: 'test' }, true],
    ['no credentials, NODE_ENV=production', { NODE_ENV: 'production' }, false],
    ['no credentials, production with SANDBOX=auto (docker compose)', { NODE_ENV: 'production', SANDBOX: 'auto' }, true],
    ['no credentials, SANDBOX=off', { SANDBOX: 'off' }, false],
    ['credentials', creds, false],
    ['credentials, production with SANDBOX=auto', { ...creds, NODE_ENV: 'production', SANDBOX: 'auto' }, false],
    ['credentials, SANDBOX=on', { ...creds, SANDBOX: 'ON' }, true],
    ['only a signing secret (a half-configured app is an error, not a demo)', { SLACK_SIGNING_SECRET: 's' }, false],
    ['only OAuth variables', { SLACK_CLIENT_ID: '1.2' }, false],
    ['empty credentials count as none', { SLACK_BOT_TOKEN: ' ', SLACK_SIGNING_SECRET: '' }, true],
  ] as [string, Record<string, string>, boolean][]).map(([label, env, expected]) => ({ label, env, expected })))('when $label, then the sandbox is chosen: $expected', ({ env, expected }) => {
    expect(sandboxSelected(env)).toBe(expected);
  });

  it('when SANDBOX has an unknown value, then no sandbox starts and the value is reported', () => {
    expect(sandboxSelected({ SANDBOX: 'maybe' })).toBe(false);
    const r = loadConfig({ ...creds, SANDBOX: 'maybe' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join('\n')).toContain('SANDBOX must be auto, on or off (got "maybe")');
  });

  it('when SANDBOX is set with credentials, then the configuration still loads as before', () => {
    expect(loadConfig({ ...creds, SANDBOX: 'off' }).ok).toBe(true);
    expect(loadConfig({ ...creds, SANDBOX: '' }).ok).toBe(true);
  });
});
