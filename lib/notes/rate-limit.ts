/**
 * At most `limit` events per key in any `windowMs`: how many notes one page may add a minute. A reader never writes
 * ten notes a minute on one article; a page trying to drive DealLens would, so the rest are refused, not queued.
 */
export class RateLimit {
  private readonly times = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** Records an event for `key` at `now` and says whether it is allowed (refused events are not recorded). */
  take(key: string, now: number): boolean {
    const recent = (this.times.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.times.set(key, recent);
      return false;
    }
    recent.push(now);
    this.times.set(key, recent);
    // Keys of pages long closed would otherwise pile up in a worker that lives for hours.
    if (this.times.size > 1000)
      for (const [k, ts] of this.times) if (!ts.some((t) => now - t < this.windowMs)) this.times.delete(k);
    return true;
  }
}

/** Notes one page may add per minute from its cards. */
export const NOTES_PER_PAGE_PER_MINUTE = 10;
export const NOTES_RATE_MESSAGE = `DealLens saves at most ${NOTES_PER_PAGE_PER_MINUTE} notes a minute from one page. Wait a minute, then save again; your text is still here.`;
