import { inArray } from 'drizzle-orm';
import type { Member } from '../db/repositories/members';
import {
  createAdminRepository,
  type AdminRepository,
  type CohortMatchingData,
  type CohortRow,
} from '../db/repositories/admin';
import { members as membersTable, type UnmatchedMentee } from '../db/schema';
import { matchCohort, type CohortMentee } from '../domain/admin/cohort-matching';
import {
  buildReportingLine,
  type CandidateProfile,
  type MenteeRequest,
  type TeachingStyle,
} from '../domain/matching/score';
import { aggregateSurvey, type SurveyQuestionSummary, type SurveyScore } from '../domain/stats';
import { formatDateTime, localParts } from '../domain/time';
import { isAppError } from '../errors';
import { langFromLocale, translator, type Translate } from '../i18n';
import { mentoringLanguageOf } from '../views/mentor-profile/build';
import {
  buildCohortModal,
  buildInvitationMessage,
  buildPreviewMessage,
  buildPublishedMessage,
  type CohortModel,
  type UnmatchedReason,
} from '../views/admin/cohort';
import {
  buildSurveyInvite,
  buildSurveyModal,
  SURVEY_QUESTIONS,
  type SurveyQuestion,
} from '../views/admin/survey';
import { deliverOnce } from './delivery';
import { ensureMember } from './members';
import { proposePairing } from './pairings';
import { isPaused } from './profiles';
import { syncSlackFieldLeads } from './admin-leads';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

/** A publisher holds a proposal this long before another attempt may take it over (longer than a job lock). */
export const PROPOSAL_LEASE_MS = 2 * 60_000;

const repoOf = (deps: Pick<ServiceDeps, 'db'>): AdminRepository => createAdminRepository(deps.db);
const nameOf = (m: Pick<Member, 'displayName' | 'realName' | 'slackUserId'>) =>
  m.displayName || m.realName || m.slackUserId;
const trOf = (m: Pick<Member, 'locale'>): Translate => translator(langFromLocale(m.locale));
/** A time bucket for job ids: the same click twice within it is one job; a later click is a new one. */
const bucket = (now: Date, ms: number) => Math.floor(now.getTime() / ms);

// -------------------------------------------------------------------------------------------------------
// The cohort as the admin sees it

/** Everything the cohort modal and the preview DM show (a handful of set-based reads). */
export async function loadCohortModel(
  deps: Pick<ServiceDeps, 'db'>,
  cohort: CohortRow,
): Promise<CohortModel> {
  const repo = repoOf(deps);
  const [invited, proposals, data] = await Promise.all([
    repo.cohortMembers(cohort.id),
    repo.proposalLines(cohort.id),
    repo.cohortMatchingData(cohort.teamId, cohort.id),
  ]);
  const withProfile = new Set([
    ...data.goals.map((g) => g.memberId),
    ...data.teaching.map((t) => t.memberId),
  ]);
  const known = new Map(data.people.map((p) => [p.id, p]));
  const withoutProfile = invited.length - data.people.filter((p) => withProfile.has(p.id)).length;
  const missing = cohort.unmatched.filter((u) => !known.has(u.memberId)).map((u) => u.memberId);
  const extra = missing.length
    ? await deps.db.select().from(membersTable).where(inArray(membersTable.id, missing))
    : [];
  for (const m of extra) known.set(m.id, m);
  return {
    id: cohort.id,
    name: cohort.name,
    status: cohort.status,
    revision: cohort.matchRevision,
    invited: invited.map((i) => i.slackUserId),
    withoutProfile: Math.max(0, withoutProfile),
    proposals,
    unmatched: cohort.unmatched.map((u) => ({
      name: known.get(u.memberId) ? nameOf(known.get(u.memberId)!) : String(u.memberId),
      reason: u.reason as UnmatchedReason,
    })),
    surveySent: cohort.surveySentAt !== null,
  };
}

/** A cohort of the admin's workspace (never another workspace's, whatever id a button carries). */
export const findCohort = (
  deps: Pick<ServiceDeps, 'db'>,
  teamId: string,
  id: number,
): Promise<CohortRow | undefined> => repoOf(deps).cohort(teamId, id);

export async function cohortView(
  deps: Pick<ServiceDeps, 'db'>,
  admin: Member,
  cohort: CohortRow,
  notice?: string,
) {
  return buildCohortModal(
    trOf(admin),
    langFromLocale(admin.locale),
    await loadCohortModel(deps, cohort),
    notice,
  );
}

