/**
 * The engine runs here, not in the page: the content script sends the article's text (or its new paragraphs with
 * the opening as context) and gets the annotations back with the facts they cite. The page then carries neither the
 * engine, the fact base nor zod, and a long article's extraction does not hold up the page's main thread.
 *
 * Stateless on purpose: the worker may have been asleep (a message wakes it) and its module state is rebuilt from
 * the bundled fact base, so each answer depends only on its request.
 */
import { analyze } from '@/lib/engine';
import { bundledFactBase } from '@/lib/factbase';
import { evidenceFacts } from '@/lib/evidence';
import { analyzeTextSchema, type AnalyzeResult } from '@/lib/messages';
import { onMessage } from '@/adapters/messaging';
import { fromContentScript } from './senders';

export function analyzeText(data: unknown): AnalyzeResult {
  const { text, documentDate } = analyzeTextSchema.parse(data);
  const annotations = analyze(text, documentDate ? { documentDate } : {});
  const facts = evidenceFacts(annotations.flatMap((a) => a.facts), bundledFactBase);
  return { annotations, facts };
}

export function registerAnalyze() {
  onMessage('contentAnalyzeText', (msg) => {
    fromContentScript(msg.sender);
    return analyzeText(msg.data);
  });
}
