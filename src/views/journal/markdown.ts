import type { Translate } from '../../i18n';
import { formatDateTime } from '../../domain/time';
import { roleLabel, scoreLine, stateLabel, statusLabel, type JournalModel, type JournalNote, type JournalSession } from './build';

/**
 * Escapes one line of user text for Markdown (CommonMark + GitHub tables), so a note can never become a
 * heading, a list, a quote, a table, a link, an image or raw HTML in the export:
 * - inline specials (`\` `` ` `` `*` `_` `[` `]` `<` `>` `|` `~`) get a backslash everywhere;
 * - block starters (`#`, `>`, `-`, `+`, `=`, `1.` / `1)`) only at the start of the line, where they matter;
 * - `&` only where it would start an entity (`&amp;`, `&#169;`).
 * Letters, dots and dashes inside a sentence stay as they are, so the raw file is still pleasant to read.
 */
export function escapeMarkdownLine(line: string): string {
  return line
    .replace(/[\\`*_[\]<>|~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Escapes multi-line user text; each line is escaped on its own (block starters are per line). */
export function escapeMarkdown(text: string): string {
  return text
    .split(/\r?\n|\r/)
    .map((l) => escapeMarkdownLine(l.trim()))
    .join('\n');
}

/** Multi-line user text as a block quote that keeps its line breaks (two trailing spaces = hard break). */
const quote = (text: string): string =>
  escapeMarkdown(text.trim())
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => `> ${l}`)
    .join('  \n');

function noteMarkdown(tr: Translate, n: JournalNote): string[] {
  const who = `**${escapeMarkdownLine(n.name)}** (${tr(`journal.role.${n.role}`)})`;
  if (!n.happened) return [`${who} ${escapeMarkdownLine(tr('journal.not_held'))}`, ''];
  const score = scoreLine(tr, n);
  const out = [score ? `${who} · ${escapeMarkdownLine(score)}` : who, ''];
  if (n.learned.trim()) out.push(`**${tr('journal.learned_label')}**`, '', quote(n.learned), '');
  if (n.feedback.trim()) out.push(`**${tr('journal.feedback_label')}**`, '', quote(n.feedback), '');
  return out;
}

function sessionMarkdown(tr: Translate, model: JournalModel, s: JournalSession, n: number): string[] {
  const when = formatDateTime(s.startsAt, model.tz, model.lang, 'weekday-datetime');
  const out = [`### ${escapeMarkdownLine(tr('journal.md_session', { n, when, status: statusLabel(tr, s.status) }))}`, ''];
  if (s.agendaTopics.length || s.agendaHandsOn.trim()) {
    out.push(`**${tr('journal.agenda_label')}**`, '');
    s.agendaTopics.forEach((topic, i) => out.push(`${i + 1}. ${escapeMarkdownLine(topic)}`));
    if (s.agendaTopics.length) out.push('');
    if (s.agendaHandsOn.trim()) out.push(`**${tr('agenda.hands_on_title')}**`, '', quote(s.agendaHandsOn), '');
  } else {
    out.push(`_${escapeMarkdownLine(tr('journal.no_agenda'))}_`, '');
  }
  for (const note of s.notes) out.push(...noteMarkdown(tr, note));
  return out;
}

/**
 * The learning journal as a Markdown document: title, export date and zone, a privacy reminder, then each
 * pairing (newest first) with its sessions in order, agendas and both people's notes. Pure: the same model
 * and `now` always give the same text. All user text is Markdown-escaped.
 */
export function buildJournalMarkdown(tr: Translate, model: JournalModel, now: Date): string {
  const date = formatDateTime(now, model.tz, model.lang, 'date');
  const out = [
    `# ${escapeMarkdownLine(tr('journal.md_title', { name: model.memberName }))}`,
    '',
    `_${escapeMarkdownLine(tr('journal.md_exported', { date, tz: model.tz }))}_  `,
    `_${escapeMarkdownLine(tr('journal.md_private'))}_`,
    '',
  ];
  for (const p of model.pairings) {
    out.push(`## ${escapeMarkdownLine(tr('journal.pairing_header', { skill: p.skill, name: p.otherName }))}`, '');
    out.push(escapeMarkdownLine(tr('journal.pairing_meta', { role: roleLabel(tr, p.role), state: stateLabel(tr, p.state) })), '');
    if (!p.sessions.length) out.push(`_${escapeMarkdownLine(tr('journal.md_empty'))}_`, '');
    p.sessions.forEach((s, i) => out.push(...sessionMarkdown(tr, model, s, i + 1)));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
