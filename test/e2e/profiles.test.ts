import { eq } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app-harness';
import { commandBody, eventBody, interactionBody, postSigned } from '../support/slack-request';
import { blockAction, blockSuggestion, checkboxes, external, multi, radio, selected, stateOf, text, time, user, viewSubmission } from '../support/payloads';
import { learningGoals, members, menteeProfiles, mentorProfiles, skills, teachingSkills } from '../../src/db/schema';

describe('self-evaluation, mentor profile, App Home and languages (e2e)', () => {
  let app: TestApp;
  let skillId: (slug: string) => Promise<number>;

  beforeAll(async () => {
    app = await startTestApp();
    app.slack.addUser({ id: 'UNEW', name: 'Nora', tz: 'Europe/London', locale: 'en-GB' });
    app.slack.addUser({ id: 'UDE', name: 'Dieter', tz: 'Europe/Berlin', locale: 'de-DE' });
    app.slack.addUser({ id: 'UPT', name: 'Paula', tz: 'America/Sao_Paulo', locale: 'pt-BR' });
    app.slack.addUser({ id: 'UMENTOR', name: 'Mia', tz: 'Europe/Berlin', locale: 'en-US' });
    skillId = async (slug) => (await app.db.db.select().from(skills).where(eq(skills.slug, slug)))[0]!.id;
  });
  afterAll(async () => app.stop());
  beforeEach(() => app.slack.reset());

  const command = (userId: string, textArg: string, responseUrlId = `r-${Math.random()}`) =>
    postSigned(app.eventsUrl, commandBody({ userId, text: textArg, responseUrl: app.slack.responseUrl(responseUrlId) }));
  const submit = (userId: string, callbackId: string, values: ReturnType<typeof stateOf>) =>
    postSigned(app.eventsUrl, interactionBody(viewSubmission({ userId, callbackId, values })));
  const memberRow = async (id: string) => (await app.db.db.select().from(members).where(eq(members.slackUserId, id)))[0];
  const goalsOf = async (id: string) => {
    const m = await memberRow(id);
    return m ? app.db.db.select().from(learningGoals).where(eq(learningGoals.memberId, m.id)) : [];
  };
  const selfEval = async (overrides: Record<string, ReturnType<typeof text>> = {}) =>
    stateOf({
      se_skill_1: external(`s:${await skillId('tableau')}`),
      se_level_1: selected('2'),
      se_goal_1: text('Build the monthly sales dashboard myself'),
      se_skill_2: external(`s:${await skillId('excel-formulas')}`),
      se_level_2: selected('3'),
      se_offers: checkboxes('leadership', 'strategy'),
      se_format: radio('online'),
      se_length: radio('30'),
      se_lead: user('UMENTOR'),
      se_share: checkboxes(),
      ...overrides,
    });

  it('when a newcomer runs /mentor-me, submits two skills and opens the App Home, then the rows exist and the Home lists both skills', async () => {
    const res = await command('UNEW', '');
    expect(res.status).toBe(200);
    const open = await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'views.open');
    expect((open.args.view as { callback_id: string }).callback_id).toBe('mm_self_eval');
    expect(open.violations).toEqual([]);

    const sub = await submit('UNEW', 'mm_self_eval', await selfEval());
    expect(sub.status).toBe(200);
    expect(JSON.parse(sub.text)).toMatchObject({ response_action: 'update' });

    const goals = await goalsOf('UNEW');
    expect(goals.map((g) => [g.skillId, g.level]).sort()).toEqual(
      [
        [await skillId('tableau'), 2],
        [await skillId('excel-formulas'), 3],
      ].sort(),
    );
    const m = await memberRow('UNEW');
    const [profile] = await app.db.db.select().from(menteeProfiles).where(eq(menteeProfiles.memberId, m!.id));
    expect(profile).toMatchObject({ offers: ['leadership', 'strategy'], format: 'online', sessionMinutes: 30, leadSlackUserId: 'UMENTOR', shareWithLead: false });

    app.slack.reset();
    await postSigned(app.eventsUrl, eventBody({ type: 'app_home_opened', user: 'UNEW', channel: 'DUNEW', tab: 'home', event_ts: '1.1' }), { contentType: 'application/json' });
    const publish = await app.slack.waitFor(() => app.slack.callsTo('views.publish')[0], 5000, 'views.publish');
    const home = JSON.stringify(publish.args.view);
    expect(publish.args.user_id).toBe('UNEW');
    expect(home).toContain('Tableau');
    expect(home).toContain('Excel');
    expect(publish.violations).toEqual([]);
  });

  it('when the same self-evaluation is submitted twice, then nothing changes the second time', async () => {
    const values = await selfEval();
    await submit('UNEW', 'mm_self_eval', values);
    const before = await goalsOf('UNEW');
    await submit('UNEW', 'mm_self_eval', values);
    const after = await goalsOf('UNEW');
    expect(after).toEqual(before);
  });

  it.each([
    [
      'no skill',
      {
        se_skill_1: { type: 'external_select', selected_option: null },
        se_level_1: { type: 'static_select', selected_option: null },
        se_goal_1: text(''),
        se_skill_2: { type: 'external_select', selected_option: null },
        se_level_2: { type: 'static_select', selected_option: null },
      },
      'se_skill_1',
    ],
    ['an unknown level', { se_level_1: selected('7') }, 'se_level_1'],
    ['a goal over 500 characters', { se_goal_1: text('x'.repeat(501)) }, 'se_goal_1'],
    ['a skill id from nowhere', { se_skill_1: external('s:999999') }, 'se_skill_1'],
    ['a forged option value', { se_skill_2: external('drop table skills') }, 'se_skill_2'],
  ])('when the self-evaluation has %s, then Slack gets errors on the right block and nothing is written', async (_label, override, block) => {
    const values = await selfEval(override as never);
    const res = await submit('UDE', 'mm_self_eval', values);
    expect(res.status).toBe(200);
    const body = JSON.parse(res.text) as { response_action: string; errors: Record<string, string> };
    expect(body.response_action).toBe('errors');
    expect(Object.keys(body.errors)).toContain(block);
    expect(await goalsOf('UDE')).toEqual([]);
    const m = await memberRow('UDE');
    expect(await app.db.db.select().from(menteeProfiles).where(eq(menteeProfiles.memberId, m!.id))).toEqual([]);
  });

  it('when a German-locale member runs /mentor-me, then the modal and its errors are German', async () => {
    await command('UDE', '');
    const open = await app.slack.waitFor(() => app.slack.callsTo('views.open')[0], 5000, 'views.open');
    expect(JSON.stringify(open.args.view)).toContain('Selbsteinschätzung');
    const res = await submit('UDE', 'mm_self_eval', await selfEval({ se_level_1: selected('9') }));
    expect(JSON.parse(res.text).errors.se_level_1).toBe('Wähle ein Niveau von 1 bis 5.');
  });

  it('when a member types into the skill picker, then catalogue matches come back across languages and free text can be added', async () => {
    const ask = async (value: string) =>
      JSON.parse((await postSigned(app.eventsUrl, interactionBody(blockSuggestion({ userId: 'UPT', actionId: 'mm_skill_select', blockId: 'se_skill_1', value })))).text) as {
        options: { text: { text: string }; value: string }[];
      };
    const ia = await ask('IA');
    expect(ia.options.length).toBeGreaterThan(0);
    expect(ia.options[0]!.value).toMatch(/^s:\d+$/);
    const typo = await ask('tablaeu');
    expect(typo.options[0]!.text.text).toBe('Tableau');
    const fresh = await ask('Origami digital');
    expect(fresh.options.at(-1)!.value).toBe('new:Origami digital');
    expect(fresh.options.at(-1)!.text.text).toContain('Adicionar');
  });

  it('when a member becomes a mentor, then the profile is saved, the primer DM is sent once, and Got it is recorded', async () => {
    const values = stateOf({
      mp_skill_1: external(`s:${await skillId('tableau')}`),
      mp_level_1: selected('5'),
      mp_skill_2: external('new:Origami digital'),
      mp_level_2: selected('4'),
      mp_styles: checkboxes('patience', 'hands_on'),
      mp_capacity: selected('2'),
      mp_languages: multi('en', 'de'),
      mp_days: checkboxes('2', '4'),
      mp_from: time('14:00'),
      mp_to: time('16:00'),
    });
    const first = await submit('UMENTOR', 'mm_mentor_profile', values);
    expect(JSON.parse(first.text).response_action).toBe('update');
    await submit('UMENTOR', 'mm_mentor_profile', values);
    await app.slack.waitFor(() => app.slack.callsTo('chat.postMessage')[0], 5000, 'primer DM');
    await new Promise((r) => setTimeout(r, 300));
    const dms = app.slack.callsTo('chat.postMessage');
    expect(dms).toHaveLength(1);
    expect(dms[0]!.args.channel).toBe('DUMENTOR');
    expect(dms[0]!.violations).toEqual([]);

    const m = await memberRow('UMENTOR');
    const [profile] = await app.db.db.select().from(mentorProfiles).where(eq(mentorProfiles.memberId, m!.id));
    expect(profile).toMatchObject({ capacity: 2, styles: ['patience', 'hands_on'], languages: ['en', 'de'] });
    expect(profile!.availability).toEqual([
      { weekday: 2, start: '14:00', end: '16:00' },
      { weekday: 4, start: '14:00', end: '16:00' },
    ]);
    const teaching = await app.db.db.select().from(teachingSkills).where(eq(teachingSkills.memberId, m!.id));
    expect(teaching).toHaveLength(2);
    const custom = (await app.db.db.select().from(skills).where(eq(skills.slug, 'custom-origami-digital')))[0];
    expect(custom?.teamId).toBe('T0TEST');
    expect(profile!.primerAckAt).toBeNull();

    await postSigned(app.eventsUrl, interactionBody(blockAction({ userId: 'UMENTOR', actionId: 'mm_primer_got_it', container: 'message', channelId: 'DUMENTOR', messageTs: '1.1' })));
    await app.slack.waitFor(() => app.slack.callsTo('chat.update')[0], 5000, 'primer update');
    const [acked] = await app.db.db.select().from(mentorProfiles).where(eq(mentorProfiles.memberId, m!.id));
    expect(acked!.primerAckAt).toBeInstanceOf(Date);
  });

  it('when the mentor profile has an end time before the start time, then the error sits on the end time', async () => {
    const res = await submit(
      'UPT',
      'mm_mentor_profile',
      stateOf({ mp_skill_1: external(`s:${await skillId('seo')}`), mp_level_1: selected('4'), mp_capacity: selected('1'), mp_languages: multi('pt'), mp_days: checkboxes('1'), mp_from: time('16:00'), mp_to: time('09:00') }),
    );
    const body = JSON.parse(res.text);
    expect(body.errors).toEqual({ mp_to: 'O horário final precisa ser depois do inicial.' });
  });

  it('when a Portuguese member asks the glossary for crud, then the answer is in Portuguese', async () => {
    await command('UPT', 'glossario crud', 'gl-1');
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith('gl-1')), 5000, 'glossary reply');
    expect(reply.body.response_type).toBe('ephemeral');
    expect(String(reply.body.text)).toContain('criar, ler, atualizar e apagar');
  });

  it('when an unknown term is asked, then close terms are suggested and the mentor is recommended', async () => {
    await command('UNEW', 'glossary phising', 'gl-2');
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith('gl-2')), 5000, 'glossary reply');
    expect(JSON.stringify(reply.body)).toMatch(/Phishing/i);
  });

  it('when a member pauses until 2099-01-01 and resumes, then each step is confirmed and stored', async () => {
    await command('UNEW', 'pause until 2099-01-01', 'p-1');
    const paused = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith('p-1')), 5000, 'pause reply');
    expect(String(paused.body.text)).toContain('2099');
    expect(await memberRow('UNEW')).toMatchObject({ pausedUntil: '2099-01-01' });
    expect((await memberRow('UNEW'))!.pausedAt).toBeInstanceOf(Date);

    await command('UNEW', 'resume', 'p-2');
    const resumed = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith('p-2')), 5000, 'resume reply');
    expect(String(resumed.body.text)).toContain('Welcome back');
    expect(await memberRow('UNEW')).toMatchObject({ pausedAt: null, pausedUntil: null });
  });

  it('when a member asks to pause until a past or impossible date, then they get a clear message and nothing changes', async () => {
    await command('UDE', 'pause until 2020-01-01', 'p-3');
    const past = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith('p-3')), 5000, 'reply');
    expect(String(past.body.text)).toContain('liegt nicht in der Zukunft');
    await command('UDE', 'pause until 2027-02-30', 'p-4');
    const bad = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith('p-4')), 5000, 'reply');
    expect(String(bad.body.text)).toContain('JJJJ-MM-TT');
    expect((await memberRow('UDE'))!.pausedAt).toBeNull();
  });

  it.each([
    ['kpi', 'no active pairing with KPIs yet'],
    ['log', 'no session to log yet'],
    ['privacy', 'Your data in Mentor Me'],
  ])('when a newcomer runs /mentor-me %s, then a clear message explains what it does and what comes first', async (sub, words) => {
    await command('UNEW', sub, `first-${sub}`);
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith(`first-${sub}`)), 5000, 'reply');
    expect(JSON.stringify(reply.body)).toContain(words);
  });

  it('when a non-admin runs /mentor-me admin, then they get a polite refusal and nothing else', async () => {
    const before = (await app.db.db.select().from(skills)).length;
    await command('UNEW', 'admin skill add Miro boards', 'adm-1');
    const reply = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith('adm-1')), 5000, 'reply');
    expect(String(reply.body.text)).toContain('Only program admins');
    expect((await app.db.db.select().from(skills)).length).toBe(before);
    expect(app.slack.calls.filter((c) => c.method !== 'users.info')).toEqual([]);
  });

  it('when a workspace admin adds a skill, then it joins the catalogue once and members can find it', async () => {
    app.slack.addUser({ id: 'UADMIN', name: 'Ada', tz: 'UTC', locale: 'en-US', isAdmin: true });
    await command('UADMIN', 'admin skill add Miro boards', 'adm-2');
    const added = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith('adm-2')), 5000, 'reply');
    expect(String(added.body.text)).toContain('Added *Miro boards*');
    await command('UADMIN', 'admin skill add miro boards', 'adm-3');
    const again = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith('adm-3')), 5000, 'reply');
    expect(String(again.body.text)).toContain('already in the catalogue');
    await command('UADMIN', 'admin skill add Excel', 'adm-4');
    const excel = await app.slack.waitFor(() => app.slack.responses.find((r) => r.path.endsWith('adm-4')), 5000, 'reply');
    expect(String(excel.body.text)).toContain('already in the catalogue');
    const rows = await app.db.db.select().from(skills).where(eq(skills.teamId, 'T0TEST'));
    expect(rows.filter((r) => r.names.en === 'Miro boards')).toHaveLength(1);
  });

  it('when any listener ran, then no Block Kit limit was broken', () => {
    expect(app.slack.allViolations()).toEqual([]);
  });
});
