import type { KnownBlock } from '@slack/types';
import type { MessageKey, Translate } from '../../i18n';
import type { LeadCsvError } from '../../domain/admin/lead-csv';
import type { LeadSource } from '../../db/repositories/leads';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { context, modalTitle, plain, section, truncate, type ModalView } from '../blocks';
import { escapeMrkdwn } from '../escape';
import { readElement, readText, type StateValues } from '../state';
import { encodeAdminMetadata } from './metadata';

/** Slack's limit for a plain-text input; longer lists go in a file. */
export const LEAD_PASTE_MAX = 3000;
/** How many bad lines are listed next to the field (the rest are counted). */
const SHOWN_ERRORS = 5;

/** The team-lead CSV import: a .csv file, or the same lines pasted. */
export function buildLeadsModal(tr: Translate, current: { source: LeadSource; csvCount: number }): ModalView {
  const ids = BlockIds.admin;
  const blocks: KnownBlock[] = [
    section(tr('admin.leads_intro')),
    context([
      tr('admin.leads_current', {
        source: tr(`admin.lead_source.${current.source}` as MessageKey),
        count: current.csvCount,
      }),
    ]),
    {
      type: 'input',
      block_id: ids.leadFile,
      optional: true,
      label: plain(tr('admin.leads_file_label')),
      element: { type: 'file_input', action_id: ActionIds.input, filetypes: ['csv', 'txt'], max_files: 1 },
    },
    {
      type: 'input',
      block_id: ids.leadPaste,
      optional: true,
      label: plain(tr('admin.leads_paste_label')),
      hint: plain(tr('admin.leads_paste_hint')),
      element: {
        type: 'plain_text_input',
        action_id: ActionIds.input,
        multiline: true,
        max_length: LEAD_PASTE_MAX,
        placeholder: plain('member,lead\nU012AB3CD,U045EF6GH'),
      },
    },
    context([tr('admin.leads_replace_hint')]),
  ];
  return {
    type: 'modal',
    callback_id: CallbackIds.adminLeads,
    title: modalTitle(tr('admin.leads_title')),
    submit: plain(tr('admin.leads_submit')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeAdminMetadata({ v: 1 }),
    blocks,
  };
}

/** What the admin handed in: a file id from the file input and/or pasted text. */
export function readLeadsInput(values: StateValues): { fileId?: string; pasted: string } {
  const files =
    (readElement(values, BlockIds.admin.leadFile) as { files?: { id?: unknown }[] } | undefined)?.files ?? [];
  const id = files
    .map((f) => f.id)
    .find((v): v is string => typeof v === 'string' && /^F[A-Z0-9]{2,20}$/.test(v));
  return { ...(id ? { fileId: id } : {}), pasted: readText(values, BlockIds.admin.leadPaste) };
}

/** One bad line in words, e.g. "Line 4: “Bob” is not a Slack user ID or @mention (lead)." */
export function leadErrorLine(tr: Translate, e: LeadCsvError): string {
  const text = escapeMrkdwn(e.text);
  switch (e.code) {
    case 'fields':
      return tr('admin.leads_err_fields', { line: e.line, text });
    case 'member':
      return tr('admin.leads_err_member', { line: e.line, text });
    case 'lead':
      return tr('admin.leads_err_lead', { line: e.line, text });
    case 'self':
      return tr('admin.leads_err_self', { line: e.line, text });
    case 'duplicate':
      return tr('admin.leads_err_duplicate', { line: e.line, text, first: e.firstLine ?? 0 });
    case 'quote':
      return tr('admin.leads_err_quote', { line: e.line });
    case 'too_many':
      return tr('admin.leads_err_too_many', { max: e.text });
    case 'empty':
      return tr('admin.leads_err_empty');
  }
}

/** The message next to the field: the first bad lines, and how many more there are. Nothing was imported. */
export function leadErrorsText(tr: Translate, errors: readonly LeadCsvError[]): string {
  const lines = errors.slice(0, SHOWN_ERRORS).map((e) => leadErrorLine(tr, e));
  const more =
    errors.length > SHOWN_ERRORS ? ` ${tr('admin.leads_err_more', { n: errors.length - SHOWN_ERRORS })}` : '';
  return truncate(`${tr('admin.leads_err_intro')} ${lines.join(' ')}${more}`, 1900);
}
