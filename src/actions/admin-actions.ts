import type { App } from '@slack/bolt';
import type { View } from '@slack/types';
import type { ServiceDeps } from '../services/deps';
import { isProgramAdmin } from '../services/admin';
import { loadSettingsForm } from '../services/admin-settings';
import { loadPrimerStatus, loadProgramStats, requestExport } from '../services/admin-reports';
import {
  adminDate,
  cohortView,
  findCohort,
  openSurvey,
  requestMatching,
  requestPublish,
  requestSurvey,
  surveyResults,
} from '../services/admin-cohorts';
import { loadLeadsForm } from '../services/admin-leads';
import { ActionIds, CallbackIds } from '../slack/ids';
import { langFromLocale } from '../i18n';
import { formatDateTime } from '../domain/time';
import { buildSettingsModal } from '../views/admin/settings';
import { buildLeadsModal } from '../views/admin/leads';
import { buildCohortNewModal } from '../views/admin/cohort';
import { buildAdminNoticeModal, buildPrimerStatusModal, buildStatsModal } from '../views/admin/reports';
import { buildSurveyResultsModal } from '../views/admin/survey';
import { cohortRevisionFromValue, idFromValue } from '../views/admin/metadata';
import type { ExportKind } from '../services/admin-jobs';
import { withMember, type ActionContext } from './with-member';

/**
 * Admin buttons. Every one re-checks that the clicker is a program admin (button values and modals carry no
 * rights) and that the cohort in the value belongs to the clicker's workspace.
 */
const asAdmin = (deps: ServiceDeps, run: (ctx: ActionContext) => Promise<void>) =>
  withMember(deps, async (ctx) => {
    if (!(await isProgramAdmin(deps, ctx.member))) return ctx.tell(ctx.tr('admin.refused'));
    await run(ctx);
  });

/** Opens a modal on top of the current one (console → settings), or a fresh one from a message. */
const show = (ctx: ActionContext, view: View) =>
  ctx.inModal
    ? ctx.slack.pushModal(ctx.body.trigger_id, view)
    : ctx.slack.openModal(ctx.body.trigger_id, view);

/** Tells the admin something: in a modal (no response_url) as a small modal on top, else ephemerally. */
async function notify(ctx: ActionContext, text: string): Promise<void> {
  if (ctx.inModal)
    await ctx.slack.pushModal(
      ctx.body.trigger_id,
      buildAdminNoticeModal(ctx.tr, ctx.tr('admin.notice_title'), text),
    );
  else await ctx.tell(text);
}

/** Re-renders the cohort modal the click came from, with a one-line notice; outside a modal, tells. */
async function refreshCohort(
  deps: ServiceDeps,
  ctx: ActionContext,
  cohortId: number,
  notice: string,
): Promise<void> {
  const viewId = ctx.body.view?.id;
  const cohort = await findCohort(deps, ctx.member.teamId, cohortId);
  if (ctx.inModal && viewId && cohort && ctx.body.view?.callback_id === CallbackIds.adminCohort) {
    await ctx.slack.updateModal(viewId, await cohortView(deps, ctx.member, cohort, notice));
  } else await notify(ctx, notice);
}

export const handleAdminSettings = (deps: ServiceDeps) =>
  asAdmin(deps, async (ctx) => {
    await show(ctx, buildSettingsModal(ctx.tr, await loadSettingsForm(deps, ctx.member)));
  });

export const handleAdminLeads = (deps: ServiceDeps) =>
  asAdmin(deps, async (ctx) => {
    await show(ctx, buildLeadsModal(ctx.tr, await loadLeadsForm(deps, ctx.member.teamId)));
  });

export const handleAdminCohortNew = (deps: ServiceDeps) =>
  asAdmin(deps, async (ctx) => {
    await show(ctx, buildCohortNewModal(ctx.tr));
  });

export const handleAdminCohortOpen = (deps: ServiceDeps) =>
  asAdmin(deps, async (ctx) => {
    const id = idFromValue(ctx.value);
    const cohort = id ? await findCohort(deps, ctx.member.teamId, id) : undefined;
    if (!cohort) return notify(ctx, ctx.tr('admin.cohort_gone'));
    await show(ctx, await cohortView(deps, ctx.member, cohort));
  });

/** *Run matching*: queues the batch job; the modal shows that it runs, the worker fills in the preview. */
export const handleAdminRunMatching = (deps: ServiceDeps) =>
  asAdmin(deps, async (ctx) => {
    const id = idFromValue(ctx.value);
    const viewId = ctx.inModal ? ctx.body.view?.id : undefined;
    const started = id ? await requestMatching(deps, ctx.member, id, viewId) : { ok: false as const };
    if (!id || !started.ok) return notify(ctx, ctx.tr('admin.cohort_gone'));
    await refreshCohort(deps, ctx, id, ctx.tr('admin.matching_started'));
  });

/** *Publish* (cohort modal or preview DM): value `cohortId.revision`, so an old preview cannot publish a newer run. */
export const handleAdminPublish = (deps: ServiceDeps) =>
  asAdmin(deps, async (ctx) => {
    const target = cohortRevisionFromValue(ctx.value);
    if (!target) return notify(ctx, ctx.tr('admin.cohort_gone'));
    const result = await requestPublish(deps, ctx.member, target.cohortId, target.revision);
    if (!result.ok && result.reason === 'not_found') return notify(ctx, ctx.tr('admin.cohort_gone'));
    const text = result.ok
      ? ctx.tr('admin.publish_started', { n: result.count })
      : ctx.tr(
          result.reason === 'stale'
            ? 'admin.publish_stale'
            : result.reason === 'nothing'
              ? 'admin.publish_nothing'
              : 'admin.publish_not_ready',
        );
    await refreshCohort(deps, ctx, target.cohortId, text);
  });

