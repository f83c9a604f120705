import type { Claim } from '../claims/types';

export const VERDICTS = ['supported', 'contradicted', 'disputed', 'unknown'] as const;
export type Verdict = (typeof VERDICTS)[number];

export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: 'Supported',
  contradicted: 'Contradicted',
  disputed: 'Sources disagree',
  unknown: 'Not in fact base',
};

/** A claim with its verdict: what the content script renders and `check` prints. */
export interface Annotation {
  claim: Claim;
  verdict: Verdict;
  /** Ids of the facts the verdict used. */
  facts: string[];
  /** One sentence saying why. */
  why: string;
}
