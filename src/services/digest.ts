import { buildDigestModel, type DigestModel } from '../domain/digest';
import { addLocalDays, localDateTime, localParts } from '../domain/time';
import { langFromLocale, translator } from '../i18n';
import { buildDigestMessage } from '../views/messages/digest';
import { deliverOnce } from './delivery';
import { ensureMember } from './members';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

/** The lead's previous ISO week (Monday 00:00 to Monday 00:00 in the lead's zone): the week the digest reports. */
export function lastWeekWindow(now: Date, tz: string): { from: Date; to: Date } {
  const today = localParts(now, tz);
  const monday = addLocalDays(today.date, 1 - today.weekday);
  return { from: localDateTime(addLocalDays(monday, -7), '00:00', tz), to: localDateTime(monday, '00:00', tz) };
}

/** Builds one lead's digest model from set-based reads. */
export async function buildLeadDigest(deps: ServiceDeps, teamId: string, lead: string, tz: string): Promise<DigestModel> {
  const { from, to } = lastWeekWindow(deps.clock(), tz);
  const rows = await deps.digest.rows(teamId, [lead], from, to);
  return buildDigestModel({ people: rows.get(lead) ?? [] });
}

/**
 * Sends a lead their weekly digest, once per lead and ISO week. A lead with no participants gets nothing;
 * per-person lines only for people who consented; no notes or feedback ever.
 */
export async function sendLeadDigest(deps: ServiceDeps, slack: SlackPort, d: { teamId: string; lead: string; isoWeek: string }): Promise<'sent' | 'empty' | 'duplicate' | 'recovered'> {
  const lead = await ensureMember(deps, slack, d.teamId, d.lead);
  const model = await buildLeadDigest(deps, d.teamId, d.lead, lead.tz);
  if (model.empty) return 'empty';
  const tr = translator(langFromLocale(lead.locale));
  return deliverOnce(deps, slack, { key: `digest-${d.lead}-${d.isoWeek}`, teamId: d.teamId, recipient: d.lead, kind: 'digest' }, () => buildDigestMessage(tr, model));
}
