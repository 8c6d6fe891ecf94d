import { LANGS, translator, type Lang } from '../../src/i18n';
import { expectValidMessage, expectValidView } from '../support/block-kit-limits';
import { buildWelcomeModal } from '../../src/views/welcome/build';
import { buildHelpMessage } from '../../src/views/messages/help';
import { buildSelfEvaluationModal, buildSavedModal } from '../../src/views/self-evaluation/build';
import { buildMentorProfileModal } from '../../src/views/mentor-profile/build';
import { buildHomeView, buildProfileModal, type HomeModel } from '../../src/views/home/build';
import { buildPrimerMessage, buildPrimerModal } from '../../src/views/messages/primer';
import { buildGlossaryMessage } from '../../src/views/messages/glossary';
import { GLOSSARY_TERMS } from '../../src/domain/glossary/terms';
import { lookupGlossary } from '../../src/domain/glossary/lookup';
import { escapeMrkdwn } from '../../src/views/escape';

const long = (n: number) => 'Ü'.repeat(n);
const names = { en: 'Data visualisation with a very long name indeed', de: 'Datenvisualisierung mit sehr langem Namen', 'pt-BR': 'Visualização de dados com nome bem longo' };

const fullModel = (paused: HomeModel['paused']): HomeModel => ({
  name: long(80),
  tz: 'America/Argentina/ComodRivadavia',
  paused,
  profile: {
    mentee: {
      profile: {
        memberId: 1,
        offers: ['leadership', 'strategy', 'industry', 'network', 'presentation', 'career', 'negotiation'],
        offerNote: long(300),
        format: 'async',
        sessionMinutes: 60,
        leadSlackUserId: 'ULEAD',
        shareWithLead: true,
        avoidSlackUserIds: Array.from({ length: 20 }, (_, i) => `UAVOID${i}`),
        createdAt: new Date(),
        updatedAt: new Date(),
      },
      goals: [1, 2, 3].map((i) => ({ skillId: i, level: i, goal: long(500), skillSlug: `s${i}`, skillNames: names })),
    },
    mentor: {
      profile: {
        memberId: 1,
        styles: ['patience', 'step_by_step', 'hands_on'],
        capacity: 5,
        languages: ['en', 'de', 'pt', 'es', 'fr', 'it', 'nl', 'pl'],
        availability: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, start: '08:00', end: '20:00' })),
        primerSentAt: null,
        primerAckAt: null,
        createdAt: new Date(),
        updatedAt: new Date(),
      },
      teaching: [1, 2, 3].map((i) => ({ skillId: i, level: 5, skillSlug: `s${i}`, skillNames: names })),
    },
  },
});

describe.each(LANGS)('every surface in %s stays within Block Kit limits', (lang: Lang) => {
  const tr = translator(lang);

  it('when the welcome modal and help are built, then they are valid', () => {
    expectValidView(buildWelcomeModal(tr, long(200)));
    expectValidMessage(buildHelpMessage(tr));
    expectValidMessage(buildHelpMessage(tr, long(3000)));
  });

  it('when the self-evaluation is built empty and fully prefilled, then both are valid', () => {
    expectValidView(buildSelfEvaluationModal(tr, lang, ''));
    const m = fullModel(null).profile.mentee!;
    expectValidView(buildSelfEvaluationModal(tr, lang, long(200), { ...m.profile, goals: m.goals }));
    expectValidView(buildSavedModal(tr, tr('selfeval.saved_title'), long(2000), long(500)));
  });

  it('when the mentor profile is built empty and fully prefilled, then both are valid', () => {
    expectValidView(buildMentorProfileModal(tr, lang, 'Europe/Berlin'));
    const m = fullModel(null).profile.mentor!;
    expectValidView(buildMentorProfileModal(tr, lang, 'Europe/Berlin', { ...m.profile, teaching: m.teaching }));
  });

  it.each([
    ['a newcomer', { ...fullModel(null), profile: { mentee: undefined, mentor: undefined } }],
    ['a full profile', fullModel(null)],
    ['a paused member', fullModel({ until: '2099-01-01', untilLabel: '1 Jan 2099' })],
    ['an indefinitely paused newcomer', { ...fullModel({ until: null }), profile: { mentee: undefined, mentor: undefined } }],
    [
      'someone with many active pairings, sessions and KPIs',
      {
        ...fullModel(null),
        pairings: Array.from({ length: 30 }, (_, i) => ({
          id: i + 1,
          skill: long(60),
          otherSlackUserId: `U${i}`,
          role: i % 2 ? 'mentor' : 'mentee',
          state: 'active',
          nextSession: { id: 100 + i, when: long(60), minutes: 30, status: i % 2 ? 'proposed' : 'confirmed' },
          kpiLines: Array.from({ length: 8 }, () => long(700)),
        })),
      },
    ],
  ])('when the App Home is built for %s, then it is valid', (_label, model) => {
    expectValidView(buildHomeView(tr, lang, model as HomeModel));
    expectValidView(buildProfileModal(tr, lang, model as HomeModel));
  });

  it('when the primer is built, then message and modal are valid', () => {
    expectValidMessage(buildPrimerMessage(tr, lang, long(100)));
    expectValidMessage(buildPrimerMessage(tr, lang, long(100), true));
    expectValidView(buildPrimerModal(tr, lang));
  });

  it('when every glossary term and a miss are rendered, then each message is valid', () => {
    for (const term of GLOSSARY_TERMS) expectValidMessage(buildGlossaryMessage(tr, lang, term.names.en, { kind: 'found', term }));
    expectValidMessage(buildGlossaryMessage(tr, lang, long(200), lookupGlossary(long(200))));
    expectValidMessage(buildGlossaryMessage(tr, lang, undefined, undefined));
  });
});

describe('user text in mrkdwn', () => {
  it('when someone types a broadcast or a link, then it cannot ping or link', () => {
    const out = escapeMrkdwn('<!channel> <!here> <@U123> <https://evil.example|click> & co');
    expect(out).not.toMatch(/[<>]/);
    expect(out).toContain('&lt;!channel&gt;');
    expect(out).toContain('&amp; co');
  });

  it('when a member typed a goal with a mention, then the App Home shows it escaped', () => {
    const model = fullModel(null);
    model.profile.mentee!.goals[0]!.goal = '<!channel> look at me';
    const json = JSON.stringify(buildHomeView(translator('en'), 'en', model));
    expect(json).not.toContain('<!channel>');
    expect(json).toContain('&lt;!channel&gt;');
  });
});
