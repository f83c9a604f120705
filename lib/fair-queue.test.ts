import { describe, expect, it } from 'vitest';
import { FairQueue } from './fair-queue';

/** A clock that moves only when work is done or the queue sleeps: no real time in this test. */
function fakeTime() {
  let t = 0;
  const pending: [number, () => void][] = [];
  return {
    now: () => t,
    work: (ms: number) => {
      t += ms;
    },
    sleep: (ms: number) =>
      new Promise<void>((resolve) => {
        t += ms;
        pending.push([t, resolve]);
        resolve();
      }),
  };
}

describe('FairQueue', () => {
  it("one tab flooding the queue does not hold up another tab's job by more than one of its own", async () => {
    const clock = fakeTime();
    const q = new FairQueue({ budgetMs: 1000, windowMs: 10_000, now: clock.now, sleep: clock.sleep });
    const log: string[] = [];
    const flood = Array.from({ length: 50 }, (_, i) =>
      q.run(1, () => {
        clock.work(100);
        log.push(`A${i}`);
      }),
    );
    const other = q.run(2, () => {
      clock.work(100);
      log.push('B');
    });
    await Promise.all([...flood, other]);
    // A0 started before B was queued; after that, at most one job of A's runs before B's.
    expect(log.indexOf('B')).toBeLessThanOrEqual(2);
    expect(log.filter((x) => x.startsWith('A'))).toHaveLength(50);
  });

  it('a tab over its budget waits; another tab under budget is served meanwhile', async () => {
    const clock = fakeTime();
    const q = new FairQueue({ budgetMs: 1000, windowMs: 10_000, now: clock.now, sleep: clock.sleep });
    const starts: [string, number][] = [];
    const a = Array.from({ length: 30 }, (_, i) =>
      q.run(1, () => {
        starts.push([`A${i}`, clock.now()]);
        clock.work(200);
      }),
    );
    await Promise.all(a);
    // 200 ms jobs and a 1,000 ms budget per 10 s: at most 5 jobs' starts in any 10 s window (after the first ones).
    const times = starts.map(([, t]) => t);
    for (const t of times) expect(times.filter((u) => u >= t && u < t + 10_000).length).toBeLessThanOrEqual(6);
    // A second tab arriving while the first is throttled runs at once.
    const before = clock.now();
    const bStart = await q.run(2, () => clock.now());
    expect(bStart - before).toBeLessThan(1);
  });

  it('passes results and errors through', async () => {
    const clock = fakeTime();
    const q = new FairQueue({ budgetMs: 1000, windowMs: 10_000, now: clock.now, sleep: clock.sleep });
    await expect(q.run(1, () => 42)).resolves.toBe(42);
    await expect(
      q.run(1, () => {
        throw new Error('bad');
      }),
    ).rejects.toThrow('bad');
  });
});
