/**
 * The deal map's ties as one roving tab stop: Tab reaches one tie label, arrow keys (and Home, End) move focus between
 * the ties in reading order, Enter or Space selects the focused tie or unselects it, Escape unselects.
 */
import { useRef, useState } from 'preact/hooks';

/** The tie an arrow, Home or End key moves focus to from `id` (ties in reading order, wrapping around). */
function tieAfterKey(order: readonly string[], id: string, key: string): string | undefined {
  const i = order.indexOf(id);
  if (key === 'ArrowDown' || key === 'ArrowRight') return order[(i + 1) % order.length];
  if (key === 'ArrowUp' || key === 'ArrowLeft') return order[(i - 1 + order.length) % order.length];
  if (key === 'Home') return order[0];
  if (key === 'End') return order[order.length - 1];
  return undefined;
}

/**
 * `order`: the ties in reading order; `has`: whether a tie is on the map; `selected`/`select`: the selected tie.
 * Returns the tie that is the tab stop, and the handlers and ref setter each tie label takes.
 */
export function useTieFocus(
  order: readonly string[],
  has: (id: string) => boolean,
  selected: string | null,
  select: (id: string | null) => void,
) {
  const [focusId, setFocusId] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());

  // The one tab stop: the focused edge, else the selected one, else the first in reading order.
  const stop = (focusId && has(focusId) ? focusId : null) ?? (selected && has(selected) ? selected : null) ?? order[0];

  const onKey = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(selected === id ? null : id);
      return;
    }
    if (e.key === 'Escape' && selected) {
      select(null);
      return;
    }
    const next = tieAfterKey(order, id, e.key);
    if (next) {
      e.preventDefault();
      // Every edge is rendered already: focus moves at once, and the edge's onFocus makes it the tab stop.
      setFocusId(next);
      refs.current.get(next)?.focus();
    }
  };

  const setRef = (id: string) => (el: SVGGElement | null) => {
    if (el) refs.current.set(id, el);
    else refs.current.delete(id);
  };

  return { stop, onKey, setRef, focus: setFocusId };
}
