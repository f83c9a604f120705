import type { Annotation } from './verdicts/types';
import type { FactBase } from './factbase/schema';

export interface AnalyzeOptions {
  factBase?: FactBase;
  /** The article's date ("2026-01-30") where the page states it; otherwise found in the text. */
  documentDate?: string;
}

/** Extraction + verdicts over plain text. Pure: runs in Node, Vitest, the `check` CLI and the content script. */
export function analyze(_text: string, _options: AnalyzeOptions = {}): Annotation[] {
  return [];
}
