import { describe, expect, it } from 'vitest';
import { bundledFactBase } from './index';
import { PackIndex } from './pack-index';
import type { FactBase } from './schema';
import { RELATIONS } from '../claims/types';
import { analyze } from '../engine';

const text = 'Amazon may invest $40 billion in OpenAI.';
function pack(id: string, value: number, factId = 'amazon-openai-investment'): FactBase {
  const base = bundledFactBase.facts.find((f) => f.id === 'amazon-openai-investment')!;
  return {
    version: 1,
    sources: [{ id, file: id, title: id, outlet: null, author: null, date: '2026-03', addedAt: 1, text }],
    topics: [],
    facts: [
      {
        ...base,
        id: factId,
        versions: [
          {
            value: { kind: 'money', value, currency: 'USD', qualifier: 'exact' },
            sources: [{ sourceId: id, quote: text, start: 0, end: text.length }],
          },
        ],
      },
    ],
  };
}
const snapshot = (ix: PackIndex) =>
  JSON.stringify(RELATIONS.map((r) => ['amazon', 'openai'].map((s) => ix.byRelationSubject(r, s))));

describe('PackIndex', () => {
  it("merges a pack's accounts into the bundled fact: the same figure joins, another one is another version", () => {
    const ix = new PackIndex([{ id: 'b', pack: bundledFactBase, user: false }]);
    ix.add('same', pack('s1', 50e9));
    let fact = ix.byId('amazon-openai-investment')!;
    expect(fact.versions).toHaveLength(1);
    expect(fact.versions[0]!.value!.qualifier).toBe('up-to');
    expect(fact.versions[0]!.sources.map((s) => s.sourceId)).toContain('s1');
    expect(fact.versions[0]!.userSource).toBeUndefined();
    ix.add('other', pack('s2', 40e9));
    fact = ix.byId('amazon-openai-investment')!;
    expect(fact.versions.map((v) => v.value!.value)).toEqual([50e9, 40e9]);
    expect(fact.versions[1]!.userSource).toBe(true);
    // The bundled fact itself is never changed.
    expect(bundledFactBase.facts.find((f) => f.id === 'amazon-openai-investment')!.versions).toHaveLength(1);
  });

  it('adding and removing packs one by one gives the index a fresh build gives', () => {
    const ix = new PackIndex([{ id: 'b', pack: bundledFactBase, user: false }]);
    ix.add('p1', pack('s1', 40e9));
    ix.add('p2', pack('s2', 1e9, 'new-fact'));
    ix.add('p3', pack('s3', 45e9));
    ix.remove('p1');
    ix.remove('p3');
    const fresh = new PackIndex([
      { id: 'b', pack: bundledFactBase, user: false },
      { id: 'p2', pack: pack('s2', 1e9, 'new-fact'), user: true },
    ]);
    expect(snapshot(ix)).toBe(snapshot(fresh));
    expect(ix.base.facts.length).toBe(bundledFactBase.facts.length + 1);
    expect(ix.source('s1')).toBeUndefined();
    expect(ix.source('s2')?.addedAt).toBe(1);
  });

  it('reports facts that reuse an id for other parties', () => {
    const ix = new PackIndex([{ id: 'b', pack: bundledFactBase, user: false }]);
    const bad = pack('s1', 1e9);
    bad.facts[0] = { ...bad.facts[0]!, subject: 'nvidia' };
    expect(ix.conflicts(bad)).toEqual(['amazon-openai-investment']);
  });

  it('analyze() judges against the bundled base plus the packs given: another figure for the event is disputed', () => {
    const page = 'Amazon is in talks to invest up to $50 billion in OpenAI.';
    const verdict = (factBases?: FactBase[]) =>
      analyze(page, { documentDate: '2026-03-10', ...(factBases ? { factBases } : {}) }).map((a) => a.verdict);
    expect(verdict()).toEqual(['supported']);
    expect(verdict([pack('s1', 40e9)])).toEqual(['disputed']);
    expect(verdict([pack('s1', 50e9)])).toEqual(['supported']);
  });
});
