import type { WebClient } from '@slack/web-api';
import type { View } from '@slack/types';
import type { SlackPort, SlackUserInfo, SlackMessage } from '../services/ports';
import { classifySlackError } from './errors';

/** SlackPort over a Web API client that is already authorised for one workspace. */
export function createSlackPort(client: WebClient): SlackPort {
  const call = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      throw classifySlackError(err);
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
        const res = await client.views.open({ trigger_id: triggerId, view });
        return { viewId: res.view?.id ?? '' };
      }),
    pushModal: (triggerId, view) =>
      call(async () => {
        const res = await client.views.push({ trigger_id: triggerId, view });
        return { viewId: res.view?.id ?? '' };
      }),
    updateModal: (viewId, view: View, hash) =>
      call(async () => {
        await client.views.update({ view_id: viewId, view, ...(hash ? { hash } : {}) });
      }),
    publishHome: (userId, view) =>
      call(async () => {
        await client.views.publish({ user_id: userId, view });
      }),
    sendDm: (userId, message: SlackMessage) =>
      call(async () => {
        const open = await client.conversations.open({ users: userId });
        const channel = open.channel?.id ?? userId;
        const res = await client.chat.postMessage({
          channel,
          text: message.text,
          blocks: message.blocks,
          ...(message.metadata ? { metadata: message.metadata } : {}),
        });
        return { channel, ts: res.ts ?? '' };
      }),
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
        await client.chat.postEphemeral({ channel, user: userId, text: message.text, blocks: message.blocks });
      }),
    updateMessage: (channel, ts, message) =>
      call(async () => {
        await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
      }),
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
      }),
  };
}
