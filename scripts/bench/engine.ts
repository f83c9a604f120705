/**
 * Engine cost ratio: extraction + verdicts (`analyze`) over >= 1 MB of article text, divided by one pass of /\d+/g
 * over the same text, in the same process. Each run times both back to back; the figure is the median ratio.
 */
import { analyze } from '../../lib/engine';
import { bytes } from './text';
import { median, regexPass, time } from './timing';

export interface EngineResult {
  bytes: number;
  claims: number;
  engineMs: number;
  regexMs: number;
  ratio: number;
  mbPerS: number;
}

export function benchEngine(text: string, runs = 7): EngineResult {
  let claims = analyze(text).length; // warm-up: JIT, regexes, the fact index
  regexPass(text);
  const ratios: number[] = [];
  const engine: number[] = [];
  const regex: number[] = [];
  for (let i = 0; i < runs; i++) {
    // One regex pass is a few milliseconds, so timer and scheduler noise matter: its median of five passes.
    const r = median([0, 1, 2, 3, 4].map(() => time(() => regexPass(text))));
    const e = time(() => {
      claims = analyze(text).length;
    });
    regex.push(r);
    engine.push(e);
    ratios.push(e / r);
  }
  const size = bytes(text);
  const engineMs = median(engine);
  return {
    bytes: size, claims, engineMs, regexMs: median(regex), ratio: median(ratios),
    mbPerS: size / 1_048_576 / (engineMs / 1000),
  };
}
