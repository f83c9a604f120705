import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ReportTimeline } from './timeline';
import { buildTimeline } from '../lib/viz/timeline';
import { testClaims, testFactBase } from '../tests/unit/viz-data';

let root: HTMLDivElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
function mount(date: string | null) {
  root = document.createElement('div');
  document.body.append(root);
  const t = buildTimeline(
    testFactBase,
    { title: 'Amazon stock <b>today</b>', date, claims: testClaims },
    { factId: 'amazon-openai-investment' },
  );
  act(() => render(<ReportTimeline timeline={t} />, root));
}
const list = (name: string) => root.querySelector(`[aria-label="${name}"]`)!;

describe('ReportTimeline', () => {
  it('lists dated reports in order with the dated article among them, undated sources apart', () => {
    mount('2026-02-01');
    const dated = [...list('Reports by date').querySelectorAll('.viz-tl-item')];
    expect(dated.map((li) => li.querySelector('.viz-tl-date')!.textContent)).toEqual([
      '30 Jan 2026',
      'Feb 2026',
      '1 Feb 2026',
    ]);
    expect(dated[2]!.classList.contains('is-page')).toBe(true);
    expect(dated[2]!.textContent).toContain('says $10B');
    expect(root.querySelector('h3')!.textContent).toBe('Date unknown');
    expect(list('Reports without a known date').querySelectorAll('.viz-tl-item')).toHaveLength(3);
    expect(root.querySelector('b')).toBeNull(); // the page's title is text
    expect(root.textContent).toContain('Amazon stock <b>today</b>');
  });

  it('shows an undated article last, as "this page"', () => {
    mount(null);
    const page = list('This page, date not stated').querySelector('.viz-tl-item')!;
    expect(page.querySelector('.viz-tl-date')!.textContent).toBe('this page');
    expect(page.querySelectorAll('.viz-chip')).toHaveLength(3);
    expect(list('Reports by date').querySelectorAll('.is-page')).toHaveLength(0);
  });
});
