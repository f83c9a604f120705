/**
 * Scaling: the engine must stay linear. 1 MB of article text against ten times 100 KB of the same kind of text, and
 * 1 MB of adversarial text (figures, "billion", parentheses, no sentence end) against 1 MB of normal text. The texts
 * compared are timed back to back in each run, so that a machine shared with other work loads both alike; each figure
 * is the median of the runs' ratios, per byte.
 */
import { analyze } from '../../lib/engine';
import { bytes } from './text';
import { median, time } from './timing';

export interface ScalingResult {
  ms100k: number;
  ms1m: number;
  msAdversarial: number;
  scalingRatio: number;
  adversarialRatio: number;
}

export function benchScaling(small: string, large: string, adversarial: string, runs = 5): ScalingResult {
  for (const t of [small, large, adversarial]) analyze(t);
  const perByte = (ms: number, text: string) => ms / bytes(text);
  const s: number[] = [];
  const l: number[] = [];
  const a: number[] = [];
  const scaling: number[] = [];
  const adv: number[] = [];
  for (let i = 0; i < runs; i++) {
    const sizes = timeSizes(small, large);
    const msAdv = time(() => analyze(adversarial));
    s.push(sizes.ms100k);
    l.push(sizes.ms1m);
    a.push(msAdv);
    scaling.push(sizes.ratio);
    adv.push(perByte(msAdv, adversarial) / perByte(sizes.ms1m, large));
  }
  return {
    ms100k: median(s),
    ms1m: median(l),
    msAdversarial: median(a),
    scalingRatio: median(scaling),
    adversarialRatio: median(adv),
  };
}

/** One back-to-back timing of a short and a long text through analyze(), and their ratio per byte. */
export function timeSizes(small: string, large: string): { ms100k: number; ms1m: number; ratio: number } {
  // 100 KB is short enough for scheduler noise to matter: the median of three back-to-back runs.
  const ms100k = median([0, 1, 2].map(() => time(() => analyze(small))));
  const ms1m = time(() => analyze(large));
  return { ms100k, ms1m, ratio: ms1m / bytes(large) / (ms100k / bytes(small)) };
}
