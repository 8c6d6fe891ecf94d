import type { Member } from '../db/repositories/members';
import { createAdminRepository, type PrimerStatus } from '../db/repositories/admin';
import { toCsv } from '../domain/csv';
import { buildProgramStats, type ProgramStats } from '../domain/stats';
import { localParts } from '../domain/time';
import { langFromLocale, translator, type MessageKey } from '../i18n';
import { isProgramAdmin } from './admin';
import type { ExportKind } from './admin-jobs';
import { ensureMember } from './members';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

/**
 * CSV columns. Stable English identifiers on purpose: pivot tables, scripts and sponsors' reports keep working
 * whatever the exporting admin's language. No column ever holds private text (notes, feedback, end reasons,
 * agendas, KPI update notes).
 */
export const EXPORT_COLUMNS: Record<ExportKind, readonly string[]> = {
  pairings: [
    'pairing_id',
    'skill',
    'mentee',
    'mentee_slack_id',
    'mentor',
    'mentor_slack_id',
    'state',
    'format',
    'cadence',
    'created_at',
    'active_at',
    'ended_at',
    'sessions_held',
    'kpis_total',
    'kpis_done',
    'confidence_before',
    'confidence_latest',
    'at_risk',
  ],
  sessions: [
    'session_id',
    'pairing_id',
    'skill',
    'mentee',
    'mentor',
    'starts_at',
    'duration_minutes',
    'status',
    'held_at',
    'mentee_rating',
    'mentor_rating',
    'mentee_confidence',
  ],
  kpis: [
    'kpi_id',
    'pairing_id',
    'skill',
    'mentee',
    'mentor',
    'description',
    'target',
    'unit',
    'current',
    'start_date',
    'due_date',
    'done_at',
  ],
};

/** Program statistics for the workspace or one cohort: set-based aggregates, then `buildProgramStats`. */
export async function loadProgramStats(
  deps: Pick<ServiceDeps, 'db'>,
  teamId: string,
  cohortId?: number,
): Promise<ProgramStats> {
  return buildProgramStats(await createAdminRepository(deps.db).statsInput(teamId, cohortId));
}

/** Mentors and whether they have read the primer (`mentor_profiles.primer_ack_at`). */
export async function loadPrimerStatus(
  deps: Pick<ServiceDeps, 'db'>,
  teamId: string,
): Promise<PrimerStatus[]> {
  return createAdminRepository(deps.db).primerStatus(teamId);
}

/** Queues a CSV export to the admin's DM; two clicks within ten seconds are one export. */
export async function requestExport(
  deps: ServiceDeps,
  admin: Member,
  kind: ExportKind,
  cohortId?: number,
): Promise<void> {
  const bucket = Math.floor(deps.clock().getTime() / 10_000);
  await deps.jobs.enqueue(
    {
      name: 'admin.export',
      data: { teamId: admin.teamId, userId: admin.slackUserId, kind, ...(cohortId ? { cohortId } : {}) },
    },
    { jobId: `export-${admin.teamId}-${admin.slackUserId}-${kind}-${cohortId ?? 'all'}-${bucket}` },
  );
}

/**
 * The `admin.export` job: the rows (typed, so numbers stay numbers), `toCsv` (UTF-8 BOM, header row, RFC 4180
 * quoting, formula neutralisation of user text such as names and KPI descriptions), uploaded to the admin's DM.
 * Admin rights are checked again: they may have been removed since the click.
 */
export async function exportCsv(
  deps: ServiceDeps,
  slack: SlackPort,
  d: { teamId: string; userId: string; kind: ExportKind; cohortId?: number },
): Promise<{ rows: number } | undefined> {
  const admin = await ensureMember(deps, slack, d.teamId, d.userId);
  if (!(await isProgramAdmin(deps, admin))) {
    deps.logger.warn({ team: d.teamId, user: d.userId }, 'export refused: no longer a program admin');
    return undefined;
  }
  const lang = langFromLocale(admin.locale);
  const tr = translator(lang);
  const rows = await createAdminRepository(deps.db).exportRows(d.teamId, d.kind, lang, d.cohortId);
  const csv = toCsv(EXPORT_COLUMNS[d.kind], rows);
  const day = localParts(deps.clock(), admin.tz).date;
  await slack.uploadFile({
    userId: d.userId,
    filename: `mentor-me-${d.kind}${d.cohortId ? `-cohort-${d.cohortId}` : ''}-${day}.csv`,
    title: tr(`admin.export_title.${d.kind}` as MessageKey),
    content: csv,
    comment: tr('admin.export_comment', { rows: rows.length }),
  });
  return { rows: rows.length };
}
