import type { ServiceDeps } from '../../services/deps';
import { saveSelfEvaluation } from '../../services/profiles';
import { publishHome } from '../../services/home';
import { BlockIds } from '../../slack/ids';
import { langFromLocale } from '../../i18n';
import { fieldError, toSlackErrors, withSubmitter } from '../submit-helpers';
import { parseSelfEvaluation } from './parse';
import { buildSavedModal } from './build';
import { skillName } from '../skills';
import { escapeMrkdwn } from '../escape';

/**
 * Self-evaluation submitted: validate everything first (errors go back next to the fields and nothing is
 * written), then save in one transaction, then show a confirmation with the next step.
 */
export const handleSelfEvaluationSubmit = (deps: ServiceDeps) =>
  withSubmitter(deps, BlockIds.selfEval.skill(1), async ({ slack, member, tr, values }) => {
    const parsed = parseSelfEvaluation(values, member.slackUserId);
    if (!parsed.ok) return { response: { response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) } };
    const saved = await saveSelfEvaluation(deps, member, parsed.data);
    if (!saved.ok) return fieldError(BlockIds.selfEval.skill(saved.error.slot + 1), tr('err.skill_unknown'));
    const lang = langFromLocale(member.locale);
    const names = saved.skills.map((s) => skillName(s.names, lang));
    return {
      response: {
        response_action: 'update',
        view: buildSavedModal(
          tr,
          tr('selfeval.saved_title'),
          tr('selfeval.saved_body', { name: escapeMrkdwn(member.displayName || member.realName), skills: names.map((n) => `*${escapeMrkdwn(n)}*`).join(', ') }),
          tr('selfeval.saved_next', { skill: names[0] ?? '' }),
        ),
      },
      after: () => publishHome(deps, slack, member),
    };
  });