// -------------------------------------------------------------------------------------------------------
// Creating and inviting

/** Creates a cohort with its first invitees and queues their invitations. */
export async function createCohort(
  deps: ServiceDeps,
  admin: Member,
  input: { name: string; people: string[] },
): Promise<CohortRow> {
  const now = deps.clock();
  const cohort = await repoOf(deps).createCohort(
    admin.teamId,
    input.name,
    admin.slackUserId,
    input.people,
    now,
  );
  await queueInvitations(deps, cohort.id, admin.teamId, input.people.length, now);
  deps.logger.info(
    { team: admin.teamId, cohort: cohort.id, invited: input.people.length },
    'pilot cohort created',
  );
  return cohort;
}

/** Adds people to a cohort; only the newly added get an invitation. Returns how many were new. */
export async function inviteToCohort(
  deps: ServiceDeps,
  admin: Member,
  cohortId: number,
  people: string[],
): Promise<{ added: number; cohort: CohortRow } | undefined> {
  const repo = repoOf(deps);
  const cohort = await repo.cohort(admin.teamId, cohortId);
  if (!cohort) return undefined;
  const now = deps.clock();
  const added = await repo.addCohortMembers(admin.teamId, cohortId, people, admin.slackUserId, now);
  if (added.length)
    await queueInvitations(deps, cohortId, admin.teamId, (await repo.cohortMembers(cohortId)).length, now);
  return { added: added.length, cohort };
}

async function queueInvitations(
  deps: ServiceDeps,
  cohortId: number,
  teamId: string,
  size: number,
  now: Date,
): Promise<void> {
  // The id names the cohort size and the minute: a double submit is one job, a later invitation round another.
  // Each invitee is claimed once in Postgres anyway (`deliverOnce`), so an extra job sends nothing twice.
  await deps.jobs.enqueue(
    { name: 'cohort.invite', data: { teamId, cohortId } },
    { jobId: `cohort-invite-${cohortId}-${size}-${bucket(now, 60_000)}` },
  );
}

/**
 * The invitation DMs, in each invitee's language, once per person and cohort whatever the retries. Someone
 * who cannot be reached (left, deactivated, a bot) is skipped; a passing Slack failure retries the job.
 */
export async function sendCohortInvitations(
  deps: ServiceDeps,
  slack: SlackPort,
  teamId: string,
  cohortId: number,
): Promise<{ sent: number; skipped: number }> {
  const repo = repoOf(deps);
  const cohort = await repo.cohort(teamId, cohortId);
  if (!cohort) return { sent: 0, skipped: 0 };
  let sent = 0;
  let skipped = 0;
  let retry: unknown;
  for (const invitee of await repo.cohortMembers(cohortId)) {
    try {
      const outcome = await deliverOnce(
        deps,
        slack,
        {
          key: `cohort-invite-${cohortId}-${invitee.slackUserId}`,
          teamId,
          recipient: invitee.slackUserId,
          kind: 'cohort_invite',
        },
        async () => {
          const member = await ensureMember(deps, slack, teamId, invitee.slackUserId);
          return buildInvitationMessage(trOf(member), {
            cohortName: cohort.name,
            inviterId: invitee.invitedBy,
          });
        },
      );
      if (outcome === 'sent') sent++;
    } catch (err) {
      if (isAppError(err, 'slack_permanent')) {
        skipped++;
        deps.logger.info(
          { team: teamId, cohort: cohortId, user: invitee.slackUserId },
          'invitee cannot be reached; skipped',
        );
      } else retry ??= err;
    }
  }
  if (retry) throw retry;
  return { sent, skipped };
}

// -------------------------------------------------------------------------------------------------------
// Batch matching

export type MatchRequest = { ok: true; revision: number } | { ok: false; reason: 'not_found' };

/** *Run matching*: a new revision, and the job that computes it (never in the request). */
export async function requestMatching(
  deps: ServiceDeps,
  admin: Member,
  cohortId: number,
  viewId?: string,
): Promise<MatchRequest> {
  const revision = await repoOf(deps).startMatching(admin.teamId, cohortId, deps.clock());
  if (revision === undefined) return { ok: false, reason: 'not_found' };
  await deps.jobs.enqueue(
    {
      name: 'cohort.match',
      data: {
        teamId: admin.teamId,
        cohortId,
        revision,
        adminUserId: admin.slackUserId,
        ...(viewId ? { viewId } : {}),
      },
    },
    { jobId: `cohort-match-${cohortId}-${revision}` },
  );
  return { ok: true, revision };
}

