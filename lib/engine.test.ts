import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from './engine';
import { bundledFactBase } from './factbase';

const dir = join(__dirname, 'factbase', 'sources');

describe('the engine on its own source articles', () => {
  const results = bundledFactBase.sources.map((s) =>
    analyze(readFileSync(join(dir, s.file), 'utf8'), { documentDate: s.date ?? undefined }),
  );

  it('contradicts none of them', () => {
    const contradicted = results
      .flat()
      .filter((a) => a.verdict === 'contradicted')
      .map((a) => a.claim.text);
    expect(contradicted).toEqual([]);
  });

  it('says "sources disagree" on each point where they disagree', () => {
    const disagreeing = bundledFactBase.facts
      .filter((f) => f.versions.length > 1)
      .map((f) => f.id)
      .sort();
    const disputed = [
      ...new Set(
        results
          .flat()
          .filter((a) => a.verdict === 'disputed')
          .flatMap((a) => a.facts),
      ),
    ].sort();
    expect(disputed).toEqual(disagreeing);
  });

  it('supports the facts the sources agree on', () => {
    const supported = new Set(
      results
        .flat()
        .filter((a) => a.verdict === 'supported')
        .flatMap((a) => a.facts),
    );
    for (const id of [
      'amazon-openai-investment',
      'openai-round-size',
      'openai-valuation-round',
      'amazon-layoffs-latest',
      'softbank-openai-investment',
    ]) {
      expect(supported.has(id), id).toBe(true);
    }
  });
});
