import { SlackServer, type SlackCall, type SlackUser } from '../../src/sandbox/slack-server';
import { checkView, checkMessage } from './block-kit-limits';

export type { SlackCall };
export type LoopbackUser = SlackUser;

/**
 * The e2e tests' Slack: the sandbox's Slack-compatible server (src/sandbox/slack-server.ts, one implementation
 * for both) plus a Block Kit check of every view and message, recorded on each call as `violations`.
 */
export class LoopbackSlack extends SlackServer {
  protected override check(method: string, args: Record<string, unknown>): string[] {
    if (method.startsWith('views.') && args.view && typeof args.view === 'object')
      return checkView(args.view as never);
    if (method === 'chat.postMessage' || method === 'chat.postEphemeral' || method === 'chat.update') {
      return checkMessage(args as never);
    }
    return [];
  }
}
