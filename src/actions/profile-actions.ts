import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { ServiceDeps } from '../services/deps';
import { ensureMember } from '../services/members';
import { openMentorProfile, openSelfEvaluation } from '../services/profile-modals';
import { acknowledgePrimer } from '../services/primer';
import { pauseMember, resumeMember } from '../services/pause';
import { publishHome } from '../services/home';
import { createSlackPort } from '../slack/web-slack-port';
import { langFromLocale, translator } from '../i18n';
import { buildWelcomeModal } from '../views/welcome/build';
import { buildPrimerModal } from '../views/messages/primer';
import type { Member } from '../db/repositories/members';
import type { SlackPort } from '../services/ports';

type Args = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

/**
 * Wraps a button handler: ack first, resolve who is clicking (never trust the button's value), run, and log
 * failures. Inside a modal a new modal is pushed; from the App Home or a DM one is opened.
 */
const withMember =
  (deps: ServiceDeps, run: (ctx: { deps: ServiceDeps; slack: SlackPort; member: Member; body: BlockAction; inModal: boolean }) => Promise<void>) =>
  async ({ ack, body, client }: Args): Promise<void> => {
    await ack();
    const slack = createSlackPort(client);
    try {
      const teamId = body.team?.id ?? body.user.team_id ?? '';
      const member = await ensureMember(deps, slack, teamId, body.user.id);
      await run({ deps, slack, member, body, inModal: body.view?.type === 'modal' });
    } catch (err) {
      deps.logger.error({ err, action: body.actions[0]?.action_id, user: body.user.id }, 'action failed');
    }
  };

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
