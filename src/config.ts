import { z } from 'zod';

/**
 * Environment contract (DESIGN.md §4). Parsed once at start-up; every problem is reported at once so an
 * operator fixes the whole `.env` in one go instead of restarting for each missing variable.
 */
const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());

const schema = z.object({
  NODE_ENV: z.preprocess(
    emptyToUndefined,
    z.enum(['development', 'production', 'test']).default('development'),
  ),
  SLACK_BOT_TOKEN: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^xox[bp]-/, 'must start with xoxb- (a bot token)')
      .optional(),
  ),
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^xapp-/, 'must start with xapp- (an app-level token)')
      .optional(),
  ),
  SLACK_API_URL: z.preprocess(emptyToUndefined, z.url().default('https://slack.com/api/')),
  SLACK_CLIENT_ID: optionalString,
  SLACK_CLIENT_SECRET: optionalString,
  SLACK_STATE_SECRET: optionalString,
  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .default('postgres://postgres@127.0.0.1:5432/mentor_me'),
  ),
  REDIS_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .default('redis://127.0.0.1:6379'),
  ),
  PORT: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ error: 'must be a port number (0-65535)' })
      .int('must be a port number (0-65535)')
      .min(0, 'must be a port number (0-65535)')
      .max(65535, 'must be a port number (0-65535)')
      .default(3000),
  ),
  APP_ROLE: z.preprocess(emptyToUndefined, z.enum(['all', 'web', 'worker']).default('all')),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  ENCRYPTION_KEY: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .refine((v) => decodeKey(v) !== undefined, 'must be 32 bytes as 64 hex characters or base64')
      .optional(),
  ),
  /** See sandboxSelected: auto (no Slack credentials → sandbox), on, or off. */
  SANDBOX: z.preprocess(
    (v) => (typeof v === 'string' ? emptyToUndefined(v.trim().toLowerCase()) : v),
    z.enum(['auto', 'on', 'off'], { error: 'must be auto, on or off' }).optional(),
  ),
  /** Messages per second per workspace for DMs and updates (Slack allows about one per second per DM). */
  SLACK_SEND_RATE: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(100).default(4)),
  /** Advanced tuning (fault drills use short values): job lock, and the once-only delivery lease. */
  JOB_LOCK_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1000).max(600_000).default(30_000)),
  DELIVERY_LEASE_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1000).max(3_600_000).default(120_000)),
});

/**
 * Rules that tie variables together. Checked on the raw environment, so they are reported even when a single
 * value is also malformed (zod skips refinements once a field fails).
 */
function crossFieldProblems(env: NodeJS.ProcessEnv): string[] {
  const has = (k: string) => typeof env[k] === 'string' && env[k]!.trim() !== '';
  const problems: string[] = [];
  const oauth = has('SLACK_CLIENT_ID') || has('SLACK_CLIENT_SECRET') || has('SLACK_STATE_SECRET');
  if (!has('SLACK_BOT_TOKEN') && !oauth) {
    problems.push(
      'SLACK_BOT_TOKEN is required (or configure OAuth with SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET)',
    );
  }
  if (oauth) {
    for (const key of ['SLACK_CLIENT_ID', 'SLACK_CLIENT_SECRET', 'SLACK_STATE_SECRET', 'ENCRYPTION_KEY']) {
      if (!has(key)) problems.push(`${key} is required when OAuth is configured`);
    }
    // With OAuth every workspace's token comes from its installation; a global token would be ambiguous.
    if (has('SLACK_BOT_TOKEN')) problems.push('SLACK_BOT_TOKEN must be empty when OAuth is configured (each workspace gets its token by installing the app)');
  }
  // Socket Mode authenticates the websocket with the app token, so the signing secret is only needed over HTTP.
  if (!has('SLACK_APP_TOKEN') && !has('SLACK_SIGNING_SECRET')) {
    problems.push(
      'SLACK_SIGNING_SECRET is required (Slack signs every request with it; not needed in Socket Mode)',
    );
  }
  return problems;
}

export type Config = z.output<typeof schema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses the environment; never throws. Problems are human sentences naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const parsed = schema.safeParse(env, { reportInput: true });
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const key = issue.path.join('.') || 'environment';
        const missing = issue.code === 'invalid_type' && issue.input === undefined;
        // Echo the offending value only for variables that can never hold a secret.
        const raw = env[key];
        const shown =
          typeof raw === 'string' &&
          ['PORT', 'APP_ROLE', 'LOG_LEVEL', 'NODE_ENV', 'SLACK_API_URL', 'SANDBOX'].includes(key);
        return `${key} ${missing ? 'is required' : issue.message}${shown ? ` (got "${raw.slice(0, 40)}")` : ''}`;
      });
  problems.push(...crossFieldProblems(env));
  if (parsed.success && problems.length === 0) return { ok: true, config: parsed.data };
  return { ok: false, problems: [...new Set(problems)] };
}

/** Multi-workspace OAuth settings, present only when the whole OAuth group (and the encryption key) is set. */
export interface OAuthSettings {
  clientId: string;
  clientSecret: string;
  stateSecret: string;
  /** Encrypts bot tokens at rest (AES-256-GCM). */
  encryptionKey: Buffer;
}

/**
 * How the app authenticates to Slack: `oauth` (installations in Postgres, one token per workspace) when the
 * OAuth group is configured, otherwise `token` (the single SLACK_BOT_TOKEN for every request and job).
 * `loadConfig` guarantees one of the two is complete.
 */
export function slackAuthMode(config: Config): { mode: 'oauth'; oauth: OAuthSettings } | { mode: 'token'; token: string } {
  const key = config.ENCRYPTION_KEY ? decodeKey(config.ENCRYPTION_KEY) : undefined;
  if (config.SLACK_CLIENT_ID && config.SLACK_CLIENT_SECRET && config.SLACK_STATE_SECRET && key) {
    return {
      mode: 'oauth',
      oauth: { clientId: config.SLACK_CLIENT_ID, clientSecret: config.SLACK_CLIENT_SECRET, stateSecret: config.SLACK_STATE_SECRET, encryptionKey: key },
    };
  }
  return { mode: 'token', token: config.SLACK_BOT_TOKEN ?? '' };
}

/** The variables that connect the app to a real Slack workspace; the sandbox starts only when none is set. */
export const SLACK_CREDENTIAL_VARIABLES = [
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_CLIENT_ID',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
] as const;

/**
 * Whether `npm start` runs the browser sandbox (a built-in Slack, sample people, its own database) instead of
 * serving a real workspace. SANDBOX=on always does; SANDBOX=off never does; SANDBOX=auto does when no Slack
 * credential is set. Unset means auto, except under NODE_ENV=production, where it means off: a production
 * deployment with missing credentials must fail loudly, not quietly become a demo (docker-compose.yml sets
 * SANDBOX=auto explicitly, so `docker compose up` without a .env shows the sandbox).
 */
export function sandboxSelected(env: NodeJS.ProcessEnv): boolean {
  const raw = (env.SANDBOX ?? '').trim().toLowerCase();
  const mode = raw || (env.NODE_ENV?.trim() === 'production' ? 'off' : 'auto');
  if (mode === 'on') return true;
  if (mode !== 'auto') return false; // off, or a malformed value that loadConfig then reports
  return SLACK_CREDENTIAL_VARIABLES.every((k) => (env[k] ?? '').trim() === '');
}

/** Accepts a 32-byte key as hex or base64. */
export function decodeKey(value: string): Buffer | undefined {
  const hex = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : undefined;
  if (hex) return hex;
  const b64 = Buffer.from(value, 'base64');
  return b64.length === 32 ? b64 : undefined;
}
