import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { loadConfig } from '../../src/config';

const valid = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: 'secret' };

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

  it('when the app starts with an empty environment, then it exits 1 listing the variables, without a stack trace', () => {
    const root = path.resolve(__dirname, '../..');
    const res = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: root,
      env: { PATH: process.env.PATH ?? '' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('SLACK_BOT_TOKEN is required');
    expect(res.stderr).toContain('SLACK_SIGNING_SECRET is required');
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
