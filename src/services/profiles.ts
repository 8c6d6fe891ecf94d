import type { Member } from '../db/repositories/members';
import type { SkillRepository, SkillRow } from '../db/repositories/skills';
import type { ProfileRepository } from '../db/repositories/profiles';
import type { PairingRepository } from '../db/repositories/pairings';
import type { SessionRepository } from '../db/repositories/sessions';
import type { KpiRepository } from '../db/repositories/kpis';
import type { Db } from '../db/client';
import type { Clock } from './ports';
import type { SkillRef } from '../views/state';

export interface ProfileServiceDeps {
  db: Db;
  skills: SkillRepository;
  profiles: ProfileRepository;
  pairings: PairingRepository;
  sessions: SessionRepository;
  kpis: KpiRepository;
  clock: Clock;
}

/** A skill reference that no longer resolves (deleted, or another workspace's id in a forged payload). */
export type UnknownSkill = { kind: 'unknown_skill'; slot: number };

/**
 * Turns the skill references of a submitted modal into catalogue ids for this workspace. Ids must belong to the
 * global catalogue or this team (never trust option values); free text becomes a workspace skill.
 */
export async function resolveSkillRefs(
  deps: ProfileServiceDeps,
  teamId: string,
  userId: string,
  refs: SkillRef[],
): Promise<{ ok: true; skills: SkillRow[] } | { ok: false; error: UnknownSkill }> {
  const ids = refs.flatMap((r) => (r.kind === 'id' ? [r.id] : []));
  const found = new Map((await deps.skills.findByIds(teamId, ids)).map((s) => [s.id, s]));
  const missing = refs.findIndex((r) => r.kind === 'id' && !found.has(r.id));
  if (missing >= 0) return { ok: false, error: { kind: 'unknown_skill', slot: missing } };
  const out: SkillRow[] = [];
  for (const ref of refs) {
    out.push(ref.kind === 'id' ? found.get(ref.id)! : await deps.skills.addCustom(teamId, ref.name, userId));
  }
  // Two free-text entries may resolve to one skill; keep the first.
  return { ok: true, skills: out };
}

export interface SelfEvaluation {
  goals: { skill: SkillRef; level: number; goal: string }[];
  offers: string[];
  offerNote: string;
  format: string;
  sessionMinutes: number;
  leadSlackUserId: string | null;
  shareWithLead: boolean;
  avoidSlackUserIds: string[];
}

/** Saves the mentee side (idempotent). */
export async function saveSelfEvaluation(
  deps: ProfileServiceDeps,
  member: Member,
  input: SelfEvaluation,
): Promise<{ ok: true; skills: SkillRow[]; created: boolean } | { ok: false; error: UnknownSkill }> {
  const resolved = await resolveSkillRefs(deps, member.teamId, member.slackUserId, input.goals.map((g) => g.skill));
  if (!resolved.ok) return resolved;
  const seen = new Set<number>();
  const goals = input.goals
    .map((g, i) => ({ skillId: resolved.skills[i]!.id, level: g.level, goal: g.goal }))
    .filter((g) => (seen.has(g.skillId) ? false : (seen.add(g.skillId), true)));
  const { created } = await deps.profiles.saveMentee(
    member.id,
    {
      goals,
      offers: input.offers,
      offerNote: input.offerNote,
      format: input.format,
      sessionMinutes: input.sessionMinutes,
      leadSlackUserId: input.leadSlackUserId,
      shareWithLead: input.shareWithLead,
      avoidSlackUserIds: input.avoidSlackUserIds,
    },
    deps.clock(),
  );
  return { ok: true, skills: resolved.skills.filter((s, i, all) => all.findIndex((x) => x.id === s.id) === i), created };
}

export interface MentorProfile {
  teaching: { skill: SkillRef; level: number }[];
  styles: string[];
  capacity: number;
  languages: string[];
  availability: { weekday: number; start: string; end: string }[];
}

/**
 * Saves the mentor side (idempotent). `primerDue` is true exactly once per mentor: the caller then sends the
 * primer DM. Claiming happens in Postgres, so racing submissions cannot both win.
 */
export async function saveMentorProfile(
  deps: ProfileServiceDeps,
  member: Member,
  input: MentorProfile,
): Promise<{ ok: true; skills: SkillRow[]; primerDue: boolean } | { ok: false; error: UnknownSkill }> {
  const resolved = await resolveSkillRefs(deps, member.teamId, member.slackUserId, input.teaching.map((g) => g.skill));
  if (!resolved.ok) return resolved;
  const seen = new Set<number>();
  const teaching = input.teaching
    .map((g, i) => ({ skillId: resolved.skills[i]!.id, level: g.level }))
    .filter((g) => (seen.has(g.skillId) ? false : (seen.add(g.skillId), true)));
  const now = deps.clock();
  await deps.profiles.saveMentor(
    member.id,
    { teaching, styles: input.styles, capacity: input.capacity, languages: input.languages, availability: input.availability },
    now,
  );
  const primerDue = await deps.profiles.claimPrimer(member.id, now);
  return { ok: true, skills: resolved.skills.filter((s, i, all) => all.findIndex((x) => x.id === s.id) === i), primerDue };
}

/** Both sides of a profile, for the App Home and modals. */
export async function loadProfile(deps: ProfileServiceDeps, member: Member) {
  const [mentee, mentor] = await Promise.all([deps.profiles.getMentee(member.id), deps.profiles.getMentor(member.id)]);
  return { mentee, mentor };
}
export type ProfileSnapshot = Awaited<ReturnType<typeof loadProfile>>;

/** Whether someone is paused today (`today` is their local date). */
export function isPaused(member: Pick<Member, 'pausedAt' | 'pausedUntil'>, today: string): boolean {
  if (!member.pausedAt) return false;
  return member.pausedUntil === null || member.pausedUntil >= today;
}
