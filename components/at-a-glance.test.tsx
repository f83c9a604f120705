import { afterEach, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { AtAGlance } from './at-a-glance';
import { testClaims, testFactBase, testNameOf } from '../tests/unit/viz-data';

let root: HTMLDivElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

it('shares one selection: a deal chosen on the map is charted and its figures set on the timeline', () => {
  root = document.createElement('div');
  document.body.append(root);
  act(() =>
    render(
      <AtAGlance
        factBase={testFactBase}
        claims={testClaims}
        page={{ title: 'Article', date: '2025-12-17' }}
        nameOf={testNameOf}
      />,
      root,
    ),
  );
  expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
    'Deal map',
    'Figures across sources',
    'Timeline of reports',
  ]);
  const select = root.querySelector('select') as HTMLSelectElement;
  expect(select.value).toBe('amazon-openai-investment');
  act(() => {
    root
      .querySelector('.viz-edge[data-edge="amazon>anthropic"]')!
      .dispatchEvent(new MouseEvent('click', { bubbles: true }));
  });
  expect(select.value).toBe('amazon-anthropic-investment');
  expect(root.querySelector('[aria-label="Reports by date"]')!.textContent).toContain('says about $8B');
});

it('shows the fact base alone for a page DealLens has not checked', () => {
  root = document.createElement('div');
  document.body.append(root);
  act(() => render(<AtAGlance factBase={testFactBase} claims={[]} page={null} nameOf={testNameOf} />, root));
  expect(root.querySelectorAll('.viz-edge.has-verdict')).toHaveLength(0);
  expect(root.querySelector('.viz-row.is-page')).toBeNull();
  expect(root.textContent).not.toContain('This article');
  expect(root.textContent).toContain('DealLens has not checked this page');
});
