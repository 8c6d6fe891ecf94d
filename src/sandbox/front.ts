import crypto from 'node:crypto';
import type { SlackServer, StoredMessage, StoredView } from './slack-server';

/**
 * The other half of Slack: what Slack's servers send to an app when a person types a slash command, clicks,
 * types into an external select, submits or closes a modal, or opens the App Home. Every request goes to the
 * app's real `POST /slack/events`, signed exactly as Slack signs it, with the payload shapes Slack uses.
 */

export const SANDBOX_APP_ID = 'A0MENTORME';

/** v0=HMAC-SHA256(secret, `v0:${timestamp}:${body}`), as Slack signs requests. */
export function slackSignature(body: string, timestamp: number, secret: string): string {
  return `v0=${crypto.createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

/** Where a click happened: a message in a channel, or a view (modal or App Home). */
export type ActionContainer =
  { type: 'message'; channel: string; ts: string } | { type: 'view'; viewId: string };

export interface ActionRequest {
  container: ActionContainer;
  blockId: string;
  actionId: string;
  /** What the person picked or typed (selected_option, selected_date, value …); never the element itself. */
  selection?: Record<string, unknown>;
  /** The view's or message's input state as the page holds it (`state.values`). */
  state?: Record<string, Record<string, unknown>>;
}

export type FrontResult = { ok: true } | { ok: false; error: string };

export interface SlackFrontOptions {
  server: SlackServer;
  signingSecret: string;
  /** The app's events URL (known once the app listens). */
  eventsUrl: () => string;
}

const ELEMENT_FIELDS = [
  'value',
  'selected_option',
  'selected_options',
  'selected_user',
  'selected_users',
  'selected_date',
  'selected_time',
  'selected_date_time',
  'selected_conversation',
  'selected_channel',
];

export class SlackFront {
  constructor(private readonly opts: SlackFrontOptions) {}

  private get server(): SlackServer {
    return this.opts.server;
  }

  /** POSTs a body to the app, signed with the signing secret and the real time (Bolt checks it is recent). */
  async send(body: string, contentType: string): Promise<{ status: number; text: string }> {
    const ts = Math.floor(Date.now() / 1000);
    const res = await fetch(this.opts.eventsUrl(), {
      method: 'POST',
      headers: {
        'content-type': contentType,
        'x-slack-request-timestamp': String(ts),
        'x-slack-signature': slackSignature(body, ts, this.opts.signingSecret),
      },
      body,
    });
    return { status: res.status, text: await res.text() };
  }

  private sendPayload(payload: Record<string, unknown>) {
    return this.send(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      'application/x-www-form-urlencoded',
    );
  }

  private userOf(userId: string) {
    return {
      id: userId,
      username: userId.toLowerCase(),
      name: userId.toLowerCase(),
      team_id: this.server.teamId,
    };
  }

  private get team() {
    return { id: this.server.teamId, domain: this.server.teamName.toLowerCase() };
  }

  private knownUser(userId: string): boolean {
    return this.server.users.has(userId);
  }

  /** `/mentor-me <text>` typed in the person's DM with the app. */
  async command(userId: string, command: string, text: string): Promise<FrontResult> {
    if (!this.knownUser(userId)) return { ok: false, error: 'unknown person' };
    const channel = this.server.dmChannel(userId);
    const body = new URLSearchParams({
      token: 'sandbox-verification-token',
      team_id: this.server.teamId,
      team_domain: this.team.domain,
      channel_id: channel,
      channel_name: 'directmessage',
      user_id: userId,
      user_name: userId.toLowerCase(),
      command,
      text,
      api_app_id: SANDBOX_APP_ID,
      is_enterprise_install: 'false',
      response_url: this.server.responseUrl(undefined, { userId, channel }),
      trigger_id: this.server.triggerFor(userId),
    }).toString();
    const res = await this.send(body, 'application/x-www-form-urlencoded');
    if (res.status !== 200) return { ok: false, error: `the app answered ${res.status}` };
    // An app may answer in the acknowledgement itself; Slack shows that only to the person.
    const inline = parseJson(res.text) ?? (res.text.trim() ? { text: res.text } : undefined);
    if (inline && (inline.text || inline.blocks)) {
      await fetch(this.server.responseUrl(undefined, { userId, channel }), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ response_type: 'ephemeral', ...inline }),
      });
    }
    return { ok: true };
  }

  /** The person opens the App Home tab. */
  async openHome(userId: string): Promise<FrontResult> {
    if (!this.knownUser(userId)) return { ok: false, error: 'unknown person' };
    const home = this.server.home(userId);
    const event = {
      type: 'app_home_opened',
      user: userId,
      channel: this.server.dmChannel(userId),
      tab: 'home',
      event_ts: `${(Date.now() / 1000).toFixed(6)}`,
      ...(home ? { view: home } : {}),
    };
    const body = JSON.stringify({
      token: 'sandbox-verification-token',
      team_id: this.server.teamId,
      api_app_id: SANDBOX_APP_ID,
      event,
      type: 'event_callback',
      event_id: `Ev${crypto.randomBytes(5).toString('hex').toUpperCase()}`,
      event_time: Math.floor(Date.now() / 1000),
      authorizations: [
        {
          team_id: this.server.teamId,
          user_id: this.server.botUserId,
          is_bot: true,
          is_enterprise_install: false,
        },
      ],
      is_ext_shared_channel: false,
    });
    const res = await this.send(body, 'application/json');
    return res.status === 200 ? { ok: true } : { ok: false, error: `the app answered ${res.status}` };
  }

  /** A click or a pick on an interactive element, as a `block_actions` payload. */
  async action(userId: string, req: ActionRequest): Promise<FrontResult> {
    if (!this.knownUser(userId)) return { ok: false, error: 'unknown person' };
    const where = this.locate(userId, req.container);
    if (!where) return { ok: false, error: 'that message or view is gone' };
    const element = findElement(where.blocks, req.blockId, req.actionId);
    if (!element) return { ok: false, error: 'no such element' };
    const action: Record<string, unknown> = {
      type: element.type,
      action_id: req.actionId,
      block_id: req.blockId,
      action_ts: `${(Date.now() / 1000).toFixed(6)}`,
    };
    if (element.type === 'button') {
      // The value comes from the message or view the app sent, never from the page (as in Slack).
      Object.assign(action, {
        text: element.text,
        ...(element.value !== undefined ? { value: element.value } : {}),
        ...(element.style ? { style: element.style } : {}),
      });
    } else {
      for (const k of ELEMENT_FIELDS) if (req.selection && k in req.selection) action[k] = req.selection[k];
    }
    const values = req.state ?? {};
    const payload: Record<string, unknown> = {
      type: 'block_actions',
      user: this.userOf(userId),
      api_app_id: SANDBOX_APP_ID,
      token: 'sandbox-verification-token',
      trigger_id: this.server.triggerFor(userId),
      team: this.team,
      enterprise: null,
      is_enterprise_install: false,
      actions: [action],
    };
    if (where.kind === 'message') {
      const m = where.message;
      Object.assign(payload, {
        container: {
          type: 'message',
          message_ts: m.ts,
          channel_id: m.channel,
          is_ephemeral: Boolean(m.ephemeralFor),
        },
        channel: { id: m.channel, name: 'directmessage' },
        message: {
          type: 'message',
          ts: m.ts,
          text: m.text,
          user: m.user,
          bot_id: m.bot_id,
          blocks: m.blocks ?? [],
        },
        state: { values },
        response_url: this.server.responseUrl(undefined, { userId, channel: m.channel, messageTs: m.ts }),
      });
    } else {
      this.server.setViewState(where.view.id, values);
      Object.assign(payload, {
        container: { type: 'view', view_id: where.view.id },
        view: { ...where.view, state: { values } },
      });
    }
    const res = await this.sendPayload(payload);
    return res.status === 200 ? { ok: true } : { ok: false, error: `the app answered ${res.status}` };
  }

  /** Live options for an external select (`block_suggestion`). */
  async suggest(
    userId: string,
    req: {
      viewId: string;
      blockId: string;
      actionId: string;
      value: string;
      state?: Record<string, Record<string, unknown>>;
    },
  ): Promise<{ options: unknown[]; option_groups?: unknown[] }> {
    const found = this.server.findView(req.viewId);
    if (!found || found.userId !== userId) return { options: [] };
    const payload = {
      type: 'block_suggestion',
      user: this.userOf(userId),
      container: { type: 'view', view_id: req.viewId },
      api_app_id: SANDBOX_APP_ID,
      token: 'sandbox-verification-token',
      action_id: req.actionId,
      block_id: req.blockId,
      value: req.value,
      team: this.team,
      enterprise: null,
      is_enterprise_install: false,
      view: { ...found.view, state: { values: req.state ?? {} } },
    };
    const res = await this.sendPayload(payload);
    const body = parseJson(res.text) ?? {};
    return {
      options: Array.isArray(body.options) ? body.options : [],
      ...(Array.isArray(body.option_groups) ? { option_groups: body.option_groups } : {}),
    };
  }

  /** The person presses the modal's submit button. Field errors come back; anything else changes the stack. */
  async submit(
    userId: string,
    viewId: string,
    values: Record<string, Record<string, unknown>>,
  ): Promise<{ ok: boolean; errors?: Record<string, string>; error?: string }> {
    const found = this.server.findView(viewId);
    if (!found || found.userId !== userId) return { ok: false, error: 'that modal is gone' };
    this.server.setViewState(viewId, values);
    const payload = {
      type: 'view_submission',
      team: this.team,
      user: this.userOf(userId),
      api_app_id: SANDBOX_APP_ID,
      token: 'sandbox-verification-token',
      trigger_id: this.server.triggerFor(userId),
      view: { ...found.view, state: { values } },
      response_urls: [],
      enterprise: null,
      is_enterprise_install: false,
    };
    const res = await this.sendPayload(payload);
    if (res.status !== 200) return { ok: false, error: `the app answered ${res.status}` };
    const applied = this.server.applySubmissionResponse(userId, viewId, parseJson(res.text) ?? {});
    return applied.errors ? { ok: false, errors: applied.errors } : { ok: true };
  }

  /** Cancel / ×: the modal closes; the app hears about it only if it asked (`notify_on_close`). */
  async close(userId: string, viewId: string): Promise<FrontResult> {
    const closed = this.server.closeView(userId, viewId);
    if (!closed) return { ok: false, error: 'that modal is gone' };
    if (closed.notify_on_close) {
      await this.sendPayload({
        type: 'view_closed',
        team: this.team,
        user: this.userOf(userId),
        api_app_id: SANDBOX_APP_ID,
        token: 'sandbox-verification-token',
        view: closed,
        is_cleared: false,
      });
    }
    return { ok: true };
  }

  private locate(
    userId: string,
    c: ActionContainer,
  ):
    | { kind: 'message'; message: StoredMessage; blocks: unknown[] }
    | { kind: 'view'; view: StoredView; blocks: unknown[] }
    | undefined {
    if (c.type === 'message') {
      const message = this.server.findMessage(c.channel, c.ts);
      if (!message || (message.ephemeralFor && message.ephemeralFor !== userId)) return undefined;
      if (c.channel !== this.server.dmChannel(userId)) return undefined;
      return { kind: 'message', message, blocks: message.blocks ?? [] };
    }
    const found = this.server.findView(c.viewId);
    if (!found || found.userId !== userId) return undefined;
    return { kind: 'view', view: found.view, blocks: (found.view.blocks as unknown[]) ?? [] };
  }
}

type Element = Record<string, unknown> & { type?: string };

/** The interactive element with this block and action id (in actions, section accessories and inputs). */
export function findElement(blocks: unknown[], blockId: string, actionId: string): Element | undefined {
  for (const b of blocks) {
    const block = b as Record<string, unknown>;
    if (block.block_id !== blockId) continue;
    const candidates = [
      ...(Array.isArray(block.elements) ? block.elements : []),
      block.accessory,
      block.element,
    ];
    const hit = candidates.find((e) => e && typeof e === 'object' && (e as Element).action_id === actionId);
    if (hit) return hit as Element;
  }
  return undefined;
}

function parseJson(text: string): Record<string, unknown> | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