export const handleAdminSendSurvey = (deps: ServiceDeps) =>
  asAdmin(deps, async (ctx) => {
    const id = idFromValue(ctx.value);
    const result = id
      ? await requestSurvey(deps, ctx.member, id)
      : ({ ok: false, reason: 'not_found' } as const);
    if (!id || (!result.ok && result.reason === 'not_found')) return notify(ctx, ctx.tr('admin.cohort_gone'));
    const text = result.ok
      ? ctx.tr('admin.survey_started', { n: result.count })
      : ctx.tr('admin.survey_already', {
          date: result.reason === 'already' ? adminDate(ctx.member, result.sentAt) : '',
        });
    await refreshCohort(deps, ctx, id, text);
  });

export const handleAdminSurveyResults = (deps: ServiceDeps) =>
  asAdmin(deps, async (ctx) => {
    const id = idFromValue(ctx.value);
    const results = id ? await surveyResults(deps, ctx.member.teamId, id) : undefined;
    if (!results) return notify(ctx, ctx.tr('admin.cohort_gone'));
    const sentAt = results.cohort.surveySentAt ? adminDate(ctx.member, results.cohort.surveySentAt) : null;
    await show(
      ctx,
      buildSurveyResultsModal(ctx.tr, {
        cohortName: results.cohort.name,
        participants: results.participants,
        responses: results.responses,
        summary: results.summary,
        sentAt,
      }),
    );
  });

/** Stats for the workspace (`all`) or one cohort (its id). */
export const handleAdminStats = (deps: ServiceDeps) =>
  asAdmin(deps, async (ctx) => {
    const id = idFromValue(ctx.value);
    const cohort = id ? await findCohort(deps, ctx.member.teamId, id) : undefined;
    if (id && !cohort) return notify(ctx, ctx.tr('admin.cohort_gone'));
    const stats = await loadProgramStats(deps, ctx.member.teamId, cohort?.id);
    const scope = cohort
      ? ctx.tr('admin.stats_scope_cohort', { cohort: cohort.name })
      : ctx.tr('admin.stats_scope_all');
    await show(ctx, buildStatsModal(ctx.tr, scope, stats));
  });

export const handleAdminPrimer = (deps: ServiceDeps) =>
  asAdmin(deps, async (ctx) => {
    const rows = await loadPrimerStatus(deps, ctx.member.teamId);
    const lang = langFromLocale(ctx.member.locale);
    await show(
      ctx,
      buildPrimerStatusModal(ctx.tr, rows, (d) => formatDateTime(d, ctx.member.tz, lang, 'date')),
    );
  });

/** CSV export (value `all` or a cohort id): queued; the file arrives in the admin's DM. */
export const handleAdminExport = (deps: ServiceDeps, kind: ExportKind) =>
  asAdmin(deps, async (ctx) => {
    const id = idFromValue(ctx.value);
    const cohort = id ? await findCohort(deps, ctx.member.teamId, id) : undefined;
    if (id && !cohort) return notify(ctx, ctx.tr('admin.cohort_gone'));
    await requestExport(deps, ctx.member, kind, cohort?.id);
    await notify(ctx, ctx.tr('admin.export_started'));
  });

/** *Answer the survey* in the end-of-pilot DM: for the cohort's own people, once. */
export const handleSurveyOpen = (deps: ServiceDeps) =>
  withMember(deps, async (ctx) => {
    const id = idFromValue(ctx.value);
    const gate = id
      ? await openSurvey(deps, ctx.slack, ctx.member, id, ctx.body.trigger_id)
      : ({ ok: false, reason: 'not_found' } as const);
    if (gate.ok) return;
    await ctx.tell(
      ctx.tr(
        gate.reason === 'already'
          ? 'survey.already'
          : gate.reason === 'not_member'
            ? 'survey.not_member'
            : 'survey.not_open',
      ),
    );
  });

/** Registers the admin and survey buttons (called from `actions/index.ts`). */
export function registerAdminActions(app: App, deps: ServiceDeps): void {
  app.action(ActionIds.adminSettings, handleAdminSettings(deps));
  app.action(ActionIds.adminLeads, handleAdminLeads(deps));
  app.action(ActionIds.adminCohortNew, handleAdminCohortNew(deps));
  app.action(ActionIds.adminCohortOpen, handleAdminCohortOpen(deps));
  app.action(ActionIds.adminRunMatching, handleAdminRunMatching(deps));
  app.action(ActionIds.adminPublish, handleAdminPublish(deps));
  app.action(ActionIds.adminSendSurvey, handleAdminSendSurvey(deps));
  app.action(ActionIds.adminSurveyResults, handleAdminSurveyResults(deps));
  app.action(ActionIds.adminStats, handleAdminStats(deps));
  app.action(ActionIds.adminPrimer, handleAdminPrimer(deps));
  app.action(ActionIds.adminExportPairings, handleAdminExport(deps, 'pairings'));
  app.action(ActionIds.adminExportSessions, handleAdminExport(deps, 'sessions'));
  app.action(ActionIds.adminExportKpis, handleAdminExport(deps, 'kpis'));
  app.action(ActionIds.surveyOpen, handleSurveyOpen(deps));
}
