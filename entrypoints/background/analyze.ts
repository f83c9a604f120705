/**
 * The engine runs here, not in the page: the content script sends the article's text (or its new paragraphs with
 * the opening as context) and gets the annotations back with the facts they cite. The page then carries neither the
 * engine, the fact base nor zod, and a long article's extraction does not hold up the page's main thread.
 *
 * Stateless on purpose: the worker may have been asleep (a message wakes it) and its module state is rebuilt from
 * the bundled fact base and the reader's sources (sources.ts), so each answer depends only on its request and them.
 */
import { analyze } from '@/lib/engine';
import { evidenceFacts } from '@/lib/evidence';
import { bundledFactBase, factIndex, type FactIndex } from '@/lib/factbase';
import { analyzeTextSchema, type AnalyzeResult } from '@/lib/messages';
import { onMessage } from '@/adapters/messaging';
import { fromContentScript } from './senders';
import { sourcesStore } from './sources';
import { work } from './work-queue';

export function analyzeText(data: unknown, index: FactIndex): AnalyzeResult {
  const { text, documentDate } = analyzeTextSchema.parse(data);
  const annotations = analyze(text, { index, ...(documentDate ? { documentDate } : {}) });
  const facts = evidenceFacts(
    annotations.flatMap((a) => a.facts),
    index,
  );
  return { annotations, facts };
}

export function registerAnalyze() {
  onMessage('contentAnalyzeText', (msg) => {
    const tabId = fromContentScript(msg.sender);
    // Without the reader's sources (their database cannot open) pages are still judged against the bundled base.
    return sourcesStore()
      .then(
        (s) => s.index,
        () => factIndex(bundledFactBase),
      )
      .then((index) => work.run(tabId, () => analyzeText(msg.data, index)));
  });
}
