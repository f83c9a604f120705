import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { buildFactBase } from './build';
import { bundledFactBase } from './index';
import { factBaseSchema, sourceSchema } from './schema';

const dir = join(__dirname, 'sources');
const metas = z.array(sourceSchema).parse(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')));
const texts = new Map(metas.map((m) => [m.id, readFileSync(join(dir, m.file), 'utf8')]));

describe('the generated fact base', () => {
  it('is what `npm run facts` builds from the sources now (run it after changing the engine or curation)', () => {
    const result = buildFactBase(metas.map((meta) => ({ meta, text: texts.get(meta.id)! })));
    expect(result.unmapped).toEqual([]);
    expect(result.ambiguous).toEqual([]);
    expect(result.empty).toEqual([]);
    const file: unknown = JSON.parse(readFileSync(join(__dirname, 'generated', 'factbase.json'), 'utf8'));
    expect(file).toEqual(JSON.parse(JSON.stringify(result.factBase)));
  });

  it('passes its schema', () => {
    expect(() => factBaseSchema.parse(bundledFactBase)).not.toThrow();
  });

  it('has every quote verbatim at its offsets in its source', () => {
    for (const fact of bundledFactBase.facts) {
      for (const v of fact.versions) {
        for (const p of v.sources) {
          expect(texts.get(p.sourceId)?.slice(p.start, p.end), `${fact.id} in ${p.sourceId}`).toBe(p.quote);
        }
      }
    }
  });

  it('records each version where the sources disagree', () => {
    const disputed = bundledFactBase.facts
      .filter((f) => f.versions.length > 1)
      .map((f) => f.id)
      .sort();
    expect(disputed).toEqual(
      [
        'amazon-openai-talks-stage',
        'amazon-share-price',
        'amazon-three-year-return',
        'arjun-patel',
        'david-chen',
        'maya-rodriguez',
      ].sort(),
    );
    const price = bundledFactBase.facts.find((f) => f.id === 'amazon-share-price')!;
    expect(price.versions.map((v) => [v.value?.value, v.sources[0]!.sourceId])).toEqual([
      [241.73, '000'],
      [239.3, '003'],
    ]);
  });

  it('keeps source metadata from the articles themselves', () => {
    expect(bundledFactBase.sources.find((s) => s.id === '003')?.author).toBe('Daniel Brooks');
    expect(bundledFactBase.sources.find((s) => s.id === '002')?.date).toBe('2026-02');
  });
});
