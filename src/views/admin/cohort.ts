import type { Button, KnownBlock } from '@slack/types';
import type { Lang, MessageKey, Translate } from '../../i18n';
import type { SlackMessage } from '../../services/ports';
import type { ProposalLine } from '../../db/repositories/admin';
import { ActionIds, BlockIds, CallbackIds } from '../../slack/ids';
import { context, divider, header, modalTitle, plain, section, truncate, type ModalView } from '../blocks';
import { escapeMrkdwn, cleanShortText } from '../escape';
import { skillName } from '../skills';
import { readText, readUsers, type FieldErrors, type ParseResult, type StateValues } from '../state';
import { encodeAdminMetadata } from './metadata';

/** A pilot is 5–10 pairs; 100 people is generous and keeps every list inside Block Kit limits. */
export const MAX_COHORT_PEOPLE = 100;
export const COHORT_NAME = { min: 2, max: 60 } as const;

export type UnmatchedReason = 'no_candidate' | 'outcompeted' | 'paused' | 'already_paired';

/** Everything the cohort modal and the preview DM show. */
export interface CohortModel {
  id: number;
  name: string;
  status: string;
  revision: number;
  invited: string[];
  /** Invited people with neither a self-evaluation nor a mentor profile yet. */
  withoutProfile: number;
  proposals: ProposalLine[];
  unmatched: { name: string; reason: UnmatchedReason }[];
  surveySent: boolean;
}

const SLACK_USER_RE = /^[UW][A-Z0-9]{2,20}$/;

const button = (text: string, actionId: string, value: string, style?: 'primary' | 'danger'): Button => ({
  type: 'button',
  text: plain(truncate(text, 75)),
  action_id: actionId,
  value,
  ...(style ? { style } : {}),
});

/** Sections of up to ~2,900 characters from lines (a section holds 3,000). */
function sectionsOf(lines: readonly string[], max = 20): KnownBlock[] {
  const out: KnownBlock[] = [];
  let chunk: string[] = [];
  for (const line of lines) {
    if (chunk.length && [...chunk, line].join('\n').length > 2900) {
      out.push(section(chunk.join('\n')));
      chunk = [];
    }
    chunk.push(line);
  }
  if (chunk.length) out.push(section(chunk.join('\n')));
  return out.slice(0, max);
}

const statusMark = (status: string): string =>
  status === 'sent' || status === 'linked'
    ? ':white_check_mark: '
    : status === 'unavailable'
      ? ':no_entry_sign: '
      : '';

/** The preview lines: mentee ← mentor · skill · score, best first; published ones marked. */
export function previewLines(tr: Translate, lang: Lang, m: CohortModel): string[] {
  const pairs = m.proposals.map(
    (p) =>
      `${statusMark(p.status)}*${escapeMrkdwn(p.menteeName)}* ← *${escapeMrkdwn(p.mentorName)}* · ${escapeMrkdwn(skillName(p.skillNames, lang))} · ${tr('admin.preview_score', { score: p.score })}`,
  );
  const left = m.unmatched.map(
    (u) =>
      `:heavy_minus_sign: *${escapeMrkdwn(u.name)}* · ${tr(`admin.unmatched.${u.reason}` as MessageKey)}`,
  );
  return [...pairs, ...left];
}

const pendingCount = (m: CohortModel) => m.proposals.filter((p) => p.status === 'pending').length;
const publishedCount = (m: CohortModel) =>
  m.proposals.filter((p) => p.status === 'sent' || p.status === 'linked').length;

/** *Publish* with a confirmation; the value pins the run it was shown for. */
function publishButton(tr: Translate, m: CohortModel): Button {
  const n = pendingCount(m);
  return {
    ...button(tr('admin.publish', { n }), ActionIds.adminPublish, `${m.id}.${m.revision}`, 'primary'),
    confirm: {
      title: plain(tr('admin.publish_confirm_title')),
      text: plain(tr('admin.publish_confirm_text', { n })),
      confirm: plain(tr('admin.publish_confirm_yes')),
      deny: plain(tr('common.cancel')),
    },
  };
}

