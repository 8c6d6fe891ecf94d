import { BlockIds, SKILL_SLOTS } from '../../slack/ids';
import { FORMATS, OFFERS, SESSION_LENGTHS } from '../options';
import {
  parseLevel,
  parseSkillRef,
  readMulti,
  readSelected,
  readText,
  readUser,
  readUsers,
  type FieldErrors,
  type ParseResult,
  type SkillRef,
  type StateValues,
} from '../state';
import { LIMITS } from './build';

export interface SelfEvaluationInput {
  goals: { skill: SkillRef; level: number; goal: string }[];
  offers: string[];
  offerNote: string;
  format: (typeof FORMATS)[number];
  sessionMinutes: number;
  leadSlackUserId: string | null;
  shareWithLead: boolean;
  avoidSlackUserIds: string[];
}

const SLACK_USER_ID = /^[UW][A-Z0-9]{2,20}$/;

/**
 * Validates the self-evaluation. Every problem is reported next to its field; nothing is partially accepted.
 * `userId` is the submitter (a member cannot name themselves as their own lead).
 */
export function parseSelfEvaluation(values: StateValues, userId: string): ParseResult<SelfEvaluationInput> {
  const ids = BlockIds.selfEval;
  const errors: FieldErrors = {};
  const goals: SelfEvaluationInput['goals'] = [];
  const seen = new Set<string>();

  for (let n = 1; n <= SKILL_SLOTS; n++) {
    const rawSkill = readSelected(values, ids.skill(n));
    const skill = parseSkillRef(rawSkill);
    const level = parseLevel(readSelected(values, ids.level(n)));
    const goal = readText(values, ids.goal(n));

    if (rawSkill !== undefined && !skill) errors[ids.skill(n)] = { key: 'err.invalid_choice' };
    if (level === 'invalid') errors[ids.level(n)] = { key: 'err.level_invalid' };
    if (goal.length > LIMITS.goal) errors[ids.goal(n)] = { key: 'err.too_long', params: { max: LIMITS.goal } };

    if (skill) {
      const key = skill.kind === 'id' ? `id:${skill.id}` : `new:${skill.name.toLowerCase()}`;
      if (seen.has(key)) errors[ids.skill(n)] = { key: 'err.duplicate_skill' };
      seen.add(key);
      if (level === undefined) errors[ids.level(n)] = { key: 'err.level_required' };
      if (typeof level === 'number') goals.push({ skill, level, goal });
    } else if (rawSkill === undefined) {
      if (typeof level === 'number') errors[ids.level(n)] = { key: 'err.level_without_skill' };
      if (goal) errors[ids.goal(n)] = { key: 'err.goal_without_skill' };
    }
  }
  if (seen.size === 0 && !errors[ids.skill(1)]) errors[ids.skill(1)] = { key: 'err.skill_required' };

  const offers = readMulti(values, ids.offers);
  if (offers.some((o) => !(OFFERS as readonly string[]).includes(o))) errors[ids.offers] = { key: 'err.invalid_choice' };
  const offerNote = readText(values, ids.offerNote);
  if (offerNote.length > LIMITS.offerNote) errors[ids.offerNote] = { key: 'err.too_long', params: { max: LIMITS.offerNote } };

  const format = readSelected(values, ids.format) ?? 'online';
  if (!(FORMATS as readonly string[]).includes(format)) errors[ids.format] = { key: 'err.invalid_choice' };
  const length = Number(readSelected(values, ids.length) ?? '30');
  if (!(SESSION_LENGTHS as readonly number[]).includes(length)) errors[ids.length] = { key: 'err.invalid_choice' };

  const lead = readUser(values, ids.lead) ?? null;
  if (lead !== null && !SLACK_USER_ID.test(lead)) errors[ids.lead] = { key: 'err.invalid_choice' };
  else if (lead === userId) errors[ids.lead] = { key: 'err.lead_self' };

  const share = readMulti(values, ids.share);
  if (share.some((s) => s !== 'share')) errors[ids.share] = { key: 'err.invalid_choice' };

  const avoid = readUsers(values, ids.avoid);
  if (avoid.length > LIMITS.avoid || avoid.some((u) => !SLACK_USER_ID.test(u))) errors[ids.avoid] = { key: 'err.invalid_choice' };

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    data: {
      goals,
      offers: [...new Set(offers)],
      offerNote,
      format: format as SelfEvaluationInput['format'],
      sessionMinutes: length,
      leadSlackUserId: lead,
      shareWithLead: share.includes('share'),
      avoidSlackUserIds: [...new Set(avoid)].filter((u) => u !== userId),
    },
  };
}
