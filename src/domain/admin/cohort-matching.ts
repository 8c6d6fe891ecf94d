/**
 * Batch matching of a pilot cohort: every mentee of the cohort against every mentor of the cohort, with the
 * same hard rules and score as one-by-one suggestions (`pairScoreForBatch`), solved exactly for the largest
 * total score (`solveBatchMatching`).
 *
 * A mentee may want several skills. The edge between a mentee and a mentor is the best allowed skill of the
 * two (the mentee's earlier-listed skill wins a tie, since people list what they want most first); each
 * mentee gets at most one mentor, and each mentor at most their remaining capacity.
 *
 * Pure: no I/O; `now` is an argument.
 */
import { solveBatchMatching, type BatchEdge } from '../matching/batch';
import {
  pairScoreForBatch,
  type CandidateProfile,
  type MenteeRequest,
  type ReportingLine,
} from '../matching/score';

/** One mentee of the cohort: one request per skill they want, in their own order of preference. */
export interface CohortMentee {
  memberId: number;
  requests: MenteeRequest[];
}

/** A proposed pair. */
export interface CohortPair {
  menteeMemberId: number;
  mentorMemberId: number;
  skillId: number;
  /** `pairScoreForBatch` of the pair (1–1000). */
  score: number;
}

export interface CohortMatch {
  pairs: CohortPair[];
  /**
   * Mentees left without a mentor: `no_candidate` when the rules allow nobody in the cohort (no one teaches
   * the skill above their level, leads, capacity …), `outcompeted` when someone was allowed but the best
   * overall assignment gave them to others.
   */
  unmatched: { memberId: number; reason: 'no_candidate' | 'outcompeted' }[];
  total: number;
  exact: boolean;
}

/**
 * Matches a cohort. Mentees and mentors are taken in member-id order, so the same input always gives the same
 * pairs. A mentor's batch capacity is what is left of their capacity after their open pairings.
 */
export function matchCohort(
  mentees: readonly CohortMentee[],
  mentors: readonly CandidateProfile[],
  reportingLine: ReportingLine,
  now: Date,
): CohortMatch {
  const menteeList = [...new Map(mentees.map((m) => [m.memberId, m])).values()].sort(
    (a, b) => a.memberId - b.memberId,
  );
  const mentorList = [...new Map(mentors.map((m) => [m.memberId, m])).values()].sort(
    (a, b) => a.memberId - b.memberId,
  );
  const capacities = mentorList.map((m) =>
    Math.max(0, Math.floor(m.capacity) - Math.max(0, Math.floor(m.openPairings))),
  );

  const edges: BatchEdge[] = [];
  const skillOf = new Map<string, number>();
  const hasEdge = new Set<number>();
  menteeList.forEach((mentee, i) => {
    mentorList.forEach((mentor, j) => {
      if (capacities[j] === 0) return;
      let best = 0;
      let bestSkill = -1;
      for (const request of mentee.requests) {
        const score = pairScoreForBatch(request, mentor, now, reportingLine);
        if (score > best) {
          best = score;
          bestSkill = request.skillId;
        }
      }
      if (best > 0) {
        edges.push({ mentee: i, mentor: j, score: best });
        skillOf.set(`${i}:${j}`, bestSkill);
        hasEdge.add(i);
      }
    });
  });

  const result = solveBatchMatching({ menteeCount: menteeList.length, mentorCapacities: capacities, edges });
  const pairs: CohortPair[] = [];
  const unmatched: CohortMatch['unmatched'] = [];
  const scoreOf = new Map(edges.map((e) => [`${e.mentee}:${e.mentor}`, e.score]));
  menteeList.forEach((mentee, i) => {
    const j = result.mentorOf[i]!;
    if (j < 0) {
      unmatched.push({ memberId: mentee.memberId, reason: hasEdge.has(i) ? 'outcompeted' : 'no_candidate' });
      return;
    }
    pairs.push({
      menteeMemberId: mentee.memberId,
      mentorMemberId: mentorList[j]!.memberId,
      skillId: skillOf.get(`${i}:${j}`)!,
      score: scoreOf.get(`${i}:${j}`)!,
    });
  });
  return { pairs, unmatched, total: result.total, exact: result.exact };
}
