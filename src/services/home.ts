import type { Member } from '../db/repositories/members';
import { langFromLocale, translator } from '../i18n';
import { formatDateTime, localDateTime, localParts } from '../domain/time';
import { buildHomeView, type HomeModel, type HomePairing } from '../views/home/build';
import { skillName } from '../views/skills';
import { members } from '../db/schema';
import { and, eq, inArray } from 'drizzle-orm';
import type { Lang } from '../i18n';
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
  return { name: member.displayName || member.realName, tz: member.tz, profile, paused, pairings: await homePairings(deps, member, lang) };
}

async function homePairings(deps: ProfileServiceDeps, member: Member, lang: Lang): Promise<HomePairing[]> {
  const rows = await deps.pairings.openForMember(member.teamId, member.id);
  if (!rows.length) return [];
  const others = rows.map((r) => (r.menteeMemberId === member.id ? r.mentorMemberId : r.menteeMemberId));
  const people = await deps.db.select().from(members).where(and(eq(members.teamId, member.teamId), inArray(members.id, others)));
  const skills = await deps.skills.findByIds(member.teamId, [...new Set(rows.map((r) => r.skillId))]);
  return rows.map((r) => {
    const role = r.menteeMemberId === member.id ? 'mentee' : 'mentor';
    const otherId = role === 'mentee' ? r.mentorMemberId : r.menteeMemberId;
    const skill = skills.find((s) => s.id === r.skillId);
    return {
      id: r.id,
      skill: skill ? skillName(skill.names, lang) : '',
      otherSlackUserId: people.find((p) => p.id === otherId)?.slackUserId ?? '',
      role,
      state: r.state as HomePairing['state'],
    };
  });
}

/** Publishes a member's App Home (`views.publish`). */
export async function publishHome(deps: ProfileServiceDeps, slack: SlackPort, member: Member): Promise<void> {
  const lang = langFromLocale(member.locale);
  const model = await loadHomeModel(deps, member);
  await slack.publishHome(member.slackUserId, buildHomeView(translator(lang), lang, model));
}
