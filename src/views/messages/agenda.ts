import type { KnownBlock } from '@slack/types';
import type { Translate } from '../../i18n';
import type { SlackMessage } from '../../services/ports';
import { context, header, section } from '../blocks';
import { escapeMrkdwn } from '../escape';

/** The agenda fields of a session; the same shape as the `sessions` row so a row can be passed as-is. */
export interface AgendaFields {
  agendaTopics: readonly string[];
  agendaHandsOn: string;
}

/**
 * The agenda as mrkdwn: a numbered list of topics (basics first, as the mentee ordered them), then the
 * hands-on wish after :hammer_and_wrench:. Pure, and every piece of user text is escaped, so topics can never
 * mention or link anyone. Returns `''` when there is no agenda, so callers can fall back to their own line.
 *
 * `handsOnLabel` (e.g. "Hands-on", translated by the caller) is printed in bold before the wish; without it
 * only the emoji marks the line, which keeps the function language-free for reminders.
 */
export function formatAgendaLines(session: AgendaFields, opts: { handsOnLabel?: string } = {}): string {
  const lines = session.agendaTopics.map((topic, i) => `${i + 1}. ${escapeMrkdwn(topic)}`);
  const handsOn = session.agendaHandsOn.trim();
  if (handsOn) {
    const label = opts.handsOnLabel ? `*${escapeMrkdwn(opts.handsOnLabel)}:* ` : '';
    lines.push(`:hammer_and_wrench: ${label}${escapeMrkdwn(handsOn)}`);
  }
  return lines.join('\n');
}

export interface AgendaDmView {
  menteeSlackId: string;
  menteeName: string;
  skill: string;
  /** The session time, already formatted in the recipient's zone and language. */
  when: string;
  /** True when the mentor had an earlier version of this agenda. */
  updated: boolean;
  agenda: AgendaFields;
}

/** The mentor's DM with the mentee's agenda (in the mentor's language and zone). */
export function buildAgendaMessage(tr: Translate, v: AgendaDmView): SlackMessage {
  const params = { mentee: v.menteeSlackId, skill: escapeMrkdwn(v.skill), when: v.when };
  const blocks: KnownBlock[] = [
    header(tr(v.updated ? 'agenda.dm_updated_header' : 'agenda.dm_header')),
    section(`${tr(v.updated ? 'agenda.dm_updated_body' : 'agenda.dm_body', params)}\n\n${formatAgendaLines(v.agenda, { handsOnLabel: tr('agenda.hands_on_title') })}`),
    context([tr('agenda.dm_tip')]),
  ];
  // The fallback is what notifications show: a name, never a raw mention.
  return { text: tr('agenda.dm_text', { mentee: v.menteeName, when: v.when }), blocks };
}
