/**
 * Scaling: the engine must stay linear. 1 MB of article text against ten times 100 KB of the same kind of text, and
 * 1 MB of adversarial text (figures, "billion", parentheses, no sentence end) against 1 MB of normal text.
 */
import { analyze } from '../../lib/engine';
import { bytes } from './text';
import { median, sample } from './timing';

export interface ScalingResult {
  ms100k: number;
  ms1m: number;
  msAdversarial: number;
  scalingRatio: number;
  adversarialRatio: number;
}

export function benchScaling(small: string, large: string, adversarial: string, runs = 5): ScalingResult {
  const ms100k = median(sample(() => analyze(small), runs * 3, 2));
  const ms1m = median(sample(() => analyze(large), runs));
  const msAdversarial = median(sample(() => analyze(adversarial), runs));
  return {
    ms100k, ms1m, msAdversarial,
    // Per byte, so texts a few bytes off their nominal size still compare exactly.
    scalingRatio: ms1m / bytes(large) / (ms100k / bytes(small)),
    adversarialRatio: msAdversarial / bytes(adversarial) / (ms1m / bytes(large)),
  };
}
