/**
 * The background's heavy work (checking a text, Readability over a page's markup) goes through one queue, served a
 * job at a time and a tab at a time, round robin, with a yield between jobs: one tab that re-checks its article
 * without pause cannot hold up other tabs, the popup, the side panel or notes (their messages are handled in the
 * yields). And a tab that used more than its budget of work in the last window waits until it is back under it.
 * Pure: the clock and the pause are given (the background passes performance.now and a zero-delay timer).
 */
export interface FairQueueOptions {
  /** Work one tab may use in any `windowMs` before its next job waits. */
  budgetMs: number;
  windowMs: number;
  now(): number;
  /** Resolves after `ms` (0: after other pending events had their turn). */
  sleep(ms: number): Promise<void>;
}

interface Job {
  run(): unknown;
  resolve(v: unknown): void;
  reject(e: unknown): void;
}

export class FairQueue {
  private readonly queues = new Map<number, Job[]>();
  /** Per tab: the work it did, as [ended at, took ms]. */
  private readonly spent = new Map<number, [number, number][]>();
  private order: number[] = [];
  private running = false;

  constructor(private readonly opts: FairQueueOptions) {}

  run<T>(tabId: number, job: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const q = this.queues.get(tabId) ?? [];
      q.push({ run: job, resolve: resolve, reject });
      if (!this.queues.has(tabId)) {
        this.queues.set(tabId, q);
        this.order.push(tabId);
      }
      if (!this.running) void this.serve();
    });
  }

  /** Work a tab did in the window ending now. */
  used(tabId: number): number {
    const now = this.opts.now();
    const recent = (this.spent.get(tabId) ?? []).filter(([at]) => now - at < this.opts.windowMs);
    if (recent.length) this.spent.set(tabId, recent);
    else this.spent.delete(tabId);
    return recent.reduce((n, [, ms]) => n + ms, 0);
  }

  /** How long until the tab is under its budget again (0: now). */
  private waitFor(tabId: number): number {
    if (this.used(tabId) < this.opts.budgetMs) return 0;
    const now = this.opts.now();
    const recent = this.spent.get(tabId) ?? [];
    // Drop the oldest work until the rest is under budget: it leaves the window when the last dropped one does.
    let total = recent.reduce((n, [, ms]) => n + ms, 0);
    for (const [at, ms] of recent) {
      total -= ms;
      if (total < this.opts.budgetMs) return Math.max(1, at + this.opts.windowMs - now);
    }
    return 1;
  }

  private async serve(): Promise<void> {
    this.running = true;
    try {
      while (this.order.length) {
        // The first tab in turn that is under budget; if none is, wait for the soonest one.
        let pick = -1;
        let soonest = Infinity;
        for (let i = 0; i < this.order.length; i++) {
          const wait = this.waitFor(this.order[i]!);
          if (wait === 0) {
            pick = i;
            break;
          }
          soonest = Math.min(soonest, wait);
        }
        if (pick < 0) {
          await this.opts.sleep(soonest);
          continue;
        }
        const tabId = this.order[pick]!;
        const q = this.queues.get(tabId)!;
        const job = q.shift()!;
        // Round robin: the tab goes to the back of the line (or leaves it when it has nothing more).
        this.order.splice(pick, 1);
        if (q.length) this.order.push(tabId);
        else this.queues.delete(tabId);
        const started = this.opts.now();
        try {
          job.resolve(job.run());
        } catch (e) {
          job.reject(e);
        }
        const ended = this.opts.now();
        this.spent.set(tabId, [...(this.spent.get(tabId) ?? []), [ended, ended - started]]);
        await this.opts.sleep(0);
      }
    } finally {
      this.running = false;
    }
  }
}
