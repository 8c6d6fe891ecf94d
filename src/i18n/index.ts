import { en, type MessageKey, type Catalogue } from './en';
import { de } from './de';
import { ptBR } from './pt-BR';

export type { MessageKey, Catalogue };
export type Lang = 'en' | 'de' | 'pt-BR';
export const LANGS: readonly Lang[] = ['en', 'de', 'pt-BR'];

export const catalogues: Record<Lang, Catalogue> = { en, de, 'pt-BR': ptBR };

/** Maps a Slack locale (`de-DE`, `pt-BR`, `en-GB` …) to a catalogue; English is the fallback. */
export function langFromLocale(locale: string | null | undefined): Lang {
  const l = (locale ?? '').toLowerCase();
  if (l.startsWith('de')) return 'de';
  if (l.startsWith('pt')) return 'pt-BR';
  return 'en';
}

export type Params = Record<string, string | number>;

/** Looks a key up in the member's language and fills `{placeholders}`. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template = catalogues[lang][key] ?? en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A translator bound to one language, handy in view builders. */
export type Translate = (key: MessageKey, params?: Params) => string;
export const translator =
  (lang: Lang): Translate =>
  (key, params) =>
    t(lang, key, params);
