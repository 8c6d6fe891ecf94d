import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';
import type { Member } from '../db/repositories/members';
import { kpisForMember } from './kpis';
import { localParts } from '../domain/time';
import { langFromLocale, translator } from '../i18n';
import { buildKpiModal } from '../views/kpi/build';

/** Opens the KPI modal for the member's active pairings; says clearly when there is nothing to update. */
export async function openKpiModal(deps: ServiceDeps, slack: SlackPort, member: Member, triggerId: string, pairingId?: number): Promise<'opened' | 'none'> {
  const groups = await kpisForMember(deps, member);
  const chosen = pairingId ? groups.filter((g) => g.pairing.id === pairingId) : groups;
  const kpis = (chosen.length ? chosen : groups).flatMap((g) => g.kpis);
  if (!kpis.length) return 'none';
  const lang = langFromLocale(member.locale);
  await slack.openModal(triggerId, buildKpiModal(translator(lang), lang, kpis, localParts(deps.clock(), member.tz).date));
  return 'opened';
}