/** The "new pilot cohort" modal: a name and the people to invite. */
export function buildCohortNewModal(tr: Translate): ModalView {
  const ids = BlockIds.admin;
  return {
    type: 'modal',
    callback_id: CallbackIds.adminCohortNew,
    title: modalTitle(tr('admin.cohort_new_title')),
    submit: plain(tr('admin.cohort_new_submit')),
    close: plain(tr('common.cancel')),
    private_metadata: encodeAdminMetadata({ v: 1 }),
    blocks: [
      section(tr('admin.cohort_new_intro')),
      {
        type: 'input',
        block_id: ids.cohortName,
        label: plain(tr('admin.cohort_name_label')),
        element: {
          type: 'plain_text_input',
          action_id: ActionIds.input,
          max_length: COHORT_NAME.max,
          placeholder: plain(tr('admin.cohort_name_placeholder')),
        },
      },
      {
        type: 'input',
        block_id: ids.cohortPeople,
        label: plain(tr('admin.cohort_people_label')),
        hint: plain(tr('admin.cohort_people_hint')),
        element: {
          type: 'multi_users_select',
          action_id: ActionIds.input,
          max_selected_items: MAX_COHORT_PEOPLE,
        },
      },
    ],
  };
}

/** Validates a new cohort: a 2–60 character name and 1–100 people. */
export function parseCohortNew(values: StateValues): ParseResult<{ name: string; people: string[] }> {
  const ids = BlockIds.admin;
  const errors: FieldErrors = {};
  const name = cleanShortText(readText(values, ids.cohortName));
  if (name.length < COHORT_NAME.min || name.length > COHORT_NAME.max)
    errors[ids.cohortName] = { key: 'admin.err_cohort_name', params: COHORT_NAME };
  const people = parseInvitees(values, ids.cohortPeople, errors, true);
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: { name, people } };
}

/** "Invite more" on the cohort modal (its submit button). */
export function parseCohortInvite(values: StateValues): ParseResult<{ people: string[] }> {
  const errors: FieldErrors = {};
  const people = parseInvitees(values, BlockIds.admin.cohortInvite, errors, true);
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: { people } };
}

function parseInvitees(values: StateValues, block: string, errors: FieldErrors, required: boolean): string[] {
  const people = [...new Set(readUsers(values, block))];
  if (required && !people.length) errors[block] = { key: 'admin.err_people_none' };
  else if (people.length > MAX_COHORT_PEOPLE)
    errors[block] = { key: 'admin.err_people_many', params: { max: MAX_COHORT_PEOPLE } };
  else if (!people.every((p) => SLACK_USER_RE.test(p))) errors[block] = { key: 'admin.err_choice' };
  return people;
}

/**
 * One cohort: who is invited, *Invite* (the submit button), *Run matching*, the preview with scores and
 * *Publish*, the survey, stats and export. `notice` is a one-line status ("matching is running …").
 */