/** Builds the matcher's input from the cohort's profiles (same rules and data as one-by-one suggestions). */
export function cohortMatchingInput(
  data: CohortMatchingData,
  published: ReadonlySet<number>,
  now: Date,
): { mentees: CohortMentee[]; mentors: CandidateProfile[]; skipped: UnmatchedMentee[] } {
  const slackOf = new Map(data.people.map((p) => [p.id, p.slackUserId]));
  const menteeProfile = new Map(data.menteeProfiles.map((p) => [p.memberId, p]));
  const mentorProfile = new Map(data.mentorProfiles.map((p) => [p.memberId, p]));
  const paused = (p: (typeof data.people)[number]) => isPaused(p, localParts(now, p.tz).date);

  const mentees: CohortMentee[] = [];
  const skipped: UnmatchedMentee[] = [];
  for (const person of data.people) {
    const goals = data.goals.filter((g) => g.memberId === person.id).sort((a, b) => a.position - b.position);
    if (!goals.length || published.has(person.id)) continue;
    if (paused(person)) {
      skipped.push({ memberId: person.id, reason: 'paused' });
      continue;
    }
    const open = goals.filter((g) => !data.openAsMentee.has(`${person.id}:${g.skillId}`));
    if (!open.length) {
      skipped.push({ memberId: person.id, reason: 'already_paired' });
      continue;
    }
    const profile = menteeProfile.get(person.id);
    const ownMentor = mentorProfile.get(person.id);
    const base = {
      memberId: person.id,
      slackUserId: person.slackUserId,
      leadSlackUserId: profile?.leadSlackUserId ?? null,
      tz: person.tz,
      languages: [
        ...new Set([mentoringLanguageOf(langFromLocale(person.locale)), ...(ownMentor?.languages ?? [])]),
      ],
      preferredStyles: [] as TeachingStyle[],
      availability: ownMentor?.availability ?? [],
      doNotPair: profile?.avoidSlackUserIds ?? [],
      recentPairings: data.past
        .filter((p) => p.menteeMemberId === person.id && slackOf.has(p.mentorMemberId))
        .map((p) => ({ mentorSlackUserId: slackOf.get(p.mentorMemberId)!, endedAt: p.endedAt })),
    };
    const requests: MenteeRequest[] = open.map((g) => ({
      ...base,
      skillId: g.skillId,
      currentLevel: g.level,
    }));
    mentees.push({ memberId: person.id, requests });
  }

  const mentors: CandidateProfile[] = [];
  for (const person of data.people) {
    const profile = mentorProfile.get(person.id);
    const teaching = data.teaching
      .filter((t) => t.memberId === person.id)
      .map((t) => ({ skillId: t.skillId, level: t.level }));
    if (!profile || !teaching.length) continue;
    mentors.push({
      memberId: person.id,
      slackUserId: person.slackUserId,
      leadSlackUserId: menteeProfile.get(person.id)?.leadSlackUserId ?? null,
      tz: person.tz,
      languages: profile.languages,
      paused: paused(person),
      teaching,
      styles: profile.styles as TeachingStyle[],
      capacity: profile.capacity,
      openPairings: data.openAsMentor.get(person.id) ?? 0,
      availability: profile.availability,
    });
  }
  return { mentees, mentors, skipped };
}

/**
 * The `cohort.match` job: exact batch matching over the cohort's mentees × mentors with the hard rules, stored
 * as the preview (if no newer run started meanwhile), then shown to the admin: the open cohort modal is
 * updated and the preview goes to their DMs with a *Publish* button. Nothing is sent to anyone else.
 */
