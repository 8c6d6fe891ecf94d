import type {
  AllMiddlewareArgs,
  App,
  SlackViewMiddlewareArgs,
  ViewSubmitAction,
  ViewResponseAction,
} from '@slack/bolt';
import type { ServiceDeps } from '../../services/deps';
import type { Member } from '../../db/repositories/members';
import type { SlackPort } from '../../services/ports';
import { ensureMember } from '../../services/members';
import { isProgramAdmin } from '../../services/admin';
import { saveAdminSettings } from '../../services/admin-settings';
import { importLeadCsv, LEAD_FILE_MAX_BYTES } from '../../services/admin-leads';
import { cohortView, createCohort, inviteToCohort, recordSurvey } from '../../services/admin-cohorts';
import { createSlackPort } from '../../slack/web-slack-port';
import { failureMessageKey } from '../../slack/failures';
import { BlockIds, CallbackIds } from '../../slack/ids';
import { langFromLocale, t, translator, type Translate } from '../../i18n';
import { stateValuesSchema, type StateValues } from '../state';
import { toSlackErrors } from '../submit-helpers';
import { decodeAdminMetadata, type AdminMetadata } from './metadata';
import { parseSettings } from './settings';
import { leadErrorsText, readLeadsInput } from './leads';
import { parseCohortInvite, parseCohortNew } from './cohort';
import { parseSurvey, SURVEY_QUESTIONS } from './survey';
import { buildAdminNoticeModal } from './reports';

interface AdminSubmitContext {
  deps: ServiceDeps;
  slack: SlackPort;
  member: Member;
  tr: Translate;
  values: StateValues;
  metadata: AdminMetadata;
}

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
type Outcome = { response?: ViewResponseAction };

const errorsAt = (block: string, text: string): Outcome => ({
  response: { response_action: 'errors', errors: { [block]: text } },
});

/**
 * Like `withSubmitter`, with the admin modals' own metadata (the cohort) and, for `adminOnly`, the program
 * admin check on every submission: a modal opened while someone was an admin is not a licence later.
 */
const withAdminSubmit =
  (
    deps: ServiceDeps,
    errorBlock: string,
    adminOnly: boolean,
    run: (ctx: AdminSubmitContext) => Promise<Outcome>,
  ) =>
  async ({ ack, body, view, client }: SubmitArgs): Promise<void> => {
    const slack = createSlackPort(client, deps.pacer);
    let lang = langFromLocale(undefined);
    let outcome: Outcome;
    try {
      const member = await ensureMember(deps, slack, body.team?.id ?? body.user.team_id ?? '', body.user.id);
      lang = langFromLocale(member.locale);
      const tr = translator(lang);
      if (adminOnly && !(await isProgramAdmin(deps, member)))
        outcome = errorsAt(errorBlock, tr('admin.refused'));
      else {
        const parsed = stateValuesSchema.safeParse(view.state.values);
        outcome = await run({
          deps,
          slack,
          member,
          tr,
          values: parsed.success ? parsed.data : {},
          metadata: decodeAdminMetadata(view.private_metadata),
        });
      }
    } catch (err) {
      deps.logger.error({ err, callback: view.callback_id, user: body.user.id }, 'admin modal submit failed');
      await ack({
        response_action: 'errors',
        errors: { [errorBlock]: t(lang, failureMessageKey(err)) },
      }).catch(() => undefined);
      return;
    }
    await ack(outcome.response);
  };

/** Settings: validated field by field, then saved with the admin list. */
export const handleAdminSettingsSubmit = (deps: ServiceDeps) =>
  withAdminSubmit(deps, BlockIds.admin.admins, true, async ({ member, tr, values }) => {
    const parsed = parseSettings(values, member.slackUserId);
    if (!parsed.ok)
      return { response: { response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) } };
    const saved = await saveAdminSettings(deps, member, parsed.data);
    if (!saved.ok) return errorsAt(saved.block, tr(saved.key));
    const admins = saved.admins.map((id) => `<@${id}>`).join(', ');
    return {
      response: {
        response_action: 'update',
        view: buildAdminNoticeModal(
          tr,
          tr('admin.settings_saved_title'),
          tr('admin.settings_saved', { admins }),
        ),
      },
    };
  });

