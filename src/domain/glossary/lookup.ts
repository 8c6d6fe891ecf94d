/**
 * `/mentor-me glossary <term>`: finds a jargon term the way skills are found — same normalisation (case,
 * accents, punctuation, filler words) and the same typo tolerance — so "phising", "Künstliche" or "a/b test"
 * behave exactly like the skill picker.
 */
import { resolveSkill, suggestSkills, type ResolvableSkill } from '../skills/resolve';
import { GLOSSARY_TERMS, type GlossaryTerm } from './terms';

export type GlossaryLookup =
  { kind: 'found'; term: GlossaryTerm } | { kind: 'none'; suggestions: GlossaryTerm[] };

/** How many "did you mean …?" suggestions at most. */
export const MAX_GLOSSARY_SUGGESTIONS = 3;

type IndexedTerm = ResolvableSkill & { term: GlossaryTerm };

/** The resolver works on anything skill-shaped; wrap each term once per terms array and reuse it. */
const wrapped = new WeakMap<readonly GlossaryTerm[], readonly IndexedTerm[]>();

function asResolvable(terms: readonly GlossaryTerm[]): readonly IndexedTerm[] {
  let list = wrapped.get(terms);
  if (!list || list.length !== terms.length) {
    list = terms.map((term) => ({
      id: term.slug,
      slug: term.slug,
      names: term.names,
      aliases: term.aliases,
      term,
    }));
    wrapped.set(terms, list);
  }
  return list;
}

/**
 * Looks a term up by name, alias or slug in any language, forgiving case, accents and small typos.
 * A single clear hit is `found`; otherwise `none` with up to three close terms to offer as "did you mean …?"
 * (empty when nothing is close).
 *
 * @param terms the glossary to search; the built-in one unless a test or an admin extension passes another
 */
export function lookupGlossary(
  input: string,
  terms: readonly GlossaryTerm[] = GLOSSARY_TERMS,
): GlossaryLookup {
  const list = asResolvable(terms);
  const result = resolveSkill(input, list);
  switch (result.kind) {
    case 'match':
      return { kind: 'found', term: result.skill.term };
    case 'ambiguous':
      return {
        kind: 'none',
        suggestions: result.candidates.slice(0, MAX_GLOSSARY_SUGGESTIONS).map((c) => c.term),
      };
    case 'none':
      if (input.trim() === '') return { kind: 'none', suggestions: [] };
      return {
        kind: 'none',
        suggestions: suggestSkills(input, list, MAX_GLOSSARY_SUGGESTIONS).map((c) => c.term),
      };
  }
}

/** Every glossary term, in catalogue order — for a "browse the glossary" list. */
export function allGlossaryTerms(): readonly GlossaryTerm[] {
  return GLOSSARY_TERMS;
}
