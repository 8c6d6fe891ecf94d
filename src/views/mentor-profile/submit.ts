import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { ServiceDeps } from '../../services/deps';
import { ensureMember } from '../../services/members';
import { saveMentorProfile } from '../../services/profiles';
import { publishHome } from '../../services/home';
import { sendPrimer } from '../../services/primer';
import { notifyWaitlist } from '../../services/pairings';
import { createSlackPort } from '../../slack/web-slack-port';
import { failureMessageKey } from '../../slack/failures';
import { BlockIds } from '../../slack/ids';
import { langFromLocale, translator, t } from '../../i18n';
import { stateValuesSchema } from '../state';
import { toSlackErrors } from '../submit-helpers';
import { parseMentorProfile } from './parse';
import { buildSavedModal } from '../self-evaluation/build';
import { skillName } from '../skills';
import { escapeMrkdwn } from '../escape';

type Args = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** Mentor profile submitted: validate, save, confirm; a first-time mentor then gets the primer DM once. */
export const handleMentorProfileSubmit =
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
      const parsed = parseMentorProfile(values.success ? values.data : {});
      if (!parsed.ok) {
        await ack({ response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) });
        return;
      }
      const saved = await saveMentorProfile(deps, member, parsed.data);
      if (!saved.ok) {
        await ack({ response_action: 'errors', errors: { [BlockIds.mentor.skill(saved.error.slot + 1)]: tr('err.skill_unknown') } });
        return;
      }
      const names = saved.skills.map((s) => `*${escapeMrkdwn(skillName(s.names, lang))}*`);
      await ack({
        response_action: 'update',
        view: buildSavedModal(
          tr,
          tr('mentor.saved_title'),
          tr('mentor.saved_body', { name: escapeMrkdwn(member.displayName || member.realName), skills: names.join(', ') }),
          tr('mentor.saved_next'),
        ),
      });
      if (saved.primerDue) await sendPrimer(deps, slack, member).catch((err: unknown) => deps.logger.warn({ err }, 'primer DM failed'));
      await notifyWaitlist(deps, slack, member, saved.skills.map((s) => s.id)).catch((err: unknown) => deps.logger.warn({ err }, 'waitlist failed'));
      await publishHome(deps, slack, member).catch((err: unknown) => deps.logger.warn({ err }, 'home refresh failed'));
    } catch (err) {
      deps.logger.error({ err, team: teamId, user: userId }, 'mentor profile submit failed');
      await ack({ response_action: 'errors', errors: { [BlockIds.mentor.skill(1)]: t(lang, failureMessageKey(err)) } }).catch(() => undefined);
    }
  };
