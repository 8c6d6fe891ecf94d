/** Builders for interactivity payloads as Slack sends them. */

type Element = Record<string, unknown>;
export type StateValues = Record<string, Record<string, Element>>;

export const selected = (value: string, type = 'static_select'): Element => ({ type, selected_option: { value, text: { type: 'plain_text', text: value } } });
export const external = (value: string): Element => selected(value, 'external_select');
export const text = (value: string): Element => ({ type: 'plain_text_input', value });
export const checkboxes = (...values: string[]): Element => ({ type: 'checkboxes', selected_options: values.map((v) => ({ value: v })) });
export const multi = (...values: string[]): Element => ({ type: 'multi_static_select', selected_options: values.map((v) => ({ value: v })) });
export const radio = (value: string): Element => selected(value, 'radio_buttons');
export const user = (id: string | null): Element => ({ type: 'users_select', selected_user: id });
export const time = (value: string | null): Element => ({ type: 'timepicker', selected_time: value });

/** Wraps elements into `state.values` with Mentor Me's generic action id. */
export function stateOf(fields: Record<string, Element>): StateValues {
  return Object.fromEntries(Object.entries(fields).map(([block, el]) => [block, { [String(el.type).includes('external') ? 'mm_skill_select' : 'mm_input']: el }]));
}

export const datepicker = (value: string): Element => ({ type: 'datepicker', selected_date: value });

export function viewSubmission(args: { userId: string; teamId?: string; callbackId: string; values: StateValues; privateMetadata?: string; viewId?: string }) {
  const teamId = args.teamId ?? 'T0TEST';
  return {
    type: 'view_submission',
    team: { id: teamId, domain: 'loopback' },
    user: { id: args.userId, username: args.userId.toLowerCase(), name: args.userId.toLowerCase(), team_id: teamId },
    api_app_id: 'A0MENTORME',
    token: 'deprecated',
    trigger_id: `trig.${Math.random().toString(36).slice(2)}`,
    view: {
      id: args.viewId ?? 'V0MODAL',
      team_id: teamId,
      type: 'modal',
      callback_id: args.callbackId,
      private_metadata: args.privateMetadata ?? '{"v":1}',
      hash: 'h1',
      blocks: [],
      state: { values: args.values },
    },
    response_urls: [],
    is_enterprise_install: false,
  };
}

export function blockAction(args: {
  userId: string;
  teamId?: string;
  actionId: string;
  value?: string;
  blockId?: string;
  container?: 'home' | 'message' | 'modal';
  channelId?: string;
  messageTs?: string;
  responseUrl?: string;
}) {
  const teamId = args.teamId ?? 'T0TEST';
  const container = args.container ?? 'home';
  return {
    type: 'block_actions',
    team: { id: teamId, domain: 'loopback' },
    user: { id: args.userId, username: args.userId.toLowerCase(), name: args.userId.toLowerCase(), team_id: teamId },
    api_app_id: 'A0MENTORME',
    token: 'deprecated',
    trigger_id: `trig.${Math.random().toString(36).slice(2)}`,
    container:
      container === 'message'
        ? { type: 'message', message_ts: args.messageTs ?? '1.1', channel_id: args.channelId ?? `D${args.userId}`, is_ephemeral: false }
        : { type: 'view', view_id: 'V0' },
    ...(container === 'message'
      ? { channel: { id: args.channelId ?? `D${args.userId}`, name: 'directmessage' }, message: { ts: args.messageTs ?? '1.1', text: '' } }
      : {}),
    ...(args.responseUrl ? { response_url: args.responseUrl } : {}),
    ...(container !== 'message' ? { view: { id: 'V0', type: container === 'home' ? 'home' : 'modal', callback_id: '', state: { values: {} }, private_metadata: '', hash: 'h' } } : {}),
    actions: [
      {
        type: 'button',
        action_id: args.actionId,
        block_id: args.blockId ?? 'b',
        value: args.value,
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

export function blockSuggestion(args: { userId: string; teamId?: string; actionId: string; blockId: string; value: string }) {
  const teamId = args.teamId ?? 'T0TEST';
  return {
    type: 'block_suggestion',
    user: { id: args.userId, username: args.userId.toLowerCase(), name: args.userId.toLowerCase(), team_id: teamId },
    team: { id: teamId, domain: 'loopback' },
    api_app_id: 'A0MENTORME',
    token: 'deprecated',
    action_id: args.actionId,
    block_id: args.blockId,
    value: args.value,
    view: { id: 'V0', type: 'modal', callback_id: 'mm_self_eval', state: { values: {} }, private_metadata: '', hash: 'h' },
    container: { type: 'view', view_id: 'V0' },
  };
}
