import type { KnownBlock, PlainTextOption } from '@slack/types';
import type { Translate } from '../../i18n';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { context, modalTitle, plain, section, type ModalView } from '../blocks';
import { encodeMetadata } from '../metadata';
import { escapeMrkdwn } from '../escape';

/**
 * Limits of the agenda. Eight topics is generous on purpose: one or two fill a 30-minute session, and the
 * rest is a backlog the pair can work down. The text box allows the eight lines plus bullets or numbering.
 */
export const AGENDA_LIMITS = { topics: 8, topicChars: 150, topicsText: 1300, handsOn: 500, suggestions: 10 } as const;

export interface AgendaModalModel {
  sessionId: number;
  pairingId: number;
  skill: string;
  /** The other person of the pairing (the mentor). */
  otherName: string;
  /** Session start, formatted in the member's zone and language. */
  when: string;
  /** `agendaTopicsFor(slug, lang)`: basics first; may be empty. */
  suggestions: readonly string[];
  /** The saved agenda (prefill). */
  topics: readonly string[];
  handsOn: string;
}

/** How two topics are compared: case, Unicode form and spacing do not make a topic new. */
export const topicKey = (topic: string): string => topic.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/**
 * What the modal shows for a saved agenda so that saving it again unchanged gives the very same list.
 * The leading run of saved topics that are suggestions in template order is shown as ticked checkboxes (the
 * merge puts picked suggestions first in exactly that order); everything after it goes into the text box in
 * its saved order. Suggestions that also appear in the text are ticked too, and the text wins for them.
 */
export function agendaPrefill(topics: readonly string[], suggestions: readonly string[]): { text: string; checked: number[] } {
  const indexOf = new Map(suggestions.map((s, i) => [topicKey(s), i] as const));
  let lead = 0;
  let last = -1;
  for (const topic of topics) {
    const i = indexOf.get(topicKey(topic));
    if (i === undefined || i <= last) break;
    last = i;
    lead++;
  }
  const checked = [...new Set(topics.map((t) => indexOf.get(topicKey(t))).filter((i): i is number => i !== undefined))].sort((a, b) => a - b);
  return { text: topics.slice(lead).join('\n'), checked };
}

/**
 * A checkbox option for a suggestion. Slack cuts option text at 75 characters; a few template topics are
 * longer, so the cut happens at a word and the rest continues in the option's description.
 */
export function suggestionOption(topic: string, index: number): PlainTextOption {
  const value = String(index);
  if (topic.length <= 75) return { text: plain(topic), value };
  const cutAt = topic.lastIndexOf(' ', 73);
  const head = topic.slice(0, cutAt > 30 ? cutAt : 73).trimEnd();
  const rest = topic.slice(head.length).trimStart();
  const tail = `…${rest}`;
  return { text: plain(`${head}…`), value, description: plain(tail.length <= 75 ? tail : `${tail.slice(0, 74)}…`) };
}

/**
 * The mentee's agenda modal: when and with whom, ordered topics (one per line, basics first), suggested topics
 * for the skill when it has a template, and what they want to try hands-on. Prefilled from the saved agenda.
 */
export function buildAgendaModal(tr: Translate, m: AgendaModalModel): ModalView {
  const ids = BlockIds.agenda;
  const suggestions = m.suggestions.slice(0, AGENDA_LIMITS.suggestions);
  const prefill = agendaPrefill(m.topics, suggestions);
  const options = suggestions.map(suggestionOption);
  const initial = options.filter((_, i) => prefill.checked.includes(i));
  const blocks: KnownBlock[] = [
    section(tr('agenda.intro', { skill: escapeMrkdwn(m.skill), name: escapeMrkdwn(m.otherName), when: m.when }), ids.intro),
    context([tr('agenda.intro_hint')]),
    {
      type: 'input',
      block_id: ids.topics,
      // With suggestions, picking only those is a complete agenda; the parser checks "at least one" either way.
      optional: options.length > 0,
      label: plain(tr('agenda.topics_label')),
      hint: plain(tr('agenda.topics_hint', { max: AGENDA_LIMITS.topics, chars: AGENDA_LIMITS.topicChars })),
      element: {
        type: 'plain_text_input',
        action_id: ActionIds.input,
        multiline: true,
        max_length: AGENDA_LIMITS.topicsText,
        placeholder: plain(tr('agenda.topics_placeholder')),
        ...(prefill.text ? { initial_value: prefill.text.slice(0, AGENDA_LIMITS.topicsText) } : {}),
      },
    },
  ];
  if (options.length) {
    blocks.push({
      type: 'input',
      block_id: ids.suggested,
      optional: true,
      label: plain(tr('agenda.suggested_label', { skill: m.skill })),
      hint: plain(tr('agenda.suggested_hint')),
      element: { type: 'checkboxes', action_id: ActionIds.input, options, ...(initial.length ? { initial_options: initial } : {}) },
    });
  }
  blocks.push({
    type: 'input',
    block_id: ids.handsOn,
    optional: true,
    label: plain(tr('agenda.hands_on_label')),
    element: {
      type: 'plain_text_input',
      action_id: ActionIds.input,
      multiline: true,
      max_length: AGENDA_LIMITS.handsOn,
      placeholder: plain(tr('agenda.hands_on_placeholder')),
      ...(m.handsOn ? { initial_value: m.handsOn.slice(0, AGENDA_LIMITS.handsOn) } : {}),
    },
  });
  return {
    type: 'modal',
    callback_id: CallbackIds.agenda,
    title: modalTitle(tr('agenda.title')),
    submit: plain(tr('agenda.submit')),
    close: plain(tr('common.cancel')),
    // A hint only: the submit handler reloads the session and re-checks who may save it.
    private_metadata: encodeMetadata({ v: 1, sessionId: m.sessionId, pairingId: m.pairingId }),
    blocks,
  };
}
