import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The corpora scored by the shared scorer (../shared/tools/score.mjs) through the `check` command, with their floors. */
const CORPORA: Record<string, string> = {
  'shared-corpus': '../shared/corpus',
  'probe-corpus': 'tests/fixtures/probe-corpus',
};
const SCORER = '../shared/tools/score.mjs';

interface Floor {
  accuracy: number;
  contra_precision: number;
  contra_recall: number;
  max_false_flags: number;
}
const floors = JSON.parse(readFileSync('tests/accuracy-floor.json', 'utf8')) as Record<string, Floor>;

/** The scorer's last line: "score: accuracy=81.6% contra_precision=100.0% contra_recall=72.0% false_flags=0". */
function score(dir: string): Record<string, number> {
  const out = execFileSync('node', [SCORER, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = out.trim().split('\n').pop()!;
  expect(line, out).toMatch(/^score: /);
  return Object.fromEntries([...line.matchAll(/(\w+)=([\d.]+)%?/g)].map((m) => [m[1]!, Number(m[2])]));
}

describe('accuracy on labeled real and probe excerpts', () => {
  it('has the shared scorer and corpus beside the project (CI puts ../shared there)', () => {
    expect(existsSync(SCORER), 'clone the project next to shared/').toBe(true);
  });

  it.each(Object.keys(CORPORA))('scores %s at or above its floor', (name) => {
    const got = score(CORPORA[name]!);
    const floor = floors[name]!;
    expect(got.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
    expect(got.contra_precision).toBeGreaterThanOrEqual(floor.contra_precision);
    expect(got.contra_recall).toBeGreaterThanOrEqual(floor.contra_recall);
    expect(got.false_flags).toBeLessThanOrEqual(floor.max_false_flags);
  });
});
