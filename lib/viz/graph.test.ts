import { describe, expect, it } from 'vitest';
import { buildDealGraph, describeEdge, defaultName, partText } from './graph';
import { testClaims, testFactBase, testNameOf } from '../../tests/unit/viz-data';
import { VERDICT_LABELS } from '../verdicts/types';
import { bundledFactBase } from '../factbase';

describe('buildDealGraph', () => {
  const graph = buildDealGraph(testFactBase, testClaims);
  const edge = (id: string) => graph.edges.find((e) => e.id === id);

  it('draws companies as nodes and investments/agreements between two companies as edges', () => {
    expect(graph.nodes.map((n) => n.id).sort()).toEqual([
      'amazon',
      'anthropic',
      'microsoft',
      'middle-east-swf',
      'nvidia',
      'openai',
      'softbank',
    ]);
    expect(graph.edges.map((e) => e.id).sort()).toEqual([
      'amazon>anthropic',
      'amazon>openai',
      'microsoft>openai',
      'middle-east-swf>openai',
      'nvidia>openai',
      'page:openai>amazon',
      'softbank>openai',
    ]);
    // Facts about one company (round size, valuation, layoffs, founding) are not edges.
    expect(graph.edges.flatMap((e) => e.facts.map((f) => f.id))).not.toContain('openai-valuation');
  });

  it('labels an edge with its amount and status, from the headline fact of each kind of tie', () => {
    const e = edge('amazon>openai')!;
    expect(e).toMatchObject({ kind: 'investment', amount: 'up to $50B', status: 'in talks', sourceCount: 5 });
    expect(e.facts.map((f) => f.id)).toEqual(['amazon-openai-investment', 'amazon-openai-talks-stage']);
    expect(edge('amazon>anthropic')!.parts).toEqual([
      { kind: 'investment', amount: 'about $8B', what: 'stake', status: 'done', sourceCount: 1 },
      { kind: 'agreement', amount: '$11B', what: 'data center', status: 'done', sourceCount: 1 },
    ]);
    expect(edge('microsoft>openai')).toMatchObject({ kind: 'agreement', amount: '2019', status: 'done' });
    expect(partText(edge('microsoft>openai')!.parts[0]!)).toBe('partners since 2019');
    expect(partText(edge('nvidia>openai')!.parts[0]!)).toBe('joining round');
    expect(edge('nvidia>openai')!.status).toBe('in talks');
  });

  it("takes a part's status from its headline fact only, not from another fact of the same kind", () => {
    // Amazon and OpenAI: a compute deal (no status in the sources) and model access for Amazon's staff (in talks).
    const amazon = buildDealGraph(bundledFactBase, []).edges.find((e) => e.id === 'amazon>openai')!;
    expect(amazon.parts.find((p) => p.kind === 'agreement')).toMatchObject({ what: 'compute deal', status: '' });
  });

  it('marks the edges the page claims concern and sets a contradicted claim against the fact', () => {
    const e = edge('amazon>openai')!;
    expect(e.verdict).toBe('contradicted');
    expect(e.claims.map((c) => c.index)).toEqual([0]);
    expect(e.conflicts).toEqual([
      {
        claimIndex: 0,
        factId: 'amazon-openai-investment',
        article: '$10B — this article',
        factBase: 'up to $50B — 5 sources',
      },
    ]);
    expect(edge('amazon>anthropic')!.verdict).toBeUndefined();
  });

  it('keeps a tie only the page reports as a page-only edge', () => {
    const e = edge('page:openai>amazon')!;
    expect(e).toMatchObject({
      pageOnly: true,
      amount: '$38B',
      status: 'this article only',
      verdict: 'unknown',
      facts: [],
    });
    expect(partText(e.parts[0]!)).toBe('$38B compute deal');
  });

  it('says which companies the page names, and counts ties', () => {
    const amazon = graph.nodes.find((n) => n.id === 'amazon')!;
    expect(amazon).toMatchObject({ onPage: true, degree: 3 });
    expect(graph.nodes.find((n) => n.id === 'nvidia')!.onPage).toBe(false);
  });

  it('quotes the claim where it carries no figure', () => {
    const noValue = testClaims.map((c) => ({ ...c, value: undefined }));
    const e = buildDealGraph(testFactBase, noValue).edges.find((x) => x.id === 'amazon>openai')!;
    expect(e.conflicts[0]!.article).toBe(
      '“Amazon is in “fluid talks” to invest $10 billion into OpenAI” — this article',
    );
  });

  it('is empty for an empty fact base and no claims', () => {
    expect(buildDealGraph({ version: 1, sources: [], topics: [], facts: [] }, [])).toEqual({ nodes: [], edges: [] });
  });

  it('describes an edge for screen readers', () => {
    const text = describeEdge(edge('amazon>openai')!, testNameOf, (v) => VERDICT_LABELS[v]);
    expect(text).toBe(
      'Amazon to OpenAI: up to $50B stake, in talks, 5 sources. This page: 1 claim, Contradicted. $10B — this article against up to $50B — 5 sources.',
    );
  });
});

it('defaultName makes a readable name from an id when no catalogue is given', () => {
  expect(defaultName('amazon')).toBe('Amazon');
  expect(defaultName('middle-east-swf')).toBe('Middle East SWF');
});

it('draws no page-only edge to a person or product', () => {
  const people = [{ ...testClaims[2]!, subject: 'andy-jassy', object: 'amazon' }];
  const g = buildDealGraph(testFactBase, people, { isCompany: (id) => id !== 'andy-jassy' });
  expect(g.edges.some((e) => e.pageOnly)).toBe(false);
});

it('sets a repeated contradicted figure against the fact once', () => {
  const repeated = [...testClaims, { ...testClaims[0]!, index: 5 }];
  const e = buildDealGraph(testFactBase, repeated).edges.find((x) => x.id === 'amazon>openai')!;
  expect(e.conflicts).toHaveLength(1);
  expect(e.claims.map((c) => c.index)).toEqual([0, 5]);
});

it('handles a page report at the protocol’s limit (5000 claims) without multiplying marks', () => {
  const many = Array.from({ length: 5000 }, (_, i) => ({ ...testClaims[i % 3]!, index: i }));
  const g = buildDealGraph(testFactBase, many);
  const e = g.edges.find((x) => x.id === 'amazon>openai')!;
  expect(e.claims).toHaveLength(1667);
  expect(e.conflicts).toHaveLength(1);
  expect(g.edges.filter((x) => x.pageOnly)).toHaveLength(1);
});
