import { z } from 'zod';
import type { MessageKey, Params } from '../i18n';
import { cleanShortText } from './escape';

/**
 * `view.state.values` as Slack sends it, decoded with zod. Values from Slack are never trusted: every reader
 * checks type and bounds, and a wrong shape reads as "no value" (the field validation then explains).
 */
const element = z
  .object({
    type: z.string(),
    value: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
    selected_options: z.array(z.object({ value: z.string() })).nullish(),
    selected_user: z.string().nullish(),
    selected_users: z.array(z.string()).nullish(),
    selected_time: z.string().nullish(),
    selected_date: z.string().nullish(),
  })
  .passthrough();

export const stateValuesSchema = z.record(z.string(), z.record(z.string(), element));
export type StateValues = z.infer<typeof stateValuesSchema>;

/** Reads one element of a block (the first one when the action id is not given). */
export function readElement(values: StateValues, blockId: string): z.infer<typeof element> | undefined {
  const block = values[blockId];
  if (!block) return undefined;
  return Object.values(block)[0];
}

export const readText = (values: StateValues, blockId: string): string => (readElement(values, blockId)?.value ?? '').trim();
export const readSelected = (values: StateValues, blockId: string): string | undefined =>
  readElement(values, blockId)?.selected_option?.value ?? undefined;
export const readMulti = (values: StateValues, blockId: string): string[] =>
  (readElement(values, blockId)?.selected_options ?? []).map((o) => o.value);
export const readUser = (values: StateValues, blockId: string): string | undefined => readElement(values, blockId)?.selected_user ?? undefined;
export const readUsers = (values: StateValues, blockId: string): string[] => readElement(values, blockId)?.selected_users ?? [];
export const readTime = (values: StateValues, blockId: string): string | undefined => readElement(values, blockId)?.selected_time ?? undefined;

/** A field error before translation: which block, which message. */
export type FieldError = { key: MessageKey; params?: Params };
export type FieldErrors = Record<string, FieldError>;

export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Skill references in option values: a catalogue id, or free text the member wants added. */
export type SkillRef = { kind: 'id'; id: number } | { kind: 'new'; name: string };

export function parseSkillRef(value: string | undefined): SkillRef | undefined {
  if (!value) return undefined;
  const id = /^s:(\d{1,15})$/.exec(value);
  if (id) return { kind: 'id', id: Number(id[1]) };
  const fresh = /^new:(.{2,60})$/s.exec(value);
  if (fresh) {
    const name = cleanShortText(fresh[1]!);
    return name.length >= 2 ? { kind: 'new', name } : undefined;
  }
  return undefined;
}
export const skillRefValue = (ref: SkillRef): string => (ref.kind === 'id' ? `s:${ref.id}` : `new:${ref.name}`);

/** Parses a level option value strictly: "1".."5" only. */
export function parseLevel(value: string | undefined): number | 'invalid' | undefined {
  if (value === undefined) return undefined;
  return /^[1-5]$/.test(value) ? Number(value) : 'invalid';
}
