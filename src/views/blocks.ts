import type { KnownBlock, PlainTextElement, MrkdwnElement, View } from '@slack/types';
import { neutralizeControlSequences } from './escape';

/** Tiny constructors that keep Block Kit builders short and typed. */
export const plain = (text: string, emoji = true): PlainTextElement => ({ type: 'plain_text', text, emoji });
/**
 * mrkdwn text, hardened: only `<@U…>` mentions survive as control sequences and `verbatim` stops Slack from
 * auto-linking or parsing mentions in the text (see `neutralizeControlSequences`).
 */
export const mrkdwn = (text: string): MrkdwnElement => ({ type: 'mrkdwn', text: neutralizeControlSequences(text), verbatim: true });

export const header = (text: string, blockId?: string): KnownBlock => ({
  type: 'header',
  text: plain(truncate(text, 150)),
  ...(blockId ? { block_id: blockId } : {}),
});
export const section = (text: string, blockId?: string): KnownBlock => ({
  type: 'section',
  text: mrkdwn(truncate(text, 3000)),
  ...(blockId ? { block_id: blockId } : {}),
});
export const context = (texts: string[], blockId?: string): KnownBlock => ({
  type: 'context',
  elements: texts.slice(0, 10).map((t) => mrkdwn(truncate(t, 2000))),
  ...(blockId ? { block_id: blockId } : {}),
});
export const divider = (): KnownBlock => ({ type: 'divider' });

/** Cuts text to a Block Kit limit, marking the cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  return `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** Modal titles are limited to 24 characters by Slack. */
export const modalTitle = (text: string): PlainTextElement => plain(truncate(text, 24));

export type ModalView = View & { type: 'modal' };
