import crypto from 'node:crypto';

export const TEST_SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

/** Signs exactly as Slack does: v0=HMAC-SHA256(secret, `v0:${ts}:${body}`). */
export function slackSignature(body: string, timestamp: number, secret = TEST_SIGNING_SECRET): string {
  return `v0=${crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface PostOptions {
  secret?: string;
  /** Unix seconds; defaults to now. */
  timestamp?: number;
  signature?: string;
  retryNum?: number;
  contentType?: string;
}

export async function postSigned(url: string, body: string, opts: PostOptions = {}): Promise<{ status: number; text: string; ms: number }> {
  const ts = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': opts.contentType ?? 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': opts.signature ?? slackSignature(body, ts, opts.secret),
  };
  if (opts.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(opts.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const started = Date.now();
  const res = await fetch(url, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, text, ms: Date.now() - started };
}

/** A slash command body as Slack sends it (form-encoded). */
export function commandBody(args: { text?: string; userId: string; teamId?: string; responseUrl: string; triggerId?: string; channelId?: string }): string {
  return new URLSearchParams({
    token: 'deprecated-verification-token',
    team_id: args.teamId ?? 'T0TEST',
    team_domain: 'loopback',
    channel_id: args.channelId ?? 'C0GENERAL',
    channel_name: 'general',
    user_id: args.userId,
    user_name: args.userId.toLowerCase(),
    command: '/mentor-me',
    text: args.text ?? '',
    api_app_id: 'A0MENTORME',
    is_enterprise_install: 'false',
    response_url: args.responseUrl,
    trigger_id: args.triggerId ?? `trig.${Math.random().toString(36).slice(2)}`,
  }).toString();
}

/** An interactivity payload (block_actions, view_submission …) as Slack sends it: `payload=<json>`. */
export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** An Events API envelope. */
export function eventBody(event: Record<string, unknown>, teamId = 'T0TEST', eventId = `Ev${Math.random().toString(36).slice(2)}`): string {
  return JSON.stringify({
    token: 'deprecated',
    team_id: teamId,
    api_app_id: 'A0MENTORME',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: teamId, user_id: 'U0BOT', is_bot: true }],
  });
}
