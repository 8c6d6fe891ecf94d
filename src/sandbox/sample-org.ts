import type { Member } from '../db/repositories/members';
import { addLocalDays, localDateTime, localParts } from '../domain/time';
import type { ServiceDeps } from '../services/deps';
import { ensureMember } from '../services/members';
import { saveMentorProfile, saveSelfEvaluation } from '../services/profiles';
import { sendPrimer } from '../services/primer';
import {
  actOnPairing,
  promptVerdicts,
  proposePairing,
  scheduleCoffee,
  submitPlan,
} from '../services/pairings';
import { confirmSession } from '../services/sessions';
import type { SlackPort } from '../services/ports';
import type { SlackUser } from './slack-server';

/**
 * The sandbox's sample organisation: eight people in four time zones and three languages. Everything about
 * them is created through the app's own services, exactly as if they had used the app in Slack, so the first
 * page already shows a mentor with a pending proposal, a pair with a confirmed session and its timers.
 */

export const SANDBOX_TEAM_ID = 'T0SANDBOX';
export const SANDBOX_TEAM_NAME = 'Acme Sandbox';

export type SampleRole = 'mentee' | 'mentor' | 'team lead' | 'program admin';

export interface SamplePerson extends SlackUser {
  id: string;
  name: string;
  realName: string;
  tz: string;
  locale: string;
  role: SampleRole;
  /** One line for the person switcher. */
  blurb: string;
}

export const SAMPLE_PEOPLE: readonly SamplePerson[] = [
  {
    id: 'UHELEN',
    name: 'Helen',
    realName: 'Helen Carter',
    title: 'VP Marketing',
    tz: 'America/New_York',
    locale: 'en-US',
    role: 'mentee',
    blurb: 'New here: no profile yet. Start with /mentor-me.',
  },
  {
    id: 'UMARTA',
    name: 'Marta',
    realName: 'Marta Souza',
    title: 'Head of Sales Brazil',
    tz: 'America/Sao_Paulo',
    locale: 'pt-BR',
    role: 'mentee',
    blurb: 'Learning Tableau from Lena; next session confirmed.',
  },
  {
    id: 'UKLAUS',
    name: 'Klaus',
    realName: 'Klaus Becker',
    title: 'Finance Director',
    tz: 'Europe/Berlin',
    locale: 'de-DE',
    role: 'mentee',
    blurb: 'Proposed AI assistants to Priya; waiting for her answer.',
  },
  {
    id: 'ULENA',
    name: 'Lena',
    realName: 'Lena Fischer',
    title: 'Data Analyst',
    tz: 'Europe/Berlin',
    locale: 'de-DE',
    role: 'mentor',
    blurb: 'Teaches Tableau and data visualisation.',
  },
  {
    id: 'UPRIYA',
    name: 'Priya',
    realName: 'Priya Nair',
    title: 'Automation Engineer',
    tz: 'Europe/London',
    locale: 'en-GB',
    role: 'mentor',
    blurb: 'Teaches AI assistants and Zapier; a proposal waits for her.',
  },
  {
    id: 'ULUCAS',
    name: 'Lucas',
    realName: 'Lucas Oliveira',
    title: 'Social Media Specialist',
    tz: 'America/Sao_Paulo',
    locale: 'pt-BR',
    role: 'mentor',
    blurb: 'Teaches LinkedIn and social media.',
  },
  {
    id: 'UTOM',
    name: 'Tom',
    realName: 'Tom Walker',
    title: 'Head of Commercial',
    tz: 'America/New_York',
    locale: 'en-US',
    role: 'team lead',
    blurb: 'Team lead of Helen, Marta and Klaus (weekly digest).',
  },
  {
    id: 'USOFIA',
    name: 'Sofia',
    realName: 'Sofia Martins',
    title: 'Learning & Development',
    tz: 'Europe/London',
    locale: 'en-GB',
    role: 'program admin',
    blurb: 'Program admin (Slack admin): /mentor-me admin.',
    isAdmin: true,
  },
];

const weekdays = (start: string, end: string) => [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start, end }));

const MENTORS = [
  {
    id: 'ULENA',
    teaching: [
      ['tableau', 5],
      ['data-visualization', 4],
    ] as const,
    styles: ['patience', 'hands_on'],
    capacity: 2,
    languages: ['de', 'en', 'pt'],
    availability: weekdays('13:00', '17:00'),
  },
  {
    id: 'UPRIYA',
    teaching: [
      ['ai-assistants', 5],
      ['zapier', 5],
    ] as const,
    styles: ['step_by_step', 'hands_on'],
    capacity: 3,
    languages: ['en', 'de'],
    availability: weekdays('10:00', '16:00'),
  },
  {
    id: 'ULUCAS',
    teaching: [
      ['linkedin', 5],
      ['social-media', 4],
    ] as const,
    styles: ['patience', 'step_by_step'],
    capacity: 2,
    languages: ['pt', 'en'],
    availability: weekdays('10:00', '17:00'),
  },
];

const MENTEES = [
  {
    id: 'UMARTA',
    goals: [['tableau', 1, 'Montar um painel de vendas para a diretoria']] as const,
    offers: ['leadership', 'negotiation'],
    lead: 'UTOM',
  },
  {
    id: 'UKLAUS',
    goals: [
      ['ai-assistants', 1, 'Monatsberichte mit einem KI-Assistenten schneller entwerfen'],
      ['excel-formulas', 3, ''],
    ] as const,
    offers: ['strategy', 'industry'],
    lead: 'UTOM',
  },
];