export async function runCohortMatching(
  deps: ServiceDeps,
  slack: SlackPort,
  d: { teamId: string; cohortId: number; revision: number; adminUserId: string; viewId?: string },
): Promise<'stale' | 'done'> {
  const repo = repoOf(deps);
  const cohort = await repo.cohort(d.teamId, d.cohortId);
  if (!cohort || cohort.matchRevision !== d.revision) return 'stale';
  const now = deps.clock();
  const people = (await repo.cohortMembers(d.cohortId)).map((m) => m.slackUserId);
  // The reporting-line rule needs fresh leads when they come from a Slack profile field (cached for a day).
  await syncSlackFieldLeads(deps, slack, d.teamId, people).catch((err: unknown) =>
    deps.logger.warn({ err, team: d.teamId }, 'lead field sync before matching failed; using the cache'),
  );
  const [data, published, leads] = await Promise.all([
    repo.cohortMatchingData(d.teamId, d.cohortId),
    repo.publishedMentees(d.cohortId),
    deps.matching.leadMap(d.teamId),
  ]);
  const input = cohortMatchingInput(data, new Set(published), now);
  const started = Date.now();
  const result = matchCohort(input.mentees, input.mentors, buildReportingLine(leads), now);
  deps.logger.info(
    {
      team: d.teamId,
      cohort: d.cohortId,
      revision: d.revision,
      mentees: input.mentees.length,
      mentors: input.mentors.length,
      pairs: result.pairs.length,
      ms: Date.now() - started,
      exact: result.exact,
    },
    'cohort matched',
  );
  const saved = await repo.saveMatch(
    d.cohortId,
    d.revision,
    { ...result, unmatched: [...result.unmatched, ...input.skipped] },
    now,
    PROPOSAL_LEASE_MS,
  );
  if (!saved) return 'stale';

  const fresh = (await repo.cohort(d.teamId, d.cohortId))!;
  const admin = await ensureMember(deps, slack, d.teamId, d.adminUserId);
  const model = await loadCohortModel(deps, fresh);
  const tr = trOf(admin);
  const lang = langFromLocale(admin.locale);
  if (d.viewId) {
    // The admin may have closed the modal meanwhile; the DM below is what always arrives.
    await slack
      .updateModal(d.viewId, buildCohortModal(tr, lang, model))
      .catch((err: unknown) => deps.logger.debug({ err }, 'cohort modal no longer open'));
  }
  await deliverOnce(
    deps,
    slack,
    {
      key: `cohort-preview-${d.cohortId}-${d.revision}`,
      teamId: d.teamId,
      recipient: d.adminUserId,
      kind: 'cohort_preview',
    },
    () => buildPreviewMessage(tr, lang, model),
  );
  return 'done';
}

// -------------------------------------------------------------------------------------------------------
// Publishing

export type PublishRequest =
  { ok: true; count: number } | { ok: false; reason: 'not_found' | 'not_ready' | 'stale' | 'nothing' };

/** *Publish*: checks the preview is the newest and has unsent proposals, then queues the job. */
export async function requestPublish(
  deps: ServiceDeps,
  admin: Member,
  cohortId: number,
  revision?: number,
): Promise<PublishRequest> {
  const repo = repoOf(deps);
  const cohort = await repo.cohort(admin.teamId, cohortId);
  if (!cohort) return { ok: false, reason: 'not_found' };
  if (cohort.status !== 'previewed' && cohort.status !== 'published')
    return { ok: false, reason: 'not_ready' };
  if (revision !== undefined && revision !== cohort.matchRevision) return { ok: false, reason: 'stale' };
  const pending = (await repo.pendingProposals(cohortId)).filter((p) => p.revision === cohort.matchRevision);
  if (!pending.length) return { ok: false, reason: 'nothing' };
  const now = deps.clock();
  await deps.jobs.enqueue(
    {
      name: 'cohort.publish',
      data: {
        teamId: admin.teamId,
        cohortId,
        revision: cohort.matchRevision,
        adminUserId: admin.slackUserId,
      },
    },
    { jobId: `cohort-publish-${cohortId}-${cohort.matchRevision}-${bucket(now, 30_000)}` },
  );
  return { ok: true, count: pending.length };
}

/**
 * The `cohort.publish` job: each pending proposal is claimed (a lease in Postgres), then proposed through the
 * usual `proposePairing` (hard rules re-checked now, one open pairing per pair and skill, the mentor's
 * proposal DM and timers). The proposal row is unique per cohort and mentee, so publishing twice, a retried
 * job or two workers send each proposal once.
 */