/** Team-lead CSV: every line checked; any bad line is reported next to its field and nothing is written. */
export const handleAdminLeadsSubmit = (deps: ServiceDeps) =>
  withAdminSubmit(deps, BlockIds.admin.leadFile, true, async ({ slack, member, tr, values }) => {
    const result = await importLeadCsv(deps, slack, member, readLeadsInput(values));
    if (result.ok) {
      return {
        response: {
          response_action: 'update',
          view: buildAdminNoticeModal(
            tr,
            tr('admin.leads_saved_title'),
            tr('admin.leads_saved', { count: result.count }),
          ),
        },
      };
    }
    if (result.from === 'none') return errorsAt(BlockIds.admin.leadFile, tr('admin.leads_err_nothing'));
    const block = result.from === 'file' ? BlockIds.admin.leadFile : BlockIds.admin.leadPaste;
    const problem = result.problem;
    if (problem.kind === 'csv') return errorsAt(block, leadErrorsText(tr, problem.errors));
    const text =
      problem.reason === 'too_big'
        ? tr('admin.leads_err_file_too_big', { max: LEAD_FILE_MAX_BYTES / 1_000_000 })
        : tr(
            problem.reason === 'not_text'
              ? 'admin.leads_err_file_not_text'
              : 'admin.leads_err_file_unreadable',
          );
    return errorsAt(block, text);
  });

/** New cohort: created with its invitees, then the modal becomes the cohort's own view. */
export const handleAdminCohortNewSubmit = (deps: ServiceDeps) =>
  withAdminSubmit(deps, BlockIds.admin.cohortName, true, async ({ member, tr, values }) => {
    const parsed = parseCohortNew(values);
    if (!parsed.ok)
      return { response: { response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) } };
    const cohort = await createCohort(deps, member, parsed.data);
    return {
      response: {
        response_action: 'update',
        view: await cohortView(
          deps,
          member,
          cohort,
          tr('admin.invited_notice', { n: parsed.data.people.length }),
        ),
      },
    };
  });

/** The cohort modal's submit button: invite more people. */
export const handleAdminCohortSubmit = (deps: ServiceDeps) =>
  withAdminSubmit(deps, BlockIds.admin.cohortInvite, true, async ({ member, tr, values, metadata }) => {
    if (!metadata.cohortId) return errorsAt(BlockIds.admin.cohortInvite, tr('admin.cohort_gone'));
    const parsed = parseCohortInvite(values);
    if (!parsed.ok)
      return { response: { response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) } };
    const invited = await inviteToCohort(deps, member, metadata.cohortId, parsed.data.people);
    if (!invited) return errorsAt(BlockIds.admin.cohortInvite, tr('admin.cohort_gone'));
    const notice = invited.added
      ? tr('admin.invited_notice', { n: invited.added })
      : tr('admin.invited_none_new');
    return {
      response: { response_action: 'update', view: await cohortView(deps, member, invited.cohort, notice) },
    };
  });

/** A participant's survey answers: all five 1–5, stored once per person and cohort. */
export const handleSurveySubmit = (deps: ServiceDeps) =>
  withAdminSubmit(
    deps,
    BlockIds.survey.question(SURVEY_QUESTIONS[0]),
    false,
    async ({ member, tr, values, metadata }) => {
      const first = BlockIds.survey.question(SURVEY_QUESTIONS[0]);
      if (!metadata.cohortId) return errorsAt(first, tr('survey.not_open'));
      const parsed = parseSurvey(values);
      if (!parsed.ok)
        return { response: { response_action: 'errors', errors: toSlackErrors(tr, parsed.errors) } };
      const result = await recordSurvey(deps, member, metadata.cohortId, parsed.data);
      if (result === 'saved' || result === 'already') {
        return {
          response: {
            response_action: 'update',
            view: buildAdminNoticeModal(
              tr,
              tr('survey.thanks_title'),
              tr(result === 'saved' ? 'survey.thanks' : 'survey.already'),
            ),
          },
        };
      }
      return errorsAt(first, tr(result === 'not_member' ? 'survey.not_member' : 'survey.not_open'));
    },
  );

/** Registers the admin and survey modal submissions (called from `views/index.ts`). */
export function registerAdminViews(app: App, deps: ServiceDeps): void {
  app.view(CallbackIds.adminSettings, handleAdminSettingsSubmit(deps));
  app.view(CallbackIds.adminLeads, handleAdminLeadsSubmit(deps));
  app.view(CallbackIds.adminCohortNew, handleAdminCohortNewSubmit(deps));
  app.view(CallbackIds.adminCohort, handleAdminCohortSubmit(deps));
  app.view(CallbackIds.survey, handleSurveySubmit(deps));
}
