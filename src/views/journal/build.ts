import type { KnownBlock } from '@slack/types';
import type { Lang, MessageKey, Translate } from '../../i18n';
import { formatDateTime } from '../../domain/time';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { context, divider, header, modalTitle, plain, section, truncate, type ModalView } from '../blocks';
import { escapeMrkdwn } from '../escape';
import { formatAgendaLines } from '../messages/agenda';

/** One person's check-in after a session, as the journal shows it. */
export interface JournalNote {
  role: 'mentee' | 'mentor';
  name: string;
  happened: boolean;
  learned: string;
  feedback: string;
  rating: number | null;
  confidence: number | null;
}

export interface JournalSession {
  startsAt: Date;
  durationMinutes: number;
  status: string;
  agendaTopics: readonly string[];
  agendaHandsOn: string;
  /** Mentee first, then mentor. */
  notes: JournalNote[];
}

export interface JournalPairing {
  pairingId: number;
  skill: string;
  /** The side the journal's reader plays in this pairing. */
  role: 'mentee' | 'mentor';
  otherName: string;
  state: string;
  /** Oldest first. */
  sessions: JournalSession[];
}

/** Everything the journal shows, for one reader (it only ever holds pairings the reader belongs to). */
export interface JournalModel {
  memberName: string;
  tz: string;
  lang: Lang;
  /** Newest pairing first. */
  pairings: JournalPairing[];
}

const SESSION_STATUSES = ['proposed', 'confirmed', 'held', 'skipped', 'cancelled', 'missed'] as const;
const PAIRING_STATES = ['proposed', 'accepted', 'coffee', 'active', 'completed', 'ended'] as const;

/** A session status in the reader's language (an unknown future status shows as it is stored). */
export const statusLabel = (tr: Translate, status: string): string =>
  (SESSION_STATUSES as readonly string[]).includes(status) ? tr(`journal.status.${status}` as MessageKey) : status;

/** A pairing state in the reader's language. */
export const stateLabel = (tr: Translate, state: string): string =>
  (PAIRING_STATES as readonly string[]).includes(state) ? tr(`journal.state.${state}` as MessageKey) : state;

/** The reader's part in a pairing ("you learn" / "you teach"). */
export const roleLabel = (tr: Translate, role: 'mentee' | 'mentor'): string => tr(role === 'mentee' ? 'journal.role_learn' : 'journal.role_teach');

/** Rating and confidence as "Rating 4/5 · Confidence 3/5" (empty when neither was given). */
export function scoreLine(tr: Translate, n: Pick<JournalNote, 'rating' | 'confidence'>): string {
  const parts: string[] = [];
  if (n.rating !== null) parts.push(tr('journal.rating', { n: n.rating }));
  if (n.confidence !== null) parts.push(tr('journal.confidence', { n: n.confidence }));
  return parts.join(' · ');
}

// Slack's limits: 100 blocks per modal, 3000 characters per section. One block stays free for the note that
// says the journal was cut; free text is cut per field first so that every session keeps its notes visible.
const MAX_BLOCKS = 100;
const FIELD_CHARS = 500;
const SECTION_CHARS = 3000;

const quote = (text: string) => `>${escapeMrkdwn(truncate(text.trim(), FIELD_CHARS)).replace(/\n+/g, '\n>')}`;

/** One session as mrkdwn: when and status, the agenda, then each person's check-in. */
export function sessionText(tr: Translate, lang: Lang, tz: string, s: JournalSession): string {
  const lines = [`*${formatDateTime(s.startsAt, tz, lang, 'weekday-datetime')}* · ${statusLabel(tr, s.status)} · ${tr('journal.minutes', { n: s.durationMinutes })}`];
  const agenda = formatAgendaLines(
    { agendaTopics: s.agendaTopics.map((t) => truncate(t, 150)), agendaHandsOn: truncate(s.agendaHandsOn, FIELD_CHARS) },
    { handsOnLabel: tr('agenda.hands_on_title') },
  );
  lines.push(agenda ? `*${tr('journal.agenda_label')}*\n${agenda}` : `_${tr('journal.no_agenda')}_`);
  for (const n of s.notes) {
    const who = `*${escapeMrkdwn(n.name)}* (${tr(`journal.role.${n.role}`)})`;
    if (!n.happened) {
      lines.push(`${who} ${tr('journal.not_held')}`);
      continue;
    }
    const score = scoreLine(tr, n);
    lines.push(score ? `${who} · ${score}` : who);
    if (n.learned.trim()) lines.push(`*${tr('journal.learned_label')}*`, quote(n.learned));
    if (n.feedback.trim()) lines.push(`*${tr('journal.feedback_label')}*`, quote(n.feedback));
  }
  return lines.join('\n');
}

/**
 * The learning journal modal: for each pairing of the reader (newest first) its sessions in order with
 * agenda and both check-ins. Stays within Block Kit limits; what does not fit is cut with a note that points
 * to the Markdown export, which always holds everything. Empty state: a friendly first step.
 */
export function buildJournalModal(tr: Translate, model: JournalModel): ModalView {
  const base = {
    type: 'modal' as const,
    callback_id: CallbackIds.journal,
    title: modalTitle(tr('journal.title')),
    close: plain(tr('common.close')),
  };
  if (!model.pairings.length) return { ...base, blocks: [section(tr('journal.empty'))] };

  const blocks: KnownBlock[] = [
    section(tr('journal.intro')),
    context([tr('journal.tz_note', { tz: model.tz })]),
    {
      type: 'actions',
      block_id: BlockIds.journal.actions,
      elements: [{ type: 'button', text: plain(tr('journal.export')), action_id: ActionIds.journalExport, value: 'md' }],
    },
  ];
  const room = () => MAX_BLOCKS - 1 - blocks.length;
  let cut = false;
  outer: for (const p of model.pairings) {
    // A pairing needs its divider, header, meta line and at least one line below to be worth starting.
    if (room() < 4) {
      cut = true;
      break;
    }
    blocks.push(
      divider(),
      header(tr('journal.pairing_header', { skill: p.skill, name: p.otherName })),
      context([tr('journal.pairing_meta', { role: roleLabel(tr, p.role), state: stateLabel(tr, p.state) })]),
    );
    if (!p.sessions.length) {
      blocks.push(context([tr('journal.no_sessions')]));
      continue;
    }
    for (const s of p.sessions) {
      if (room() < 1) {
        cut = true;
        break outer;
      }
      const text = sessionText(tr, model.lang, model.tz, s);
      if (text.length > SECTION_CHARS) cut = true;
      blocks.push(section(text));
    }
  }
  if (cut) blocks.push(context([`:scissors: ${tr('journal.truncated')}`], BlockIds.journal.more));
  return { ...base, blocks };
}

/** A small confirmation pushed on top of the journal after an export. */
export function buildJournalNoticeModal(tr: Translate, title: string, text: string): ModalView {
  return {
    type: 'modal',
    callback_id: CallbackIds.journal,
    title: modalTitle(title),
    close: plain(tr('common.close')),
    blocks: [section(text)],
  };
}
