import type { Verdict } from './verdicts/types';

/**
 * A mark per verdict beside its colour, so a verdict never rests on colour alone: on the page's badges, the evidence
 * card, the verdict chips and counts, and the side panel's charts.
 */
export const VERDICT_GLYPHS: Readonly<Record<Verdict, string>> = {
  supported: '✓',
  contradicted: '✗',
  disputed: '≠',
  unknown: '?',
};
