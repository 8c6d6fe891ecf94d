import { and, eq, inArray } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, interactionBody, postSigned } from '../support/slack-request';
import { blockAction, checkboxes, datepicker, external, radio, selected, stateOf, text, time, viewSubmission } from '../support/payloads';
import { checkins, members, pairings, sessions, skills } from '../../src/db/schema';
import { agendaTopicsFor } from '../../src/domain/sessions/agenda-templates';
import { addLocalDays, localParts } from '../../src/domain/time';

/**
 * Agenda and learning journal, end to end: profiles and the pairing are made through signed requests into the
 * real app (as a member would), only the session row is inserted directly (scheduling is another feature).
 */
describe('session agenda and learning journal (e2e)', () => {
  let app: TestApp;
  let pairingId: number;
  let sessionId: number;
  let excel: number;

  const post = (payload: object) => postSigned(app.eventsUrl, interactionBody(payload as Record<string, unknown>));
  const command = (userId: string, textArg: string, id: string) => postSigned(app.eventsUrl, commandBody({ userId, text: textArg, responseUrl: app.slack.responseUrl(id) }));
  const reply = (id: string) => app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith(`/${id}`)), 5000, `response ${id}`);
  const dmsTo = (userId: string) => app.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === `D${userId}`);
  const agendaDms = (userId: string) => dmsTo(userId).filter((c) => JSON.stringify(c.args.blocks).includes('Agenda für eure'));
  const lastOpened = () => app.slack.waitFor(() => app.slack.callsTo('views.open').at(-1), 5000, 'views.open');
  const memberId = async (slackId: string) => (await app.db.db.select().from(members).where(eq(members.slackUserId, slackId)))[0]!.id;
  const sessionRow = async () => (await app.db.db.select().from(sessions).where(eq(sessions.id, sessionId)))[0]!;
  const settle = () => new Promise((r) => setTimeout(r, 300));
  /** Polls an async condition (database state) until it holds. */
  const until = async <T>(fn: () => Promise<T | undefined | false>, what: string): Promise<T> => {
    for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 25))) {
      const v = await fn();
      if (v) return v;
    }
    throw new Error(`timed out waiting for ${what}`);
  };
  const agendaSubmit = (userId: string, values: Parameters<typeof stateOf>[0]) =>
    post(viewSubmission({ userId, callbackId: 'mm_agenda', privateMetadata: JSON.stringify({ v: 1, sessionId, pairingId }), values: stateOf(values) }));

  beforeAll(async () => {
    app = await startTestApp();
    app.slack.addUser({ id: 'UMEE', name: 'Mia', tz: 'America/New_York', locale: 'en-US' });
    app.slack.addUser({ id: 'UTOR', name: 'Theo', tz: 'Europe/Berlin', locale: 'de-DE' });
    app.slack.addUser({ id: 'UOUT', name: 'Olga', tz: 'America/Sao_Paulo', locale: 'pt-BR' });
    excel = (await app.db.db.select().from(skills).where(eq(skills.slug, 'excel-formulas')))[0]!.id;

    // Profiles, as members fill them in.
    await post(
      viewSubmission({
        userId: 'UTOR',
        callbackId: 'mm_mentor_profile',
        values: stateOf({ mp_skill_1: external(`s:${excel}`), mp_level_1: selected('5'), mp_capacity: selected('2'), mp_languages: { type: 'multi_static_select', selected_options: [{ value: 'en' }, { value: 'de' }] } }),
      }),
    );
    await post(
      viewSubmission({
        userId: 'UMEE',
        callbackId: 'mm_self_eval',
        values: stateOf({ se_skill_1: external(`s:${excel}`), se_level_1: selected('1'), se_goal_1: text('Formulas for the monthly report'), se_format: radio('online'), se_length: radio('30'), se_offers: checkboxes('strategy') }),
      }),
    );
    // The third person only says hello (help opens a modal), so they are a member without any pairing.
    await command('UOUT', 'help', 'out-help');
    await app.slack.waitFor(() => app.slack.callsTo('views.open').length >= 1, 5000, 'help modal');

    // The pairing's journey: proposal → accept → coffee → both continue → plan → confirmed, all through Slack payloads.
    const theo = await memberId('UTOR');
    await post(
      viewSubmission({
        userId: 'UMEE',
        callbackId: 'mm_proposal',
        privateMetadata: JSON.stringify({ v: 1, mentorMemberId: theo, skillId: excel }),
        values: stateOf({ pr_goals: text('Formulas for the monthly report'), pr_format: radio('online'), pr_length: radio('30') }),
      }),
    );
    pairingId = (await until(async () => (await app.db.db.select().from(pairings))[0], 'pairing row')).id;
    // Buttons are acked first and handled after, so each step waits for its result before the next one.
    const pairingIs = (check: (p: typeof pairings.$inferSelect) => boolean, what: string) =>
      until(async () => {
        const [p] = await app.db.db.select().from(pairings).where(eq(pairings.id, pairingId));
        return p && check(p);
      }, what);
    await post(blockAction({ userId: 'UTOR', actionId: 'mm_accept', value: String(pairingId), container: 'message' }));
    await pairingIs((p) => p.state === 'accepted', 'accepted');
    const day = addLocalDays(localParts(new Date(), 'Europe/Berlin').date, 2);
    await post(viewSubmission({ userId: 'UTOR', callbackId: 'mm_coffee', privateMetadata: JSON.stringify({ v: 1, pairingId }), values: stateOf({ cf_date: datepicker(day), cf_time: time('15:00'), cf_length: selected('20') }) }));
    await pairingIs((p) => p.state === 'coffee', 'coffee');
    await post(blockAction({ userId: 'UTOR', actionId: 'mm_verdict_continue', value: String(pairingId), container: 'message' }));
    await pairingIs((p) => p.mentorVerdict === 'continue', 'mentor verdict');
    await post(blockAction({ userId: 'UMEE', actionId: 'mm_verdict_continue', value: String(pairingId), container: 'message' }));
    await pairingIs((p) => p.menteeVerdict === 'continue', 'mentee verdict');
    const start = addLocalDays(localParts(new Date(), 'America/New_York').date, 7);
    await post(
      viewSubmission({
        userId: 'UMEE',
        callbackId: 'mm_plan',
        privateMetadata: JSON.stringify({ v: 1, pairingId }),
        values: stateOf({ pl_cadence: radio('biweekly'), pl_format: radio('online'), pl_length: radio('30'), pl_start: datepicker(start), pl_criteria: text('Build the report alone'), pl_kpis: text('1 report by June') }),
      }),
    );
    await pairingIs((p) => p.planSubmitted, 'plan');
    await post(blockAction({ userId: 'UTOR', actionId: 'mm_confirm_plan', value: String(pairingId), container: 'message' }));
    await pairingIs((p) => p.state === 'active', 'active pairing');
    await settle();

    // The session: reuse one the scheduler may already have proposed, otherwise insert it (scheduling is not under test).
    const [upcoming] = await app.db.db.select().from(sessions).where(and(eq(sessions.pairingId, pairingId), inArray(sessions.status, ['proposed', 'confirmed'])));
    const row =
      upcoming ??
      (await app.db.db.insert(sessions).values({ teamId: 'T0TEST', pairingId, startsAt: new Date(Date.now() + 3 * 86_400_000), durationMinutes: 30, status: 'confirmed' }).returning())[0]!;
    sessionId = row.id;

    // A past session with both check-ins: its notes belong to the pair only.
    const [past] = await app.db.db
      .insert(sessions)
      .values({ teamId: 'T0TEST', pairingId, startsAt: new Date(Date.now() - 7 * 86_400_000), durationMinutes: 30, status: 'held', agendaTopics: ['SUMIFS basics'] })
      .returning();
    await app.db.db.insert(checkins).values([
      { sessionId: past!.id, memberId: await memberId('UMEE'), role: 'mentee', happened: true, rating: 5, learned: 'PRIVATE-LEARNED: SUMIFS with two criteria', confidence: 3, feedback: 'Very patient' },
      { sessionId: past!.id, memberId: theo, role: 'mentor', happened: true, rating: 4, learned: 'How finance reads the report', feedback: 'PRIVATE-FEEDBACK: great questions' },
    ]);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('when the mentee runs /mentor-me agenda, saves topics, and saves them again, then the session holds them and the mentor is DMed once in German', async () => {
    app.slack.reset();
    await command('UMEE', 'agenda', 'ag-1');
    const modal = await lastOpened();
    const view = modal.args.view as { callback_id: string; private_metadata: string; blocks: unknown[] };
    expect(view.callback_id).toBe('mm_agenda');
    expect(JSON.parse(view.private_metadata)).toMatchObject({ sessionId });
    const json = JSON.stringify(view.blocks);
    expect(json).toContain('Theo');
    const suggestions = agendaTopicsFor('excel-formulas', 'en');
    expect(json).toContain(suggestions[0]!.slice(0, 40));

    const res = await agendaSubmit('UMEE', { ag_topics: text('- VLOOKUP vs XLOOKUP\n- Named ranges'), ag_suggested: checkboxes('0'), ag_hands_on: text('Rebuild the <b>monthly</b> report') });
    expect(JSON.parse(res.text)).toMatchObject({ response_action: 'update', view: { title: { text: 'Agenda saved' } } });
    let row = await sessionRow();
    expect(row.agendaTopics).toEqual([suggestions[0], 'VLOOKUP vs XLOOKUP', 'Named ranges']);
    expect(row.agendaHandsOn).toBe('Rebuild the <b>monthly</b> report');
    expect(row.agendaSavedAt).toBeInstanceOf(Date);
    const dm = await app.slack.waitFor(() => agendaDms('UTOR')[0], 5000, 'agenda DM');
    const dmJson = JSON.stringify(dm.args.blocks);
    expect(dmJson).toContain('1. ');
    expect(dmJson).toContain('VLOOKUP vs XLOOKUP');
    expect(dmJson).toContain('&lt;b&gt;monthly&lt;/b&gt;');
    expect(String(dm.args.text)).toContain('Mia');

    // The same agenda again: nothing written, no second DM.
    const savedAt = row.agendaSavedAt;
    const updatedAt = row.updatedAt;
    const again = await agendaSubmit('UMEE', { ag_topics: text(`${suggestions[0]}\nVLOOKUP vs XLOOKUP\nNamed ranges`), ag_hands_on: text('Rebuild the <b>monthly</b> report') });
    expect(JSON.stringify(JSON.parse(again.text))).toContain('Nothing changed');
    await settle();
    row = await sessionRow();
    expect(row.agendaSavedAt).toEqual(savedAt);
    expect(row.updatedAt).toEqual(updatedAt);
    expect(agendaDms('UTOR')).toHaveLength(1);
    expect(app.slack.allViolations()).toEqual([]);
  });

  it('when the mentor or an outsider tries to save the agenda, then it is refused next to the topics and nothing is written', async () => {
    app.slack.reset();
    const before = await sessionRow();
    const mentor = await agendaSubmit('UTOR', { ag_topics: text('Something else entirely') });
    expect(JSON.parse(mentor.text)).toEqual({ response_action: 'errors', errors: { ag_topics: expect.stringContaining('Person vor, die lernt') } });
    const outsider = await agendaSubmit('UOUT', { ag_topics: text('Mine now') });
    expect(JSON.parse(outsider.text)).toMatchObject({ response_action: 'errors', errors: { ag_topics: expect.any(String) } });
    await settle();
    expect(await sessionRow()).toEqual(before);
    expect(app.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('when the reminder’s Prepare agenda button is clicked, then the mentee gets the prefilled modal and others only a polite refusal', async () => {
    app.slack.reset();
    await post(blockAction({ userId: 'UMEE', actionId: 'mm_prepare_agenda', value: String(sessionId), container: 'message' }));
    const modal = await lastOpened();
    const json = JSON.stringify(modal.args.view);
    expect(json).toContain('"initial_value":"VLOOKUP vs XLOOKUP\\nNamed ranges"');
    expect(json).toContain('initial_options');

    await post(blockAction({ userId: 'UOUT', actionId: 'mm_prepare_agenda', value: String(sessionId), container: 'message', responseUrl: app.slack.responseUrl('pa-out') }));
    expect(String((await reply('pa-out')).body.text)).toContain('não é para você');
    await post(blockAction({ userId: 'UTOR', actionId: 'mm_prepare_agenda', value: String(sessionId), container: 'message', responseUrl: app.slack.responseUrl('pa-tor') }));
    expect(String((await reply('pa-tor')).body.text)).toContain('Person vor, die lernt');
    expect(app.slack.callsTo('views.open')).toHaveLength(1);
    expect(app.slack.allViolations()).toEqual([]);
  });

  it('when someone without an upcoming session runs /mentor-me agenda, then a polite message explains it; the mentor hears that the mentee prepares it', async () => {
    await command('UOUT', 'pauta', 'ag-out');
    expect(String((await reply('ag-out')).body.text)).toContain('ainda não tem uma sessão');
    await command('UTOR', 'agenda', 'ag-tor');
    expect(String((await reply('ag-tor')).body.text)).toContain('Person vor, die lernt');
  });

  it('when the pair open /mentor-me journal, then both see the topics and the notes; a third person sees none of it', async () => {
    app.slack.reset();
    await command('UMEE', 'journal', 'jr-1');
    const mine = JSON.stringify((await lastOpened()).args.view);
    expect(mine).toContain('"callback_id":"mm_journal"');
    expect(mine).toContain('VLOOKUP vs XLOOKUP');
    expect(mine).toContain('SUMIFS basics');
    expect(mine).toContain('PRIVATE-LEARNED');
    expect(mine).toContain('PRIVATE-FEEDBACK');
    expect(mine).toContain('mm_journal_export');
    expect(mine.indexOf('SUMIFS basics')).toBeLessThan(mine.indexOf('VLOOKUP vs XLOOKUP'));

    app.slack.reset();
    await command('UTOR', 'lerntagebuch', 'jr-2');
    const theirs = JSON.stringify((await lastOpened()).args.view);
    expect(theirs).toContain('Lerntagebuch');
    expect(theirs).toContain('VLOOKUP vs XLOOKUP');
    expect(theirs).toContain('PRIVATE-LEARNED');

    app.slack.reset();
    await command('UOUT', 'diario', 'jr-3');
    const outsider = JSON.stringify((await lastOpened()).args.view);
    expect(outsider).toContain('ainda está vazio');
    expect(outsider).not.toMatch(/VLOOKUP|SUMIFS|PRIVATE|Theo|Mia/);
    expect(app.slack.allViolations()).toEqual([]);
  });

  it('when the mentee exports the journal, then a Markdown file with the topics lands in their DM; an outsider’s export uploads nothing', async () => {
    app.slack.reset();
    await post(blockAction({ userId: 'UMEE', actionId: 'mm_journal_export', value: 'md', container: 'modal' }));
    const complete = await app.slack.waitFor(() => app.slack.callsTo('files.completeUploadExternal')[0], 5000, 'upload');
    expect(complete.args.channel_id).toBe('DUMEE');
    const today = localParts(new Date(), 'America/New_York').date;
    const getUrl = app.slack.callsTo('files.getUploadURLExternal')[0]!;
    expect(getUrl.args.filename).toBe(`learning-journal-${today}.md`);
    expect(app.slack.uploads).toHaveLength(1);
    const md = app.slack.uploads[0]!.body;
    expect(md).toContain('# Learning journal of Mia');
    expect(md).toContain('## Excel formulas with Theo');
    expect(md).toContain('VLOOKUP vs XLOOKUP');
    expect(md).toContain('\\<b\\>monthly\\</b\\>');
    expect(md).toContain('PRIVATE-LEARNED');
    const pushed = await app.slack.waitFor(() => app.slack.callsTo('views.push')[0], 5000, 'confirmation');
    expect(JSON.stringify(pushed.args.view)).toContain(`learning-journal-${today}.md`);

    app.slack.reset();
    await post(blockAction({ userId: 'UOUT', actionId: 'mm_journal_export', value: 'md', container: 'modal' }));
    const told = await app.slack.waitFor(() => app.slack.callsTo('views.push')[0], 5000, 'nothing to export');
    expect(JSON.stringify(told.args.view)).toContain('nada para exportar');
    expect(app.slack.uploads).toHaveLength(0);
    expect(app.slack.callsTo('files.getUploadURLExternal')).toHaveLength(0);
    expect(app.slack.allViolations()).toEqual([]);
  });
});
