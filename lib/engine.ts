import type { Annotation } from './verdicts/types';
import type { FactBase } from './factbase/schema';
import { bundledFactBase, factIndex } from './factbase';
import { extractClaims } from './claims/extract';
import { judgeClaim } from './verdicts/judge';
import { documentDate } from './text/dates';

export interface AnalyzeOptions {
  factBase?: FactBase;
  /** The article's date ("2026-01-30") where the page states it; otherwise found in the text. */
  documentDate?: string;
}

/** Extraction + verdicts over plain text. Pure: runs in Node, Vitest, the `check` CLI and the service worker. */
export function analyze(text: string, options: AnalyzeOptions = {}): Annotation[] {
  const date = options.documentDate ?? documentDate(text);
  const index = factIndex(options.factBase ?? bundledFactBase);
  return extractClaims(text, { documentDate: date })
    .map((claim) => judgeClaim(claim, { index, documentDate: date }))
    // A claim about no one in particular is not worth a badge.
    .filter((a) => a.claim.subject !== undefined);
}
