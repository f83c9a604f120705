/**
 * Binary search: the first index in [0, n) at which `before(i)` is false, where `before` holds for every index up to
 * some point and for none after it (n when it holds for all). Every sorted lookup in the engine and the page uses it.
 */
export function lowerBound(n: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
