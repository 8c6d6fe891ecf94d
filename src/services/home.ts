import type { Member } from '../db/repositories/members';
import { langFromLocale, translator } from '../i18n';
import { formatDateTime, formatZone, localDateTime, localParts } from '../domain/time';
import { kpiLine } from '../views/messages/kpi';
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
  const active = rows.filter((r) => r.state === 'active');
  const kpis = await deps.kpis.forPairings(member.teamId, active.map((r) => r.id));
  const today = localParts(deps.clock(), member.tz).date;
  const tr = translator(lang);
  const out: HomePairing[] = [];
  for (const r of rows) {
    const role = r.menteeMemberId === member.id ? 'mentee' : 'mentor';
    const otherId = role === 'mentee' ? r.mentorMemberId : r.menteeMemberId;
    const skill = skills.find((s) => s.id === r.skillId);
    const upcoming = r.state === 'active' ? await deps.sessions.upcomingForPairing(member.teamId, r.id) : undefined;
    out.push({
      id: r.id,
      skill: skill ? skillName(skill.names, lang) : '',
      otherSlackUserId: people.find((p) => p.id === otherId)?.slackUserId ?? '',
      role,
      state: r.state as HomePairing['state'],
      ...(upcoming
        ? {
            nextSession: {
              id: upcoming.id,
              when: `${formatDateTime(upcoming.startsAt, member.tz, lang, 'weekday-datetime')} ${formatZone(upcoming.startsAt, member.tz)}`,
              minutes: upcoming.durationMinutes,
              status: upcoming.status as 'proposed' | 'confirmed',
            },
          }
        : {}),
      kpiLines: kpis.filter((k) => k.pairingId === r.id).map((k) => kpiLine(tr, lang, k, today)),
    });
  }
  return out;
}

/** Publishes a member's App Home (`views.publish`). */
export async function publishHome(deps: ProfileServiceDeps, slack: SlackPort, member: Member): Promise<void> {
  const lang = langFromLocale(member.locale);
  const model = await loadHomeModel(deps, member);
  await slack.publishHome(member.slackUserId, buildHomeView(translator(lang), lang, model));
}
