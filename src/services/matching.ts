import type { Member } from '../db/repositories/members';
import type { SkillRow } from '../db/repositories/skills';
import { buildReportingLine, suggestMentors, type CandidateProfile, type MenteeRequest, type SuggestionResult, type TeachingStyle } from '../domain/matching/score';
import { localParts } from '../domain/time';
import { langFromLocale } from '../i18n';
import { mentoringLanguageOf } from '../views/mentor-profile/build';
import { isPaused } from './profiles';
import type { ServiceDeps } from './deps';

export interface SkillSuggestions {
  skill: SkillRow;
  currentLevel: number;
  result: SuggestionResult;
}

/**
 * The top mentors for one mentee and one skill: hard rules first (never yourself, nobody paused or at
 * capacity, not your lead or reporting line, not on your private list, no repeat within six months), then
 * the score. `exclude` removes mentors who just declined, so a re-match offers someone new.
 */
export async function suggestForSkill(
  deps: Pick<ServiceDeps, 'profiles' | 'pairings' | 'matching' | 'clock'>,
  mentee: Member,
  skill: SkillRow,
  opts: { exclude?: number[]; limit?: number } = {},
): Promise<SkillSuggestions> {
  const now = deps.clock();
  const [profile, mentorSide, rows, leads, past] = await Promise.all([
    deps.profiles.getMentee(mentee.id),
    deps.profiles.getMentor(mentee.id),
    deps.matching.candidatesForSkill(mentee.teamId, skill.id),
    // Only the mentee's own line (chain above, people below) decides the reporting-line rule for them.
    deps.matching.leadMapAround(mentee.teamId, mentee.slackUserId),
    deps.pairings.pastMentors(mentee.teamId, mentee.id),
  ]);
  const currentLevel = profile?.goals.find((g) => g.skillId === skill.id)?.level ?? 1;
  const idToSlack = new Map(rows.map((r) => [r.memberId, r.slackUserId]));
  const exclude = new Set(opts.exclude ?? []);

  const request: MenteeRequest = {
    memberId: mentee.id,
    slackUserId: mentee.slackUserId,
    leadSlackUserId: profile?.profile.leadSlackUserId ?? null,
    tz: mentee.tz,
    languages: [...new Set([mentoringLanguageOf(langFromLocale(mentee.locale)), ...(mentorSide?.profile.languages ?? [])])],
    skillId: skill.id,
    currentLevel,
    preferredStyles: [],
    availability: mentorSide?.profile.availability ?? [],
    doNotPair: profile?.profile.avoidSlackUserIds ?? [],
    recentPairings: past
      .filter((p) => p.endedAt && idToSlack.has(p.mentorMemberId))
      .map((p) => ({ mentorSlackUserId: idToSlack.get(p.mentorMemberId)!, endedAt: p.endedAt! })),
  };
  const candidates: CandidateProfile[] = rows
    .filter((r) => !exclude.has(r.memberId))
    .map((r) => ({
      memberId: r.memberId,
      slackUserId: r.slackUserId,
      leadSlackUserId: r.leadSlackUserId,
      tz: r.tz,
      languages: r.languages,
      // The local date only matters for someone who paused (and is the costly part for thousands of rows).
      paused: r.pausedAt !== null && isPaused(r, localParts(now, r.tz).date),
      teaching: [{ skillId: skill.id, level: r.level }],
      styles: r.styles as TeachingStyle[],
      capacity: r.capacity,
      openPairings: r.openPairings,
      availability: r.availability,
    }));
  const result = suggestMentors(request, candidates, buildReportingLine(leads), now, opts.limit ?? 5);
  return { skill, currentLevel, result };
}
