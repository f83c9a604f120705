import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { DealMap } from './deal-map';
import { buildDealGraph } from '../lib/viz/graph';
import { testClaims, testFactBase, testNameOf } from '../tests/unit/viz-data';

let root: HTMLDivElement;
function mount(claims = testClaims) {
  root = document.createElement('div');
  document.body.append(root);
  const graph = buildDealGraph(testFactBase, claims, { nameOf: testNameOf });
  act(() => render(<DealMap graph={graph} nameOf={testNameOf} />, root));
  return root;
}
afterEach(() => {
  render(null, root);
  root.remove();
});

const edges = () => [...root.querySelectorAll<SVGGElement>('.viz-edge')];
const edge = (id: string) => root.querySelector<SVGGElement>(`.viz-edge[data-edge="${id}"]`)!;
const key = (el: Element, k: string) => {
  act(() => {
    el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
  });
};

describe('DealMap', () => {
  it('draws an SVG with a button per edge, labelled for screen readers, and one tab stop', () => {
    mount();
    expect(root.querySelector('svg[role="group"]')?.getAttribute('aria-label')).toBe(
      'Deal map: 7 companies, 7 ties. Arrow keys move between ties; Enter selects one.',
    );
    expect(edges()).toHaveLength(7);
    expect(edges().filter((e) => e.getAttribute('tabindex') === '0')).toHaveLength(1);
    expect(edge('amazon>openai').getAttribute('aria-label')).toContain(
      '$10B — this article against up to $50B — 5 sources',
    );
    expect(root.querySelectorAll('.viz-node')).toHaveLength(7);
  });

  it('labels a contradicted edge with the fact base against the article, and marks it', () => {
    mount();
    const e = edge('amazon>openai');
    expect([...e.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual([
      'up to $50B — 5 sources',
      '✗ $10B — this article',
    ]);
    expect(e.getAttribute('class')).toContain('viz-v-contradicted');
    expect(edge('amazon>anthropic').getAttribute('class')).not.toContain('has-verdict');
  });

  it('moves focus with arrow keys and selects with Enter and Space', () => {
    mount();
    const stop = edges().find((e) => e.getAttribute('tabindex') === '0')!;
    act(() => stop.focus());
    key(stop, 'ArrowDown');
    const next = document.activeElement as SVGGElement;
    expect(next).not.toBe(stop);
    expect(next.classList.contains('viz-edge')).toBe(true);
    expect(next.getAttribute('tabindex')).toBe('0');
    expect(stop.getAttribute('tabindex')).toBe('-1');
    key(next, 'ArrowUp');
    expect(document.activeElement).toBe(stop);
    key(stop, 'End');
    const last = document.activeElement!;
    key(last, 'ArrowDown');
    expect(document.activeElement).toBe(stop); // wraps around

    key(stop, 'Enter');
    expect(stop.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('.viz-details h3')).not.toBeNull();
    key(stop, ' ');
    expect(stop.getAttribute('aria-pressed')).toBe('false');
    expect(root.querySelector('.viz-details h3')).toBeNull();
  });

  it('lists the selected edge’s facts, sources and the page’s claims', () => {
    mount();
    act(() => {
      edge('amazon>openai').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    const details = root.querySelector('.viz-details')!;
    expect(details.querySelector('h3')!.textContent).toBe('Amazon → OpenAI · investment');
    expect(details.querySelector('.viz-conflict')!.textContent).toBe(
      '$10B — this article against up to $50B — 5 sources',
    );
    expect(details.textContent).toContain('Amazon’s investment in OpenAI');
    expect(details.textContent).toContain('Stage of the Amazon–OpenAI talks');
    expect(details.textContent).toContain('advanced — 2 sources');
    expect(details.textContent).toContain('preliminary — 1 source');
    expect([...details.querySelectorAll('q.viz-quote')].map((q) => q.textContent)).toContain('preliminary discussions');
    expect(details.querySelector('.viz-chip')!.textContent).toBe('Contradicted');
  });

  it('says so when only the article reports a tie', () => {
    mount();
    act(() => {
      edge('page:openai>amazon').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(root.querySelector('.viz-details')!.textContent).toContain('Only this article reports this');
  });

  it('renders page text as text, never as markup', () => {
    const hostile = testClaims.map((c) =>
      c.index === 0 ? { ...c, text: '<img src=x onerror="alert(1)">$10 billion', value: undefined } : c,
    );
    mount(hostile);
    act(() => {
      edge('amazon>openai').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">$10 billion');
  });

  it('says when there is nothing to draw', () => {
    root = document.createElement('div');
    document.body.append(root);
    act(() => render(<DealMap graph={{ nodes: [], edges: [] }} nameOf={testNameOf} />, root));
    expect(root.textContent).toContain('No investments or agreements');
    expect(root.querySelector('svg')).toBeNull();
  });
});
