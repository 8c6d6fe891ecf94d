import type { MemberRepository, Member } from '../db/repositories/members';
import type { Clock, SlackPort } from './ports';

/** How long a cached Slack profile (time zone, locale) is trusted before `users.info` is asked again. */
export const PROFILE_TTL_MS = 60 * 60 * 1000;

export interface MemberServiceDeps {
  members: MemberRepository;
  clock: Clock;
}

/**
 * Returns the member row, creating it or refreshing tz/locale from `users.info` when it is missing or stale.
 * Slack's slash-command payload carries neither locale nor time zone, so this is where we learn them.
 */
export async function ensureMember(
  deps: MemberServiceDeps,
  slack: SlackPort,
  teamId: string,
  userId: string,
  opts: { forceRefresh?: boolean } = {},
): Promise<Member> {
  const now = deps.clock();
  const existing = await deps.members.find(teamId, userId);
  if (existing && !opts.forceRefresh && now.getTime() - existing.updatedAt.getTime() < PROFILE_TTL_MS) {
    return existing;
  }
  const info = await slack.getUser(userId);
  return deps.members.upsertFromSlack(teamId, { ...info, id: userId }, now);
}
