import fc from 'fast-check';
import { LANGS } from '../../src/i18n';
import {
  SEED_RESOLVABLE_SKILLS,
  SKILL_CATALOGUE,
  SKILL_GROUPS,
  findSkillGroup,
  findSkillSeed,
} from '../../src/domain/skills/catalogue';
import {
  MAX_AMBIGUOUS_CANDIDATES,
  normalizeSkillText,
  osaDistance,
  osaPrefixDistance,
  resolveSkill,
  suggestSkills,
  type MatchVia,
  type ResolvableSkill,
} from '../../src/domain/skills/resolve';

const skills = SEED_RESOLVABLE_SKILLS;

/** Textbook full-matrix OSA, to check the banded, early-exit implementation against. */
function referenceOsa(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

function slugOf(input: string): string | undefined {
  const r = resolveSkill(input, skills);
  return r.kind === 'match' ? r.skill.slug : undefined;
}

describe('normalizeSkillText', () => {
  it('when text has capitals, accents and odd spacing, then it is lower-cased, stripped and collapsed', () => {
    expect(normalizeSkillText('  Análise   de Dados! ')).toBe('analise dados');
    expect(normalizeSkillText('Künstliche Intelligenz')).toBe('kunstliche intelligenz');
    expect(normalizeSkillText('Straße')).toBe('strasse');
  });

  it('when text uses punctuation between words, then it becomes a single space', () => {
    expect(normalizeSkillText('Power-BI')).toBe('power bi');
    expect(normalizeSkillText('UX/UI')).toBe('ux ui');
    expect(normalizeSkillText('Slack & async work')).toBe('slack async work');
  });

  it('when "e-mail" is spelled with a hyphen or space, then it is one word', () => {
    expect(normalizeSkillText('E-Mail-Marketing')).toBe('email marketing');
    expect(normalizeSkillText('e mail')).toBe('email');
  });

  it('when the text only has filler words, then they are kept rather than returning nothing', () => {
    expect(normalizeSkillText('the')).toBe('the');
    expect(normalizeSkillText('de')).toBe('de');
  });

  it('when the text has no letters or digits, then the result is empty', () => {
    expect(normalizeSkillText(' !!! — ')).toBe('');
  });

  it('when "no-code" is normalised, then "no" survives (it is not a filler word there)', () => {
    expect(normalizeSkillText('no-code')).toBe('no code');
  });

  it('when any text is normalised twice, then the second pass changes nothing', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const once = normalizeSkillText(s);
        expect(normalizeSkillText(once)).toBe(once);
      }),
    );
  });
});

describe('osaDistance', () => {
  it('when two neighbouring letters are swapped, then the distance is 1', () => {
    expect(osaDistance('tablaeu', 'tableau')).toBe(1);
    expect(osaDistance('pyhton', 'python')).toBe(1);
  });

  it('when a letter is missing, extra or wrong, then each costs 1', () => {
    expect(osaDistance('exel', 'excel')).toBe(1);
    expect(osaDistance('zappier', 'zapier')).toBe(1);
    expect(osaDistance('linkedln', 'linkedin')).toBe(1);
    expect(osaDistance('', 'abc')).toBe(3);
  });

  it('when random strings are compared, then the fast distance equals the textbook one, capped at max + 1', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 5 }), (a, b, max) => {
        const full = referenceOsa(a, b);
        expect(osaDistance(a, b)).toBe(full);
        expect(osaDistance(a, b, max)).toBe(Math.min(full, max + 1));
      }),
      { numRuns: 500 },
    );
  });

  it('when a half-typed word is compared with a longer target, then the prefix distance is the best over its starts', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (typed, target, max) => {
        let best = Number.POSITIVE_INFINITY;
        for (let len = 0; len <= target.length; len++)
          best = Math.min(best, referenceOsa(typed, target.slice(0, len)));
        expect(osaPrefixDistance(typed, target, max)).toBe(Math.min(best, max + 1));
      }),
      { numRuns: 500 },
    );
    expect(osaPrefixDistance('tabla', 'tableau', 2)).toBe(1);
  });

  it('when any two strings are compared, then the distance is symmetric and zero only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = osaDistance(a, b);
        expect(osaDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it('when a maximum is given, then the result equals the full distance capped at max + 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), fc.nat(4), (a, b, max) => {
        expect(osaDistance(a, b, max)).toBe(Math.min(osaDistance(a, b), max + 1));
      }),
    );
  });
});

