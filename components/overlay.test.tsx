import { afterEach, describe, expect, it } from 'vitest';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { Overlay, type OverlayProps } from './overlay';
import { evidenceFacts, evidenceFor } from '@/lib/evidence';
import type { Annotation } from '@/lib/verdicts/types';
import type { FactBase } from '@/lib/factbase/schema';

const factBase: FactBase = {
  version: 1,
  sources: [
    { id: 's1', file: 'a.txt', title: 'Amazon in talks', outlet: 'Example Wire', author: null, date: '2026-01-29' },
    { id: 's2', file: 'b.txt', title: 'Amazon bets on OpenAI', outlet: null, author: 'Daniel Brooks', date: null },
  ],
  topics: [{ id: 'amazon-openai', label: 'Amazon and OpenAI' }],
  facts: [
    {
      id: 'amazon-openai-investment',
      relation: 'investment',
      subject: 'amazon',
      object: 'openai',
      topic: 'amazon-openai',
      label: "Amazon's investment in OpenAI",
      event: { status: 'prospective' },
      versions: [
        {
          value: { kind: 'money', value: 50e9, qualifier: 'up-to', currency: 'USD' },
          sources: [
            { sourceId: 's1', quote: 'invest up to $50 billion in OpenAI', start: 0, end: 10 },
            { sourceId: 's2', quote: 'putting up to $50 billion into OpenAI', start: 0, end: 10 },
          ],
        },
      ],
    },
  ],
};

/** What the background sends with the annotations (lib/evidence.ts). */
const facts = new Map(
  evidenceFacts(
    factBase.facts.map((f) => f.id),
    factBase,
  ).map((f) => [f.id, f]),
);

function annotation(verdict: Annotation['verdict'], text: string, facts: string[] = []): Annotation {
  return {
    claim: { start: 0, end: text.length, text, relation: 'investment', event: { words: [] } },
    verdict,
    facts,
    why: verdict === 'contradicted' ? 'The article says $10 billion; 2 sources say up to $50 billion.' : '',
  };
}

let host: HTMLElement;

function mount(anns: Annotation[]) {
  host = document.createElement('div');
  document.body.appendChild(host);
  const root = host.attachShadow({ mode: 'open' });
  const mountPoint = document.createElement('div');
  root.appendChild(mountPoint);
  const claims: OverlayProps['claims'] = anns.map((a, index) => ({
    index,
    annotation: a,
    at: { x: 10 + index * 40, y: 20 },
    marks: [{ x: 10 + index * 40 - 100, y: 20, w: 100, h: 18 }],
    evidence: () => evidenceFor(a, facts),
  }));
  act(() => {
    render(h(Overlay, { claims, viewport: { left: 0, top: 0, width: 1000, height: 800 }, root }), mountPoint);
  });
  return root;
}

afterEach(() => host?.remove());

/**
 * happy-dom has no `isTrusted`: every event looks dispatched by a script. The reader's own input is simulated by
 * making events trusted while `fn` runs (as the browser marks the reader's input, and focus() calls, trusted).
 */
function asReader<T>(fn: () => T): T {
  Object.defineProperty(Event.prototype, 'isTrusted', { get: () => true, configurable: true });
  try {
    return fn();
  } finally {
    delete (Event.prototype as { isTrusted?: boolean }).isTrusted;
  }
}

/** The reader pressing Tab onto a badge: a trusted Tab key, then the focus it moves, in one task. */
function tabTo(el: HTMLElement) {
  asReader(() => {
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
    el.focus();
  });
}

