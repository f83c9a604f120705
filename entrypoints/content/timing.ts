/**
 * When DealLens started in this page, finished checking the article, and first showed its badges, for
 * `npm run bench` (scripts/bench/page.ts reads it over CDP). It lives only in the content script's isolated world:
 * the page cannot see it, and recording it costs three performance.now() calls per page. Imported first by
 * index.ts, so `start` is taken before any other module of the script is evaluated.
 */
export interface Timing {
  start: number;
  analyzed?: number;
  rendered?: number;
}

export const timing: Timing = { start: performance.now() };
(globalThis as unknown as { __deallensTiming: Timing }).__deallensTiming = timing;