describe('resolveSkill', () => {
  const matches: [lang: string, input: string, slug: string, via: MatchVia][] = [
    // English, incl. typos and brand spellings
    ['en', 'tablaeu', 'tableau', 'fuzzy'],
    ['en', 'tableu', 'tableau', 'fuzzy'],
    ['en', 'exel', 'excel-formulas', 'fuzzy'],
    ['en', 'powerbi', 'power-bi', 'exact'],
    ['en', 'POWER BI', 'power-bi', 'exact'],
    ['en', 'chat gpt', 'chatgpt', 'exact'],
    ['en', 'chatgtp', 'chatgpt', 'alias'],
    ['en', 'linkdin', 'linkedin', 'fuzzy'],
    ['en', 'pyhton', 'python-basics', 'fuzzy'],
    ['en', 'gogle sheets', 'google-sheets', 'fuzzy'],
    ['en', 'zappier', 'zapier', 'fuzzy'],
    ['en', 'SQL', 'sql-basics', 'alias'],
    ['en', 'seo', 'seo', 'exact'],
    ['en', 'tabl', 'tableau', 'prefix'],
    ['en', 'growth hacking', 'growth-hacking', 'exact'],
    ['en', 'facebook ads', 'meta-ads', 'alias'],
    ['en', 'CRUD', 'how-software-is-built', 'alias'],
    ['en', 'no code', 'no-code-apps', 'alias'],
    ['en', '2FA', 'two-factor-auth', 'alias'],
    ['en', 'insta', 'instagram', 'alias'],
    ['en', 'data-analysis', 'data-analysis', 'exact'],
    // German
    ['de', 'KI', 'ai-assistants', 'alias'],
    ['de', 'Künstliche Intelligenz', 'ai-assistants', 'alias'],
    ['de', 'kuenstliche intelligenz', 'ai-assistants', 'fuzzy'],
    ['de', 'Datenanalyse', 'data-analysis', 'exact'],
    ['de', 'Tabellenkalkulation', 'spreadsheet-basics', 'alias'],
    ['de', 'SVERWEIS', 'vlookup-xlookup', 'alias'],
    ['de', 'Suchmaschinenoptimierung', 'seo', 'alias'],
    ['de', 'Automatisierung', 'zapier', 'alias'],
    ['de', 'DSGVO', 'data-privacy', 'alias'],
    ['de', 'Videoschnitt', 'video-editing', 'exact'],
    ['de', 'visualisierung', 'data-visualization', 'prefix'],
    // Brazilian Portuguese
    ['pt-BR', 'IA', 'ai-assistants', 'alias'],
    ['pt-BR', 'inteligência artificial', 'ai-assistants', 'alias'],
    ['pt-BR', 'inteligencia artificial', 'ai-assistants', 'alias'],
    ['pt-BR', 'planilha', 'spreadsheet-basics', 'alias'],
    ['pt-BR', 'planilhas', 'spreadsheet-basics', 'alias'],
    ['pt-BR', 'mídias sociais', 'social-media', 'alias'],
    ['pt-BR', 'midias sociais', 'social-media', 'alias'],
    ['pt-BR', 'automação', 'zapier', 'alias'],
    ['pt-BR', 'automacao', 'zapier', 'alias'],
    ['pt-BR', 'análise de dados', 'data-analysis', 'exact'],
    ['pt-BR', 'PROCV', 'vlookup-xlookup', 'alias'],
    ['pt-BR', 'tabela dinamica', 'pivot-tables', 'alias'],
    ['pt-BR', 'edição de video', 'video-editing', 'exact'],
    ['pt-BR', 'LGPD', 'data-privacy', 'alias'],
    ['pt-BR', 'anúncios', 'meta-ads', 'prefix'],
  ];

  it.each(matches)('when a %s speaker types %p, then it resolves to %s via %s', (_lang, input, slug, via) => {
    const r = resolveSkill(input, skills);
    expect(r).toMatchObject({ kind: 'match', via });
    expect(r.kind === 'match' && r.skill.slug).toBe(slug);
  });

  it('when the input starts several skills ("power"), then it is ambiguous with Power BI first', () => {
    const r = resolveSkill('power', skills);
    expect(r.kind).toBe('ambiguous');
    const slugs = r.kind === 'ambiguous' ? r.candidates.map((c) => c.slug) : [];
    expect(slugs[0]).toBe('power-bi');
    expect(slugs).toEqual(expect.arrayContaining(['power-automate', 'presentations']));
  });

  it('when many skills share the prefix ("google"), then at most five candidates come back, all relevant', () => {
    const r = resolveSkill('google', skills);
    expect(r.kind).toBe('ambiguous');
    const candidates = r.kind === 'ambiguous' ? r.candidates : [];
    expect(candidates).toHaveLength(MAX_AMBIGUOUS_CANDIDATES);
    for (const c of candidates) expect(c.slug).toMatch(/google|video-meetings/);
  });

  it('when the input is a generic word ("data", "Daten"), then the plain data-analysis skill is offered first', () => {
    for (const input of ['data', 'Daten']) {
      const r = resolveSkill(input, skills);
      expect(r.kind).toBe('ambiguous');
      expect(r.kind === 'ambiguous' && r.candidates[0]?.slug).toBe('data-analysis');
    }
  });

  it('when an accent-free Portuguese word fits two skills ("analise"), then both are offered', () => {
    const r = resolveSkill('analise', skills);
    expect(r.kind === 'ambiguous' && r.candidates.map((c) => c.slug)).toEqual([
      'data-analysis',
      'google-analytics',
    ]);
  });

  it.each(['underwater basket weaving', 'xyz', 'sqk', '', '   ', '!!!'])(
    'when the input %p matches nothing, then the answer is none with the original input',
    (input) => {
      expect(resolveSkill(input, skills)).toEqual({ kind: 'none', input });
    },
  );

  it('when skills come from the database (numeric ids, some names missing), then they resolve too', () => {
    const rows: ResolvableSkill[] = [
      { id: 1, slug: 'tableau', names: { en: 'Tableau' }, aliases: [] },
      { id: 2, slug: 'excel-formulas', names: { de: 'Excel-Formeln' }, aliases: ['Excel'] },
    ];
    expect(resolveSkill('tablaeu', rows)).toMatchObject({ kind: 'match', skill: { id: 1 } });
    expect(resolveSkill('exel', rows)).toMatchObject({ kind: 'match', skill: { id: 2 } });
  });

  it('when a skill is added to the same array later, then the next lookup finds it', () => {
    const list: ResolvableSkill[] = [{ id: 1, slug: 'tableau', names: { en: 'Tableau' }, aliases: [] }];
    expect(resolveSkill('notion', list).kind).toBe('none');
    list.push({ id: 2, slug: 'notion', names: { en: 'Notion' }, aliases: [] });
    expect(resolveSkill('notion', list)).toMatchObject({ kind: 'match', skill: { id: 2 }, via: 'exact' });
  });

  it('when any text is resolved, then it never throws and ambiguous answers stay small', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (input) => {
        const r = resolveSkill(input, skills);
        if (r.kind === 'ambiguous') {
          expect(r.candidates.length).toBeGreaterThan(1);
          expect(r.candidates.length).toBeLessThanOrEqual(MAX_AMBIGUOUS_CANDIDATES);
        }
      }),
    );
  });

  it('when any skill name or alias is typed exactly, in any case, then that very skill comes back', () => {
    for (const skill of skills) {
      for (const text of [...Object.values(skill.names), ...skill.aliases]) {
        const r = resolveSkill(text.toUpperCase(), skills);
        expect({ text, slug: r.kind === 'match' ? r.skill.slug : r.kind }).toEqual({
          text,
          slug: skill.slug,
        });
      }
    }
  });
});

