/**
 * The reader's sources at scale: 5,000 user facts (in 500 sources of 10 facts, each a pack of its own as the
 * extension stores them), some of them on the bundled facts' ids so that merged facts carry several versions, judged
 * through the one index over all packs, against the bundled base alone, on the same text. Also times the incremental
 * update (add and remove one source) against building the whole index again.
 */
import { analyze } from '../../lib/engine';
import { bundledFactBase, factIndex } from '../../lib/factbase';
import { PackIndex } from '../../lib/factbase/pack-index';
import type { Fact, FactBase } from '../../lib/factbase/schema';
import { syntheticFactBase } from './factbase-scaling';
import { median, time } from './timing';

function userPacks(total = 5000, perSource = 10): FactBase[] {
  const synthetic = syntheticFactBase(bundledFactBase.facts.length + total, 0.1, 7).facts.slice(
    bundledFactBase.facts.length,
  );
  const packs: FactBase[] = [];
  for (let s = 0; s * perSource < synthetic.length; s++) {
    const id = `src-bench-${s}`;
    const facts: Fact[] = synthetic.slice(s * perSource, (s + 1) * perSource).map((f, i) => {
      const quote = f.versions[0]!.sources[0]!.quote;
      // Every tenth source also gives its own figure for a bundled fact: merged facts with several versions.
      const joined = i === 0 && s % 10 === 0 ? bundledFactBase.facts[s % bundledFactBase.facts.length]! : undefined;
      const base = joined ? { ...joined } : f;
      return {
        ...base,
        versions: [{ ...f.versions[0]!, sources: [{ sourceId: id, quote, start: 0, end: quote.length }] }],
      };
    });
    const text = facts.map((f) => f.versions[0]!.sources[0]!.quote).join('\n');
    packs.push({
      version: 1,
      sources: [{ id, file: id, title: id, outlet: 'Bench', author: null, date: '2026-01', addedAt: 0, text }],
      topics: [],
      facts,
    });
  }
  return packs;
}

export interface UserFactsScalingResult {
  userFacts: number;
  sources: number;
  buildMs: number;
  updateMs: number;
  bundledMs: number;
  userMs: number;
  ratio: number;
}

export function benchUserFactsScaling(text: string, runs = 5): UserFactsScalingResult {
  const packs = userPacks();
  const build = () =>
    new PackIndex([
      { id: 'bundled', pack: bundledFactBase, user: false },
      ...packs.map((pack, i) => ({ id: `p${i}`, pack })),
    ]);
  const buildMs = time(build);
  const index = build();
  const extra = userPacks(10, 10)[0]!;
  const updateMs = time(() => {
    index.add('extra', extra);
    index.remove('extra');
  });
  const bundled = factIndex(bundledFactBase);
  analyze(text, { index });
  analyze(text, { index: bundled });
  const b: number[] = [];
  const u: number[] = [];
  const ratios: number[] = [];
  for (let i = 0; i < runs; i++) {
    const x = time(() => analyze(text, { index: bundled }));
    const y = time(() => analyze(text, { index }));
    b.push(x);
    u.push(y);
    ratios.push(y / x);
  }
  return {
    userFacts: packs.reduce((n, p) => n + p.facts.length, 0),
    sources: packs.length,
    buildMs,
    updateMs,
    bundledMs: median(b),
    userMs: median(u),
    ratio: median(ratios),
  };
}
