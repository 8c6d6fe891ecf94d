import type { KnownBlock, PlainTextOption } from '@slack/types';
import type { MessageKey, Translate } from '../../i18n';
import type { WorkspaceSettings } from '../../db/repositories/admin';
import { LEAD_SOURCES, type LeadSource } from '../../db/repositories/leads';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { context, divider, modalTitle, plain, section, type ModalView } from '../blocks';
import { keyedOptions, option, selectedOptions, WEEKDAYS } from '../options';
import {
  readMulti,
  readSelected,
  readText,
  readTime,
  readUsers,
  type FieldErrors,
  type ParseResult,
  type StateValues,
} from '../state';
import { encodeAdminMetadata } from './metadata';

/** Reminder offsets an admin can pick, in minutes before a session (24 h, 4 h, 1 h, 15 min). */
export const REMINDER_CHOICES = [1440, 240, 60, 15] as const;
export const CADENCE_CHOICES = ['weekly', 'biweekly', 'monthly'] as const;
export const MAX_ADMINS = 25;
export const RETENTION_DAYS = { min: 30, max: 3650 } as const;

const SLACK_USER_RE = /^[UW][A-Z0-9]{2,20}$/;
/** Slack custom profile field ids look like `Xf01ABCDEF2G`. */
export const PROFILE_FIELD_RE = /^Xf[A-Z0-9]{6,20}$/;
const HHMM_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface SettingsInput {
  admins: string[];
  settings: WorkspaceSettings;
}

const hourLabel = (h: number) => `${String(h).padStart(2, '0')}:00`;

