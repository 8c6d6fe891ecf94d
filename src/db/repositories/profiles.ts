import { and, asc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { learningGoals, menteeProfiles, mentorProfiles, teachingSkills, skills, members, type AvailabilityWindow } from '../schema';

export type MenteeProfileRow = typeof menteeProfiles.$inferSelect;
export type MentorProfileRow = typeof mentorProfiles.$inferSelect;

export interface GoalInput {
  skillId: number;
  level: number;
  goal: string;
}
export interface MenteeProfileInput {
  goals: GoalInput[];
  offers: string[];
  offerNote: string;
  format: string;
  sessionMinutes: number;
  leadSlackUserId: string | null;
  shareWithLead: boolean;
  avoidSlackUserIds: string[];
}
export interface TeachingInput {
  skillId: number;
  level: number;
}
export interface MentorProfileInput {
  teaching: TeachingInput[];
  styles: string[];
  capacity: number;
  languages: string[];
  availability: AvailabilityWindow[];
}

export type GoalView = GoalInput & { skillSlug: string; skillNames: (typeof skills.$inferSelect)['names'] };
export type TeachingView = TeachingInput & { skillSlug: string; skillNames: (typeof skills.$inferSelect)['names'] };

/**
 * Both sides of a person's profile. Saves are idempotent upserts that only touch rows whose values change, so
 * a resubmitted modal (Slack retries, double clicks) changes nothing.
 *
 * Workspace scoping: these tables are keyed by member row id and carry no team id of their own. Callers pass
 * the id of a member row they obtained for the requesting workspace (`ensureMember`, `members.find`,
 * `members.byIds(teamId, …)` or a team-checked pairing), never an id taken from a button or metadata.
 */
export function createProfileRepository(db: Db) {
  return {
    async getMentee(memberId: number): Promise<{ profile: MenteeProfileRow; goals: GoalView[] } | undefined> {
      const [profile] = await db.select().from(menteeProfiles).where(eq(menteeProfiles.memberId, memberId));
      if (!profile) return undefined;
      const goals = await db
        .select({
          skillId: learningGoals.skillId,
          level: learningGoals.level,
          goal: learningGoals.goal,
          skillSlug: skills.slug,
          skillNames: skills.names,
        })
        .from(learningGoals)
        .innerJoin(skills, eq(skills.id, learningGoals.skillId))
        .where(eq(learningGoals.memberId, memberId))
        .orderBy(asc(learningGoals.position));
      return { profile, goals };
    },

    async getMentor(memberId: number): Promise<{ profile: MentorProfileRow; teaching: TeachingView[] } | undefined> {
      const [profile] = await db.select().from(mentorProfiles).where(eq(mentorProfiles.memberId, memberId));
      if (!profile) return undefined;
      const teaching = await db
        .select({ skillId: teachingSkills.skillId, level: teachingSkills.level, skillSlug: skills.slug, skillNames: skills.names })
        .from(teachingSkills)
        .innerJoin(skills, eq(skills.id, teachingSkills.skillId))
        .where(eq(teachingSkills.memberId, memberId))
        .orderBy(asc(teachingSkills.position));
      return { profile, teaching };
    },

    /** Writes the mentee side in one transaction. Returns whether the profile existed before. */
    async saveMentee(memberId: number, input: MenteeProfileInput, now: Date, tx?: Db): Promise<{ created: boolean }> {
      const run = async (t: Db) => {
        const [before] = await t.select({ m: menteeProfiles.memberId }).from(menteeProfiles).where(eq(menteeProfiles.memberId, memberId));
        const values = {
          memberId,
          offers: input.offers,
          offerNote: input.offerNote,
          format: input.format,
          sessionMinutes: input.sessionMinutes,
          leadSlackUserId: input.leadSlackUserId,
          shareWithLead: input.shareWithLead,
          avoidSlackUserIds: input.avoidSlackUserIds,
          updatedAt: now,
        };
        await t
          .insert(menteeProfiles)
          .values(values)
          .onConflictDoUpdate({
            target: menteeProfiles.memberId,
            set: {
              offers: sql`excluded.offers`,
              offerNote: sql`excluded.offer_note`,
              format: sql`excluded.format`,
              sessionMinutes: sql`excluded.session_minutes`,
              leadSlackUserId: sql`excluded.lead_slack_user_id`,
              shareWithLead: sql`excluded.share_with_lead`,
              avoidSlackUserIds: sql`excluded.avoid_slack_user_ids`,
              updatedAt: sql`excluded.updated_at`,
            },
            setWhere: sql`(mentee_profiles.offers, mentee_profiles.offer_note, mentee_profiles.format, mentee_profiles.session_minutes, mentee_profiles.lead_slack_user_id, mentee_profiles.share_with_lead, mentee_profiles.avoid_slack_user_ids)
              is distinct from (excluded.offers, excluded.offer_note, excluded.format, excluded.session_minutes, excluded.lead_slack_user_id, excluded.share_with_lead, excluded.avoid_slack_user_ids)`,
          });
        const skillIds = input.goals.map((g) => g.skillId);
        await t
          .delete(learningGoals)
          .where(
            skillIds.length
              ? and(eq(learningGoals.memberId, memberId), notInArray(learningGoals.skillId, skillIds))
              : eq(learningGoals.memberId, memberId),
          );
        if (input.goals.length) {
          await t
            .insert(learningGoals)
            .values(input.goals.map((g, i) => ({ memberId, skillId: g.skillId, level: g.level, goal: g.goal, position: i, updatedAt: now })))
            .onConflictDoUpdate({
              target: [learningGoals.memberId, learningGoals.skillId],
              set: { level: sql`excluded.level`, goal: sql`excluded.goal`, position: sql`excluded.position`, updatedAt: sql`excluded.updated_at` },
              setWhere: sql`(learning_goals.level, learning_goals.goal, learning_goals.position) is distinct from (excluded.level, excluded.goal, excluded.position)`,
            });
        }
        return { created: !before };
      };
      return tx ? run(tx) : db.transaction((t) => run(t as unknown as Db));
    },

    /** Writes the mentor side in one transaction. Returns whether the profile existed before. */
    async saveMentor(memberId: number, input: MentorProfileInput, now: Date, tx?: Db): Promise<{ created: boolean }> {
      const run = async (t: Db) => {
        const [before] = await t.select({ m: mentorProfiles.memberId }).from(mentorProfiles).where(eq(mentorProfiles.memberId, memberId));
        await t
          .insert(mentorProfiles)
          .values({
            memberId,
            styles: input.styles,
            capacity: input.capacity,
            languages: input.languages,
            availability: input.availability,
            updatedAt: now,
          })
          .onConflictDoUpdate({
            target: mentorProfiles.memberId,
            set: {
              styles: sql`excluded.styles`,
              capacity: sql`excluded.capacity`,
              languages: sql`excluded.languages`,
              availability: sql`excluded.availability`,
              updatedAt: sql`excluded.updated_at`,
            },
            setWhere: sql`(mentor_profiles.styles, mentor_profiles.capacity, mentor_profiles.languages, mentor_profiles.availability)
              is distinct from (excluded.styles, excluded.capacity, excluded.languages, excluded.availability)`,
          });
        const skillIds = input.teaching.map((s) => s.skillId);
        await t
          .delete(teachingSkills)
          .where(
            skillIds.length
              ? and(eq(teachingSkills.memberId, memberId), notInArray(teachingSkills.skillId, skillIds))
              : eq(teachingSkills.memberId, memberId),
          );
        if (input.teaching.length) {
          await t
            .insert(teachingSkills)
            .values(input.teaching.map((s, i) => ({ memberId, skillId: s.skillId, level: s.level, position: i, updatedAt: now })))
            .onConflictDoUpdate({
              target: [teachingSkills.memberId, teachingSkills.skillId],
              set: { level: sql`excluded.level`, position: sql`excluded.position`, updatedAt: sql`excluded.updated_at` },
              setWhere: sql`(teaching_skills.level, teaching_skills.position) is distinct from (excluded.level, excluded.position)`,
            });
        }
        return { created: !before };
      };
      return tx ? run(tx) : db.transaction((t) => run(t as unknown as Db));
    },

    /** Claims the right to send the primer: true exactly once per mentor, however many saves race. */
    async claimPrimer(memberId: number, now: Date): Promise<boolean> {
      const rows = await db
        .update(mentorProfiles)
        .set({ primerSentAt: now })
        .where(and(eq(mentorProfiles.memberId, memberId), sql`${mentorProfiles.primerSentAt} is null`))
        .returning({ m: mentorProfiles.memberId });
      return rows.length === 1;
    },

    /** Gives the claim back after a failed send, so the primer is not lost. */
    async releasePrimer(memberId: number): Promise<void> {
      await db.update(mentorProfiles).set({ primerSentAt: null }).where(eq(mentorProfiles.memberId, memberId));
    },

    /** Records that the mentor read the primer (first click wins). */
    async ackPrimer(memberId: number, now: Date): Promise<boolean> {
      const rows = await db
        .update(mentorProfiles)
        .set({ primerAckAt: now })
        .where(and(eq(mentorProfiles.memberId, memberId), sql`${mentorProfiles.primerAckAt} is null`))
        .returning({ m: mentorProfiles.memberId });
      return rows.length === 1;
    },

    /** Pause until a date (inclusive) or indefinitely. */
    async setPause(memberId: number, pausedAt: Date | null, pausedUntil: string | null): Promise<void> {
      await db.update(members).set({ pausedAt, pausedUntil }).where(eq(members.id, memberId));
    },

    async memberIdsWithProfiles(memberIds: number[]): Promise<Set<number>> {
      if (!memberIds.length) return new Set();
      const a = await db.select({ id: menteeProfiles.memberId }).from(menteeProfiles).where(inArray(menteeProfiles.memberId, memberIds));
      const b = await db.select({ id: mentorProfiles.memberId }).from(mentorProfiles).where(inArray(mentorProfiles.memberId, memberIds));
      return new Set([...a, ...b].map((r) => r.id));
    },
  };
}

export type ProfileRepository = ReturnType<typeof createProfileRepository>;
