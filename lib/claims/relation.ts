import type { Claim, Relation } from './types';
import type { SentenceContext } from './context';
import type { MoneyRoles } from './extract-types';

/** How the judge treats the claims of a relation. */
export interface VerdictPolicy {
  /** A figure that moves from day to day or report to report (a share price, a plan's date): another value is another day. */
  timeVarying?: boolean;
  /**
   * Of a time-varying value, one that stands until a later report changes it (a plan's date): another value, told
   * plainly, in an article of the month of the latest source that gives the fact, is another account of the same plan.
   */
  standsUntilChanged?: boolean;
  /** Only says that something is so (who takes part, who leads): not being in the fact base is no contradiction. */
  existence?: boolean;
  /** A description the sources word differently (a stage, a title): where they disagree, any claim on it is disputed. */
  described?: boolean;
  /** Reads the same either way round between its two parties (the talks between Amazon and OpenAI). */
  symmetric?: boolean;
}

/** What marks a money figure as this relation's. */
interface MoneyCues {
  /** Cue words near a figure (the nearest one decides); global, lower case. */
  cues?: RegExp;
  /** A noun right after the figure ("$50 billion stake"), tested on the lower-cased text that follows it. */
  nounAfter?: RegExp;
  /** A verb right before the figure ("could raise up to $100 billion"), tested on the 30 characters before it. */
  verbBefore?: RegExp;
}

/**
 * Everything about one kind of claim, in one place: how it is recognised, which money figures are its, how the judge
 * treats it, and how the side panel and the map name it. lib/claims/relations/index.ts lists the modules; every list
 * the engine and the UI use is derived from them.
 */
export interface RelationModule {
  relation: Relation;
  /** How the side panel names a group of claims of this kind that no fact covers. */
  label: string;
  /** How a fact of it is named after its subject ("Amazon's investment"), for facts from a reader's sources. */
  noun: string;
  /**
   * How the deal map draws a fact of this relation between two companies: the kind of edge, the word for it ("stake"),
   * and its rank when several relations share an edge (the lowest names it).
   */
  map?: { edge: 'investment' | 'agreement'; what: string; rank: number };
  policy: VerdictPolicy;
  money?: MoneyCues;
  /** Runs after the other relations, and sees what they found in the sentence. */
  late?: boolean;
  extract(ctx: SentenceContext, roles: MoneyRoles, found: readonly Claim[]): Claim[];
}
