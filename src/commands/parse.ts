import { z } from 'zod';

/**
 * The `/mentor-me` grammar (DESIGN.md §4). Subcommands are English words; German and Brazilian Portuguese
 * aliases are accepted too. Parsing is pure and total: any text gives a command or an `unknown`/`invalid`.
 */
export type ParsedCommand =
  | { kind: 'menu' }
  | { kind: 'help' }
  | { kind: 'learn'; skill?: string }
  | { kind: 'teach' }
  | { kind: 'profile' }
  | { kind: 'agenda' }
  | { kind: 'log' }
  | { kind: 'kpi' }
  | { kind: 'journal' }
  | { kind: 'glossary'; term?: string }
  | { kind: 'pause'; until?: string }
  | { kind: 'resume' }
  | { kind: 'privacy'; action?: 'export' | 'delete' }
  | { kind: 'admin'; args: string }
  | { kind: 'invalid'; subcommand: string; reason: 'bad_date' | 'past_date' | 'bad_argument'; input: string }
  | { kind: 'unknown'; input: string };

type Sub = Exclude<ParsedCommand['kind'], 'menu' | 'invalid' | 'unknown'>;

const ALIASES: Record<string, Sub> = {
  help: 'help', '?': 'help', hilfe: 'help', ajuda: 'help',
  learn: 'learn', lernen: 'learn', aprender: 'learn',
  teach: 'teach', lehren: 'teach', ensinar: 'teach', unterrichten: 'teach',
  profile: 'profile', profil: 'profile', perfil: 'profile',
  agenda: 'agenda', tagesordnung: 'agenda', pauta: 'agenda',
  log: 'log', protokoll: 'log', registrar: 'log',
  kpi: 'kpi', kpis: 'kpi',
  journal: 'journal', tagebuch: 'journal', lerntagebuch: 'journal', diario: 'journal',
  glossary: 'glossary', glossar: 'glossary', glossario: 'glossary',
  pause: 'pause', pausieren: 'pause', pausar: 'pause', pausa: 'pause',
  resume: 'resume', fortsetzen: 'resume', weiter: 'resume', retomar: 'resume', continuar: 'resume',
  privacy: 'privacy', datenschutz: 'privacy', privacidade: 'privacy',
  admin: 'admin',
};

const UNTIL_WORDS = new Set(['until', 'bis', 'ate']);
const PRIVACY_ACTIONS: Record<string, 'export' | 'delete'> = {
  export: 'export', exportieren: 'export', exportar: 'export',
  delete: 'delete', loschen: 'delete', loeschen: 'delete', excluir: 'delete', apagar: 'delete',
};

const ownValue = <V>(table: Record<string, V>, key: string): V | undefined => (Object.hasOwn(table, key) ? table[key] : undefined);

/** Lower-cases and strips diacritics so `glossário`, `löschen` and `até` match their aliases. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A real calendar date in `YYYY-MM-DD` (rejects 2027-02-30). */
export function isCalendarDate(s: string): boolean {
  if (!isoDate.safeParse(s).success) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Parses command text; `today` ('YYYY-MM-DD' in the member's zone) bounds `pause until`. */
export function parseCommandText(raw: string, today?: string): ParsedCommand {
  // Slack may send non-breaking spaces; mobile keyboards add smart dashes. Bound the length defensively.
  const text = raw.replace(/[\u00a0\s]+/g, ' ').trim().slice(0, 2000);
  if (text === '') return { kind: 'menu' };
  const [head = '', ...rest] = text.split(' ');
  // Own keys only: `__proto__` or `constructor` typed as a subcommand must read as unknown, not as Object's.
  const sub = ownValue(ALIASES, foldWord(head.replace(/^-+/, '')));
  const args = rest.join(' ').trim();
  if (!sub) return { kind: 'unknown', input: text.slice(0, 100) };

  switch (sub) {
    case 'learn':
      return args ? { kind: 'learn', skill: args.slice(0, 100) } : { kind: 'learn' };
    case 'glossary':
      return args ? { kind: 'glossary', term: args.slice(0, 100) } : { kind: 'glossary' };
    case 'pause': {
      if (!args) return { kind: 'pause' };
      const words = args.split(' ');
      const date = UNTIL_WORDS.has(foldWord(words[0] ?? '')) ? words.slice(1).join(' ') : args;
      if (!isCalendarDate(date)) return { kind: 'invalid', subcommand: 'pause', reason: 'bad_date', input: args.slice(0, 100) };
      if (today && date <= today) return { kind: 'invalid', subcommand: 'pause', reason: 'past_date', input: date };
      return { kind: 'pause', until: date };
    }
    case 'privacy': {
      if (!args) return { kind: 'privacy' };
      const action = ownValue(PRIVACY_ACTIONS, foldWord(args));
      return action
        ? { kind: 'privacy', action }
        : { kind: 'invalid', subcommand: 'privacy', reason: 'bad_argument', input: args.slice(0, 100) };
    }
    case 'admin':
      return { kind: 'admin', args: args.slice(0, 500) };
    case 'help':
    case 'teach':
    case 'profile':
    case 'agenda':
    case 'log':
    case 'kpi':
    case 'journal':
    case 'resume':
      return { kind: sub };
  }
}
