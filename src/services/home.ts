import type { Member } from '../db/repositories/members';
import { langFromLocale, translator } from '../i18n';
import { formatDateTime, localDateTime, localParts } from '../domain/time';
import { buildHomeView, type HomeModel } from '../views/home/build';
import { isPaused, loadProfile, type ProfileServiceDeps } from './profiles';
import type { SlackPort } from './ports';

/** Everything the App Home and the profile modal show for one member. */
export async function loadHomeModel(deps: ProfileServiceDeps, member: Member): Promise<HomeModel> {
  const profile = await loadProfile(deps, member);
  const today = localParts(deps.clock(), member.tz).date;
  const lang = langFromLocale(member.locale);
  const paused = isPaused(member, today)
    ? {
        until: member.pausedUntil,
        untilLabel: member.pausedUntil ? formatDateTime(localDateTime(member.pausedUntil, '12:00', member.tz), member.tz, lang, 'date') : undefined,
      }
    : null;
  return { name: member.displayName || member.realName, tz: member.tz, profile, paused };
}

/** Publishes a member's App Home (`views.publish`). */
export async function publishHome(deps: ProfileServiceDeps, slack: SlackPort, member: Member): Promise<void> {
  const lang = langFromLocale(member.locale);
  const model = await loadHomeModel(deps, member);
  await slack.publishHome(member.slackUserId, buildHomeView(translator(lang), lang, model));
}
