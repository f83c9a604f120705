/** Timing helpers: medians of repeated runs, on a warmed-up JIT, in this process. */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Milliseconds one call of `fn` takes. */
export function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** The cheapest look at every character: one pass of /\d+/g, counting matches so it cannot be optimised away. */
export function regexPass(text: string): number {
  const re = /\d+/g;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}