export async function publishCohort(
  deps: ServiceDeps,
  slack: SlackPort,
  d: { teamId: string; cohortId: number; revision: number; adminUserId: string },
): Promise<{ sent: number; linked: number; unavailable: number }> {
  const repo = repoOf(deps);
  const counts = { sent: 0, linked: 0, unavailable: 0 };
  const cohort = await repo.cohort(d.teamId, d.cohortId);
  if (!cohort || cohort.matchRevision !== d.revision) return counts;
  const pending = (await repo.pendingProposals(d.cohortId)).filter((p) => p.revision === d.revision);
  if (!pending.length) return counts;
  const mentees = await deps.db
    .select()
    .from(membersTable)
    .where(inArray(membersTable.id, [...new Set(pending.map((p) => p.menteeMemberId))]));
  for (const proposal of pending) {
    const now = deps.clock();
    if (!(await repo.claimProposal(proposal.id, now, PROPOSAL_LEASE_MS))) continue;
    try {
      const mentee = mentees.find((m) => m.id === proposal.menteeMemberId);
      if (!mentee) {
        await repo.finishProposal(proposal.id, 'unavailable', null, now);
        counts.unavailable++;
        continue;
      }
      const profile = await deps.profiles.getMentee(mentee.id);
      const goal = profile?.goals.find((g) => g.skillId === proposal.skillId);
      const result = await proposePairing(deps, slack, mentee, {
        mentorMemberId: proposal.mentorMemberId,
        skillId: proposal.skillId,
        goals: goal?.goal ?? '',
        kpis: [],
        offers: profile?.profile.offers ?? [],
        offerNote: profile?.profile.offerNote ?? '',
        format: profile?.profile.format ?? 'online',
        sessionMinutes: profile?.profile.sessionMinutes ?? 30,
      });
      if (result.ok) {
        await repo.finishProposal(
          proposal.id,
          result.created ? 'sent' : 'linked',
          result.pairing.id,
          deps.clock(),
        );
        counts[result.created ? 'sent' : 'linked']++;
      } else {
        await repo.finishProposal(proposal.id, 'unavailable', null, deps.clock());
        counts.unavailable++;
      }
    } catch (err) {
      // Give the row back so the retry can take it; the pairing's own unique index keeps the DM single.
      await repo.releaseProposal(proposal.id);
      throw err;
    }
  }
  await repo.markPublished(d.cohortId, deps.clock());
  if (counts.sent + counts.linked + counts.unavailable > 0) {
    const admin = await ensureMember(deps, slack, d.teamId, d.adminUserId);
    await slack
      .sendDm(d.adminUserId, buildPublishedMessage(trOf(admin), { cohort: cohort.name, ...counts }))
      .catch((err: unknown) =>
        deps.logger.warn({ err, cohort: d.cohortId }, 'could not send the publish summary'),
      );
  }
  deps.logger.info({ team: d.teamId, cohort: d.cohortId, ...counts }, 'cohort published');
  return counts;
}

// -------------------------------------------------------------------------------------------------------
// End-of-pilot survey

export type SurveyRequest =
  | { ok: true; count: number }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'already'; sentAt: Date };

/** *Send survey*: claimed once per cohort, then a job sends the DMs. */
export async function requestSurvey(
  deps: ServiceDeps,
  admin: Member,
  cohortId: number,
): Promise<SurveyRequest> {
  const repo = repoOf(deps);
  const cohort = await repo.cohort(admin.teamId, cohortId);
  if (!cohort) return { ok: false, reason: 'not_found' };
  if (!(await repo.claimSurvey(cohortId, deps.clock()))) {
    return {
      ok: false,
      reason: 'already',
      sentAt: (await repo.cohort(admin.teamId, cohortId))?.surveySentAt ?? deps.clock(),
    };
  }
  try {
    await deps.jobs.enqueue(
      { name: 'cohort.survey', data: { teamId: admin.teamId, cohortId } },
      { jobId: `cohort-survey-${cohortId}` },
    );
  } catch (err) {
    // Not queued: give the claim back, or the survey could never be sent.
    await repo.releaseSurvey(cohortId);
    throw err;
  }
  return { ok: true, count: (await repo.cohortMembers(cohortId)).length };
}

