import type { Translate } from '../i18n';
import type { FieldErrors } from './state';

/** Translates field errors into Slack's `response_action: 'errors'` map (block id → message). */
export function toSlackErrors(tr: Translate, errors: FieldErrors): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([block, e]) => [block, tr(e.key, e.params)]));
}
