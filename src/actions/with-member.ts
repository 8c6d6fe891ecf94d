import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import type { Member } from '../db/repositories/members';
import type { SlackPort } from '../services/ports';
import { ensureMember } from '../services/members';
import { createSlackPort } from '../slack/web-slack-port';
import { neutralizeControlSequences } from '../views/escape';
import { failureMessageKey } from '../slack/failures';
import { langFromLocale, t, translator, type Translate } from '../i18n';

export type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export interface ActionContext {
  deps: ServiceDeps;
  slack: SlackPort;
  member: Member;
  body: BlockAction;
  tr: Translate;
  inModal: boolean;
  /** The clicked button's value (untrusted: re-check everything it names). */
  value: string;
  /** Tells the clicker something only they see (in the DM/channel of the click when Slack gave us a response_url). */
  tell: (text: string) => Promise<void>;
}

/**
 * Wraps a button handler: ack first, resolve who is clicking from Slack's signed payload (never from the
 * button), run, and turn failures into a friendly sentence instead of silence.
 */
export const withMember =
  (deps: ServiceDeps, run: (ctx: ActionContext) => Promise<void>) =>
  async ({ ack, body, client, respond }: ActionArgs): Promise<void> => {
    await ack();
    const slack = createSlackPort(client, deps.pacer);
    const canRespond = Boolean((body as { response_url?: string }).response_url);
    const tell = async (text: string) => {
      if (canRespond) await respond({ response_type: 'ephemeral', replace_original: false, text: neutralizeControlSequences(text) });
    };
    let lang = langFromLocale(undefined);
    try {
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const member = await ensureMember(deps, slack, teamId, body.user.id);
      lang = langFromLocale(member.locale);
      const action = body.actions[0] as { value?: string } | undefined;
      await run({ deps, slack, member, body, tr: translator(lang), inModal: body.view?.type === 'modal', value: action?.value ?? '', tell });
    } catch (err) {
      deps.logger.error({ err, action: body.actions[0]?.action_id, user: body.user.id }, 'action failed');
      await tell(t(lang, failureMessageKey(err))).catch(() => undefined);
    }
  };
