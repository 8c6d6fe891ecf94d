import { ErrorCode } from '@slack/web-api';
import { AppError } from '../errors';

/** Slack error codes that retrying will never fix: the person or channel is gone or out of reach. */
export const PERMANENT_SLACK_ERRORS = new Set([
  'user_not_found',
  'users_not_found',
  'account_inactive',
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'cannot_dm_bot',
  'user_disabled',
  'invalid_auth',
  'token_revoked',
  'not_authed',
  'team_access_not_granted',
]);

/** Errors that mean one person cannot be reached (left, deactivated, blocked the app) — not the workspace. */
export const PERSON_UNREACHABLE_ERRORS = new Set([
  'user_not_found',
  'users_not_found',
  'account_inactive',
  'user_disabled',
  'cannot_dm_bot',
  'channel_not_found',
  'not_in_channel',
  'is_archived',
]);

/** Turns whatever the Web API threw into a coded AppError the callers can act on. */
export function classifySlackError(err: unknown): AppError {
  const e = err as { code?: string; data?: { error?: string }; retryAfter?: number; message?: string };
  if (e?.code === ErrorCode.RateLimitedError) {
    return new AppError('slack_rate_limited', 'Slack rate limit', { retryAfterSec: e.retryAfter ?? 1 });
  }
  if (e?.code === ErrorCode.PlatformError) {
    const slackError = e.data?.error ?? 'unknown_error';
    const code = PERMANENT_SLACK_ERRORS.has(slackError) ? 'slack_permanent' : 'slack_transient';
    return new AppError(code, `Slack API error: ${slackError}`, { slackError });
  }
  return new AppError('slack_transient', `Slack request failed: ${e?.message ?? String(err)}`);
}
