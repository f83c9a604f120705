import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';
import { bundledFactBase } from '../factbase';
import { parsePack, serializePack } from '../factbase/pack';
import { SourcesDb } from './db';
import { SourcesStore, UNDO_MS } from './store';

export const ARTICLE =
  'Amazon is in talks to invest up to $40 billion in OpenAI, people familiar with the matter said. ' +
  'OpenAI is raising a funding round of up to $100 billion. Anthropic was valued at $380 billion in its latest funding round. ' +
  'Amazon plans to cut 16,000 corporate jobs.';
const META = { title: 'Deal wire', outlet: 'Example News', url: 'https://news.example/deal', date: '2026-03' };
const PAGE = 'Anthropic was valued at $380 billion. Amazon is in talks to invest up to $50 billion in OpenAI.';

function store(now = () => 1_764_720_000_000) {
  return new SourcesStore(new SourcesDb(`sources-${crypto.randomUUID()}`), bundledFactBase, now);
}
const verdicts = (s: SourcesStore, text = PAGE) =>
  analyze(text, { index: s.index, documentDate: '2026-03-20' }).map(
    (a) => `${a.claim.subject}:${a.claim.relation}:${a.verdict}`,
  );

describe("the reader's sources", () => {
  it("proposes the article's claims with verbatim quotes and the bundled fact each would join", async () => {
    const s = store();
    const draft = await s.propose(ARTICLE, META);
    expect(draft.facts.length).toBeGreaterThanOrEqual(4);
    for (const p of draft.facts) expect(ARTICLE.slice(p.start, p.end)).toBe(p.quote);
    const investment = draft.facts.find((p) => p.relation === 'investment')!;
    expect(investment.join).toMatchObject({ id: 'amazon-openai-investment', effect: 'differs' });
    expect(draft.facts.find((p) => p.subject === 'anthropic')!.join).toBeUndefined();
  });

  it('judges pages against the bundled base and the saved source; another figure makes the point disputed', async () => {
    const s = store();
    expect(verdicts(s)).toEqual(['anthropic:valuation:unknown', 'amazon:investment:supported']);
    const draft = await s.propose(ARTICLE, META);
    const kept = draft.facts.filter((p) => p.relation === 'investment' || p.subject === 'anthropic');
    await s.save({ ...draft, facts: kept });
    expect(verdicts(s)).toEqual(['anthropic:valuation:supported', 'amazon:investment:disputed']);
    const fact = s.index.byId('amazon-openai-investment')!;
    expect(fact.versions).toHaveLength(2);
    expect(fact.versions.find((v) => v.value?.value === 40e9)?.userSource).toBe(true);
  });

  it('an edited figure is saved as edited; removing undoes the verdicts and undo restores them', async () => {
    const s = store();
    const draft = await s.propose(ARTICLE, META);
    const facts = draft.facts
      .filter((p) => p.relation === 'investment')
      .map((p) => ({ ...p, value: { ...p.value!, value: 50e9 } }));
    const saved = await s.save({ ...draft, facts });
    expect(s.index.byId('amazon-openai-investment')!.versions).toHaveLength(1);
    expect(verdicts(s)).toContain('amazon:investment:supported');
    await s.remove(saved.id);
    expect(await s.list()).toEqual([]);
    await s.undoRemove(saved.id);
    expect((await s.list()).map((x) => x.id)).toEqual([saved.id]);
  });

  it('stored quotes are verbatim in the stored article text', async () => {
    const s = store();
    const draft = await s.propose(ARTICLE, META);
    await s.save(draft);
    for (const rec of await s.db.sources.toArray()) {
      for (const p of rec.facts) expect(rec.text.slice(p.start, p.end)).toBe(p.quote);
      for (const f of rec.pack.facts)
        for (const v of f.versions) for (const q of v.sources) expect(rec.text.slice(q.start, q.end)).toBe(q.quote);
    }
    await expect(s.save({ ...draft, facts: [{ ...draft.facts[0]!, quote: 'not in the text' }] })).rejects.toThrow(
      /not in the article/,
    );
  });

  it('exports a pack that gives the same verdicts in a fresh profile, and refuses a bad file without changing anything', async () => {
    const a = store();
    const draft = await a.propose(ARTICLE, META);
    await a.save(draft);
    const { pack, fileName } = await a.exportPack();
    expect(fileName).toMatch(/^deallens-sources-\d{4}-\d{2}-\d{2}\.json$/);
    const json = serializePack(pack);
    expect(() => parsePack(json)).not.toThrow();
    const b = store();
    expect(await b.importPack(json)).toEqual({ sources: 1, facts: draft.facts.length });
    expect(verdicts(b)).toEqual(verdicts(a));
    const before = await b.list();
    await expect(
      b.importPack('{"format":"deallens-fact-pack","version":1,"sources":[],"topics":[],"facts":[{"id":"x"}]}'),
    ).rejects.toThrow(/not a DealLens fact pack/);
    await expect(b.importPack('nope')).rejects.toThrow(/not JSON/);
    const tampered = JSON.parse(json);
    tampered.facts[0].versions[0].sources[0].quote = 'made up';
    await expect(b.importPack(JSON.stringify(tampered))).rejects.toThrow(/quote is not in source/);
    expect(await b.list()).toEqual(before);
  });

  it('removed sources are purged after a day', async () => {
    let t = 1_000_000;
    const s = store(() => t);
    const saved = await s.save(await s.propose(ARTICLE, META));
    await s.remove(saved.id);
    t += UNDO_MS + 1;
    expect(await s.purge()).toBe(1);
    await expect(s.undoRemove(saved.id)).rejects.toThrow();
  });
});
