import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ServiceDeps } from '../../services/deps';
import { erasePersonalData, tellPartnersOfErasure } from '../../services/privacy';
import { createSlackPort } from '../../slack/web-slack-port';
import { failureMessageKey } from '../../slack/failures';
import { BlockIds } from '../../slack/ids';
import { langFromLocale, t, translator, type Lang } from '../../i18n';
import { stateValuesSchema } from '../state';
import { toSlackErrors } from '../submit-helpers';
import { buildErasedHomeView, buildPrivacyDeletedModal } from './build';
import { parsePrivacyDelete } from './parse';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The erasure is confirmed. Who is erased follows from Slack's signed payload (the submitter), never from the
 * view. Unlike other submissions this one never creates a member row: a resubmitted or retried confirmation
 * after the erasure must not bring the person's name back, so it just shows "erased" again.
 */
export const handlePrivacyDeleteSubmit =
  (deps: ServiceDeps) =>
  async ({ ack, body, view, client }: Args): Promise<void> => {
    const slack = createSlackPort(client, deps.pacer);
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const userId = body.user.id;
    let lang: Lang = 'en';
    try {
      const member = await deps.members.find(teamId, userId);
      if (!member) {
        // Already erased (or never stored): nothing to do. Ask Slack for the language instead of our database.
        lang = langFromLocale((await slack.getUser(userId).catch(() => undefined))?.locale);
        await ack({ response_action: 'update', view: buildPrivacyDeletedModal(translator(lang)) });
        return;
      }
      lang = langFromLocale(member.locale);
      const tr = translator(lang);
      const values = stateValuesSchema.safeParse(view.state.values);
      const parsed = parsePrivacyDelete(values.success ? values.data : {});
      if (!parsed.ok) {
        await ack({ response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) });
        return;
      }
      const erasure = await erasePersonalData(deps, member);
      await ack({ response_action: 'update', view: buildPrivacyDeletedModal(tr) });
      await slack.publishHome(userId, buildErasedHomeView(tr)).catch((err: unknown) => deps.logger.warn({ err }, 'could not clear the App Home after an erasure'));
      await tellPartnersOfErasure(deps, slack, erasure);
    } catch (err) {
      deps.logger.error({ err, team: teamId }, 'privacy erasure failed');
      await ack({ response_action: 'errors', errors: { [BlockIds.privacy.confirm]: t(lang, failureMessageKey(err)) } }).catch(() => undefined);
    }
  };
