/**
 * One figure pointed back to again and again ("Amazon may invest $50 billion in OpenAI. The $50 billion would anchor
 * the round."): each "the $50 billion" looks for the claim it repeats, and that look must not grow with the number of
 * earlier repeats. `restated_scaling_ratio` is the time per byte of 1 MB of such text against 100 KB of it; a look
 * over every earlier claim made it about ten (a 20,000-fold repeat took 99.7 s before the fix).
 */
import { analyze } from '../../lib/engine';
import { bytes } from './text';
import { median } from './timing';
import { timeSizes } from './scaling';

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
  const timings = Array.from({ length: runs }, () => timeSizes(small, large));
  return {
    ratio: median(timings.map((t) => t.ratio)),
    ms1m: median(timings.map((t) => t.ms1m)),
    ms100k: median(timings.map((t) => t.ms100k)),
  };
}
