/**
 * Keyboard navigation between claims: Alt+Shift+N / Alt+Shift+P move to the next / previous claim with a badge, from
 * the focused badge or, when none has focus, from the viewport.
 */
import type { PageClaim } from '@/lib/dom/page-claim';

export interface ClaimKeysTarget {
  /** The claims drawn now, or null when there is no overlay or DealLens is off on this page. */
  claims(): readonly PageClaim[] | null;
  /** The index of the claim whose badge has focus, if any. */
  focusedIndex(): number | null;
  focusClaim(index: number): void;
}

export function watchClaimKeys(doc: Document, target: ClaimKeysTarget, signal: AbortSignal): void {
  doc.addEventListener('keydown', (e) => onKey(e, target), { capture: true, signal });
}

function onKey(e: KeyboardEvent, target: ClaimKeysTarget) {
  // A key the page's script dispatched is not the reader's.
  if (!e.isTrusted) return;
  if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || (e.code !== 'KeyN' && e.code !== 'KeyP')) return;
  const claims = target.claims();
  if (!claims) return;
  const step = e.code === 'KeyN' ? 1 : -1;
  const shown = claims.filter((c) => c.shown);
  if (shown.length === 0) return;
  e.preventDefault();
  e.stopPropagation();
  const current = target.focusedIndex();
  let pos: number;
  if (current !== null) {
    const at = shown.findIndex((c) => c.index === current);
    pos = (at + step + shown.length) % shown.length;
  } else {
    const tops = shown.map((c) => c.range.getBoundingClientRect().top);
    pos = step > 0 ? tops.findIndex((t) => t > 4) : tops.map((t) => t < -4).lastIndexOf(true);
    if (pos < 0) pos = step > 0 ? 0 : shown.length - 1;
  }
  target.focusClaim(shown[pos]!.index);
}
