/**
 * The kinds of checkable statement DealLens extracts: the vocabulary stored notes and messages are checked against.
 * Each has one module in lib/claims/relations/ that declares everything else about it (see relations/index.ts).
 */
export const RELATIONS = [
  'investment', // investor -> company, amount, stage of talks
  'round-size', // size of a funding round
  'round-share', // an investor's share of a round ("half", "50%")
  'valuation', // a company's valuation, tied to a round or sale
  'participants', // who takes part in a round
  'anchor-investor', // who is the largest investor in a round
  'talks-lead', // who leads the talks
  'talks-stage', // "advanced" / "preliminary" talks
  'layoffs', // job cuts: count and when
  'share-price', // a share price
  'stock-return', // multi-year share return
  'ipo-timing', // when an IPO is planned
  'founded', // founding year
  'launch', // product launch year
  'partnership-start', // when a partnership began
  'compute-agreement', // cloud / compute supply agreements
  'model-access', // use of one company's models by another (products, employees)
  'acquisition', // acquisitions and their price
  'largest-acquisition', // a company's largest acquisition: which company it bought
  'market-share', // a company's share of a market
  'data-center', // data-center investments
  'chips', // whose chip a named chip is
  'revenue', // revenue / annualized run-rate
  'attribution', // person <-> title / employer
  'first-report', // which outlet first reported a story
] as const;
export type Relation = (typeof RELATIONS)[number];

export type Qualifier = 'exact' | 'about' | 'up-to' | 'at-least' | 'more-than' | 'less-than' | 'range';
export type QuantityKind = 'money' | 'count' | 'percent' | 'fraction' | 'year' | 'quarter';

/** A parsed number in the text: "$50bn", "up to $50 billion", "16,000 jobs", "half", "134.2%". */
export interface Quantity {
  kind: QuantityKind;
  /** The figure in base units (dollars, people, percent points, a year). For ranges, the low end. */
  value: number;
  /** For ranges ("$750 billion to $830 billion") and vague magnitudes ("low-teens billions"): the high end. */
  high?: number;
  currency?: string;
  qualifier: Qualifier;
  /** A vague magnitude ("low-teens billions", "double-digit"): value..high is its range. */
  vague?: boolean;
  /** A vague magnitude with no scale word ("double-digit run-rates"): the scale comes from the sentence. */
  unscaled?: boolean;
  start: number;
  end: number;
}

/** When, and in what state, the event a claim describes happened ("in talks", "completed", "October 2025"). */
export interface EventCues {
  /** 'prospective': talks, plans, could, may; 'completed': raised, closed, finalised, wrapped up. */
  status?: 'prospective' | 'completed';
  /** Year-month ("2025-10") or year ("2025") named with the claim, or inherited from the article's date. */
  date?: string;
  /** The kind of financing: a new funding round, a secondary share sale, a tranche. */
  round?: 'funding-round' | 'secondary' | 'tranche';
  /** "another", "additional", "more": an increment, which can support a figure but never contradict one. */
  incremental?: boolean;
  /** A past figure given for comparison ("up from $6 billion a year earlier"): never the fact's current value. */
  baseline?: boolean;
  /** A running total ("has invested $8 billion so far", "bringing its total to"): not one deal's figure. */
  total?: boolean;
  /**
   * The sentence denies, doubts, conditions or widens what it counts ("has not invested", "may end up", "if
   * contractors are counted", "and its affiliates"): a total told so is no proof against the fact's.
   */
  hedged?: boolean;
  /** A part of a larger figure ("$35 billion of that sum", "starting with $15bn"): never the whole figure. */
  part?: boolean;
  /** A figure several companies put in together ("$60 billion combined"): no one party's. */
  joint?: boolean;
  /** Named as the current event ("latest round", "the new round", "final figure"). */
  current?: boolean;
  /** The words that placed the event, for the `why`. */
  words: string[];
}

export interface Claim {
  start: number;
  end: number;
  text: string;
  relation: Relation;
  /** Entity ids from lib/entities (e.g. "amazon", "openai", "andy-jassy"). */
  subject?: string;
  object?: string;
  /** Further entities the claim names (participants of a round). */
  others?: string[];
  value?: Quantity;
  /** A non-numeric value: a stage ("advanced"), a title/employer ("analyst at Horizon Insights"), a chip name. */
  detail?: string;
  event: EventCues;
  /** How the subject was found: named in the sentence, or inferred from the article (weaker: may support, never contradict). */
  inferred?: boolean;
  /** The companies named in the claim's own sentence. */
  named?: string[];
  /** The companies named in the claim's sentence and the previous one. */
  nearby?: string[];
  /** The startup the article named last before the claim's sentence. */
  inFocus?: string;
  /**
   * Money in talks whose sentence names no one but its investor and gives it no destination ("Amazon is also in talks
   * to invest more than $10 billion, the report added"): it goes to the startup in focus.
   */
  untargeted?: boolean;
  /**
   * A place in a round named with no owner ("half of the round", "the largest investor in the new raise"), in talks,
   * with no startup named nearby or in focus: it may be the round the fact base knows for its investor (support only).
   */
  anyRound?: boolean;
  /** The company the article is about, where one dominates it. */
  articleSubject?: string;
  /**
   * No subject, in a text that names no company, nor any name that could be one: the one company whose fact the figure (and date) matches may be guessed as its subject (support only).
   */
  unnamedText?: boolean;
}
