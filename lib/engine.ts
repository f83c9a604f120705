import type { Annotation } from './verdicts/types';
import type { FactBase } from './factbase/schema';
import { bundledFactBase, factIndex, type FactIndex } from './factbase';
import { PackIndex } from './factbase/pack-index';
import { extractClaims } from './claims/extract';
import { judgeClaim } from './verdicts/judge';
import { guessUnnamedSubject } from './verdicts/unnamed-subject';
import { documentDate } from './text/dates';

export interface AnalyzeOptions {
  factBase?: FactBase;
  /** More packs to judge against with the bundled fact base (the reader's sources, `check --pack`): one index over all. */
  factBases?: FactBase[];
  /** An index already built (the background keeps one over the bundled base and the reader's sources). */
  index?: FactIndex;
  /** The article's date ("2026-01-30") where the page states it; otherwise found in the text. */
  documentDate?: string;
}

/** Extraction + verdicts over plain text. Pure: runs in Node, Vitest, the `check` CLI and the service worker. */
export function analyze(text: string, options: AnalyzeOptions = {}): Annotation[] {
  const date = options.documentDate ?? documentDate(text);
  const index = options.index ?? indexFor(options);
  return (
    extractClaims(text, { documentDate: date })
      .map((claim) => judgeClaim(guessUnnamedSubject(claim, index, date), { index, documentDate: date }))
      // A claim about no one in particular is not worth a badge.
      .filter((a) => a.claim.subject !== undefined)
  );
}

function indexFor(options: AnalyzeOptions): FactIndex {
  const base = options.factBase ?? bundledFactBase;
  if (!options.factBases?.length) return factIndex(base);
  return new PackIndex([
    { id: 'bundled', pack: base, user: false },
    ...options.factBases.map((pack, i) => ({ id: `pack-${i}`, pack })),
  ]);
}
