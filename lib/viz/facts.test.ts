import { describe, expect, it } from 'vitest';
import { sourceName, summarizeFact } from './facts';
import { bundledFactBase } from '../factbase';
import { PackIndex } from '../factbase/pack-index';

describe("the views name the reader's own sources as such", () => {
  it('a source the reader added is "(your source)" wherever a view names it', () => {
    expect(sourceName({ outlet: 'CNBC', author: null, title: 'T' })).toBe('CNBC');
    expect(sourceName({ outlet: 'CNBC', author: null, title: 'T', addedAt: 1 })).toBe('CNBC (your source)');
    expect(sourceName({ outlet: null, author: null, title: 'T', addedAt: 1 })).toBe('T (your source)');
  });

  it("a merged fact lists the bundled sources and the reader's, marked", () => {
    const text = 'Amazon may invest $40 billion in OpenAI.';
    const fact = bundledFactBase.facts.find((f) => f.id === 'amazon-openai-investment')!;
    const index = new PackIndex([
      { id: 'b', pack: bundledFactBase, user: false },
      {
        id: 'u',
        pack: {
          version: 1,
          topics: [],
          sources: [
            { id: 'src-x', file: 'x', title: 'X', outlet: 'Wire', author: null, date: '2026-03', addedAt: 5, text },
          ],
          facts: [
            {
              ...fact,
              versions: [
                {
                  value: { kind: 'money', value: 40e9, qualifier: 'exact' },
                  sources: [{ sourceId: 'src-x', quote: text, start: 0, end: text.length }],
                },
              ],
            },
          ],
        },
      },
    ]);
    const summary = summarizeFact(index.byId(fact.id)!, new Map(index.base.sources.map((s) => [s.id, s])));
    expect(summary.disputed).toBe(true);
    expect(summary.versions.flatMap((v) => v.sources.map((s) => s.name))).toContain('Wire (your source)');
  });
});
