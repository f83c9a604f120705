/**
 * Engine cost ratio: extraction + verdicts (`analyze`) over >= 1 MB of article text, divided by one pass of /\d+/g
 * over the same text, in the same process. Each run times both back to back; the figure is the median ratio.
 */
import { analyze } from '../../lib/engine';
import { extractClaims } from '../../lib/claims/extract';
import { judgeClaim } from '../../lib/verdicts/judge';
import { bundledFactBase, factIndex } from '../../lib/factbase';
import { documentDate } from '../../lib/text/dates';
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
    bytes: size,
    claims,
    engineMs,
    regexMs: median(regex),
    ratio: median(ratios),
    mbPerS: size / 1_048_576 / (engineMs / 1000),
  };
}

export interface EngineParts {
  extractMs: number;
  judgeMs: number;
  /** One pass of /[A-Za-z]+/g: every word of the text looked at once, the least any reading of the words costs. */
  wordPassMs: number;
  regexMs: number;
}

/** Where `analyze`'s time goes: extraction and verdicts timed apart, beside the cost of merely finding every word. */
export function benchEngineParts(text: string, runs = 7): EngineParts {
  const date = documentDate(text);
  const index = factIndex(bundledFactBase);
  const claims = extractClaims(text, { documentDate: date });
  const judgeAll = () => {
    for (const c of claims) judgeClaim(c, { index, documentDate: date });
  };
  judgeAll();
  wordPass(text);
  const parts = { extract: [] as number[], judge: [] as number[], words: [] as number[], regex: [] as number[] };
  for (let i = 0; i < runs; i++) {
    parts.extract.push(time(() => extractClaims(text, { documentDate: date })));
    parts.judge.push(time(judgeAll));
    parts.words.push(median([0, 1, 2].map(() => time(() => wordPass(text)))));
    parts.regex.push(median([0, 1, 2].map(() => time(() => regexPass(text)))));
  }
  return {
    extractMs: median(parts.extract),
    judgeMs: median(parts.judge),
    wordPassMs: median(parts.words),
    regexMs: median(parts.regex),
  };
}

function wordPass(text: string): number {
  const re = /[A-Za-z]+/g;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}
