import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ServiceDeps } from '../../services/deps';
import { ensureMember } from '../../services/members';
import { saveSelfEvaluation } from '../../services/profiles';
import { publishHome } from '../../services/home';
import { createSlackPort } from '../../slack/web-slack-port';
import { failureMessageKey } from '../../slack/failures';
import { BlockIds } from '../../slack/ids';
import { langFromLocale, translator, t } from '../../i18n';
import { stateValuesSchema } from '../state';
import { toSlackErrors } from '../submit-helpers';
import { parseSelfEvaluation } from './parse';
import { buildSavedModal } from './build';
import { skillName } from '../skills';
import { escapeMrkdwn } from '../escape';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * Self-evaluation submitted: validate everything first (errors go back next to the fields and nothing is
 * written), then save in one transaction, then show a confirmation with the next step.
 */
export const handleSelfEvaluationSubmit =
  (deps: ServiceDeps) =>
  async ({ ack, body, view, client }: Args): Promise<void> => {
    const userId = body.user.id;
    const teamId = body.team?.id ?? body.user.team_id ?? '';
    const slack = createSlackPort(client, deps.pacer);
    let lang = langFromLocale(undefined);
    try {
      const member = await ensureMember(deps, slack, teamId, userId);
      lang = langFromLocale(member.locale);
      const tr = translator(lang);
      const values = stateValuesSchema.safeParse(view.state.values);
      const parsed = parseSelfEvaluation(values.success ? values.data : {}, userId);
      if (!parsed.ok) {
        await ack({ response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) });
        return;
      }
      const saved = await saveSelfEvaluation(deps, member, parsed.data);
      if (!saved.ok) {
        await ack({ response_action: 'errors', errors: { [BlockIds.selfEval.skill(saved.error.slot + 1)]: tr('err.skill_unknown') } });
        return;
      }
      const names = saved.skills.map((s) => skillName(s.names, lang));
      await ack({
        response_action: 'update',
        view: buildSavedModal(
          tr,
          tr('selfeval.saved_title'),
          tr('selfeval.saved_body', { name: escapeMrkdwn(member.displayName || member.realName), skills: names.map((n) => `*${escapeMrkdwn(n)}*`).join(', ') }),
          tr('selfeval.saved_next', { skill: names[0] ?? '' }),
        ),
      });
      await publishHome(deps, slack, member).catch((err: unknown) => deps.logger.warn({ err }, 'home refresh failed'));
    } catch (err) {
      deps.logger.error({ err, team: teamId, user: userId }, 'self-evaluation submit failed');
      // Keep the modal open with everything the member typed; say what happened next to the first field.
      await ack({ response_action: 'errors', errors: { [BlockIds.selfEval.skill(1)]: t(lang, failureMessageKey(err)) } }).catch(() => undefined);
    }
  };
