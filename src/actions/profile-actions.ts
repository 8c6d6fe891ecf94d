import type { ServiceDeps } from '../services/deps';
import { openMentorProfile, openSelfEvaluation } from '../services/profile-modals';
import { acknowledgePrimer } from '../services/primer';
import { pauseMember, resumeMember } from '../services/pause';
import { publishHome } from '../services/home';
import { withMember } from './with-member';
import { langFromLocale, translator } from '../i18n';
import { buildWelcomeModal } from '../views/welcome/build';
import { buildPrimerModal } from '../views/messages/primer';

export const handleOpenSelfEvaluation = (deps: ServiceDeps) =>
  withMember(deps, ({ slack, member, body, inModal }) => openSelfEvaluation(deps, slack, member, body.trigger_id, inModal));

export const handleOpenMentorProfile = (deps: ServiceDeps) =>
  withMember(deps, ({ slack, member, body, inModal }) => openMentorProfile(deps, slack, member, body.trigger_id, inModal));

export const handleOpenHelp = (deps: ServiceDeps) =>
  withMember(deps, async ({ slack, member, body, inModal }) => {
    const view = buildWelcomeModal(translator(langFromLocale(member.locale)), member.displayName || member.realName);
    await (inModal ? slack.pushModal(body.trigger_id, view) : slack.openModal(body.trigger_id, view));
  });

export const handlePrimerGotIt = (deps: ServiceDeps) =>
  withMember(deps, async ({ slack, member, body }) => {
    const message = body.container?.type === 'message' && body.channel?.id && body.message?.ts ? { channel: body.channel.id, ts: body.message.ts } : undefined;
    await acknowledgePrimer(deps, slack, member, message);
    const fresh = (await deps.members.find(member.teamId, member.slackUserId)) ?? member;
    await publishHome(deps, slack, fresh);
  });

export const handlePrimerShow = (deps: ServiceDeps) =>
  withMember(deps, async ({ slack, member, body }) => {
    const lang = langFromLocale(member.locale);
    await slack.openModal(body.trigger_id, buildPrimerModal(translator(lang), lang));
  });

export const handlePause = (deps: ServiceDeps) =>
  withMember(deps, async ({ slack, member }) => {
    await pauseMember(deps, member, null);
    const fresh = (await deps.members.find(member.teamId, member.slackUserId)) ?? member;
    await publishHome(deps, slack, fresh);
  });

export const handleResume = (deps: ServiceDeps) =>
  withMember(deps, async ({ slack, member }) => {
    await resumeMember(deps, member);
    const fresh = (await deps.members.find(member.teamId, member.slackUserId)) ?? member;
    await publishHome(deps, slack, fresh);
  });
