/**
 * Which evidence card is open in the overlay, and why it opens or closes: the reader's hover, click or keyboard focus
 * on a badge opens its card (never an event the page's script dispatched, nor a focus() it called); a click pins it
 * and moves focus into it; leaving a badge closes an unpinned card after a grace period; Escape, a click outside the
 * overlay, or focus leaving it closes the card.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { focusIsReaders, watchTabKey } from './trusted-input';

/** Grace period for moving the pointer from a badge onto its card. */
const HOVER_CLOSE_MS = 300;

/** Runs `fn` once a focus change in progress has landed (document.activeElement is updated after focusout). */
const afterFocusMoves = (fn: () => void) => setTimeout(fn, 0);

interface Open {
  index: number;
  pinned: boolean;
}

/** What the overlay hands each badge, and the card (EvidenceCard's props of the same names). */
export interface CardControl<C> {
  /** The claim whose card is open, where it has a place on the page. */
  openClaim: C | undefined;
  /** The index of the claim whose card is open, if any. */
  openIndex: number | null;
  badge: {
    onOpen: (index: number, how: 'hover' | 'focus' | 'click', event: Event) => void;
    onLeave: (index: number, how: 'hover' | 'blur', related: EventTarget | null) => void;
  };
  card: {
    cardRef: (el: HTMLElement | null) => void;
    onPointerEnter: () => void;
    onPointerLeave: (related: EventTarget | null) => void;
    onBlur: (related: EventTarget | null) => void;
    onEscape: () => void;
  };
}

/**
 * The open card of an overlay living in `root`, among `claims` (a claim without a place, `at`, has no card). Badges
 * are found in `root` as `.dl-badge[data-index]`, to give focus back to one when its card closes.
 */
export function useCard<C extends { index: number; at: unknown }>(
  root: ShadowRoot,
  claims: readonly C[],
): CardControl<C> {
  const [open, setOpen] = useState<Open | null>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const card = useRef<HTMLElement | null>(null);
  const focusCardOnOpen = useRef(false);
  /** Set while focus goes back to a badge after Escape, so that this focus does not reopen the card. */
  const returningFocus = useRef(false);
  const openRef = useRef<Open | null>(null);
  openRef.current = open;

  const cancelClose = () => {
    if (closeTimer.current) clearTimeout(closeTimer.current);
    closeTimer.current = null;
  };
  const badge = (index: number) => root.querySelector<HTMLElement>(`.dl-badge[data-index="${index}"]`);
  const inOverlay = (t: EventTarget | null) => t instanceof Node && root.contains(t);

  const close = (returnFocus: boolean) => {
    cancelClose();
    const current = openRef.current;
    setOpen(null);
    const target = current && returnFocus ? badge(current.index) : null;
    if (target && root.activeElement !== target) {
      returningFocus.current = true;
      target.focus({ preventScroll: true });
      returningFocus.current = false;
    }
  };

  const onOpen = (index: number, how: 'hover' | 'focus' | 'click', event: Event) => {
    // Only the reader opens a card: not an event the page dispatched, not a focus() the page called.
    if (!event.isTrusted || (how === 'focus' && !focusIsReaders())) return;
    cancelClose();
    if (how === 'focus' && returningFocus.current) return;
    if (how === 'click') {
      setOpen((current) => {
        if (current?.index === index && current.pinned) return null;
        focusCardOnOpen.current = true;
        return { index, pinned: true };
      });
      return;
    }
    setOpen((current) => (current?.index === index ? current : { index, pinned: false }));
  };

  const onLeave = (index: number, how: 'hover' | 'blur', related: EventTarget | null) => {
    if (how === 'blur') {
      if (inOverlay(related) && (card.current?.contains(related as Node) || related === card.current)) return;
      // Focus going into the card's notes frame has no relatedTarget (another document): look once it has moved.
      afterFocusMoves(() =>
        setOpen((current) => (current?.index === index && !inOverlay(root.activeElement) ? null : current)),
      );
      return;
    }
    cancelClose();
    closeTimer.current = setTimeout(() => {
      setOpen((current) => {
        if (!current || current.index !== index || current.pinned) return current;
        // A badge that has keyboard focus keeps its card, and so does a card being typed in (a note).
        const active = root.activeElement;
        return active === badge(index) || (active && card.current?.contains(active)) ? current : null;
      });
    }, HOVER_CLOSE_MS);
  };

  // Escape closes the card from anywhere (focus in the page, on the badge or in the card).
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !e.isTrusted) return;
      const focusInside = root.activeElement !== null;
      close(focusInside);
      if (focusInside) e.stopPropagation();
    };
    const onPointerDown = (e: PointerEvent) => {
      if (e.isTrusted && !e.composedPath().includes(root.host)) close(false);
    };
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPointerDown, true);
    };
  }, [open !== null]);

  useEffect(() => {
    if (open?.pinned && focusCardOnOpen.current) {
      focusCardOnOpen.current = false;
      card.current?.focus({ preventScroll: true });
    }
  }, [open]);

  useEffect(() => cancelClose, []);

  useEffect(() => {
    const stop = new AbortController();
    watchTabKey(root.ownerDocument, stop.signal);
    return () => stop.abort();
  }, []);

  const openClaim = open ? claims.find((c) => c.index === open.index && c.at) : undefined;
  // A re-render that removed the open claim closes its card.
  useEffect(() => {
    if (open && !openClaim) setOpen(null);
  }, [open, openClaim]);

  return {
    openClaim,
    openIndex: open?.index ?? null,
    badge: { onOpen, onLeave },
    card: {
      cardRef: (el) => {
        card.current = el;
      },
      onPointerEnter: cancelClose,
      onPointerLeave: (related) => {
        if (open && !open.pinned && !inOverlay(related)) onLeave(open.index, 'hover', related);
      },
      onBlur: (related) => {
        if (!inOverlay(related)) afterFocusMoves(() => inOverlay(root.activeElement) || close(false));
      },
      onEscape: () => close(true),
    },
  };
}
