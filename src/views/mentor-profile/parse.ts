import { BlockIds, SKILL_SLOTS } from '../../slack/ids';
import { MENTOR_LANGUAGES, STYLES } from '../options';
import { parseLevel, parseSkillRef, readMulti, readSelected, readTime, type FieldErrors, type ParseResult, type SkillRef, type StateValues } from '../state';
import { CAPACITIES } from './build';
import type { AvailabilityWindow } from '../../db/schema';

export interface MentorProfileInput {
  teaching: { skill: SkillRef; level: number }[];
  styles: string[];
  capacity: number;
  languages: string[];
  availability: AvailabilityWindow[];
}

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Validates the mentor profile; every problem next to its field. */
export function parseMentorProfile(values: StateValues): ParseResult<MentorProfileInput> {
  const ids = BlockIds.mentor;
  const errors: FieldErrors = {};
  const teaching: MentorProfileInput['teaching'] = [];
  const seen = new Set<string>();

  for (let n = 1; n <= SKILL_SLOTS; n++) {
    const raw = readSelected(values, ids.skill(n));
    const skill = parseSkillRef(raw);
    const level = parseLevel(readSelected(values, ids.level(n)));
    if (raw !== undefined && !skill) errors[ids.skill(n)] = { key: 'err.invalid_choice' };
    if (level === 'invalid') errors[ids.level(n)] = { key: 'err.level_invalid' };
    if (skill) {
      const key = skill.kind === 'id' ? `id:${skill.id}` : `new:${skill.name.toLowerCase()}`;
      if (seen.has(key)) errors[ids.skill(n)] = { key: 'err.duplicate_skill' };
      seen.add(key);
      if (level === undefined) errors[ids.level(n)] = { key: 'err.level_required' };
      if (typeof level === 'number') teaching.push({ skill, level });
    } else if (raw === undefined && typeof level === 'number') {
      errors[ids.level(n)] = { key: 'err.level_without_skill' };
    }
  }
  if (seen.size === 0 && !errors[ids.skill(1)]) errors[ids.skill(1)] = { key: 'err.teach_required' };

  const styles = readMulti(values, ids.styles);
  if (styles.some((s) => !(STYLES as readonly string[]).includes(s))) errors[ids.styles] = { key: 'err.invalid_choice' };

  const capacity = Number(readSelected(values, ids.capacity) ?? '2');
  if (!(CAPACITIES as readonly number[]).includes(capacity)) errors[ids.capacity] = { key: 'err.invalid_choice' };

  const languages = readMulti(values, ids.languages);
  if (languages.length === 0) errors[ids.languages] = { key: 'err.languages_required' };
  else if (languages.some((l) => !(MENTOR_LANGUAGES as readonly string[]).includes(l))) errors[ids.languages] = { key: 'err.invalid_choice' };

  const days = readMulti(values, ids.days);
  const from = readTime(values, ids.from);
  const to = readTime(values, ids.to);
  const dayNumbers = days.map(Number);
  if (dayNumbers.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) errors[ids.days] = { key: 'err.invalid_choice' };
  if (from !== undefined && !HHMM.test(from)) errors[ids.from] = { key: 'err.invalid_choice' };
  if (to !== undefined && !HHMM.test(to)) errors[ids.to] = { key: 'err.invalid_choice' };
  let availability: AvailabilityWindow[] = [];
  if (!errors[ids.from] && !errors[ids.to] && !errors[ids.days]) {
    if ((from || to) && days.length === 0) errors[ids.days] = { key: 'err.time_needs_days' };
    else if (days.length && (!from || !to)) errors[from ? ids.to : ids.from] = { key: 'err.days_need_time' };
    else if (from && to && to <= from) errors[ids.to] = { key: 'err.time_order' };
    else if (from && to) availability = [...new Set(dayNumbers)].sort().map((weekday) => ({ weekday, start: from, end: to }));
  }

  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, data: { teaching, styles: [...new Set(styles)], capacity, languages: [...new Set(languages)], availability } };
}
