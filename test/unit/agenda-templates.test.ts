import { LANGS } from '../../src/i18n';
import { findSkillSeed } from '../../src/domain/skills/catalogue';
import {
  AGENDA_TEMPLATES,
  agendaTopicsFor,
  skillsWithAgendaTemplates,
} from '../../src/domain/sessions/agenda-templates';

describe('agenda templates integrity', () => {
  const entries = Object.entries(AGENDA_TEMPLATES);

  it('when templates are counted, then at least 12 skills have one', () => {
    expect(entries.length).toBeGreaterThanOrEqual(12);
    expect(skillsWithAgendaTemplates()).toHaveLength(entries.length);
  });

  it.each(entries.map(([slug]) => slug))(
    'when the template for %p is checked, then its slug is a catalogue skill',
    (slug) => {
      expect(findSkillSeed(slug)?.slug).toBe(slug);
    },
  );

  it.each(entries)(
    'when the template for %p is checked, then it has 3–6 distinct topics in every language, each ≤ 150 chars',
    (_slug, topics) => {
      expect(topics.length).toBeGreaterThanOrEqual(3);
      expect(topics.length).toBeLessThanOrEqual(6);
      for (const lang of LANGS) {
        const texts = topics.map((t) => t[lang]);
        expect(new Set(texts).size).toBe(texts.length);
        for (const text of texts) {
          expect(text.trim()).toBe(text);
          expect(text.length).toBeGreaterThan(0);
          expect(text.length).toBeLessThanOrEqual(150);
        }
      }
      for (const topic of topics) {
        expect(topic.de).not.toBe(topic.en);
        expect(topic['pt-BR']).not.toBe(topic.en);
      }
    },
  );
});

describe('agendaTopicsFor', () => {
  it('when asked for a known skill in German, then the German topics come back basics first', () => {
    const topics = agendaTopicsFor('sql-basics', 'de');
    expect(topics[0]).toBe('Was eine Datenbank ist: Tabellen, Zeilen, Spalten und Schlüssel');
    expect(topics.at(-1)).toBe('Eine echte Frage aus deinem Team mit einer Abfrage beantworten');
  });

  it('when asked in each language, then the same number of topics comes back in that language', () => {
    const en = agendaTopicsFor('tableau', 'en');
    const pt = agendaTopicsFor('tableau', 'pt-BR');
    expect(pt).toHaveLength(en.length);
    expect(pt[3]).toBe('Campos calculados simples');
  });

  it('when the skill has no template, then an empty list comes back', () => {
    expect(agendaTopicsFor('underwater-basket-weaving', 'en')).toEqual([]);
    expect(agendaTopicsFor('', 'de')).toEqual([]);
  });

  it('when the slug looks like an object property ("constructor", "__proto__"), then it is treated as unknown', () => {
    expect(agendaTopicsFor('constructor', 'en')).toEqual([]);
    expect(agendaTopicsFor('__proto__', 'en')).toEqual([]);
    expect(agendaTopicsFor('toString', 'pt-BR')).toEqual([]);
  });

  it('when the returned list is changed by the caller, then the template itself stays intact', () => {
    const topics = agendaTopicsFor('seo', 'en');
    topics.length = 0;
    expect(agendaTopicsFor('seo', 'en').length).toBeGreaterThan(0);
  });
});
