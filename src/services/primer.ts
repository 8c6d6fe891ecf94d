import type { Member } from '../db/repositories/members';
import { langFromLocale, translator } from '../i18n';
import { buildPrimerMessage } from '../views/messages/primer';
import type { ProfileServiceDeps } from './profiles';
import type { SlackPort } from './ports';

/**
 * Sends the primer DM. The caller has already claimed it (exactly once); if Slack refuses, the claim is
 * released so the next save tries again instead of silently never sending it.
 */
export async function sendPrimer(deps: ProfileServiceDeps, slack: SlackPort, member: Member): Promise<void> {
  const lang = langFromLocale(member.locale);
  try {
    await slack.sendDm(member.slackUserId, buildPrimerMessage(translator(lang), lang, member.displayName || member.realName));
  } catch (err) {
    await deps.profiles.releasePrimer(member.id);
    throw err;
  }
}

/** *Got it*: records completion for the admin (first click wins) and turns the button into a thank-you. */
export async function acknowledgePrimer(
  deps: ProfileServiceDeps,
  slack: SlackPort,
  member: Member,
  message?: { channel: string; ts: string },
): Promise<void> {
  await deps.profiles.ackPrimer(member.id, deps.clock());
  if (message) {
    const lang = langFromLocale(member.locale);
    await slack.updateMessage(message.channel, message.ts, buildPrimerMessage(translator(lang), lang, member.displayName || member.realName, true));
  }
}