describe('suggestSkills', () => {
  it('when a member types the start of a skill, then it is suggested first', () => {
    expect(suggestSkills('tab', skills, 5)[0]?.slug).toBe('tableau');
    expect(suggestSkills('pyth', skills, 5)[0]?.slug).toBe('python-basics');
  });

  it('when the half-typed word has a typo, then the intended skill is still suggested', () => {
    expect(suggestSkills('tabla', skills, 5)[0]?.slug).toBe('tableau');
    expect(suggestSkills('linkdi', skills, 5)[0]?.slug).toBe('linkedin');
  });

  it('when the input is an exact alias, then that skill ranks above mere prefixes', () => {
    expect(
      suggestSkills('excel', skills, 5)
        .map((s) => s.slug)
        .slice(0, 2),
    ).toEqual(['excel-formulas', 'excel-macros-vba']);
  });

  it('when the input appears inside a German compound, then the skill is suggested', () => {
    expect(suggestSkills('analyse', skills, 10).map((s) => s.slug)).toContain('data-analysis');
  });

  it('when the input is empty, then the first n skills in catalogue order are offered', () => {
    expect(suggestSkills('', skills, 3)).toEqual(skills.slice(0, 3));
  });

  it('when n is given, then never more than n suggestions come back, without duplicates', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 20 }), (input, n) => {
        const out = suggestSkills(input, skills, n);
        expect(out.length).toBeLessThanOrEqual(n);
        expect(new Set(out.map((s) => s.slug)).size).toBe(out.length);
      }),
    );
  });

  it('when nothing is close, then no suggestions come back', () => {
    expect(suggestSkills('qqqqqq', skills, 10)).toEqual([]);
  });

  it('when ~500 skills are searched keystroke by keystroke, then every prefix answers and the typo still finds Tableau (speed is measured by npm run bench, not here)', () => {
    const big: ResolvableSkill[] = [];
    for (let copy = 0; big.length < 500; copy++) {
      for (const s of SKILL_CATALOGUE) {
        big.push({
          id: `${s.slug}-${copy}`,
          slug: `${s.slug}-${copy}`,
          names: {
            en: `${s.names.en} ${copy}`,
            de: `${s.names.de} ${copy}`,
            'pt-BR': `${s.names['pt-BR']} ${copy}`,
          },
          aliases: s.aliases.map((a) => `${a} v${copy}`),
        });
      }
    }
    const keystrokes = [
      't',
      'ta',
      'tab',
      'tabl',
      'tabla',
      'tablae',
      'tablaeu',
      'e',
      'ex',
      'exe',
      'exel',
      'planilh',
    ];
    for (const k of keystrokes) expect(Array.isArray(suggestSkills(k, big, 10))).toBe(true);
    expect(suggestSkills('tablaeu', big, 10)[0]?.slug).toMatch(/^tableau-/);
    expect(suggestSkills('exel', big, 10).some((s) => s.slug.startsWith('excel'))).toBe(true);
  });
});