/** The `cohort.survey` job: one DM per participant and cohort, in their language. */
export async function sendCohortSurvey(
  deps: ServiceDeps,
  slack: SlackPort,
  teamId: string,
  cohortId: number,
): Promise<{ sent: number }> {
  const repo = repoOf(deps);
  const cohort = await repo.cohort(teamId, cohortId);
  if (!cohort?.surveySentAt) return { sent: 0 };
  let sent = 0;
  let retry: unknown;
  for (const person of await repo.cohortMembers(cohortId)) {
    try {
      const outcome = await deliverOnce(
        deps,
        slack,
        {
          key: `cohort-survey-${cohortId}-${person.slackUserId}`,
          teamId,
          recipient: person.slackUserId,
          kind: 'cohort_survey',
        },
        async () => {
          const member = await ensureMember(deps, slack, teamId, person.slackUserId);
          return buildSurveyInvite(trOf(member), { cohortId, cohortName: cohort.name });
        },
      );
      if (outcome === 'sent') sent++;
    } catch (err) {
      if (!isAppError(err, 'slack_permanent')) retry ??= err;
    }
  }
  if (retry) throw retry;
  return { sent };
}

export type SurveyGate =
  | { ok: true; cohort: CohortRow }
  | { ok: false; reason: 'not_found' | 'not_member' | 'not_open' | 'already' };

/** Whether `member` may answer the survey of `cohortId` now. */
export async function surveyGate(
  deps: Pick<ServiceDeps, 'db'>,
  member: Member,
  cohortId: number,
): Promise<SurveyGate> {
  const repo = repoOf(deps);
  const cohort = await repo.cohort(member.teamId, cohortId);
  if (!cohort) return { ok: false, reason: 'not_found' };
  if (!(await repo.isCohortMember(cohortId, member.slackUserId))) return { ok: false, reason: 'not_member' };
  if (!cohort.surveySentAt) return { ok: false, reason: 'not_open' };
  if (await repo.hasAnswered(cohortId, member.slackUserId)) return { ok: false, reason: 'already' };
  return { ok: true, cohort };
}

/** *Answer the survey*: opens the modal when the member may answer. */
export async function openSurvey(
  deps: ServiceDeps,
  slack: SlackPort,
  member: Member,
  cohortId: number,
  triggerId: string,
): Promise<SurveyGate> {
  const gate = await surveyGate(deps, member, cohortId);
  if (gate.ok)
    await slack.openModal(
      triggerId,
      buildSurveyModal(trOf(member), { cohortId, cohortName: gate.cohort.name }),
    );
  return gate;
}

/** Stores a participant's answers, once per person and cohort. */
export async function recordSurvey(
  deps: ServiceDeps,
  member: Member,
  cohortId: number,
  answers: Record<SurveyQuestion, number>,
): Promise<'saved' | 'not_found' | 'not_member' | 'not_open' | 'already'> {
  const gate = await surveyGate(deps, member, cohortId);
  if (!gate.ok) return gate.reason;
  const saved = await repoOf(deps).saveSurvey(
    cohortId,
    member.teamId,
    member.slackUserId,
    answers,
    deps.clock(),
  );
  return saved ? 'saved' : 'already';
}

/** The survey results for the admin: response rate and `aggregateSurvey` per question (in survey order). */
export async function surveyResults(
  deps: Pick<ServiceDeps, 'db'>,
  teamId: string,
  cohortId: number,
): Promise<
  { cohort: CohortRow; participants: number; responses: number; summary: SurveyQuestionSummary[] } | undefined
> {
  const repo = repoOf(deps);
  const cohort = await repo.cohort(teamId, cohortId);
  if (!cohort) return undefined;
  const [people, answers] = await Promise.all([repo.cohortMembers(cohortId), repo.surveyAnswers(cohortId)]);
  const flat = answers.flatMap((a) =>
    SURVEY_QUESTIONS.filter((q) => q in a).map((q) => ({
      question: q as string,
      score: a[q] as SurveyScore,
    })),
  );
  // Questions in the order the survey asks them, whatever order the answers came in.
  const summary = aggregateSurvey(flat).sort(
    (x, y) =>
      SURVEY_QUESTIONS.indexOf(x.question as SurveyQuestion) -
      SURVEY_QUESTIONS.indexOf(y.question as SurveyQuestion),
  );
  return { cohort, participants: people.length, responses: answers.length, summary };
}

/** A date in the admin's zone and language, for notices. */
export const adminDate = (admin: Member, at: Date): string =>
  formatDateTime(at, admin.tz, langFromLocale(admin.locale), 'date');