describe('Overlay', () => {
  it("draws each claim's mark in its verdict's style, under the badges, silent and out of the pointer's way", () => {
    const root = mount([annotation('contradicted', '$10 billion'), annotation('supported', 'up to $50 billion')]);
    const layer = root.querySelector<HTMLElement>('.dl-marks')!;
    expect(layer.getAttribute('aria-hidden')).toBe('true');
    expect(
      layer.compareDocumentPosition(root.querySelector('.dl-badge')!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    const marks = Array.from(layer.querySelectorAll<HTMLElement>('.dl-mark'));
    expect(marks.map((m) => [m.className, m.dataset.index, m.style.left, m.style.width])).toEqual([
      ['dl-mark dl-contradicted', '0', '-90px', '100px'],
      ['dl-mark dl-supported', '1', '-50px', '100px'],
    ]);
    expect(layer.textContent).toBe('');
  });

  it('renders one button per claim, named by verdict label then claim', () => {
    const root = mount([
      annotation('contradicted', 'Amazon is in talks to invest $10 billion in OpenAI', ['amazon-openai-investment']),
      annotation('supported', 'up to $50 billion'),
      annotation('disputed', 'trading around $241.73'),
      annotation('unknown', 'Nvidia up to $100 billion'),
    ]);
    const names = Array.from(root.querySelectorAll('button')).map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Contradicted: Amazon is in talks to invest $10 billion in OpenAI',
      'Supported: up to $50 billion',
      'Sources disagree: trading around $241.73',
      'Not in fact base: Nvidia up to $100 billion',
    ]);
    // The mark differs per verdict: not colour alone.
    expect(new Set(Array.from(root.querySelectorAll('button')).map((b) => b.textContent)).size).toBe(4);
  });

  it('opens the card on focus with claim, verdict, why and each quote with outlet and date; Escape closes it', () => {
    const root = mount([annotation('contradicted', 'invest $10 billion in OpenAI', ['amazon-openai-investment'])]);
    const badge = root.querySelector('button')!;
    act(() => tabTo(badge));
    const card = root.querySelector('[role="dialog"]')!;
    expect(card).not.toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    const text = card.textContent;
    expect(text).toContain('Contradicted');
    expect(text).toContain('“invest $10 billion in OpenAI”');
    expect(text).toContain('The article says $10 billion; 2 sources say up to $50 billion.');
    expect(text).toContain("Amazon's investment in OpenAI");
    expect(text).toContain('“invest up to $50 billion in OpenAI”');
    expect(text).toContain('— Example Wire · “Amazon in talks” · 2026-01-29');
    expect(text).toContain('— Daniel Brooks · “Amazon bets on OpenAI” · undated');
    act(() => {
      asReader(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    });
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('pins the card on click, moves focus into it, and Escape gives focus back to the badge without reopening', () => {
    const root = mount([annotation('supported', 'up to $50 billion', ['amazon-openai-investment'])]);
    const badge = root.querySelector('button')!;
    act(() => asReader(() => badge.click()));
    const card = root.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(card).not.toBeNull();
    expect(root.activeElement).toBe(card);
    act(() => {
      asReader(() =>
        card.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true })),
      );
    });
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(root.activeElement).toBe(badge);
  });

  it('opens the card upwards when there is no room below the badge in the window', () => {
    host = document.createElement('div');
    document.body.appendChild(host);
    const root = host.attachShadow({ mode: 'open' });
    const mountPoint = document.createElement('div');
    root.appendChild(mountPoint);
    const a = annotation('supported', 'up to $50 billion');
    const claims: OverlayProps['claims'] = [
      {
        index: 0,
        annotation: annotation('supported', 'near the top'),
        at: { x: 10, y: 40 },
        marks: [],
        evidence: () => evidenceFor(a, facts),
      },
      {
        index: 1,
        annotation: annotation('supported', 'near the bottom'),
        at: { x: 10, y: 760 },
        marks: [],
        evidence: () => evidenceFor(a, facts),
      },
    ];
    act(() => {
      render(h(Overlay, { claims, viewport: { left: 0, top: 0, width: 1000, height: 800 }, root }), mountPoint);
    });
    const [top, bottom] = Array.from(root.querySelectorAll('button'));
    act(() => tabTo(top!));
    expect(root.querySelector<HTMLElement>('[role="dialog"]')!.style.transform).toBe('');
    act(() => tabTo(bottom!));
    expect(root.querySelector<HTMLElement>('[role="dialog"]')!.style.transform).toBe('translateY(-100%)');
  });

  it('shows page text as text, never as markup', () => {
    const root = mount([annotation('unknown', '<img src=x onerror=alert(1)> $5 billion')]);
    act(() => tabTo(root.querySelector('button')!));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('[role="dialog"]')!.textContent).toContain('<img src=x onerror=alert(1)> $5 billion');
  });

  it("the page's script cannot open a card: not by click(), not by a dispatched hover or key, not by focus()", async () => {
    // A Tab pressed in an earlier test counts only for its own task.
    await new Promise((r) => setTimeout(r, 0));
    const root = mount([annotation('contradicted', 'invest $10 billion in OpenAI', ['amazon-openai-investment'])]);
    const badge = root.querySelector('button')!;
    act(() => {
      badge.click();
      badge.dispatchEvent(new MouseEvent('mouseenter'));
      badge.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
      badge.focus();
    });
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    badge.blur();
    // focus() is trusted in a browser, so trust alone is not enough: without the reader's Tab it opens nothing.
    act(() => asReader(() => badge.focus()));
    expect(root.querySelector('[role="dialog"]')).toBeNull();
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    // The same badge opens for the reader.
    act(() => asReader(() => badge.click()));
    expect(root.querySelector('[role="dialog"]')).not.toBeNull();
  });
});
