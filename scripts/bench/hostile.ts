/**
 * Hostile text (issue 13): sentences built to make the relation patterns backtrack, with long runs of the spaces the
 * page's text map does not collapse (U+2002, U+2003) and of ASCII spaces (a .txt file keeps those): the list glue of
 * participants, WHEN of dates, PERIOD of stock returns, and runs between every word. Each is 1 MB (UTF-8) and timed
 * back to back with 1 MB of ordinary deal news through analyze(); `hostile_text_ratio` is the worst per-MB ratio.
 */
import { analyze } from '../../lib/engine';
import { bytes } from './text';
import { median, time } from './timing';

const run = (c: string, n: number) => c.repeat(n);

/**
 * One repeated unit per pattern and kind of space. Each is one sentence (under the splitter's 4,000-character cap)
 * whose run is followed by what the pattern does not expect, so a backtracking pattern tries every split of the run.
 */
const R = 3900;
const UNITS: Record<string, string> = {
  'list glue, U+2003': `Investors include Amazon${run('\u2003', R)}Nvidia in OpenAI's funding round.\n`,
  'list glue, ASCII spaces': `Investors include Amazon${run(' ', R)}Nvidia in OpenAI's funding round.\n`,
  'WHEN, U+2002': `OpenAI is weighing an IPO in q3${run('\u2002', R)}of next year, at $1 billion.\n`,
  'PERIOD, U+2002': `Amazon shares gained 114% in${run('\u2002', R)}recent years.\n`,
  'PERIOD, ASCII spaces': `Amazon shares gained 114% in${run(' ', R)}recent years.\n`,
  'every word, U+2003':
    'Amazon is in talks to invest up to $50 billion in OpenAI, valuing it at $830 billion in 2026.'
      .split(' ')
      .join(run('\u2003', 300)) + '\n',
  // Dense claims with the longest runs a sentence still holds (16): the patterns' work per run is bounded, not gone.
  'runs of 16 in every gap':
    [
      "Investors include Amazon, Nvidia and Microsoft in OpenAI's funding round.",
      'OpenAI is weighing an IPO in q3 2026, at $1 billion.',
      'Amazon shares gained 114% over the past three years.',
    ]
      .join(' ')
      .split(' ')
      .join(run('\u2002', 16)) + '\n',
};

function fill(unit: string, size: number): string {
  const n = Math.max(1, Math.round(size / bytes(unit)));
  return unit.repeat(n);
}

export interface HostileResult {
  ratio: number;
  worst: string;
  rows: { name: string; ms: number; ratio: number }[];
  normalMs: number;
}

export function benchHostile(normal: string, size: number, runs = 5): HostileResult {
  const texts = Object.entries(UNITS).map(([name, unit]) => ({ name, text: fill(unit, size) }));
  for (const t of texts) analyze(t.text);
  analyze(normal);
  const perByte = (ms: number, text: string) => ms / bytes(text);
  const rows = texts.map(({ name, text }) => {
    const ratios: number[] = [];
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      // Back to back, so that a busy machine slows both alike.
      const n = time(() => analyze(normal));
      const h = time(() => analyze(text));
      times.push(h);
      ratios.push(perByte(h, text) / perByte(n, normal));
    }
    return { name, ms: median(times) * (size / bytes(text)), ratio: median(ratios) };
  });
  const worst = rows.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const normalMs = median([0, 1, 2].map(() => time(() => analyze(normal))));
  return { ratio: worst.ratio, worst: worst.name, rows, normalMs };
}
