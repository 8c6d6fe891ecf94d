import { BlockIds } from '../../slack/ids';
import { readMulti, readText, type FieldErrors, type ParseResult, type StateValues } from '../state';
import { AGENDA_LIMITS, topicKey } from './build';
import type { AgendaInput } from '../../services/agenda';

// Control characters other than line breaks and tabs never belong in a topic or note.
const CONTROL = /(?![\n\t])\p{Cc}/gu;

/**
 * Splits the topics box into topics: one per line, without the bullets or numbers people type out of habit
 * ("- ", "• ", "1. ", "2) "), with spacing tidied and empty lines dropped.
 */
export function topicLines(text: string): string[] {
  return text
    .split(/\r?\n|\r/)
    .map((l) =>
      l
        .replace(CONTROL, '')
        .replace(/^\s*(?:[•·]\s*|[-*]+(?:\s+|$)|\d{1,2}[.)](?:\s+|$))/, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}

/**
 * The final order: picked suggestions first, in template order (basics → advanced), then the typed topics in
 * the member's order. A suggestion that was also typed is not repeated; its typed position wins, so a member
 * can move a suggestion anywhere by typing it. Duplicates (ignoring case and spacing) are dropped.
 */
export function mergeTopics(suggestions: readonly string[], chosen: readonly number[], typed: readonly string[]): string[] {
  const typedKeys = new Set(typed.map(topicKey));
  const picked = [...new Set(chosen)]
    .sort((a, b) => a - b)
    .map((i) => suggestions[i])
    .filter((s): s is string => s !== undefined && !typedKeys.has(topicKey(s)));
  const seen = new Set<string>();
  return [...picked, ...typed].filter((t) => {
    const k = topicKey(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Validates the agenda modal. `suggestions` must be the list the modal was built with (same skill and
 * language), because checkbox values are indexes into it. Errors name the block they belong to.
 */
export function parseAgenda(values: StateValues, suggestions: readonly string[]): ParseResult<AgendaInput> {
  const ids = BlockIds.agenda;
  const errors: FieldErrors = {};

  const raw = readText(values, ids.topics);
  const typed = topicLines(raw);
  if (raw.length > AGENDA_LIMITS.topicsText) errors[ids.topics] = { key: 'err.too_long', params: { max: AGENDA_LIMITS.topicsText } };
  else if (typed.length > AGENDA_LIMITS.topics) errors[ids.topics] = { key: 'err.too_many_lines', params: { max: AGENDA_LIMITS.topics } };
  else {
    const long = typed.findIndex((t) => t.length > AGENDA_LIMITS.topicChars);
    if (long >= 0) errors[ids.topics] = { key: 'agenda.err_topic_long', params: { line: long + 1, max: AGENDA_LIMITS.topicChars } };
  }

  const chosenRaw = readMulti(values, ids.suggested);
  const chosen = chosenRaw.filter((v) => /^\d{1,2}$/.test(v)).map(Number);
  if (chosen.length !== chosenRaw.length || chosen.some((i) => i >= Math.min(suggestions.length, AGENDA_LIMITS.suggestions))) {
    errors[ids.suggested] = { key: 'err.invalid_choice' };
  }

  const handsOn = readText(values, ids.handsOn).replace(/\r\n?/g, '\n').replace(CONTROL, '');
  if (handsOn.length > AGENDA_LIMITS.handsOn) errors[ids.handsOn] = { key: 'err.too_long', params: { max: AGENDA_LIMITS.handsOn } };

  if (!errors[ids.topics] && !errors[ids.suggested]) {
    const topics = mergeTopics(suggestions, chosen, typed);
    if (topics.length === 0) errors[ids.topics] = { key: 'agenda.err_empty' };
    else if (topics.length > AGENDA_LIMITS.topics) errors[ids.topics] = { key: 'agenda.err_total', params: { count: topics.length, max: AGENDA_LIMITS.topics } };
    if (!Object.keys(errors).length) return { ok: true, data: { topics, handsOn } };
  }
  return { ok: false, errors };
}
