import type { ServiceDeps } from '../../services/deps';
import { saveMentorProfile } from '../../services/profiles';
import { publishHome } from '../../services/home';
import { sendPrimer } from '../../services/primer';
import { notifyWaitlist } from '../../services/pairings';
import { BlockIds } from '../../slack/ids';
import { langFromLocale } from '../../i18n';
import { fieldError, toSlackErrors, withSubmitter } from '../submit-helpers';
import { parseMentorProfile } from './parse';
import { buildSavedModal } from '../self-evaluation/build';
import { skillName } from '../skills';
import { escapeMrkdwn } from '../escape';

/** Mentor profile submitted: validate, save, confirm; a first-time mentor then gets the primer DM once. */
export const handleMentorProfileSubmit = (deps: ServiceDeps) =>
  withSubmitter(deps, BlockIds.mentor.skill(1), async ({ slack, member, tr, values }) => {
    const parsed = parseMentorProfile(values);
    if (!parsed.ok) return { response: { response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) } };
    const saved = await saveMentorProfile(deps, member, parsed.data);
    if (!saved.ok) return fieldError(BlockIds.mentor.skill(saved.error.slot + 1), tr('err.skill_unknown'));
    const lang = langFromLocale(member.locale);
    const names = saved.skills.map((s) => `*${escapeMrkdwn(skillName(s.names, lang))}*`);
    return {
      response: {
        response_action: 'update',
        view: buildSavedModal(
          tr,
          tr('mentor.saved_title'),
          tr('mentor.saved_body', { name: escapeMrkdwn(member.displayName || member.realName), skills: names.join(', ') }),
          tr('mentor.saved_next'),
        ),
      },
      after: async () => {
        if (saved.primerDue) await sendPrimer(deps, slack, member).catch((err: unknown) => deps.logger.warn({ err }, 'primer DM failed'));
        await notifyWaitlist(deps, slack, member, saved.skills.map((s) => s.id)).catch((err: unknown) => deps.logger.warn({ err }, 'waitlist failed'));
        await publishHome(deps, slack, member);
      },
    };
  });
