import type { Db } from '../db/client';
import type { Member } from '../db/repositories/members';
import type { SkillRepository } from '../db/repositories/skills';
import { createAdminRepository } from '../db/repositories/admin';
import { resolveSkill } from '../domain/skills/resolve';
import { cleanShortText } from '../views/escape';

/** Who the program admins of a workspace are, and why. */
export type AdminRoster =
  /** Admins saved in the settings: only they are admins. */
  | { mode: 'configured'; ids: string[] }
  /** None saved yet, but the app was installed through OAuth: the installer is the first admin. */
  | { mode: 'installer'; ids: string[] }
  /** Neither: Slack workspace admins and owners act as program admins until someone saves the settings. */
  | { mode: 'bootstrap'; ids: [] };

/**
 * The program admins of a workspace, in this order of precedence:
 * 1. the admins saved in the settings (`program_admins`), once there is at least one;
 * 2. otherwise the installer (`workspaces.installer_user_id`, recorded by the OAuth install): the first admin;
 * 3. otherwise every Slack workspace admin or owner (bootstrap), so a fresh install is never locked out.
 * Saving the settings always keeps at least one admin, so (1) never silently falls back to (3).
 */
export async function adminRoster(deps: { db: Db }, teamId: string): Promise<AdminRoster> {
  const repo = createAdminRepository(deps.db);
  const ids = await repo.adminIds(teamId);
  if (ids.length) return { mode: 'configured', ids };
  const installer = await repo.installer(teamId);
  if (installer) return { mode: 'installer', ids: [installer] };
  return { mode: 'bootstrap', ids: [] };
}

/**
 * Program admin check, made on every admin command, button and submission: nothing in a request (button
 * values, metadata) grants admin rights, only who is asking. See {@link adminRoster} for the rules.
 */
export async function isProgramAdmin(
  deps: { db: Db },
  member: Pick<Member, 'teamId' | 'slackUserId' | 'isSlackAdmin' | 'deleted' | 'isBot'>,
): Promise<boolean> {
  if (member.deleted || member.isBot) return false;
  const roster = await adminRoster(deps, member.teamId);
  if (roster.mode === 'bootstrap') return member.isSlackAdmin;
  return roster.ids.includes(member.slackUserId);
}

export type AddSkillResult =
  { kind: 'added'; name: string } | { kind: 'exists'; name: string } | { kind: 'invalid' };

/** Adds a workspace skill unless the catalogue already knows it (by name, alias or typo). */
export async function addSkill(
  deps: { skills: SkillRepository },
  member: Member,
  rawName: string,
): Promise<AddSkillResult> {
  const name = cleanShortText(rawName);
  if (name.length < 2 || name.length > 60) return { kind: 'invalid' };
  const existing = resolveSkill(name, await deps.skills.listForTeam(member.teamId));
  if (existing.kind === 'match' && (existing.via === 'exact' || existing.via === 'alias'))
    return { kind: 'exists', name: existing.skill.names.en };
  const row = await deps.skills.addCustom(member.teamId, name, member.slackUserId);
  return { kind: 'added', name: row.names.en };
}
