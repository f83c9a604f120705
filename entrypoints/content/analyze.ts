/**
 * Asks the background to check a text (lib/protocol.ts contentAnalyzeText): the engine and the fact base live in the
 * service worker, so the page carries neither and the page's main thread does not run the extraction.
 */
import { sendMessage, type AnalyzeResult } from '@/lib/protocol';

/** The worker was being restarted: one more try after this long. */
const RETRY_MS = 500;
const NO_RECEIVER = /Receiving end does not exist|Could not establish connection|message (port|channel) closed|No response/i;

/** The answer comes from this extension's own background; a light check of its shape keeps zod out of the page. */
function checked(answer: unknown): AnalyzeResult {
  const a = answer as Partial<AnalyzeResult> | null;
  if (!a || !Array.isArray(a.annotations) || !Array.isArray(a.facts)) throw new Error('DealLens: malformed analysis from the background');
  return a as AnalyzeResult;
}

/**
 * The extension was reloaded or updated under this page (this copy of the script is orphaned), or its background
 * could not be reached even on a second try: nothing to show and nothing to log.
 */
export function isUnreachable(err: unknown): boolean {
  const message = err instanceof Error ? err.message : String(err);
  return NO_RECEIVER.test(message) || /Extension context invalidated/i.test(message);
}

export async function analyzeInBackground(text: string, documentDate: string | undefined): Promise<AnalyzeResult> {
  const request = documentDate ? { text, documentDate } : { text };
  try {
    return checked(await sendMessage('contentAnalyzeText', request));
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!NO_RECEIVER.test(message)) throw err;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    return checked(await sendMessage('contentAnalyzeText', request));
  }
}
