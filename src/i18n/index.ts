import type { Lang } from './define';
import { core } from './messages/core';
import { profile } from './messages/profile';
import { home } from './messages/home';
import { admin } from './messages/admin';
import { pairing } from './messages/pairing';
import { sessionsMessages } from './messages/sessions';
import { kpiMessages } from './messages/kpi';
import { agenda } from './messages/agenda';
import { journal } from './messages/journal';
import { privacyMessages } from './messages/privacy';

export type { Lang };
export const LANGS: readonly Lang[] = ['en', 'de', 'pt-BR'];

/** Every feature's messages, merged. Add a feature file here. */
const features = [core, profile, home, admin, pairing, sessionsMessages, agenda, journal, kpiMessages, privacyMessages] as const;

type Union<T> = T extends readonly (infer U)[] ? U : never;
type Feature = Union<typeof features>;
type KeysOf<F> = F extends { en: Record<infer K, string> } ? K : never;
export type MessageKey = KeysOf<Feature>;
export type Catalogue = Record<MessageKey, string>;

function merge(lang: Lang): Catalogue {
  return Object.assign({}, ...features.map((f) => f[lang])) as Catalogue;
}

export const catalogues: Record<Lang, Catalogue> = { en: merge('en'), de: merge('de'), 'pt-BR': merge('pt-BR') };

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
  const template = catalogues[lang][key] ?? catalogues.en[key];
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
