import { LANGS, translator, type Lang } from '../../src/i18n';
import { expectValidMessage, expectValidView } from '../support/block-kit-limits';
import { buildAdminConsole, type ConsoleModel } from '../../src/views/admin/console';
import { buildSettingsModal, parseSettings, REMINDER_CHOICES } from '../../src/views/admin/settings';
import { buildLeadsModal, leadErrorsText, readLeadsInput } from '../../src/views/admin/leads';
import {
  buildCohortModal,
  buildCohortNewModal,
  buildInvitationMessage,
  buildPreviewMessage,
  buildPublishedMessage,
  parseCohortNew,
  type CohortModel,
} from '../../src/views/admin/cohort';
import {
  buildPrimerStatusModal,
  buildStatsModal,
  buildAdminNoticeModal,
} from '../../src/views/admin/reports';
import {
  buildSurveyInvite,
  buildSurveyModal,
  buildSurveyResultsModal,
  parseSurvey,
  SURVEY_QUESTIONS,
} from '../../src/views/admin/survey';
import { buildProgramStats } from '../../src/domain/stats';
import { parseLeadCsv } from '../../src/domain/admin/lead-csv';
import type { WorkspaceSettings } from '../../src/db/repositories/admin';

const long = (n: number) => 'Ü'.repeat(n);
const ids = (n: number, p = 'U') => Array.from({ length: n }, (_, i) => `${p}${String(i).padStart(8, '0')}`);
const settings: WorkspaceSettings = {
  digestWeekday: 1,
  digestHour: 9,
  quietStart: '20:00',
  quietEnd: '08:00',
  quietWeekends: true,
  reminderOffsets: [1440, 60],
  defaultCadence: 'biweekly',
  leadSource: 'slack_field',
  leadFieldId: 'Xf01ABCDEF2G',
  notesRetentionDays: 365,
};
const consoleModel = (mode: 'configured' | 'bootstrap'): ConsoleModel => ({
  roster: mode === 'bootstrap' ? { mode, ids: [] } : { mode, ids: ids(25) },
  lead: { source: 'csv', fieldId: null, csvCount: 20000 },
  cohorts: Array.from({ length: 20 }, (_, i) => ({
    id: i + 1,
    name: long(60),
    status: ['draft', 'matching', 'previewed', 'published'][i % 4]!,
    invited: 100,
    proposals: 50,
  })),
});
const bigCohort = (status: string): CohortModel => ({
  id: 7,
  name: long(60),
  status,
  revision: 3,
  invited: ids(100),
  withoutProfile: 12,
  proposals: Array.from({ length: 50 }, (_, i) => ({
    id: i,
    revision: 3,
    menteeMemberId: i,
    menteeSlackId: `UE${i}`,
    menteeName: long(80),
    mentorSlackId: `UO${i}`,
    mentorName: `<!channel> ${long(70)}`,
    skillNames: { en: long(60), de: long(60), 'pt-BR': long(60) },
    score: 999,
    status: i % 3 ? 'pending' : 'sent',
  })),
  unmatched: Array.from({ length: 50 }, (_, i) => ({
    name: long(80),
    reason: (['no_candidate', 'outcompeted', 'paused', 'already_paired'] as const)[i % 4]!,
  })),
  surveySent: status === 'published',
});

/** Slack-shaped state for the settings modal. */
const settingsState = (over: Record<string, unknown> = {}) => {
  const el = (v: unknown) => ({ mm_input: v });
  const base: Record<string, unknown> = {
    ad_admins: { type: 'multi_users_select', selected_users: ['UADMIN', 'UOTHER'] },
    ad_digest_day: { type: 'static_select', selected_option: { value: '1' } },
    ad_digest_hour: { type: 'static_select', selected_option: { value: '9' } },
    ad_quiet_start: { type: 'timepicker', selected_time: '20:00' },
    ad_quiet_end: { type: 'timepicker', selected_time: '07:30' },
    ad_quiet_weekends: { type: 'checkboxes', selected_options: [{ value: 'weekends' }] },
    ad_reminders: {
      type: 'checkboxes',
      selected_options: [{ value: '60' }, { value: '1440' }, { value: '15' }],
    },
    ad_cadence: { type: 'static_select', selected_option: { value: 'weekly' } },
    ad_lead_source: { type: 'radio_buttons', selected_option: { value: 'profile' } },
    ad_lead_field: { type: 'plain_text_input', value: '' },
    ad_retention: { type: 'number_input', value: '180' },
    ...over,
  };
  return Object.fromEntries(Object.entries(base).map(([k, v]) => [k, el(v)])) as never;
};

