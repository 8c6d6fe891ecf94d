import type { Member } from '../db/repositories/members';
import type { ProfileRepository } from '../db/repositories/profiles';
import type { Clock } from './ports';

/** Pauses a member (until a local date, inclusive, or until they resume). Idempotent. */
export async function pauseMember(deps: { profiles: ProfileRepository; clock: Clock }, member: Member, until: string | null): Promise<void> {
  await deps.profiles.setPause(member.id, member.pausedAt ?? deps.clock(), until);
}

/** Resumes a member; returns false when they were not paused (so the reply can say nothing changed). */
export async function resumeMember(deps: { profiles: ProfileRepository }, member: Member): Promise<boolean> {
  if (!member.pausedAt) return false;
  await deps.profiles.setPause(member.id, null, null);
  return true;
}