export function buildCohortModal(tr: Translate, lang: Lang, m: CohortModel, notice?: string): ModalView {
  const ids = BlockIds.admin;
  const blocks: KnownBlock[] = [
    header(m.name),
    section(
      tr('admin.cohort_status', {
        status: tr(`admin.cohort_state.${m.status}` as MessageKey),
        invited: m.invited.length,
        proposals: m.proposals.length,
      }),
    ),
  ];
  if (notice) blocks.push(context([notice]));
  blocks.push(
    m.invited.length
      ? section(truncate(m.invited.map((id) => `<@${id}>`).join(' '), 2990))
      : context([tr('admin.cohort_no_members')]),
  );
  if (m.withoutProfile > 0)
    blocks.push(context([tr('admin.cohort_without_profile', { n: m.withoutProfile })]));
  blocks.push({
    type: 'input',
    block_id: ids.cohortInvite,
    optional: true,
    label: plain(tr('admin.cohort_invite_label')),
    hint: plain(tr('admin.cohort_invite_hint')),
    element: {
      type: 'multi_users_select',
      action_id: ActionIds.input,
      max_selected_items: MAX_COHORT_PEOPLE,
    },
  });

  const actions: Button[] = [
    button(
      tr(m.revision > 0 ? 'admin.rematch' : 'admin.run_matching'),
      ActionIds.adminRunMatching,
      String(m.id),
      m.revision > 0 ? undefined : 'primary',
    ),
  ];
  if (m.status === 'previewed' || m.status === 'published') {
    if (pendingCount(m) > 0) actions.push(publishButton(tr, m));
  }
  actions.push(
    m.surveySent
      ? button(tr('admin.survey_results'), ActionIds.adminSurveyResults, String(m.id))
      : {
          ...button(tr('admin.send_survey'), ActionIds.adminSendSurvey, String(m.id)),
          confirm: {
            title: plain(tr('admin.survey_confirm_title')),
            text: plain(tr('admin.survey_confirm_text', { n: m.invited.length })),
            confirm: plain(tr('admin.survey_confirm_yes')),
            deny: plain(tr('common.cancel')),
          },
        },
  );
  blocks.push({ type: 'actions', block_id: ids.cohortActions, elements: actions });
  blocks.push({
    type: 'actions',
    block_id: ids.cohortReports,
    elements: [
      button(tr('admin.stats'), ActionIds.adminStats, String(m.id)),
      button(tr('admin.export_pairings'), ActionIds.adminExportPairings, String(m.id)),
      button(tr('admin.export_sessions'), ActionIds.adminExportSessions, String(m.id)),
      button(tr('admin.export_kpis'), ActionIds.adminExportKpis, String(m.id)),
    ],
  });

  if (m.status === 'matching') blocks.push(divider(), context([tr('admin.matching_running')]));
  else if (m.revision > 0) {
    blocks.push(
      divider(),
      section(tr('admin.preview_header', { pairs: pendingCount(m), unmatched: m.unmatched.length })),
    );
    if (publishedCount(m) > 0)
      blocks.push(context([tr('admin.preview_published', { n: publishedCount(m) })]));
    blocks.push(...sectionsOf(previewLines(tr, lang, m), 60));
    if (!m.proposals.length) blocks.push(context([tr('admin.preview_empty')]));
  }
  return {
    type: 'modal',
    callback_id: CallbackIds.adminCohort,
    title: modalTitle(tr('admin.cohort_title')),
    submit: plain(tr('admin.cohort_invite_submit')),
    close: plain(tr('common.close')),
    private_metadata: encodeAdminMetadata({ v: 1, cohortId: m.id }),
    blocks: blocks.slice(0, 100),
  };
}

/** The preview DM to the admin once batch matching has finished (nothing is sent to anyone before Publish). */
export function buildPreviewMessage(tr: Translate, lang: Lang, m: CohortModel): SlackMessage {
  const text = tr('admin.preview_dm_text', {
    cohort: escapeMrkdwn(m.name),
    pairs: pendingCount(m),
    unmatched: m.unmatched.length,
  });
  const blocks: KnownBlock[] = [header(tr('admin.preview_dm_header', { cohort: m.name })), section(text)];
  if (publishedCount(m) > 0) blocks.push(context([tr('admin.preview_published', { n: publishedCount(m) })]));
  blocks.push(...sectionsOf(previewLines(tr, lang, m), 40));
  if (pendingCount(m) > 0)
    blocks.push({
      type: 'actions',
      block_id: BlockIds.admin.previewActions,
      elements: [publishButton(tr, m)],
    });
  blocks.push(context([tr('admin.preview_dm_footer')]));
  return { text, blocks: blocks.slice(0, 50) };
}

/** The admin's summary after publishing. */
export function buildPublishedMessage(
  tr: Translate,
  a: { cohort: string; sent: number; linked: number; unavailable: number },
): SlackMessage {
  const lines = [tr('admin.published_sent', { n: a.sent, cohort: escapeMrkdwn(a.cohort) })];
  if (a.linked) lines.push(tr('admin.published_linked', { n: a.linked }));
  if (a.unavailable) lines.push(tr('admin.published_unavailable', { n: a.unavailable }));
  const text = lines.join('\n');
  return { text, blocks: [section(text), context([tr('admin.published_footer')])] };
}

/** The invitation DM, in the invitee's language, with the two ways in. */
export function buildInvitationMessage(
  tr: Translate,
  a: { cohortName: string; inviterId: string },
): SlackMessage {
  const text = tr('admin.invite_text', { cohort: escapeMrkdwn(a.cohortName), inviter: `<@${a.inviterId}>` });
  return {
    text,
    blocks: [
      header(tr('admin.invite_header')),
      section(text),
      section(tr('admin.invite_steps')),
      {
        type: 'actions',
        block_id: BlockIds.welcomeActions,
        elements: [
          button(tr('admin.invite_learn'), ActionIds.openSelfEvaluation, 'invite', 'primary'),
          button(tr('admin.invite_teach'), ActionIds.openMentorProfile, 'invite'),
        ],
      },
      context([tr('admin.invite_footer')]),
    ],
  };
}
