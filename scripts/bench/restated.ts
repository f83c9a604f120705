/**
 * One figure pointed back to again and again ("Amazon may invest $50 billion in OpenAI. The $50 billion would anchor
 * the round."): each "the $50 billion" looks for the claim it repeats, and that look must not grow with the number of
 * earlier repeats. `restated_scaling_ratio` is the time per byte of 1 MB of such text against 100 KB of it; a look
 * over every earlier claim made it about ten (a 20,000-fold repeat took 99.7 s before the fix).
 */
import { analyze } from '../../lib/engine';
import { bytes } from './text';
import { median, time } from './timing';

const UNIT = 'Amazon may invest $50 billion in OpenAI. The $50 billion would anchor the round.\n';

export interface RestatedResult {
  ratio: number;
  ms1m: number;
  ms100k: number;
}

export function benchRestated(size: number, runs = 5): RestatedResult {
  const large = UNIT.repeat(Math.round(size / bytes(UNIT)));
  const small = UNIT.repeat(Math.round(size / 10 / bytes(UNIT)));
  analyze(small);
  analyze(large);
  const ratios: number[] = [];
  const l: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < runs; i++) {
    const ms100k = median([0, 1, 2].map(() => time(() => analyze(small))));
    const ms1m = time(() => analyze(large));
    s.push(ms100k);
    l.push(ms1m);
    ratios.push(ms1m / bytes(large) / (ms100k / bytes(small)));
  }
  return { ratio: median(ratios), ms1m: median(l), ms100k: median(s) };
}
