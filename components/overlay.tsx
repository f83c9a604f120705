/**
 * Everything DealLens draws in the page: each claim's mark and badge and at most one open evidence card, rendered into
 * a single shadow root that sits outside the article's flow. Positions come from the content script in the overlay's
 * own coordinates; this component only decides which card is open.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { Badge } from './badge';
import { ClaimMarks } from './claim-marks';
import type { Box } from '@/lib/dom/line-marks';
import { EvidenceCard } from './evidence-card';
import type { PageClaim } from '@/lib/dom/page-claim';
import { focusIsReaders, watchTabKey } from './trusted-input';

export interface OverlayProps {
  /**
   * The claims with a badge, and where each badge goes (overlay coordinates), or null when the claim is not laid out
   * (hidden, collapsed); `marks` are the boxes its text covers, a box per line.
   */
  claims: (Pick<PageClaim, 'index' | 'annotation' | 'evidence' | 'notesFrame'> & {
    at: { x: number; y: number } | null;
    marks: Box[];
  })[];
  /** The visible part of the page in overlay coordinates, to keep the card on screen. */
  viewport: { left: number; top: number; width: number; height: number };
  /** The shadow root the overlay lives in: where focus is decides whether a card stays open. */
  root: ShadowRoot;
}

const CARD_ID = 'deallens-card';

/** Runs `fn` once a focus change in progress has landed (document.activeElement is updated after focusout). */
const afterFocusMoves = (fn: () => void) => setTimeout(fn, 0);
const CARD_WIDTH = 360;
/** The card's max-height in the overlay's CSS. */
const CARD_MAX_HEIGHT = 420;
/** Grace period for moving the pointer from a badge onto its card. */
const HOVER_CLOSE_MS = 300;

interface Open {
  index: number;
  pinned: boolean;
}

export function Overlay({ claims, viewport, root }: OverlayProps) {
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

  let cardAt: { x: number; y: number; above: boolean } | null = null;
  if (openClaim?.at) {
    const maxX = viewport.left + viewport.width - CARD_WIDTH - 8;
    // Below the badge, unless that runs past the bottom of the window and there is room above: a card hanging
    // below the page's end would lengthen the page (and could bring up a scrollbar that moves the layout).
    const bottom = viewport.top + viewport.height;
    const above = openClaim.at.y + 26 + CARD_MAX_HEIGHT > bottom && openClaim.at.y - CARD_MAX_HEIGHT - 8 > viewport.top;
    cardAt = {
      x: Math.max(viewport.left + 8, Math.min(openClaim.at.x - 24, maxX)),
      y: above ? openClaim.at.y - 6 : openClaim.at.y + 26,
      above,
    };
  }

  return (
    <div class="dl-root">
      <ClaimMarks claims={claims} />
      {claims.map((c) =>
        c.at ? (
          <Badge
            key={c.index}
            index={c.index}
            verdict={c.annotation.verdict}
            claim={c.annotation.claim.text}
            x={c.at.x}
            y={c.at.y}
            open={open?.index === c.index}
            cardId={CARD_ID}
            onOpen={onOpen}
            onLeave={onLeave}
          />
        ) : null,
      )}
      {openClaim && cardAt ? (
        <EvidenceCard
          id={CARD_ID}
          evidence={openClaim.evidence()}
          notesFrame={openClaim.notesFrame}
          onEscape={() => close(true)}
          x={cardAt.x}
          y={cardAt.y}
          above={cardAt.above}
          cardRef={(el) => {
            card.current = el;
          }}
          onPointerEnter={cancelClose}
          onPointerLeave={(related) => {
            if (open && !open.pinned && !inOverlay(related)) onLeave(open.index, 'hover', related);
          }}
          onBlur={(related) => {
            if (!inOverlay(related)) afterFocusMoves(() => inOverlay(root.activeElement) || close(false));
          }}
        />
      ) : null}
    </div>
  );
}
