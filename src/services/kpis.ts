import type { Member } from '../db/repositories/members';
import type { PairingRow } from '../db/repositories/pairings';
import type { KpiRow } from '../db/repositories/kpis';
import { kpiPercent, parseKpiDraft } from '../domain/kpi';
import { addLocalDays, localParts } from '../domain/time';
import type { ServiceDeps } from './deps';

/** KPIs without a parsable due date get one this far from the start (a quarter, the length of a pilot). */
export const DEFAULT_KPI_DAYS = 90;

/**
 * Creates the pairing's KPIs from the action plan's lines (once), reading target, unit and due date from
 * the text ("automate 3 processes with Zapier by 31 March"), and records the mentee's starting confidence.
 */
export async function createKpisFromPlan(deps: ServiceDeps, pairing: PairingRow, mentee: Member): Promise<KpiRow[]> {
  const today = localParts(deps.clock(), mentee.tz).date;
  const start = pairing.planStart ?? today;
  const lines = pairing.planKpis?.length ? pairing.planKpis : pairing.kpiDrafts;
  const rows = lines.slice(0, 5).map((line) => {
    const draft = parseKpiDraft(line, start);
    return {
      teamId: pairing.teamId,
      pairingId: pairing.id,
      description: draft.description.slice(0, 200) || line.slice(0, 200),
      target: draft.target && draft.target > 0 ? draft.target : 1,
      unit: (draft.unit ?? '').slice(0, 40),
      dueDate: draft.due ?? addLocalDays(start, DEFAULT_KPI_DAYS),
      startDate: start,
    };
  });
  const goal = (await deps.profiles.getMentee(mentee.id))?.goals.find((g) => g.skillId === pairing.skillId);
  if (goal && pairing.baselineConfidence === null) await deps.pairings.setBaseline(pairing.teamId, pairing.id, goal.level);
  return deps.kpis.createOnce(pairing.teamId, pairing.id, rows);
}

/** The KPIs a member can update: those of their active pairings (either side). */
export async function kpisForMember(deps: ServiceDeps, member: Member): Promise<{ pairing: PairingRow; kpis: KpiRow[] }[]> {
  const open = (await deps.pairings.openForMember(member.teamId, member.id)).filter((p) => p.state === 'active');
  const all = await deps.kpis.forPairings(member.teamId, open.map((p) => p.id));
  return open.map((pairing) => ({ pairing, kpis: all.filter((k) => k.pairingId === pairing.id) })).filter((x) => x.kpis.length);
}

export const KPI_MAX_VALUE = 1_000_000;

/** Records progress (the new total, so a retried update changes nothing) — only by the two people of the pairing. */
export async function updateKpi(
  deps: ServiceDeps,
  actor: Member,
  kpiId: number,
  value: number,
  note: string,
): Promise<{ ok: true; kpi: KpiRow; percent: number } | { ok: false; reason: 'not_found' | 'not_yours' }> {
  const kpi = await deps.kpis.get(actor.teamId, kpiId);
  if (!kpi) return { ok: false, reason: 'not_found' };
  const pairing = await deps.pairings.get(actor.teamId, kpi.pairingId);
  if (!pairing || (pairing.menteeMemberId !== actor.id && pairing.mentorMemberId !== actor.id)) return { ok: false, reason: 'not_yours' };
  const updated = await deps.kpis.update(actor.teamId, kpi.id, actor.id, value, note.slice(0, 280), deps.clock());
  return { ok: true, kpi: updated, percent: kpiPercent(updated.current, updated.target) };
}