export interface SeedResult {
  members: Map<string, Member>;
  activePairingId: number;
  proposedPairingId: number;
  sessionId: number;
}

/** Seeds the sample organisation into an empty sandbox workspace (see Reset). */
export async function seedSampleOrg(
  deps: ServiceDeps,
  slack: SlackPort,
  teamId = SANDBOX_TEAM_ID,
): Promise<SeedResult> {
  const members = new Map<string, Member>();
  for (const p of SAMPLE_PEOPLE)
    members.set(p.id, await ensureMember(deps, slack, teamId, p.id, { forceRefresh: true }));
  const member = (id: string) => members.get(id)!;
  const skills = new Map(
    (await deps.skills.listForTeam(teamId)).filter((s) => s.teamId === null).map((s) => [s.slug, s]),
  );
  const skillId = (slug: string) => {
    const s = skills.get(slug);
    if (!s) throw new Error(`the skill catalogue has no ${slug}`);
    return s.id;
  };

  for (const m of MENTORS) {
    const saved = await saveMentorProfile(deps, member(m.id), {
      teaching: m.teaching.map(([slug, level]) => ({ skill: { kind: 'id', id: skillId(slug) }, level })),
      styles: m.styles,
      capacity: m.capacity,
      languages: m.languages,
      availability: m.availability,
    });
    if (!saved.ok) throw new Error(`could not seed ${m.id}'s mentor profile`);
    if (saved.primerDue) await sendPrimer(deps, slack, member(m.id));
  }
  for (const m of MENTEES) {
    const saved = await saveSelfEvaluation(deps, member(m.id), {
      goals: m.goals.map(([slug, level, goal]) => ({
        skill: { kind: 'id', id: skillId(slug) },
        level,
        goal,
      })),
      offers: m.offers,
      offerNote: '',
      format: 'online',
      sessionMinutes: 30,
      leadSlackUserId: m.lead,
      shareWithLead: true,
      avoidSlackUserIds: [],
    });
    if (!saved.ok) throw new Error(`could not seed ${m.id}'s self-evaluation`);
  }

  // Klaus has proposed to Priya: her DMs show the proposal with Accept / Not now.
  const klaus = await proposePairing(deps, slack, member('UKLAUS'), {
    mentorMemberId: member('UPRIYA').id,
    skillId: skillId('ai-assistants'),
    goals: 'Monatsberichte mit einem KI-Assistenten schneller entwerfen',
    kpis: ['3 Monatsberichte mit KI-Entwurf bis Quartalsende'],
    offers: ['strategy', 'industry'],
    offerNote: '',
    format: 'online',
    sessionMinutes: 30,
  });
  if (!klaus.ok) throw new Error(`could not seed Klaus's proposal (${klaus.reason})`);

  // Marta and Lena walked the whole journey: proposal, acceptance, coffee yesterday, verdicts, plan, and a
  // confirmed first session whose reminders and check-ins wait in the queue.
  const marta = member('UMARTA');
  const lena = member('ULENA');
  const proposal = await proposePairing(deps, slack, marta, {
    mentorMemberId: lena.id,
    skillId: skillId('tableau'),
    goals: 'Montar um painel de vendas para a diretoria',
    kpis: ['Publicar 1 painel de vendas até o fim do mês'],
    offers: ['leadership', 'negotiation'],
    offerNote: '',
    format: 'online',
    sessionMinutes: 30,
  });
  if (!proposal.ok) throw new Error(`could not seed Marta's proposal (${proposal.reason})`);
  const pairingId = proposal.pairing.id;
  const step = async (what: string, r: Promise<{ ok: boolean }>) => {
    if (!(await r).ok) throw new Error(`could not seed Marta and Lena's pairing: ${what}`);
  };
  await step('accept', actOnPairing(deps, slack, lena, pairingId, { type: 'accept' }));
  const now = deps.clock();
  const berlinToday = localParts(now, lena.tz).date;
  await step(
    'coffee',
    scheduleCoffee(
      deps,
      slack,
      lena,
      pairingId,
      localDateTime(addLocalDays(berlinToday, -1), '15:00', lena.tz),
      20,
    ),
  );
  await promptVerdicts(deps, slack, teamId, pairingId);
  await step(
    'verdict',
    actOnPairing(deps, slack, lena, pairingId, { type: 'coffee_verdict', verdict: 'continue' }),
  );
  await step(
    'verdict',
    actOnPairing(deps, slack, marta, pairingId, { type: 'coffee_verdict', verdict: 'continue' }),
  );
  await step(
    'plan',
    submitPlan(deps, slack, marta, pairingId, {
      cadence: 'weekly',
      format: 'online',
      minutes: 30,
      start: addLocalDays(localParts(now, marta.tz).date, 1),
      criteria: 'Publicar sozinha um painel de vendas no Tableau',
      kpis: ['Publicar 1 painel de vendas até o fim do mês'],
    }),
  );
  await step('confirm plan', actOnPairing(deps, slack, lena, pairingId, { type: 'confirm_plan' }));
  const session = await deps.sessions.upcomingForPairing(marta.teamId, pairingId);
  if (!session) throw new Error('could not seed Marta and Lena’s first session');
  await step('confirm session', confirmSession(deps, slack, marta, session.id));

  return { members, activePairingId: pairingId, proposedPairingId: klaus.pairing.id, sessionId: session.id };
}
