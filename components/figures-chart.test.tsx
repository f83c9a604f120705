import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FiguresChart } from './figures-chart';
import { buildFactSeries } from '../lib/viz/series';
import { testClaims, testFactBase } from '../tests/unit/viz-data';

let root: HTMLDivElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
function mount(series = buildFactSeries(testFactBase, testClaims, { pageDate: '2025-12-17' })) {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<FiguresChart series={series} />, root));
}
const texts = (sel: string) => [...root.querySelectorAll(sel)].map((e) => e.textContent);

describe('FiguresChart', () => {
  it('shows each source’s value and the article’s, with dates, for the page’s fact first', () => {
    mount();
    expect((root.querySelector('select') as HTMLSelectElement).value).toBe('amazon-openai-investment');
    expect(texts('.viz-row-value')).toEqual([
      'up to $50B',
      'up to $50B',
      'up to $50B',
      'up to $50B',
      'up to $50B',
      '$10B',
    ]);
    expect(texts('.viz-row-date')).toEqual([
      '30 Jan 2026',
      'Feb 2026',
      'date unknown',
      'date unknown',
      'date unknown',
      '17 Dec 2025',
    ]);
    const page = root.querySelector('.viz-row.is-page')!;
    expect(page.getAttribute('class')).toContain('viz-v-contradicted');
    expect(page.querySelector('.viz-row-name')!.textContent).toBe('✗ This article');
    // "Up to" is drawn as a bar from zero; the article's exact figure as a dot.
    expect(root.querySelectorAll('.viz-row:not(.is-page) .viz-bar')).toHaveLength(5);
    expect(page.querySelector('.viz-bar')).toBeNull();
    expect(root.querySelector('figcaption')!.textContent).toBe(
      'Amazon’s investment in OpenAI: 5 sources and this article',
    );
    expect(root.querySelector('svg')!.getAttribute('role')).toBe('img');
    expect(root.querySelector('desc')!.textContent).toContain('This article (17 Dec 2025): $10B, Contradicted');
    expect(texts('.viz-tick')).toEqual(['$0', '$20B', '$40B', '$60B']);
  });

  it('switches fact with the select', () => {
    mount();
    const select = root.querySelector('select') as HTMLSelectElement;
    act(() => {
      select.value = 'amazon-share-price';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(texts('.viz-row-value')).toEqual(['about $241.73', 'about $239.3']);
    expect(root.querySelector('figcaption')!.textContent).toContain('(sources disagree)');
    expect(root.querySelectorAll('.viz-dot.is-about')).toHaveLength(2);
  });

  it('places figures on one scale from zero', () => {
    mount();
    const dots = [...root.querySelectorAll('.viz-row .viz-dot')].map((d) => Number(d.getAttribute('cx')));
    // Five sources at $50B share one x; the article's $10B sits at a fifth of that distance from zero.
    expect(new Set(dots.slice(0, 5)).size).toBe(1);
    const zero = Number(root.querySelector('.viz-grid')!.getAttribute('x1'));
    expect((dots[5]! - zero) / (dots[0]! - zero)).toBeCloseTo(0.2, 5);
  });

  it('says when there is nothing to compare', () => {
    mount([]);
    expect(root.textContent).toContain('No figures to compare');
  });
});
