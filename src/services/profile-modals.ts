import type { Member } from '../db/repositories/members';
import { langFromLocale, translator } from '../i18n';
import { loadProfile, type ProfileServiceDeps } from './profiles';
import type { SlackPort } from './ports';
import { buildSelfEvaluationModal } from '../views/self-evaluation/build';
import { buildMentorProfileModal } from '../views/mentor-profile/build';

/** Opens (or pushes onto an open modal) the self-evaluation, prefilled with what the member saved before. */
export async function openSelfEvaluation(deps: ProfileServiceDeps, slack: SlackPort, member: Member, triggerId: string, push = false): Promise<void> {
  const lang = langFromLocale(member.locale);
  const { mentee } = await loadProfile(deps, member);
  const view = buildSelfEvaluationModal(translator(lang), lang, member.displayName || member.realName, mentee ? { ...mentee.profile, goals: mentee.goals } : undefined);
  await (push ? slack.pushModal(triggerId, view) : slack.openModal(triggerId, view));
}

/** Opens (or pushes) the mentor profile modal, prefilled. */
export async function openMentorProfile(deps: ProfileServiceDeps, slack: SlackPort, member: Member, triggerId: string, push = false): Promise<void> {
  const lang = langFromLocale(member.locale);
  const { mentor } = await loadProfile(deps, member);
  const view = buildMentorProfileModal(translator(lang), lang, member.tz, mentor ? { ...mentor.profile, teaching: mentor.teaching } : undefined);
  await (push ? slack.pushModal(triggerId, view) : slack.openModal(triggerId, view));
}
