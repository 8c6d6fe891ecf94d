import fc from 'fast-check';
import { LANGS } from '../../src/i18n';
import { ICEBREAKERS, icebreakerFor, icebreakerIndex } from '../../src/domain/sessions/icebreakers';
import { MENTOR_PRIMER_TIPS, MENTOR_PRIMER_WELCOME, mentorPrimer } from '../../src/domain/mentoring/primer';

describe('icebreakers', () => {
  it('when the list is counted, then there are at least 20 questions, all distinct, in every language', () => {
    expect(ICEBREAKERS.length).toBeGreaterThanOrEqual(20);
    for (const lang of LANGS) {
      const texts = ICEBREAKERS.map((q) => q[lang]);
      expect(new Set(texts).size).toBe(texts.length);
      for (const text of texts) {
        expect(text.trim()).toBe(text);
        expect(text.length).toBeGreaterThan(10);
        expect(text.length).toBeLessThanOrEqual(150);
        expect(text.endsWith('?')).toBe(true);
      }
    }
  });

  it('when the same seed is used twice, then the same question comes back', () => {
    expect(icebreakerFor(42, 'en')).toBe(icebreakerFor(42, 'en'));
  });

  it('when consecutive seeds are used, then the questions differ', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (seed) => {
        expect(icebreakerFor(seed + 1, 'en')).not.toBe(icebreakerFor(seed, 'en'));
      }),
    );
  });

  it('when seeds run through one full cycle, then every question is asked exactly once before any repeats', () => {
    const seen = new Set<number>();
    for (let seed = 0; seed < ICEBREAKERS.length; seed++) seen.add(icebreakerIndex(seed));
    expect(seen.size).toBe(ICEBREAKERS.length);
    expect(icebreakerIndex(ICEBREAKERS.length)).toBe(icebreakerIndex(0));
  });

  it('when seeds are negative, huge, fractional or not finite, then a valid question still comes back', () => {
    for (const seed of [-1, -123456789, Number.MAX_SAFE_INTEGER, 2 ** 60, 3.7, Number.NaN, Infinity]) {
      const index = icebreakerIndex(seed);
      expect(Number.isInteger(index)).toBe(true);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(ICEBREAKERS.length);
      expect(typeof icebreakerFor(seed, 'de')).toBe('string');
    }
  });

  it('when the language changes, then the same question is asked in that language', () => {
    const index = icebreakerIndex(7);
    expect(icebreakerFor(7, 'pt-BR')).toBe(ICEBREAKERS[index]!['pt-BR']);
    expect(icebreakerFor(7, 'de')).toBe(ICEBREAKERS[index]!.de);
  });

  it('when consecutive seeds are used, then neighbouring list entries do not follow each other', () => {
    expect(Math.abs(icebreakerIndex(1) - icebreakerIndex(0))).toBeGreaterThan(1);
  });
});

describe('mentor primer', () => {
  it('when the primer is built, then it has a welcome line and six tips in every language, each ≤ 300 chars', () => {
    expect(MENTOR_PRIMER_TIPS).toHaveLength(6);
    for (const lang of LANGS) {
      const primer = mentorPrimer(lang);
      expect(primer.welcome).toBe(MENTOR_PRIMER_WELCOME[lang]);
      expect(primer.welcome.length).toBeLessThanOrEqual(300);
      expect(primer.tips).toHaveLength(6);
      for (const tip of primer.tips) {
        expect(tip.title.length).toBeGreaterThan(0);
        expect(tip.title.length).toBeLessThanOrEqual(300);
        expect(tip.body.length).toBeGreaterThan(0);
        expect(tip.body.length).toBeLessThanOrEqual(300);
      }
    }
  });

  it('when the tips are listed, then they cover goals, step by step, hands-on, checking, feedback and jargon', () => {
    expect(MENTOR_PRIMER_TIPS.map((t) => t.slug)).toEqual([
      'agree-goals',
      'step-by-step',
      'hands-on',
      'check-understanding',
      'ask-feedback',
      'plain-words',
    ]);
  });

  it('when German and Portuguese are shown, then they are real translations, not English copies', () => {
    for (const tip of MENTOR_PRIMER_TIPS) {
      expect(tip.body.de).not.toBe(tip.body.en);
      expect(tip.body['pt-BR']).not.toBe(tip.body.en);
    }
  });
});
