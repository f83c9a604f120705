/**
 * What the content script asks of the background (lib/protocol.ts): Readability over the page's markup
 * (contentReadArticle) and the check of a text (contentAnalyzeText). Readability, the engine and the fact base live
 * in the service worker, so the page carries none of them and its main thread runs neither.
 */
import { READ_ARTICLE_MAX_CHARS, type AnalyzeResult } from '@/lib/protocol';
import { sendMessage } from '@/adapters/messaging';

/** The worker was being restarted: one more try after this long. */
const RETRY_MS = 500;
const NO_RECEIVER =
  /Receiving end does not exist|Could not establish connection|message (port|channel) closed|No response/i;

/** The answer comes from this extension's own background; a light check of its shape keeps zod out of the page. */
function checked(answer: unknown): AnalyzeResult {
  const a = answer as Partial<AnalyzeResult> | null;
  if (!a || !Array.isArray(a.annotations) || !Array.isArray(a.facts))
    throw new Error('DealLens: malformed analysis from the background');
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

/** Sends once more after a pause when nobody answered (the worker may have been stopping as the message left). */
async function withRetry<T>(send: () => Promise<T>): Promise<T> {
  try {
    return await send();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (!NO_RECEIVER.test(message)) throw err;
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    return send();
  }
}

export async function analyzeInBackground(text: string, documentDate: string | undefined): Promise<AnalyzeResult> {
  const request = documentDate ? { text, documentDate } : { text };
  return checked(await withRetry(() => sendMessage('contentAnalyzeText', request)));
}

/**
 * Readability's answer for the page's markup: the indexes of the Text nodes it keeps, or null (no article found, a
 * page too large to send, or no background to ask), in which case the caller uses its fallback.
 */
export async function readArticleInBackground(html: string): Promise<number[] | null> {
  if (html.length > READ_ARTICLE_MAX_CHARS) return null;
  try {
    const answer: unknown = await withRetry(() => sendMessage('contentReadArticle', { html }));
    return Array.isArray(answer) ? (answer as number[]) : null;
  } catch (err) {
    if (!isUnreachable(err)) console.error('DealLens: the background could not read this page', err);
    return null;
  }
}
