import type { PlainTextOption } from '@slack/types';
import type { Translate, MessageKey } from '../i18n';
import { plain, truncate } from './blocks';

/** A select option; text is cut to Slack's 75 characters. */
export const option = (text: string, value: string): PlainTextOption => ({ text: plain(truncate(text, 75)), value });

export const LEVELS = [1, 2, 3, 4, 5] as const;
export const levelOptions = (tr: Translate): PlainTextOption[] => LEVELS.map((l) => option(tr(`level.${l}` as MessageKey), String(l)));

export const OFFERS = ['leadership', 'strategy', 'industry', 'network', 'presentation', 'career', 'negotiation'] as const;
export const FORMATS = ['online', 'in_person', 'async'] as const;
export const SESSION_LENGTHS = [30, 45, 60] as const;
export const STYLES = ['patience', 'step_by_step', 'hands_on'] as const;
export const MENTOR_LANGUAGES = ['en', 'de', 'pt', 'es', 'fr', 'it', 'nl', 'pl'] as const;
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export const keyedOptions = (tr: Translate, prefix: string, values: readonly (string | number)[]): PlainTextOption[] =>
  values.map((v) => option(tr(`${prefix}.${v}` as MessageKey), String(v)));

/** Picks the options whose values are in `selected`, in option order (Slack needs the exact objects). */
export const selectedOptions = (all: PlainTextOption[], selected: readonly (string | number)[]): PlainTextOption[] =>
  all.filter((o) => selected.map(String).includes(o.value ?? ''));
