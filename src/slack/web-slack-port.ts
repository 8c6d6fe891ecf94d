import type { WebClient } from '@slack/web-api';
import type { View } from '@slack/types';
import type { SlackPort, SlackUserInfo, SlackMessage } from '../services/ports';
import { createHash } from 'node:crypto';
import { classifySlackError } from './errors';
import { hardenMrkdwn, neutralizeControlSequences } from '../views/escape';
import { noPacer, type PaceOptions, type Pacer } from './pacer';
import { AppError } from '../errors';

export interface SlackPortOptions {
  /**
   * Jobs only: a once-only DM (one with a delivery key) whose workspace has no send slot free within this many
   * ms is parked instead of waiting here (see `Pacer`); the worker runs the job again at its place in line.
   */
  parkBeyondMs?: number;
}

const deliveryKeyOf = (message: SlackMessage): string | undefined => {
  const key = (message.metadata as { event_payload?: { key?: unknown } } | undefined)?.event_payload?.key;
  return typeof key === 'string' && key ? key : undefined;
};

/** How many times one call waits out a 429 before giving the error to the caller (a job then retries later). */
export const RATE_LIMIT_RETRIES = 5;

/**
 * SlackPort over a Web API client that is already authorised for one workspace. Messages (DMs, updates,
 * ephemerals, files) go through the workspace's pace; a 429 makes the whole workspace wait `Retry-After`
 * and the same call is repeated — safe, because Slack did not post anything it answered 429 to. The Web API
 * client's own 429 handling is switched off (`rejectRateLimitedCalls`) so it never retries behind our back.
 */
// Every outgoing message and view passes `hardenMrkdwn` (src/views/escape.ts): whatever a builder produced,
// no mrkdwn text can ping a channel, mention a user group or carry a link.
export function createSlackPort(client: WebClient, pacer: Pacer = noPacer, opts: SlackPortOptions = {}): SlackPort {
  const paceKey = `t${createHash('sha256').update(client.token ?? 'anonymous').digest('hex').slice(0, 16)}`;
  const call = async <T>(fn: () => Promise<T>, paced = false, pace?: PaceOptions): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      if (paced) await pacer.wait(paceKey, pace);
      try {
        return await fn();
      } catch (err) {
        const e = classifySlackError(err);
        if (e.code === 'slack_rate_limited' && attempt < RATE_LIMIT_RETRIES) {
          await pacer.penalize(paceKey, Number(e.details?.retryAfterSec ?? 1) * 1000);
          if (!paced) await new Promise((r) => setTimeout(r, Number(e.details?.retryAfterSec ?? 1) * 1000));
          continue;
        }
        throw e;
      }
    }
  };

  return {
    getUser: (userId) =>
      call(async () => {
        const res = await client.users.info({ user: userId, include_locale: true });
        const u = res.user;
        const info: SlackUserInfo = {
          id: u?.id ?? userId,
          teamId: u?.team_id ?? '',
          displayName: u?.profile?.display_name || u?.real_name || u?.name || '',
          realName: u?.real_name || u?.profile?.real_name || '',
          tz: u?.tz || 'UTC',
          locale: u?.locale || 'en-US',
          isBot: Boolean(u?.is_bot),
          isAdmin: Boolean(u?.is_admin || u?.is_owner || u?.is_primary_owner),
          deleted: Boolean(u?.deleted),
        };
        return info;
      }),
    openModal: (triggerId, view) =>
      call(async () => {
        const res = await client.views.open({ trigger_id: triggerId, view: hardenMrkdwn(view) });
        return { viewId: res.view?.id ?? '' };
      }),
    pushModal: (triggerId, view) =>
      call(async () => {
        const res = await client.views.push({ trigger_id: triggerId, view: hardenMrkdwn(view) });
        return { viewId: res.view?.id ?? '' };
      }),
    updateModal: (viewId, view: View, hash) =>
      call(async () => {
        await client.views.update({ view_id: viewId, view: hardenMrkdwn(view), ...(hash ? { hash } : {}) });
      }),
    publishHome: (userId, view) =>
      call(async () => {
        await client.views.publish({ user_id: userId, view: hardenMrkdwn(view) });
      }),
    sendDm: (userId, message: SlackMessage) =>
      call(
        async () => {
          const open = await client.conversations.open({ users: userId });
          const channel = open.channel?.id ?? userId;
          const res = await client.chat.postMessage({
            channel,
            text: neutralizeControlSequences(message.text),
            blocks: hardenMrkdwn(message.blocks),
            ...(message.metadata ? { metadata: message.metadata } : {}),
          });
          return { channel, ts: res.ts ?? '' };
        },
        true,
        // Only a message carrying a delivery key may be parked: deliverOnce sends it once whatever the reruns.
        opts.parkBeyondMs !== undefined && deliveryKeyOf(message) ? { parkBeyondMs: opts.parkBeyondMs } : undefined,
      ),
    findDelivery: (userId, key, since) =>
      call(async () => {
        const open = await client.conversations.open({ users: userId });
        const channel = open.channel?.id ?? userId;
        const res = await client.conversations.history({
          channel,
          oldest: String(Math.floor(since.getTime() / 1000) - 60),
          limit: 100,
          include_all_metadata: true,
        });
        const hit = (res.messages ?? []).find(
          (m) => (m as { metadata?: { event_payload?: { key?: string } } }).metadata?.event_payload?.key === key,
        );
        return hit?.ts ? { channel, ts: hit.ts } : undefined;
      }),
    postEphemeral: (channel, userId, message) =>
      call(async () => {
        await client.chat.postEphemeral({ channel, user: userId, text: neutralizeControlSequences(message.text), blocks: hardenMrkdwn(message.blocks) });
      }, true),
    updateMessage: (channel, ts, message) =>
      call(async () => {
        await client.chat.update({ channel, ts, text: neutralizeControlSequences(message.text), blocks: hardenMrkdwn(message.blocks) });
      }, true),
    uploadFile: ({ userId, filename, title, content, comment }) =>
      call(async () => {
        const open = await client.conversations.open({ users: userId });
        const channel = open.channel?.id ?? userId;
        await client.filesUploadV2({
          channel_id: channel,
          filename,
          title,
          file: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
          ...(comment ? { initial_comment: comment } : {}),
        });
      }, true),
    getProfileFields: (userId) =>
      call(async () => {
        const res = await client.users.profile.get({ user: userId });
        const fields = (res.profile?.fields ?? {}) as Record<string, { value?: string } | undefined>;
        return Object.fromEntries(Object.entries(fields).map(([id, f]) => [id, String(f?.value ?? '')]));
      }),
    downloadFile: (fileId, maxBytes) => downloadFile(client, call, fileId, maxBytes),
  };
}

