import type { Translate } from '../i18n';
import type { FieldErrors } from './state';

import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction, ViewResponseAction } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import type { Member } from '../db/repositories/members';
import type { SlackPort } from '../services/ports';
import { ensureMember } from '../services/members';
import { createSlackPort } from '../slack/web-slack-port';
import { failureMessageKey } from '../slack/failures';
import { langFromLocale, t, translator } from '../i18n';
import { stateValuesSchema, type StateValues } from './state';
import { decodeMetadata, type Metadata } from './metadata';

/** Translates field errors into Slack's `response_action: 'errors'` map (block id → message). */
export function toSlackErrors(tr: Translate, errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([block, e]) => [block, tr(e.key, e.params)]));
}

export interface SubmitContext {
  deps: ServiceDeps;
  slack: SlackPort;
  member: Member;
  tr: Translate;
  values: StateValues;
  metadata: Metadata;
}

/** What a submit handler decides: the ack (errors / update / clear / close) and work to do after acking. */
export interface SubmitOutcome {
  response?: ViewResponseAction;
  after?: () => Promise<void>;
}

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Wraps a modal submission: who submits comes from Slack's signed payload, state and metadata are
 * zod-decoded, the answer is acked inside Slack's 3 s, and an unexpected failure keeps the modal open with a
 * friendly sentence next to `errorBlock` (nothing the member typed is lost).
 */
export const withSubmitter =
  (deps: ServiceDeps, errorBlock: string, run: (ctx: SubmitContext) => Promise<SubmitOutcome>) =>
  async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const slack = createSlackPort(client, deps.pacer);
    let lang = langFromLocale(undefined);
    let outcome: SubmitOutcome;
    try {
      const member = await ensureMember(deps, slack, body.team?.id ?? body.user.team_id ?? '', body.user.id);
      lang = langFromLocale(member.locale);
      const parsed = stateValuesSchema.safeParse(view.state.values);
      outcome = await run({
        deps,
        slack,
        member,
        tr: translator(lang),
        values: parsed.success ? parsed.data : {},
        metadata: decodeMetadata(view.private_metadata),
      });
    } catch (err) {
      deps.logger.error({ err, callback: view.callback_id, user: body.user.id }, 'modal submit failed');
      await ack({ response_action: 'errors', errors: { [errorBlock]: t(lang, failureMessageKey(err)) } }).catch(() => undefined);
      return;
    }
    await ack(outcome.response);
    if (outcome.after) await outcome.after().catch((err: unknown) => deps.logger.warn({ err, callback: view.callback_id }, 'after-submit work failed'));
  };

/** Keeps the modal open with one message next to one field. */
export const fieldError = (block: string, text: string): SubmitOutcome => ({ response: { response_action: 'errors', errors: { [block]: text } } });