describe('skill catalogue integrity', () => {
  it('when the catalogue is counted, then it has at least 45 skills in at least 9 groups', () => {
    expect(SKILL_CATALOGUE.length).toBeGreaterThanOrEqual(45);
    expect(SKILL_GROUPS.length).toBeGreaterThanOrEqual(9);
  });

  it('when slugs are listed, then they are unique, kebab-case and findable', () => {
    const slugs = SKILL_CATALOGUE.map((s) => s.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) {
      expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(findSkillSeed(slug)?.slug).toBe(slug);
    }
    const groupSlugs = SKILL_GROUPS.map((g) => g.slug);
    expect(new Set(groupSlugs).size).toBe(groupSlugs.length);
    for (const slug of groupSlugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('when groups are checked, then every skill has a known group and every group has skills', () => {
    for (const skill of SKILL_CATALOGUE) expect(findSkillGroup(skill.group)).toBeDefined();
    for (const group of SKILL_GROUPS) {
      expect(SKILL_CATALOGUE.filter((s) => s.group === group.slug).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('when names are checked, then every skill and group is named in all three languages', () => {
    for (const item of [...SKILL_CATALOGUE, ...SKILL_GROUPS]) {
      for (const lang of LANGS) {
        const name = item.names[lang];
        expect({
          slug: item.slug,
          lang,
          ok: typeof name === 'string' && name.trim() === name && name.length > 0,
        }).toEqual({ slug: item.slug, lang, ok: true });
        expect(name.length).toBeLessThanOrEqual(75); // Slack option text limit
      }
    }
  });

  it('when names, slugs and aliases are normalised, then each one belongs to exactly one skill', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const skill of SKILL_CATALOGUE) {
      const texts = [...Object.values(skill.names), skill.slug, ...skill.aliases];
      for (const text of texts) {
        const key = normalizeSkillText(text).replace(/ /g, '');
        expect({ text, empty: key === '' }).toEqual({ text, empty: false });
        const seen = owner.get(key);
        if (seen !== undefined && seen !== skill.slug) clashes.push(`${text} (${seen} / ${skill.slug})`);
        owner.set(key, skill.slug);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('when an alias repeats within one skill after normalisation, then it is flagged as clutter', () => {
    for (const skill of SKILL_CATALOGUE) {
      const keys = skill.aliases.map((a) => normalizeSkillText(a));
      const dupes = keys.filter((k, i) => keys.indexOf(k) !== i);
      expect({ slug: skill.slug, dupes }).toEqual({ slug: skill.slug, dupes: [] });
    }
  });

  it.each([
    ['AI assistants', 'ai-assistants'],
    ['prompt writing', 'ai-assistants'],
    ['ChatGPT', 'chatgpt'],
    ['data analysis', 'data-analysis'],
    ['Excel formulas', 'excel-formulas'],
    ['Tableau', 'tableau'],
    ['Power BI', 'power-bi'],
    ['SQL basics', 'sql-basics'],
    ['social media', 'social-media'],
    ['Instagram', 'instagram'],
    ['LinkedIn', 'linkedin'],
    ['networking', 'linkedin'],
    ['Meta ads', 'meta-ads'],
    ['SEO', 'seo'],
    ['growth hacking', 'growth-hacking'],
    ['Zapier', 'zapier'],
    ['no-code automation', 'zapier'],
    ['Slack', 'slack-async'],
    ['Loom', 'loom-video'],
    ['Scrum', 'agile-scrum'],
    ['CRUD', 'how-software-is-built'],
    ['cybersecurity', 'cybersecurity-hygiene'],
    ['Google Sheets', 'google-sheets'],
    ['TikTok', 'tiktok'],
    ['Canva', 'canva'],
    ['Notion', 'notion'],
    ['Python', 'python-basics'],
  ])('when the required skill %p is looked up, then the catalogue has it (%s)', (input, slug) => {
    expect(slugOf(input)).toBe(slug);
  });
});