/** The settings modal (pushed on top of the console), prefilled with what is saved. */
export function buildSettingsModal(
  tr: Translate,
  current: { settings: WorkspaceSettings; admins: string[] },
): ModalView {
  const ids = BlockIds.admin;
  const s = current.settings;
  const days = keyedOptions(tr, 'weekday', WEEKDAYS);
  const hours = Array.from({ length: 24 }, (_, h) => option(hourLabel(h), String(h)));
  const reminders = REMINDER_CHOICES.map((m) => option(tr(`admin.reminder.${m}` as MessageKey), String(m)));
  const cadences = keyedOptions(tr, 'plan.cadence', CADENCE_CHOICES);
  const sources: PlainTextOption[] = LEAD_SOURCES.map((src) => ({
    ...option(tr(`admin.lead_source.${src}` as MessageKey), src),
    description: plain(tr(`admin.lead_source_hint.${src}` as MessageKey)),
  }));
  const weekends = [option(tr('admin.quiet_weekends_option'), 'weekends')];
  const pick = (all: PlainTextOption[], value: string | number) => all.find((o) => o.value === String(value));

  const blocks: KnownBlock[] = [
    section(tr('admin.settings_intro')),
    {
      type: 'input',
      block_id: ids.admins,
      label: plain(tr('admin.admins_label')),
      hint: plain(tr('admin.admins_hint')),
      element: {
        type: 'multi_users_select',
        action_id: ActionIds.input,
        initial_users: current.admins.slice(0, MAX_ADMINS),
        max_selected_items: MAX_ADMINS,
      },
    },
    divider(),
    {
      type: 'input',
      block_id: ids.digestDay,
      label: plain(tr('admin.digest_day_label')),
      element: {
        type: 'static_select',
        action_id: ActionIds.input,
        options: days,
        ...(pick(days, s.digestWeekday) ? { initial_option: pick(days, s.digestWeekday)! } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.digestHour,
      label: plain(tr('admin.digest_hour_label')),
      hint: plain(tr('admin.digest_hour_hint')),
      element: {
        type: 'static_select',
        action_id: ActionIds.input,
        options: hours,
        ...(pick(hours, s.digestHour) ? { initial_option: pick(hours, s.digestHour)! } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.quietStart,
      label: plain(tr('admin.quiet_start_label')),
      element: {
        type: 'timepicker',
        action_id: ActionIds.input,
        ...(HHMM_RE.test(s.quietStart) ? { initial_time: s.quietStart } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.quietEnd,
      label: plain(tr('admin.quiet_end_label')),
      hint: plain(tr('admin.quiet_hint')),
      element: {
        type: 'timepicker',
        action_id: ActionIds.input,
        ...(HHMM_RE.test(s.quietEnd) ? { initial_time: s.quietEnd } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.quietWeekends,
      optional: true,
      label: plain(tr('admin.quiet_weekends_label')),
      element: {
        type: 'checkboxes',
        action_id: ActionIds.input,
        options: weekends,
        ...(s.quietWeekends ? { initial_options: weekends } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.reminders,
      label: plain(tr('admin.reminders_label')),
      element: {
        type: 'checkboxes',
        action_id: ActionIds.input,
        options: reminders,
        ...(selectedOptions(reminders, s.reminderOffsets).length
          ? { initial_options: selectedOptions(reminders, s.reminderOffsets) }
          : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.cadence,
      label: plain(tr('admin.cadence_label')),
      element: {
        type: 'static_select',
        action_id: ActionIds.input,
        options: cadences,
        ...(pick(cadences, s.defaultCadence) ? { initial_option: pick(cadences, s.defaultCadence)! } : {}),
      },
    },
    divider(),
    {
      type: 'input',
      block_id: ids.leadSource,
      label: plain(tr('admin.lead_source_label')),
      element: {
        type: 'radio_buttons',
        action_id: ActionIds.input,
        options: sources,
        ...(pick(sources, s.leadSource) ? { initial_option: pick(sources, s.leadSource)! } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.leadField,
      optional: true,
      label: plain(tr('admin.lead_field_label')),
      hint: plain(tr('admin.lead_field_hint')),
      element: {
        type: 'plain_text_input',
        action_id: ActionIds.input,
        max_length: 30,
        placeholder: plain('Xf01ABCDEF2G'),
        ...(s.leadFieldId ? { initial_value: s.leadFieldId } : {}),
      },
    },
    {
      type: 'input',
      block_id: ids.retention,
      label: plain(tr('admin.retention_label')),
      hint: plain(tr('admin.retention_hint', { min: RETENTION_DAYS.min, max: RETENTION_DAYS.max })),
      element: {
        type: 'number_input',
        action_id: ActionIds.input,
        is_decimal_allowed: false,
        min_value: String(RETENTION_DAYS.min),
        max_value: String(RETENTION_DAYS.max),
        initial_value: String(s.notesRetentionDays),
      },
    },
    context([tr('admin.settings_footer')]),
  ];
  return {
    type: 'modal',
    callback_id: CallbackIds.adminSettings,
    title: modalTitle(tr('admin.settings_title')),
    submit: plain(tr('common.save')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeAdminMetadata({ v: 1 }),
    blocks,
  };
}

/**
 * Validates the settings; `self` is the admin saving them, who may not remove themself (that would lock them
 * out mid-edit; another admin can remove them). Everything from Slack is re-checked: option values can be forged.
 */
export function parseSettings(values: StateValues, self: string): ParseResult<SettingsInput> {
  const ids = BlockIds.admin;
  const errors: FieldErrors = {};

  const admins = [...new Set(readUsers(values, ids.admins))];
  if (!admins.length) errors[ids.admins] = { key: 'admin.err_admins_empty' };
  else if (admins.length > MAX_ADMINS)
    errors[ids.admins] = { key: 'admin.err_admins_many', params: { max: MAX_ADMINS } };
  else if (!admins.every((a) => SLACK_USER_RE.test(a))) errors[ids.admins] = { key: 'admin.err_choice' };
  else if (!admins.includes(self)) errors[ids.admins] = { key: 'admin.err_admins_self' };

  const day = readSelected(values, ids.digestDay) ?? '';
  if (!/^[1-7]$/.test(day)) errors[ids.digestDay] = { key: 'admin.err_choice' };
  const hour = readSelected(values, ids.digestHour) ?? '';
  if (!/^(\d|1\d|2[0-3])$/.test(hour)) errors[ids.digestHour] = { key: 'admin.err_choice' };

  const quietStart = readTime(values, ids.quietStart) ?? '';
  if (!HHMM_RE.test(quietStart)) errors[ids.quietStart] = { key: 'admin.err_time' };
  const quietEnd = readTime(values, ids.quietEnd) ?? '';
  if (!HHMM_RE.test(quietEnd)) errors[ids.quietEnd] = { key: 'admin.err_time' };
  const weekendValues = readMulti(values, ids.quietWeekends);
  if (weekendValues.some((v) => v !== 'weekends')) errors[ids.quietWeekends] = { key: 'admin.err_choice' };

  const reminderValues = readMulti(values, ids.reminders);
  const reminders = reminderValues.map(Number);
  if (!reminderValues.length) errors[ids.reminders] = { key: 'admin.err_reminders_none' };
  else if (!reminders.every((m) => (REMINDER_CHOICES as readonly number[]).includes(m)))
    errors[ids.reminders] = { key: 'admin.err_choice' };

  const cadence = readSelected(values, ids.cadence) ?? '';
  if (!(CADENCE_CHOICES as readonly string[]).includes(cadence))
    errors[ids.cadence] = { key: 'admin.err_choice' };

  const leadSource = (readSelected(values, ids.leadSource) ?? '') as LeadSource;
  if (!LEAD_SOURCES.includes(leadSource)) errors[ids.leadSource] = { key: 'admin.err_choice' };
  const leadField = readText(values, ids.leadField);
  if (leadField && !PROFILE_FIELD_RE.test(leadField)) errors[ids.leadField] = { key: 'admin.err_field_id' };
  else if (leadSource === 'slack_field' && !leadField)
    errors[ids.leadField] = { key: 'admin.err_field_required' };

  // number_input sends its value as text; Slack checks the bounds in the client, we check them again.
  const retentionRaw = readText(values, ids.retention);
  const retention = /^\d{1,5}$/.test(retentionRaw) ? Number(retentionRaw) : NaN;
  if (!(retention >= RETENTION_DAYS.min && retention <= RETENTION_DAYS.max)) {
    errors[ids.retention] = {
      key: 'admin.err_retention',
      params: { min: RETENTION_DAYS.min, max: RETENTION_DAYS.max },
    };
  }

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    data: {
      admins,
      settings: {
        digestWeekday: Number(day),
        digestHour: Number(hour),
        quietStart,
        quietEnd,
        quietWeekends: weekendValues.includes('weekends'),
        reminderOffsets: [...new Set(reminders)].sort((a, b) => b - a),
        defaultCadence: cadence,
        leadSource,
        leadFieldId: leadField || null,
        notesRetentionDays: retention,
      },
    },
  };
}
