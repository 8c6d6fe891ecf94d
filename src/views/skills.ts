import type { Lang } from '../i18n';
import type { LocalisedText } from '../db/schema';
import { option } from './options';

/** A skill's name in the member's language, falling back to English. */
export const skillName = (names: LocalisedText, lang: Lang): string => names[lang] || names.en;

export const skillOption = (s: { id: number; names: LocalisedText }, lang: Lang) => option(skillName(s.names, lang), `s:${s.id}`);