describe.each(LANGS)('admin surfaces in %s stay within Block Kit limits', (lang: Lang) => {
  const tr = translator(lang);

  it('when the console is built for a bootstrap and a full workspace, then it is valid', () => {
    expectValidView(buildAdminConsole(tr, consoleModel('bootstrap')));
    expectValidView(buildAdminConsole(tr, consoleModel('configured')));
  });

  it('when the settings, lead upload and new-cohort modals are built, then they are valid', () => {
    expectValidView(buildSettingsModal(tr, { settings, admins: ids(30) }));
    expectValidView(
      buildSettingsModal(tr, {
        settings: { ...settings, quietStart: 'garbage', leadFieldId: null, digestHour: 99 },
        admins: [],
      }),
    );
    expectValidView(buildLeadsModal(tr, { source: 'slack_field', csvCount: 0 }));
    expectValidView(buildCohortNewModal(tr));
  });

  it.each(['draft', 'matching', 'previewed', 'published'])(
    'when a full cohort (%s) is shown, then the modal and the preview DM are valid',
    (status) => {
      expectValidView(buildCohortModal(tr, lang, bigCohort(status), long(300)));
      expectValidMessage(buildPreviewMessage(tr, lang, bigCohort(status)));
    },
  );

  it('when invitations, summaries and survey messages are built, then they are valid', () => {
    expectValidMessage(buildInvitationMessage(tr, { cohortName: long(60), inviterId: 'UADMIN' }));
    expectValidMessage(buildPublishedMessage(tr, { cohort: long(60), sent: 10, linked: 2, unavailable: 1 }));
    expectValidMessage(buildSurveyInvite(tr, { cohortId: 1, cohortName: long(60) }));
    expectValidView(buildSurveyModal(tr, { cohortId: 1, cohortName: long(60) }));
  });

  it('when reports are built, then stats, primer readers, survey results and notices are valid', () => {
    const stats = buildProgramStats({
      participants: { total: 20, mentees: 10, mentors: 12 },
      pairingsByState: [
        { state: 'active', count: 5 },
        { state: 'ended', count: 1 },
      ],
      sessionsHeld: 14,
      ratings: { sum: 60, count: 14 },
      kpis: { total: 9, done: 4 },
      confidenceBefore: { sum: 10, count: 5 },
      confidenceAfter: { sum: 18, count: 5 },
    });
    expectValidView(buildStatsModal(tr, long(200), stats));
    const rows = Array.from({ length: 400 }, (_, i) => ({
      slackUserId: `U${i}`,
      name: long(80),
      sentAt: i % 2 ? new Date() : null,
      ackAt: i % 3 ? null : new Date(),
    }));
    expectValidView(buildPrimerStatusModal(tr, rows, (d) => d.toISOString().slice(0, 10)));
    expectValidView(buildPrimerStatusModal(tr, [], (d) => d.toISOString()));
    const summary = SURVEY_QUESTIONS.map((q) => ({
      question: q,
      count: 10,
      average: 3.5,
      distribution: { 1: 1, 2: 1, 3: 2, 4: 3, 5: 3 },
    }));
    expectValidView(
      buildSurveyResultsModal(tr, {
        cohortName: long(60),
        participants: 10,
        responses: 7,
        summary,
        sentAt: '1 Mar 2027',
      }),
    );
    expectValidView(
      buildSurveyResultsModal(tr, {
        cohortName: long(60),
        participants: 10,
        responses: 0,
        summary: [],
        sentAt: null,
      }),
    );
    expectValidView(buildAdminNoticeModal(tr, tr('admin.notice_title'), long(2000)));
  });

  it('when many lead CSV lines are bad, then the error text next to the field stays short and lists the first ones', () => {
    const bad = parseLeadCsv(Array.from({ length: 50 }, (_, i) => `${long(100)},U${i}X`).join('\n'));
    if (bad.ok) throw new Error('expected errors');
    const text = leadErrorsText(tr, bad.errors);
    expect(text.length).toBeLessThanOrEqual(1900);
    expect(text).toContain('45');
  });
});

