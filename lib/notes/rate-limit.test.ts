import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RateLimit } from './rate-limit';

describe('RateLimit', () => {
  it('allows `limit` events a window per key, refuses the rest, and allows again once the window has passed', () => {
    const r = new RateLimit(3, 60_000);
    expect([0, 1, 2, 3].map((t) => r.take('a', t))).toEqual([true, true, true, false]);
    expect(r.take('b', 4)).toBe(true);
    expect(r.take('a', 59_999)).toBe(false);
    expect(r.take('a', 60_000)).toBe(true);
  });

  it('never allows more than `limit` in any window, whatever the timing', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200_000 }), { maxLength: 200 }), (gaps) => {
        const r = new RateLimit(10, 60_000);
        let t = 0;
        const allowed: number[] = [];
        for (const g of gaps) {
          t += g % 20_000;
          if (r.take('k', t)) allowed.push(t);
        }
        for (const [i, a] of allowed.entries())
          expect(allowed.filter((b) => b >= a && b - a < 60_000).length, `from ${i}`).toBeLessThanOrEqual(10);
      }),
    );
  });
});
