/**
 * The mentor primer: what a new mentor sees once they accept their first pairing. Most mentors in a
 * reverse-mentoring program have never taught before, so this is six habits from good didactics — not a
 * course, just enough to make the first session go well. Every text is ≤ 300 characters.
 */
import type { Lang } from '../../i18n';

export interface PrimerTip {
  /** Stable id, e.g. for tracking which tip someone expanded. */
  readonly slug: string;
  readonly title: Readonly<Record<Lang, string>>;
  readonly body: Readonly<Record<Lang, string>>;
}

export const MENTOR_PRIMER_WELCOME: Readonly<Record<Lang, string>> = {
  en: 'Thanks for sharing what you know! You don’t need to be a trained teacher – these six habits make sessions easy and worthwhile for both of you.',
  de: 'Schön, dass du dein Wissen teilst! Du musst keine Lehrkraft sein – diese sechs Gewohnheiten machen eure Treffen leicht und lohnend, für euch beide.',
  'pt-BR':
    'Que bom que você vai compartilhar o que sabe! Não precisa ter experiência dando aula: estes seis hábitos deixam os encontros leves e proveitosos para os dois lados.',
};

export const MENTOR_PRIMER_TIPS: readonly PrimerTip[] = [
  {
    slug: 'agree-goals',
    title: {
      en: 'Agree on goals first',
      de: 'Zuerst die Ziele klären',
      'pt-BR': 'Combinem os objetivos primeiro',
    },
    body: {
      en: 'In your first session, ask what your mentee wants to be able to do, and by when – then write it down together.',
      de: 'Frag im ersten Treffen, was dein Mentee können möchte und bis wann – und haltet es gemeinsam schriftlich fest.',
      'pt-BR':
        'No primeiro encontro, pergunte o que a pessoa quer conseguir fazer e até quando – e anotem isso juntos.',
    },
  },
  {
    slug: 'step-by-step',
    title: { en: 'Go step by step', de: 'Schritt für Schritt', 'pt-BR': 'Vá passo a passo' },
    body: {
      en: 'Start from what they already know, show one thing at a time, and cover the basics before the advanced tricks.',
      de: 'Knüpf an das an, was dein Mentee schon weiß, zeig eins nach dem anderen und bleib bei den Grundlagen, bevor es an die Profi-Tricks geht.',
      'pt-BR':
        'Parta do que a pessoa já sabe, mostre uma coisa de cada vez e garanta o básico antes dos truques avançados.',
    },
  },
  {
    slug: 'hands-on',
    title: { en: 'Let them drive', de: 'Selbst machen lassen', 'pt-BR': 'Deixe a pessoa pôr a mão na massa' },
    body: {
      en: 'Your mentee keeps the mouse and keyboard: people learn by doing, so resist the urge to click for them.',
      de: 'Maus und Tastatur bleiben bei deinem Mentee: Man lernt durchs Tun – also widersteh dem Drang, selbst zu klicken.',
      'pt-BR':
        'O mouse e o teclado ficam com quem está aprendendo: a gente aprende fazendo, então resista à vontade de clicar no lugar da pessoa.',
    },
  },
  {
    slug: 'check-understanding',
    title: { en: 'Check understanding', de: 'Verständnis prüfen', 'pt-BR': 'Confira se ficou claro' },
    body: {
      en: 'Instead of “Does that make sense?”, ask them to explain it back in their own words or try it on a fresh example.',
      de: 'Statt „Alles klar?“ lieber bitten, es in eigenen Worten zu erklären oder an einem neuen Beispiel auszuprobieren.',
      'pt-BR':
        'Em vez de “Entendeu?”, peça que a pessoa explique com as próprias palavras ou teste num exemplo novo.',
    },
  },
  {
    slug: 'ask-feedback',
    title: { en: 'Ask for feedback', de: 'Nach Feedback fragen', 'pt-BR': 'Peça feedback' },
    body: {
      en: 'End each session by asking what helped and what to change – and share what you learnt from them too. It’s a two-way exchange.',
      de: 'Frag am Ende jedes Treffens, was geholfen hat und was ihr ändern solltet – und erzähl auch, was du gelernt hast. Ihr lernt beide voneinander.',
      'pt-BR':
        'Ao fim de cada encontro, pergunte o que ajudou e o que mudar – e conte também o que você aprendeu. A troca é de mão dupla.',
    },
  },
  {
    slug: 'plain-words',
    title: {
      en: 'Skip the jargon – or explain it',
      de: 'Fachjargon vermeiden – oder erklären',
      'pt-BR': 'Evite jargões – ou explique',
    },
    body: {
      en: 'Use everyday words. When a technical term really matters, explain it with a comparison from daily life (`/mentor-me glossary` can help).',
      de: 'Sprich in Alltagssprache. Wenn ein Fachbegriff wirklich wichtig ist, erklär ihn mit einem Vergleich aus dem Alltag (`/mentor-me glossary` hilft dabei).',
      'pt-BR':
        'Use palavras do dia a dia. Quando um termo técnico for mesmo importante, explique com uma comparação do cotidiano (o `/mentor-me glossary` ajuda).',
    },
  },
];

/** The primer in one language, ready for a view builder. */
export interface LocalisedPrimer {
  welcome: string;
  tips: { slug: string; title: string; body: string }[];
}

/** The mentor primer — welcome line and six teaching tips — in the member's language. */
export function mentorPrimer(lang: Lang): LocalisedPrimer {
  return {
    welcome: MENTOR_PRIMER_WELCOME[lang],
    tips: MENTOR_PRIMER_TIPS.map((tip) => ({ slug: tip.slug, title: tip.title[lang], body: tip.body[lang] })),
  };
}
