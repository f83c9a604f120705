/**
 * Work in the page in slices. Long loops over the page (its nodes, the article's text nodes) are written as
 * generators that `yield` after each unit of work; `runSliced` runs one until its slice of time is used up, then
 * gives the page's main thread back (a new task) before going on, so that no slice is a long task (> 50 ms).
 * `runSync` runs the same steps in one go, for Node and tests.
 */
export type Steps<T> = Generator<void, T, void>;

/** Time one slice may take: well under 50 ms, so a slice stays short even on a busy machine. */
export const SLICE_MS = 10;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * Lets the page run, then resumes in a task of its own. `scheduler.yield` where there is one; otherwise a message
 * to itself, which (unlike a zero-delay timer) is not throttled to once a second in a background tab.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function runSync<T>(steps: Steps<T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Runs the steps in slices of about `sliceMs`; `cancelled` is asked after each pause (the page may have gone on). */
export async function runSliced<T>(
  steps: Steps<T>,
  cancelled: () => boolean = () => false,
  sliceMs = SLICE_MS,
): Promise<T | undefined> {
  let start = performance.now();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (performance.now() - start > sliceMs) {
      await yieldToPage();
      if (cancelled()) {
        steps.return(undefined as never);
        return undefined;
      }
      start = performance.now();
    }
  }
}