/** files.info, then the private download URL with the bot token, refusing anything over `maxBytes`. */
async function downloadFile(
  client: WebClient,
  call: <T>(fn: () => Promise<T>, paced?: boolean) => Promise<T>,
  fileId: string,
  maxBytes: number,
): Promise<{ name: string; filetype: string; content: Buffer }> {
  const info = await call(() => client.files.info({ file: fileId }));
  const file = info.file;
  const url = file?.url_private_download || file?.url_private;
  if (!file || !url) throw new AppError('invalid_input', `file ${fileId} has no download URL`, { reason: 'unreadable' });
  if ((file.size ?? 0) > maxBytes) throw new AppError('invalid_input', `file ${fileId} is too big`, { reason: 'too_big' });
  // The bot token only ever goes to Slack's own file host (or the Slack-compatible server the app talks to).
  if (!isSlackFileHost(url, client.slackApiUrl)) throw new AppError('invalid_input', `file ${fileId} is not hosted by Slack`, { reason: 'unreadable' });
  let res: Response;
  try {
    // url_private needs the bot token as a bearer token; the file never passes through anyone else.
    res = await fetch(url, { headers: { authorization: `Bearer ${client.token ?? ''}` }, redirect: 'follow' });
  } catch (err) {
    throw new AppError('slack_transient', `file download failed: ${(err as Error).message}`);
  }
  if (!res.ok) throw new AppError(res.status >= 500 ? 'slack_transient' : 'invalid_input', `file download answered ${res.status}`, { reason: 'unreadable' });
  const content = Buffer.from(await res.arrayBuffer());
  if (content.length > maxBytes) throw new AppError('invalid_input', `file ${fileId} is too big`, { reason: 'too_big' });
  return { name: file.name ?? '', filetype: file.filetype ?? '', content };
}

/** True for https://files.slack.com (and other *.slack.com hosts) or the host of the configured Web API URL. */
export function isSlackFileHost(url: string, apiUrl: string): boolean {
  try {
    const u = new URL(url);
    const api = new URL(apiUrl);
    if (u.hostname === api.hostname && u.protocol === api.protocol) return true;
    return u.protocol === 'https:' && (u.hostname === 'slack.com' || u.hostname.endsWith('.slack.com'));
  } catch {
    return false;
  }
}
