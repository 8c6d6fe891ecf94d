import { catalogues, LANGS, langFromLocale, t } from '../../src/i18n';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const keys = Object.keys(catalogues.en);

  it('when the catalogues are loaded, then English has a healthy number of keys', () => {
    expect(keys.length).toBeGreaterThan(20);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('when %s is compared with English, then it has exactly the same keys', (lang) => {
    expect(Object.keys(catalogues[lang]).sort()).toEqual([...keys].sort());
  });

  it.each(LANGS)('when %s is checked, then no message is empty and placeholders match English', (lang) => {
    const problems: string[] = [];
    for (const key of keys) {
      const value = catalogues[lang][key as keyof (typeof catalogues)['en']];
      if (!value || !value.trim()) problems.push(`${key}: empty`);
      else if (JSON.stringify(placeholders(value)) !== JSON.stringify(placeholders(catalogues.en[key as keyof (typeof catalogues)['en']])))
        problems.push(`${key}: placeholders ${placeholders(value).join(',')} differ from English`);
    }
    expect(problems).toEqual([]);
  });

  it.each(LANGS.filter((l) => l !== 'en'))('when %s is checked, then most messages are actually translated', (lang) => {
    const same = keys.filter((k) => catalogues[lang][k as keyof (typeof catalogues)['en']] === catalogues.en[k as keyof (typeof catalogues)['en']]);
    // Brand names, commands and symbols legitimately stay the same; a large share would mean a forgotten file.
    expect(same.length / keys.length).toBeLessThan(0.25);
  });

  it.each([
    ['de-DE', 'de'],
    ['de-AT', 'de'],
    ['pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR'],
    ['en-GB', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'en'],
    ['', 'en'],
  ])('when the Slack locale is %s, then the language is %s', (locale, lang) => {
    expect(langFromLocale(locale)).toBe(lang);
  });

  it('when a placeholder is given, then it is filled; when missing, then it stays visible', () => {
    expect(t('en', 'welcome.greeting', { name: 'Ana' })).toBe('Hi Ana! :wave:');
    expect(t('de', 'welcome.greeting')).toContain('{name}');
  });
});
