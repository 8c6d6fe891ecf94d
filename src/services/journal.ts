import { and, eq, inArray } from 'drizzle-orm';
import type { Member } from '../db/repositories/members';
import { members as membersTable } from '../db/schema';
import { formatDateTime, localParts } from '../domain/time';
import { langFromLocale, translator } from '../i18n';
import type { JournalModel, JournalNote, JournalPairing } from '../views/journal/build';
import { buildJournalMarkdown } from '../views/journal/markdown';
import { skillName } from '../views/skills';
import { sideOf } from './pairings';
import type { ServiceDeps } from './deps';
import type { SlackPort } from './ports';

const nameOf = (m: Member) => m.displayName || m.realName || m.slackUserId;

/**
 * The learning journal of one member: every pairing they belong to (either side, open or finished, in their
 * workspace), newest first, each with its sessions oldest first, agendas and both people's check-ins.
 *
 * Privacy: notes and feedback are for the two people of a pairing only. The query is scoped to pairings the
 * member is part of; `sideOf` re-checks each row, and check-ins by anyone but the pair are dropped, so a
 * bug elsewhere cannot leak someone else's notes into this view.
 */
export async function loadJournal(deps: ServiceDeps, member: Member): Promise<JournalModel> {
  const lang = langFromLocale(member.locale);
  const rows = (await deps.pairings.journalForMember(member.teamId, member.id)).filter((p) => sideOf(p, member));
  const base = { memberName: nameOf(member), tz: member.tz, lang };
  if (!rows.length) return { ...base, pairings: [] };

  const skills = await deps.skills.findByIds(member.teamId, [...new Set(rows.map((r) => r.skillId))]);
  const peopleIds = [...new Set(rows.flatMap((r) => [r.menteeMemberId, r.mentorMemberId]))];
  const people = new Map(
    (await deps.db.select().from(membersTable).where(and(eq(membersTable.teamId, member.teamId), inArray(membersTable.id, peopleIds)))).map((m) => [m.id, m]),
  );
  const name = (id: number) => {
    const m = people.get(id);
    return m ? nameOf(m) : '';
  };

  const pairings: JournalPairing[] = [];
  for (const p of rows) {
    const role = sideOf(p, member)!;
    const skill = skills.find((s) => s.id === p.skillId);
    const entries = await deps.sessions.journal(p.teamId, p.id);
    pairings.push({
      pairingId: p.id,
      skill: skill ? skillName(skill.names, lang) : '',
      role,
      otherName: name(role === 'mentee' ? p.mentorMemberId : p.menteeMemberId),
      state: p.state,
      sessions: entries.map(({ session, checkins }) => ({
        startsAt: session.startsAt,
        durationMinutes: session.durationMinutes,
        status: session.status,
        agendaTopics: session.agendaTopics,
        agendaHandsOn: session.agendaHandsOn,
        notes: checkins
          .filter((c) => c.memberId === p.menteeMemberId || c.memberId === p.mentorMemberId)
          .map(
            (c): JournalNote => ({
              role: c.memberId === p.menteeMemberId ? 'mentee' : 'mentor',
              name: name(c.memberId),
              happened: c.happened,
              learned: c.learned,
              feedback: c.feedback,
              rating: c.rating,
              confidence: c.confidence,
            }),
          )
          .sort((a, b) => (a.role === b.role ? 0 : a.role === 'mentee' ? -1 : 1)),
      })),
    });
  }
  return { ...base, pairings };
}

/**
 * Exports the member's journal as Markdown into their DM with the app (`learning-journal-YYYY-MM-DD.md`, the
 * date in their zone). Either side may export: a mentor gets their own view of the pairs they teach, which
 * holds exactly what their journal modal shows, so nothing new is revealed.
 */
export async function exportJournal(deps: ServiceDeps, slack: SlackPort, member: Member): Promise<{ ok: true; filename: string } | { ok: false; reason: 'empty' }> {
  const model = await loadJournal(deps, member);
  if (!model.pairings.length) return { ok: false, reason: 'empty' };
  const now = deps.clock();
  const tr = translator(model.lang);
  const filename = `learning-journal-${localParts(now, member.tz).date}.md`;
  await slack.uploadFile({
    userId: member.slackUserId,
    filename,
    title: tr('journal.export_title'),
    content: buildJournalMarkdown(tr, model, now),
    comment: tr('journal.export_comment', { date: formatDateTime(now, member.tz, model.lang, 'date') }),
  });
  return { ok: true, filename };
}
