import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { useCard } from './use-card';
import { Badge } from './badge';

interface Item {
  index: number;
  at: { x: number; y: number } | null;
}

/** The overlay's use of the hook, with a plain card (the evidence card's content is overlay.test.tsx's). */
function Harness({ root, items }: { root: ShadowRoot; items: Item[] }) {
  const { openClaim, openIndex, badge, card } = useCard(root, items);
  return (
    <div>
      {items.map((c) =>
        c.at ? (
          <Badge
            key={c.index}
            index={c.index}
            verdict="supported"
            claim={`claim ${c.index}`}
            x={c.at.x}
            y={c.at.y}
            open={openIndex === c.index}
            cardId="card"
            {...badge}
          />
        ) : null,
      )}
      {openClaim ? (
        <div
          id="card"
          role="dialog"
          tabIndex={0}
          data-index={openClaim.index}
          ref={card.cardRef}
          onMouseEnter={card.onPointerEnter}
          onMouseLeave={(e) => card.onPointerLeave(e.relatedTarget)}
          onFocusOut={(e) => card.onBlur(e.relatedTarget)}
        >
          <button type="button" class="in-card" onClick={card.onEscape}>
            close
          </button>
        </div>
      ) : null}
    </div>
  );
}

let host: HTMLElement;
let root: ShadowRoot;
let mountPoint: HTMLElement;
const outside = () => document.body;

function show(items: Item[]) {
  act(() => render(<Harness root={root} items={items} />, mountPoint));
}

const TWO: Item[] = [
  { index: 0, at: { x: 10, y: 20 } },
  { index: 1, at: { x: 50, y: 20 } },
];

beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
  root = host.attachShadow({ mode: 'open' });
  mountPoint = document.createElement('div');
  root.appendChild(mountPoint);
  show(TWO);
});

afterEach(() => {
  act(() => render(null, mountPoint));
  host.remove();
  vi.useRealTimers();
});

/** happy-dom marks no event trusted: the reader's own input is simulated by trusting every event while `fn` runs. */
function asReader(fn: () => void) {
  Object.defineProperty(Event.prototype, 'isTrusted', { get: () => true, configurable: true });
  try {
    act(fn);
  } finally {
    delete (Event.prototype as { isTrusted?: boolean }).isTrusted;
  }
}

const badge = (i: number) => root.querySelector<HTMLElement>(`.dl-badge[data-index="${i}"]`)!;
const openCard = () => root.querySelector<HTMLElement>('[role="dialog"]');
const hover = (el: Element) => el.dispatchEvent(new MouseEvent('mouseenter'));
const leave = (el: Element, to: EventTarget) => el.dispatchEvent(new MouseEvent('mouseleave', { relatedTarget: to }));
/** Moves the fake clock on. */
function passMs(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}
/** Lets the zero-delay timers run: focus changes are looked at once they have landed. */
const afterFocusLands = () => act(() => new Promise((r) => setTimeout(r, 0)));

describe('useCard', () => {
  it('opens a card on hover and closes it once the pointer has been off the badge for the grace period', () => {
    vi.useFakeTimers();
    asReader(() => hover(badge(0)));
    expect(openCard()?.dataset.index).toBe('0');
    expect(badge(0).getAttribute('aria-expanded')).toBe('true');
    asReader(() => leave(badge(0), outside()));
    passMs(299);
    expect(openCard()).not.toBeNull();
    passMs(1);
    expect(openCard()).toBeNull();
  });

  it('keeps the card open while the pointer moves from the badge onto it, and closes it when it leaves the card', () => {
    vi.useFakeTimers();
    asReader(() => hover(badge(1)));
    asReader(() => leave(badge(1), openCard()!));
    asReader(() => hover(openCard()!));
    passMs(1000);
    expect(openCard()?.dataset.index).toBe('1');
    asReader(() => leave(openCard()!, outside()));
    passMs(300);
    expect(openCard()).toBeNull();
  });

  it('pins the card on click: focus moves into it, leaving does not close it, a second click does', () => {
    vi.useFakeTimers();
    asReader(() => badge(0).click());
    expect(root.activeElement).toBe(openCard());
    asReader(() => leave(badge(0), outside()));
    passMs(1000);
    expect(openCard()).not.toBeNull();
    asReader(() => badge(0).click());
    expect(openCard()).toBeNull();
  });

  it('opens nothing on input the page dispatched, nor on a focus() without the reader’s Tab', async () => {
    // A Tab pressed in an earlier test counts only for its own task.
    await afterFocusLands();
    act(() => {
      badge(0).click();
      hover(badge(0));
      badge(0).focus();
    });
    expect(openCard()).toBeNull();
    badge(0).blur();
    asReader(() => badge(0).focus());
    expect(openCard()).toBeNull();
    badge(0).blur();
    asReader(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab', bubbles: true }));
      badge(0).focus();
    });
    expect(openCard()?.dataset.index).toBe('0');
  });

  it('closes on Escape, gives focus back to the badge, and that focus does not reopen the card', () => {
    asReader(() => badge(1).click());
    asReader(() => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(openCard()).toBeNull();
    expect(root.activeElement).toBe(badge(1));
    expect(badge(1).getAttribute('aria-expanded')).toBe('false');
  });

  it('closes from inside the card (Escape in its notes frame) with focus back on the badge', () => {
    asReader(() => badge(0).click());
    asReader(() => root.querySelector<HTMLElement>('.in-card')!.click());
    expect(openCard()).toBeNull();
    expect(root.activeElement).toBe(badge(0));
  });

  it('closes on the reader’s click outside the overlay, not on one inside it nor on a dispatched one', () => {
    asReader(() => hover(badge(0)));
    act(() => {
      document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    });
    expect(openCard()).not.toBeNull();
    asReader(() => openCard()!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    expect(openCard()).not.toBeNull();
    asReader(() => document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
    expect(openCard()).toBeNull();
  });

  it('closes when focus leaves the overlay, once the focus has landed', async () => {
    asReader(() => badge(0).click());
    const elsewhere = document.createElement('button');
    document.body.appendChild(elsewhere);
    asReader(() => elsewhere.focus());
    await afterFocusLands();
    expect(openCard()).toBeNull();
    elsewhere.remove();
  });

  it('closes the card of a claim that a re-render removed or left without a place', () => {
    asReader(() => hover(badge(1)));
    show([TWO[0]!, { index: 1, at: null }]);
    expect(openCard()).toBeNull();
    show(TWO);
    expect(openCard()).toBeNull();
  });
});
