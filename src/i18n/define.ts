/**
 * Each feature keeps its messages in one file, all three languages side by side, so a translator sees them
 * together and a missing translation is a type error (every language must have exactly the English keys).
 */
export type Lang = 'en' | 'de' | 'pt-BR';

export function defineMessages<K extends string>(m: { en: Record<K, string>; de: NoInfer<Record<K, string>>; 'pt-BR': NoInfer<Record<K, string>> }) {
  return m;
}
