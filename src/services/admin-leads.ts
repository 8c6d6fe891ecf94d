import type { Member } from '../db/repositories/members';
import { createLeadRepository, type LeadSource } from '../db/repositories/leads';
import { parseLeadCsv, parseSlackUserRef, type LeadCsvError } from '../domain/admin/lead-csv';
import { isAppError } from '../errors';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

/** Biggest lead CSV we read (a 20,000-line file of id pairs is ~500 KB). */
export const LEAD_FILE_MAX_BYTES = 1_000_000;
/** How long a person's Slack profile field is trusted before it is read again. */
export const SLACK_FIELD_TTL_MS = 24 * 3600_000;

/** What the lead upload modal shows: the current source and the size of the last CSV. */
export async function loadLeadsForm(
  deps: Pick<ServiceDeps, 'db'>,
  teamId: string,
): Promise<{ source: LeadSource; csvCount: number }> {
  const leads = createLeadRepository(deps.db);
  const [{ source }, csvCount] = await Promise.all([leads.source(teamId), leads.countCsv(teamId)]);
  return { source, csvCount };
}

export type LeadImportResult =
  | { ok: true; count: number }
  | {
      ok: false;
      from: 'file' | 'paste';
      problem:
        | { kind: 'csv'; errors: LeadCsvError[] }
        | { kind: 'file'; reason: 'too_big' | 'unreadable' | 'not_text' };
    }
  | { ok: false; from: 'none'; problem: { kind: 'nothing' } };

/**
 * The admin's team-lead CSV: from the uploaded file (files.info + the private URL with the bot token) or the
 * pasted lines. Every line is validated first; if any is bad nothing is written, otherwise the CSV mapping is
 * replaced in one transaction and becomes the workspace's lead source.
 */
export async function importLeadCsv(
  deps: ServiceDeps,
  slack: SlackPort,
  admin: Member,
  input: { fileId?: string; pasted: string },
): Promise<LeadImportResult> {
  let text: string;
  let from: 'file' | 'paste';
  if (input.fileId) {
    from = 'file';
    if (!slack.downloadFile) return { ok: false, from, problem: { kind: 'file', reason: 'unreadable' } };
    try {
      const file = await slack.downloadFile(input.fileId, LEAD_FILE_MAX_BYTES);
      // Strict UTF-8: an .xlsx renamed to .csv or a legacy code page must not import as garbage ids.
      text = new TextDecoder('utf-8', { fatal: true }).decode(file.content);
    } catch (err) {
      if (err instanceof TypeError) return { ok: false, from, problem: { kind: 'file', reason: 'not_text' } };
      if (isAppError(err, 'invalid_input') || isAppError(err, 'slack_permanent')) {
        const reason = (err.details?.reason as string | undefined) === 'too_big' ? 'too_big' : 'unreadable';
        return { ok: false, from, problem: { kind: 'file', reason } };
      }
      deps.logger.warn({ err, team: admin.teamId }, 'lead CSV download failed');
      return { ok: false, from, problem: { kind: 'file', reason: 'unreadable' } };
    }
  } else if (input.pasted.trim()) {
    from = 'paste';
    text = input.pasted;
  } else {
    return { ok: false, from: 'none', problem: { kind: 'nothing' } };
  }
  const parsed = parseLeadCsv(text);
  if (!parsed.ok) return { ok: false, from, problem: { kind: 'csv', errors: parsed.errors } };
  await createLeadRepository(deps.db).replaceCsv(admin.teamId, parsed.pairs, deps.clock());
  deps.logger.info(
    { team: admin.teamId, by: admin.slackUserId, rows: parsed.pairs.length, from },
    'lead mapping imported',
  );
  return { ok: true, count: parsed.pairs.length };
}

/**
 * Reads the Slack custom profile field named in the settings (`users.profile.get`) for everyone whose cached
 * value is older than {@link SLACK_FIELD_TTL_MS}, or only for `only` (a cohort before matching). The field
 * should be of Slack's "user" type (its value is a user id); an @mention or a bare id in a text field works
 * too, anything else counts as "no lead". Does nothing unless the workspace uses the Slack field.
 */
export async function syncSlackFieldLeads(
  deps: Pick<ServiceDeps, 'db' | 'clock' | 'logger'>,
  slack: SlackPort,
  teamId: string,
  only?: readonly string[],
): Promise<{ read: number }> {
  const leads = createLeadRepository(deps.db);
  const { source, fieldId } = await leads.source(teamId);
  if (source !== 'slack_field' || !fieldId || !slack.getProfileFields) return { read: 0 };
  const now = deps.clock();
  const people = only ? [...only] : await leads.knownPeople(teamId);
  const stale = await leads.staleSlackField(teamId, people, new Date(now.getTime() - SLACK_FIELD_TTL_MS));
  let read = 0;
  for (const person of stale) {
    let lead: string | null = null;
    try {
      const fields = await slack.getProfileFields(person);
      lead = parseSlackUserRef(fields[fieldId] ?? '') ?? null;
    } catch (err) {
      // Someone who left cannot be read; anything else (rate limit, outage) is retried by the job.
      if (!isAppError(err, 'slack_permanent')) throw err;
    }
    await leads.cacheSlackField(teamId, person, lead === person ? null : lead, now);
    read++;
  }
  return { read };
}