describe('admin modal parsing', () => {
  it('when valid settings come in, then they are normalised (offsets sorted, weekends flag, retention number)', () => {
    expect(parseSettings(settingsState(), 'UADMIN')).toEqual({
      ok: true,
      data: {
        admins: ['UADMIN', 'UOTHER'],
        settings: {
          digestWeekday: 1,
          digestHour: 9,
          quietStart: '20:00',
          quietEnd: '07:30',
          quietWeekends: true,
          reminderOffsets: [1440, 60, 15],
          defaultCadence: 'weekly',
          leadSource: 'profile',
          leadFieldId: null,
          notesRetentionDays: 180,
        },
      },
    });
  });

  it.each([
    [
      'no admin',
      { ad_admins: { type: 'multi_users_select', selected_users: [] } },
      'ad_admins',
      'admin.err_admins_empty',
    ],
    [
      'removing yourself',
      { ad_admins: { type: 'multi_users_select', selected_users: ['UOTHER'] } },
      'ad_admins',
      'admin.err_admins_self',
    ],
    [
      'a forged weekday',
      { ad_digest_day: { type: 'static_select', selected_option: { value: '8' } } },
      'ad_digest_day',
      'admin.err_choice',
    ],
    [
      'a forged hour',
      { ad_digest_hour: { type: 'static_select', selected_option: { value: '24' } } },
      'ad_digest_hour',
      'admin.err_choice',
    ],
    [
      'no quiet end',
      { ad_quiet_end: { type: 'timepicker', selected_time: null } },
      'ad_quiet_end',
      'admin.err_time',
    ],
    [
      'no reminder',
      { ad_reminders: { type: 'checkboxes', selected_options: [] } },
      'ad_reminders',
      'admin.err_reminders_none',
    ],
    [
      'a forged reminder',
      { ad_reminders: { type: 'checkboxes', selected_options: [{ value: '7' }] } },
      'ad_reminders',
      'admin.err_choice',
    ],
    [
      'the Slack field without an id',
      { ad_lead_source: { type: 'radio_buttons', selected_option: { value: 'slack_field' } } },
      'ad_lead_field',
      'admin.err_field_required',
    ],
    [
      'a malformed field id',
      { ad_lead_field: { type: 'plain_text_input', value: 'Manager' } },
      'ad_lead_field',
      'admin.err_field_id',
    ],
    [
      'retention below the minimum',
      { ad_retention: { type: 'number_input', value: '5' } },
      'ad_retention',
      'admin.err_retention',
    ],
    [
      'retention that is not a number',
      { ad_retention: { type: 'number_input', value: '1e3' } },
      'ad_retention',
      'admin.err_retention',
    ],
  ])('when the settings have %s, then the error sits on that field', (_label, over, block, key) => {
    const r = parseSettings(settingsState(over), 'UADMIN');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[block]?.key).toBe(key);
  });

  it('when every reminder choice is picked, then each is accepted', () => {
    const all = {
      ad_reminders: {
        type: 'checkboxes',
        selected_options: REMINDER_CHOICES.map((m) => ({ value: String(m) })),
      },
    };
    const r = parseSettings(settingsState(all), 'UADMIN');
    expect(r.ok && r.data.settings.reminderOffsets).toEqual([1440, 240, 60, 15]);
  });

  it('when a cohort has no name or nobody, then both fields get errors', () => {
    const r = parseCohortNew({
      ad_cohort_name: { mm_input: { type: 'plain_text_input', value: ' x ' } },
      ad_cohort_people: { mm_input: { type: 'multi_users_select', selected_users: [] } },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['ad_cohort_name', 'ad_cohort_people']);
  });

  it('when a survey answer is missing or forged, then that question gets the error', () => {
    const answers = Object.fromEntries(
      SURVEY_QUESTIONS.map((q) => [
        `sv_${q}`,
        { mm_input: { type: 'radio_buttons', selected_option: { value: '4' } } },
      ]),
    );
    expect(parseSurvey(answers)).toMatchObject({ ok: true, data: { useful: 4, recommend: 4 } });
    const forged = {
      ...answers,
      sv_match: { mm_input: { type: 'radio_buttons', selected_option: { value: '9' } } },
    };
    const r = parseSurvey(forged);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors)).toEqual(['sv_match']);
  });

  it('when the lead modal carries a file and pasted text, then the file id is read and a forged id ignored', () => {
    expect(
      readLeadsInput({
        ad_lead_file: { mm_input: { type: 'file_input', files: [{ id: 'F0123ABC' }] } as never },
        ad_lead_paste: { mm_input: { type: 'plain_text_input', value: ' U1,U2 ' } },
      }),
    ).toEqual({
      fileId: 'F0123ABC',
      pasted: 'U1,U2',
    });
    expect(
      readLeadsInput({
        ad_lead_file: { mm_input: { type: 'file_input', files: [{ id: '../etc' }] } as never },
      }),
    ).toEqual({ pasted: '' });
  });
});
