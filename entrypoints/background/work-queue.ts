/**
 * The one queue for the worker's heavy work (lib/fair-queue.ts): checking texts and running Readability, a tab at a
 * time, round robin, each tab at most 3 s of work in any 10 s. Messages from the popup, the side panel and notes are
 * handled between jobs.
 */
import { FairQueue } from '@/lib/fair-queue';

export const work = new FairQueue({
  budgetMs: 3000,
  windowMs: 10_000,
  now: () => performance.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
});
