/**
 * Light, work-safe icebreakers for the few minutes of informal talk at the start of a session (the seed
 * article: rapport first, then the agenda). Rules for every question: nothing about family status, health,
 * religion, politics, money or looks; answerable by anyone in any role; fun to answer in one or two sentences.
 */
import type { Lang } from '../../i18n';

export type Icebreaker = Readonly<Record<Lang, string>>;

export const ICEBREAKERS: readonly Icebreaker[] = [
  {
    en: 'What’s a small thing that made you smile this week?',
    de: 'Was hat dich diese Woche im Kleinen zum Lächeln gebracht?',
    'pt-BR': 'Qual foi uma coisa pequena que fez você sorrir esta semana?',
  },
  {
    en: 'Which app on your phone could you not live without – and which one do you never open?',
    de: 'Welche App auf deinem Handy willst du nicht missen – und welche öffnest du nie?',
    'pt-BR': 'Qual app do seu celular você não larga por nada – e qual você nunca abre?',
  },
  {
    en: 'What’s the best piece of advice you’ve ever been given?',
    de: 'Was ist der beste Rat, den du je bekommen hast?',
    'pt-BR': 'Qual foi o melhor conselho que você já recebeu?',
  },
  {
    en: 'What did you want to be when you were a child?',
    de: 'Was wolltest du als Kind werden?',
    'pt-BR': 'O que você queria ser quando era criança?',
  },
  {
    en: 'Coffee, tea or something else entirely – what gets your day going?',
    de: 'Kaffee, Tee oder etwas ganz anderes – womit startest du in den Tag?',
    'pt-BR': 'Café, chá ou outra coisa – o que faz seu dia engrenar?',
  },
  {
    en: 'What’s something you learnt recently, at work or anywhere else?',
    de: 'Was hast du in letzter Zeit dazugelernt – im Job oder anderswo?',
    'pt-BR': 'O que você aprendeu recentemente, no trabalho ou fora dele?',
  },
  {
    en: 'If you could master any skill overnight, which would you pick?',
    de: 'Wenn du über Nacht eine Fähigkeit perfekt beherrschen könntest – welche wäre es?',
    'pt-BR': 'Se você pudesse dominar qualquer habilidade da noite para o dia, qual escolheria?',
  },
  {
    en: 'Which place would you love to visit one day, and why?',
    de: 'Welchen Ort würdest du gern einmal besuchen – und warum?',
    'pt-BR': 'Que lugar você adoraria conhecer um dia, e por quê?',
  },
  {
    en: 'What was the first gadget or piece of technology that really excited you?',
    de: 'Welches Gerät hat dich als erstes so richtig für Technik begeistert?',
    'pt-BR': 'Qual foi o primeiro aparelho ou tecnologia que empolgou você de verdade?',
  },
  {
    en: 'Which book, podcast or series would you recommend right now?',
    de: 'Welches Buch, welchen Podcast oder welche Serie würdest du gerade empfehlen?',
    'pt-BR': 'Que livro, podcast ou série você recomendaria agora?',
  },
  {
    en: 'What does a really good workday look like for you?',
    de: 'Wie sieht für dich ein richtig guter Arbeitstag aus?',
    'pt-BR': 'Como é um dia de trabalho realmente bom para você?',
  },
  {
    en: 'What’s a hobby or interest of yours that most colleagues don’t know about?',
    de: 'Welches Hobby oder Interesse von dir kennen die meisten im Team gar nicht?',
    'pt-BR': 'Qual hobby ou interesse seu a maioria dos colegas nem imagina?',
  },
  {
    en: 'What’s your favourite way to recharge after a busy week?',
    de: 'Wie tankst du nach einer vollen Woche am liebsten wieder auf?',
    'pt-BR': 'Qual é o seu jeito preferido de recarregar as energias depois de uma semana corrida?',
  },
  {
    en: 'Is there something on your desk, or near you right now, with a story behind it?',
    de: 'Liegt auf deinem Schreibtisch oder in deiner Nähe gerade etwas mit einer Geschichte dahinter?',
    'pt-BR': 'Tem algum objeto na sua mesa, ou perto de você agora, com uma história por trás?',
  },
  {
    en: 'What’s a small habit that makes your work easier?',
    de: 'Welche kleine Gewohnheit macht dir die Arbeit leichter?',
    'pt-BR': 'Que pequeno hábito deixa o seu trabalho mais fácil?',
  },
  {
    en: 'Are you at your best early in the morning or late in the evening?',
    de: 'Bist du eher morgens in Bestform oder eher abends?',
    'pt-BR': 'Você rende mais logo cedo ou mais à noite?',
  },
  {
    en: 'What’s the best thing you’ve eaten lately?',
    de: 'Was war das Beste, das du in letzter Zeit gegessen hast?',
    'pt-BR': 'Qual foi a coisa mais gostosa que você comeu nos últimos tempos?',
  },
  {
    en: 'Which tech trend makes you most curious – and which one leaves you cold?',
    de: 'Auf welchen Technik-Trend bist du am neugierigsten – und welcher lässt dich kalt?',
    'pt-BR': 'Qual tendência de tecnologia mais desperta sua curiosidade – e qual não diz nada para você?',
  },
  {
    en: 'What are you looking forward to this month?',
    de: 'Worauf freust du dich diesen Monat?',
    'pt-BR': 'O que você mais espera deste mês?',
  },
  {
    en: 'Who taught you something important early in your career?',
    de: 'Wer hat dir früh im Berufsleben etwas Wichtiges beigebracht?',
    'pt-BR': 'Quem ensinou algo importante a você no começo da carreira?',
  },
  {
    en: 'If your week so far were a song title, what would it be?',
    de: 'Wenn deine bisherige Woche ein Songtitel wäre – welcher?',
    'pt-BR': 'Se a sua semana até agora fosse o nome de uma música, qual seria?',
  },
  {
    en: 'What’s a skill you picked up in a completely unexpected way?',
    de: 'Welche Fähigkeit hast du auf ganz unerwartetem Weg gelernt?',
    'pt-BR': 'Que habilidade você aprendeu de um jeito totalmente inesperado?',
  },
  {
    en: 'What’s the most useful shortcut or trick you know on a computer or phone?',
    de: 'Was ist der nützlichste Kniff oder Shortcut, den du am Computer oder Handy kennst?',
    'pt-BR': 'Qual é o atalho ou truque mais útil que você conhece no computador ou no celular?',
  },
  {
    en: 'What’s something you’d like to teach someone one day?',
    de: 'Was würdest du selbst irgendwann gern jemandem beibringen?',
    'pt-BR': 'O que você gostaria de ensinar a alguém um dia?',
  },
];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * The step between consecutive seeds: coprime with the list length, so seeds 0 … n-1 visit every question
 * exactly once, yet neighbouring questions in the list don't follow each other.
 */
const STRIDE = ((): number => {
  const n = ICEBREAKERS.length;
  for (let s = 7; s < n + 7; s++) if (gcd(s, n) === 1 && s % n !== 0) return s % n;
  return 1;
})();

/** Position of the icebreaker for `seed` (exported for tests and for "don't repeat the last one" checks). */
export function icebreakerIndex(seed: number): number {
  const n = ICEBREAKERS.length;
  const whole = Number.isFinite(seed) ? Math.trunc(seed) : 0;
  const base = ((whole % n) + n) % n;
  return (base * STRIDE) % n;
}

/**
 * Picks an icebreaker deterministically from a seed — typically the pair's session number — so a retried job
 * shows the same question, and consecutive seeds always give different questions, cycling through all of them
 * before any repeats. Any number works as a seed (negative, huge or fractional).
 */
export function icebreakerFor(seed: number, lang: Lang): string {
  return ICEBREAKERS[icebreakerIndex(seed)]![lang];
}
