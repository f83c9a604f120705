import { describe, expect, it } from 'vitest';
import { buildDealGraph } from './graph';
import { type Box, labelLines, layoutDealMap, nodeLines } from './layout';
import { testClaims, testFactBase, testNameOf } from '../../tests/unit/viz-data';
import { bundledFactBase } from '../factbase';
import { entityName } from '../entities/catalogue';

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('layoutDealMap', () => {
  const graph = buildDealGraph(testFactBase, testClaims, { nameOf: testNameOf });
  const layout = layoutDealMap(graph);

  it('is deterministic', () => {
    expect(layoutDealMap(buildDealGraph(testFactBase, testClaims, { nameOf: testNameOf }))).toEqual(layout);
  });

  it('puts the best-connected company in the middle', () => {
    const hub = layout.nodes.get('openai')!;
    expect(hub.x + hub.w / 2).toBeCloseTo(layout.width / 2, 0);
    expect(hub.y + hub.h / 2).toBeCloseTo(layout.height / 2, 0);
  });

  it('keeps every node and label inside the drawing, with no two nodes overlapping', () => {
    const nodes = [...layout.nodes.values()];
    for (const b of [...nodes, ...[...layout.edges.values()].map((e) => e.label)]) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
      expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
    }
    for (const a of nodes) for (const b of nodes) if (a !== b) expect(overlaps(a, b), `${a.id} / ${b.id}`).toBe(false);
  });

  it('keeps labels clear of each other', () => {
    const labels = [...layout.edges.values()];
    for (const a of labels)
      for (const b of labels) if (a !== b) expect(overlaps(a.label, b.label), `${a.id} / ${b.id}`).toBe(false);
  });

  it('seats companies tied to each other side by side on the ring', () => {
    // Amazon and Anthropic share two edges: Anthropic is one of Amazon's two nearest neighbours on the ring.
    const c = (id: string) => {
      const n = layout.nodes.get(id)!;
      return { x: n.x + n.w / 2, y: n.y + n.h / 2 };
    };
    const a = c('amazon');
    const ring = [...layout.nodes.keys()].filter((id) => id !== 'openai' && id !== 'amazon');
    const near = ring
      .sort((p, q) => Math.hypot(c(p).x - a.x, c(p).y - a.y) - Math.hypot(c(q).x - a.x, c(q).y - a.y))
      .slice(0, 2);
    expect(near).toContain('anthropic');
  });

  it('bows parallel edges apart and walks every edge in reading order', () => {
    const a = layout.edges.get('amazon>openai')!.path;
    const b = layout.edges.get('page:openai>amazon')!.path;
    expect(a).not.toBe(b);
    expect([...layout.order].sort()).toEqual(graph.edges.map((e) => e.id).sort());
    const ys = layout.order.map((id) => layout.edges.get(id)!.label.y);
    expect([...ys].sort((x, y) => x - y)).toEqual(ys);
  });

  it('writes a contradicted edge as the fact base against the article', () => {
    const e = graph.edges.find((x) => x.id === 'amazon>openai')!;
    expect(labelLines(e)).toEqual(['up to $50B — 5 sources', '✗ $10B — this article']);
    expect(layout.edges.get(e.id)!.lines).toEqual(labelLines(e));
    expect(labelLines(graph.edges.find((x) => x.id === 'amazon>anthropic')!)).toEqual([
      'about $8B stake · done',
      '$11B data center · done',
    ]);
    // Other verdicts carry their mark too, not only a colour.
    expect(labelLines(graph.edges.find((x) => x.id === 'page:openai>amazon')!)).toEqual([
      '? $38B compute deal',
      'this article only',
    ]);
  });

  it('wraps long company names onto up to three lines', () => {
    expect(nodeLines('Middle East sovereign wealth funds')).toEqual(['Middle East', 'sovereign wealth', 'funds']);
    expect(nodeLines('OpenAI')).toEqual(['OpenAI']);
    expect(nodeLines('A very long company name that keeps going on')).toEqual([
      'A very long',
      'company name',
      'that keeps goin…',
    ]);
  });

  it('lays out a single tie and an empty graph', () => {
    const one = layoutDealMap({
      nodes: [
        { id: 'a', name: 'A', degree: 1, onPage: false },
        { id: 'b', name: 'B', degree: 1, onPage: false },
      ],
      edges: [
        {
          id: 'a>b',
          from: 'a',
          to: 'b',
          kind: 'investment',
          facts: [],
          parts: [{ kind: 'investment', amount: '$1B', what: 'stake', status: '', sourceCount: 1 }],
          amount: '$1B',
          status: '',
          sourceCount: 1,
          claims: [],
          conflicts: [],
          pageOnly: false,
        },
      ],
    });
    expect(one.order).toEqual(['a>b']);
    expect(one.edges.get('a>b')!.lines).toEqual(['$1B stake']);
    expect(layoutDealMap({ nodes: [], edges: [] }).order).toEqual([]);
  });
});

describe('layoutDealMap at side-panel widths', () => {
  const cases = [
    ['the test fact base', buildDealGraph(testFactBase, testClaims, { nameOf: testNameOf })],
    ['the bundled fact base', buildDealGraph(bundledFactBase, [], { nameOf: entityName })],
  ] as const;
  for (const [name, graph] of cases) {
    it(`keeps ${name}'s companies apart and everything inside, from 260 to 560 units wide`, () => {
      for (const width of [260, 296, 340, 400, 476, 560]) {
        const layout = layoutDealMap(graph, width);
        expect(layout.width).toBe(width);
        const nodes = [...layout.nodes.values()];
        for (const b of [...nodes, ...[...layout.edges.values()].map((e) => e.label)]) {
          expect(b.x, `${width}`).toBeGreaterThanOrEqual(0);
          expect(b.x + b.w, `${width}`).toBeLessThanOrEqual(width);
          expect(b.y + b.h, `${width}`).toBeLessThanOrEqual(layout.height);
        }
        for (const a of nodes)
          for (const b of nodes) if (a !== b) expect(overlaps(a, b), `${width}: ${a.id} / ${b.id}`).toBe(false);
      }
    });
  }
});
