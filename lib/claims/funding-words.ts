/**
 * The words that say a round of funding is meant, shared by every cue that looks for one: the kind of financing
 * named near a figure (event.ts), the figures that are a round's size (relations/round-size.ts), the sentences that
 * can list a round's participants (relations/participants.ts) and the round an investor anchors
 * (relations/anchor-investor.ts). Each use builds its pattern from these and declares its own extra words beside it.
 * Regex sources, lower case. No two of them match at the same place, so their order among themselves does not matter.
 */

/** The round named as a thing: "the round", "its funding", "a raise". */
export const ROUND_NOUNS: readonly string[] = ['funding', 'round', 'raise'];

/** The raising of the money: "fundraising", "fund-raising", "raising", "a capital raise". */
const RAISING_WORDS: readonly string[] = ['fundrais\\w*', 'fund-rais\\w*', 'raising', 'capital raise'];

/** Every word of the shared vocabulary. */
export const FUNDING_WORDS: readonly string[] = [...ROUND_NOUNS, ...RAISING_WORDS];

/** One pattern matching any of `words` as whole words: the alternatives are tried in the order given. */
export function wholeWords(words: readonly string[]): string {
  return `\\b(?:${words.join('|')})\\b`;
}
