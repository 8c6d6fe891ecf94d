import type { Member } from '../db/repositories/members';
import type { SkillRepository } from '../db/repositories/skills';
import { resolveSkill } from '../domain/skills/resolve';
import { cleanShortText } from '../views/escape';

/**
 * Program admins. Until admins are configured explicitly (settings), Slack workspace admins and owners act as
 * program admins: they are the people who approved installing the app.
 */
export function isProgramAdmin(member: Pick<Member, 'isSlackAdmin'>): boolean {
  return member.isSlackAdmin;
}

export type AddSkillResult = { kind: 'added'; name: string } | { kind: 'exists'; name: string } | { kind: 'invalid' };

/** Adds a workspace skill unless the catalogue already knows it (by name, alias or typo). */
export async function addSkill(deps: { skills: SkillRepository }, member: Member, rawName: string): Promise<AddSkillResult> {
  const name = cleanShortText(rawName);
  if (name.length < 2 || name.length > 60) return { kind: 'invalid' };
  const existing = resolveSkill(name, await deps.skills.listForTeam(member.teamId));
  if (existing.kind === 'match' && (existing.via === 'exact' || existing.via === 'alias')) return { kind: 'exists', name: existing.skill.names.en };
  const row = await deps.skills.addCustom(member.teamId, name, member.slackUserId);
  return { kind: 'added', name: row.names.en };
}
