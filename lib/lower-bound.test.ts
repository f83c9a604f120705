import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lowerBound } from './lower-bound';

describe('lowerBound', () => {
  it('finds the first element not before the key, as a linear scan would', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), (xs, key) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const linear = sorted.findIndex((x) => x >= key);
        expect(lowerBound(sorted.length, (i) => sorted[i]! < key)).toBe(linear < 0 ? sorted.length : linear);
      }),
    );
  });
});
