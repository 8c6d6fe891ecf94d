import fc from 'fast-check';
import { LANGS } from '../../src/i18n';
import { findSkillSeed } from '../../src/domain/skills/catalogue';
import { normalizeSkillText } from '../../src/domain/skills/resolve';
import { GLOSSARY_TERMS, type GlossaryTerm } from '../../src/domain/glossary/terms';
import { MAX_GLOSSARY_SUGGESTIONS, lookupGlossary } from '../../src/domain/glossary/lookup';

function foundSlug(input: string): string | undefined {
  const r = lookupGlossary(input);
  return r.kind === 'found' ? r.term.slug : undefined;
}

/** Counts sentences by their end marks; "1.000" or "5%" don't count because no space follows. */
function sentenceCount(text: string): number {
  return (text.match(/[.!?…](?=\s|$)/g) ?? []).length || 1;
}

describe('glossary content', () => {
  it('when the glossary is counted, then it has at least 35 terms with unique kebab-case slugs', () => {
    expect(GLOSSARY_TERMS.length).toBeGreaterThanOrEqual(35);
    const slugs = GLOSSARY_TERMS.map((t) => t.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('when every text is checked, then names, explanations and examples exist in all languages within limits', () => {
    const problems: string[] = [];
    for (const term of GLOSSARY_TERMS) {
      for (const lang of LANGS) {
        const name = term.names[lang];
        const explanation = term.explanation[lang];
        if (!name.trim()) problems.push(`${term.slug}/${lang}: empty name`);
        if (!explanation.trim()) problems.push(`${term.slug}/${lang}: empty explanation`);
        if (explanation.length > 500)
          problems.push(`${term.slug}/${lang}: explanation ${explanation.length} chars`);
        if (sentenceCount(explanation) > 3) problems.push(`${term.slug}/${lang}: more than 3 sentences`);
        if (term.example) {
          const example = term.example[lang];
          if (!example.trim()) problems.push(`${term.slug}/${lang}: empty example`);
          if (example.length > 500) problems.push(`${term.slug}/${lang}: example ${example.length} chars`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('when translations are compared, then German and Portuguese are real translations, not English copies', () => {
    for (const term of GLOSSARY_TERMS) {
      expect(term.explanation.de).not.toBe(term.explanation.en);
      expect(term.explanation['pt-BR']).not.toBe(term.explanation.en);
    }
  });

  it('when a term links to a skill, then that skill exists in the catalogue', () => {
    for (const term of GLOSSARY_TERMS) {
      if (term.skillSlug !== undefined)
        expect({ term: term.slug, found: !!findSkillSeed(term.skillSlug) }).toEqual({
          term: term.slug,
          found: true,
        });
    }
  });

  it('when names, slugs and aliases are normalised, then each one belongs to exactly one term', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const term of GLOSSARY_TERMS) {
      for (const text of [...Object.values(term.names), term.slug, ...term.aliases]) {
        const key = normalizeSkillText(text).replace(/ /g, '');
        expect({ text, empty: key === '' }).toEqual({ text, empty: false });
        const seen = owner.get(key);
        if (seen !== undefined && seen !== term.slug) clashes.push(`${text} (${seen} / ${term.slug})`);
        owner.set(key, term.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('when any term name or alias is looked up exactly, then that very term is found', () => {
    for (const term of GLOSSARY_TERMS) {
      for (const text of [...Object.values(term.names), ...term.aliases]) {
        expect({ text, slug: foundSlug(text) }).toEqual({ text, slug: term.slug });
      }
    }
  });
});

describe('lookupGlossary', () => {
  it.each([
    'CRUD',
    'growth hacking',
    'prompt',
    'API',
    'KPI',
    'no-code',
    'A/B test',
    'SEO',
    'CTR',
    'funnel',
    'LLM',
    'hallucination',
    'pivot table',
    'dashboard',
    'sprint',
    'backlog',
    'stand-up',
    'MVP',
    'cloud',
    'phishing',
    '2FA',
    'hashtag',
    'engagement',
    'algorithm',
    'webhook',
    'Zap',
    'SQL',
    'JSON',
    'bug',
    'deploy',
    'UX',
    'churn',
    'conversion rate',
    'retargeting',
    'VLOOKUP',
    'XLOOKUP',
  ])('when the required term %p is looked up, then it is found', (input) => {
    expect(lookupGlossary(input).kind).toBe('found');
  });

  it.each([
    ['crud', 'crud'],
    ['a/b testing', 'ab-test'],
    ['AB test', 'ab-test'],
    ['Halluzination', 'hallucination'],
    ['alucinação', 'hallucination'],
    ['alucinacao', 'hallucination'],
    ['SVERWEIS', 'vlookup-xlookup'],
    ['PROCV', 'vlookup-xlookup'],
    ['Zwei-Faktor', 'two-factor-authentication'],
    ['funil', 'funnel'],
    ['Trichter', 'funnel'],
    ['taxa de conversão', 'conversion-rate'],
    ['Konversionsrate', 'conversion-rate'],
    ['Engajamento', 'engagement'],
    ['nuvem', 'cloud'],
    ['Datenbank', 'database'],
    ['Kennzahl', 'kpi'],
    ['stand up', 'stand-up'],
  ])('when a member types %p in any language, then %s is found', (input, slug) => {
    expect(foundSlug(input)).toBe(slug);
  });

  it.each([
    ['phising', 'phishing'],
    ['webhok', 'webhook'],
    ['algoritm', 'algorithm'],
    ['retargetting', 'retargeting'],
  ])('when the term has a typo (%p), then %s is still found', (input, slug) => {
    expect(foundSlug(input)).toBe(slug);
  });

  it('when the input fits several terms ("co"), then nothing is found but up to three suggestions are offered', () => {
    const r = lookupGlossary('co');
    expect(r.kind).toBe('none');
    const suggestions = r.kind === 'none' ? r.suggestions : [];
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(MAX_GLOSSARY_SUGGESTIONS);
    expect(suggestions.map((t) => t.slug)).toContain('cookie');
  });

  it('when a word prefixes several terms ("rate"), then the matching terms are suggested', () => {
    const r = lookupGlossary('rate');
    expect(r.kind === 'none' && r.suggestions.map((t) => t.slug)).toEqual(
      expect.arrayContaining(['conversion-rate', 'ctr']),
    );
  });

  it('when the input is unrelated ("banana"), then nothing is found and nothing is suggested', () => {
    expect(lookupGlossary('banana')).toEqual({ kind: 'none', suggestions: [] });
  });

  it('when the input is empty or blank, then nothing is found and nothing is suggested', () => {
    expect(lookupGlossary('')).toEqual({ kind: 'none', suggestions: [] });
    expect(lookupGlossary('   ')).toEqual({ kind: 'none', suggestions: [] });
  });

  it('when a custom glossary is passed, then only its terms are searched', () => {
    const custom: GlossaryTerm[] = [
      {
        slug: 'okr',
        names: { en: 'OKR', de: 'OKR', 'pt-BR': 'OKR' },
        aliases: [],
        explanation: { en: 'Goals.', de: 'Ziele.', 'pt-BR': 'Metas.' },
      },
    ];
    expect(lookupGlossary('okr', custom)).toMatchObject({
      kind: 'found',
      term: { explanation: { en: 'Goals.' } },
    });
    expect(lookupGlossary('CRUD', custom).kind).toBe('none');
  });

  it('when any text is looked up, then it never throws and never suggests more than three terms', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 25 }), (input) => {
        const r = lookupGlossary(input);
        if (r.kind === 'none') expect(r.suggestions.length).toBeLessThanOrEqual(MAX_GLOSSARY_SUGGESTIONS);
      }),
    );
  });
});
