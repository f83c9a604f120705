/**
 * Which events may act in the overlay. A page's script can dispatch any event it likes (those are not `isTrusted`)
 * and can call `.focus()` on a badge (that focus event is trusted), so opening a card on focus needs a trusted Tab
 * key in the same task, or DealLens itself moving focus (the popup's list, the shortcuts, Escape).
 */
let tabTask = false;
let ownFocus = 0;

/** Watches for the reader's Tab key (capture, so the page's handlers cannot hide it from us by stopping it later). */
export function watchTabKey(doc: Document, signal: AbortSignal): void {
  doc.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted || e.key !== 'Tab') return;
      tabTask = true;
      setTimeout(() => {
        tabTask = false;
      }, 0);
    },
    { capture: true, signal },
  );
}

/** Runs `fn`, during which a focus DealLens gives counts as the reader's. */
export function focusAsDealLens(fn: () => void): void {
  ownFocus++;
  try {
    fn();
  } finally {
    ownFocus--;
  }
}

/** Whether a focus event now came from the reader's keyboard or from DealLens, not from the page's script. */
export function focusIsReaders(): boolean {
  return tabTask || ownFocus > 0;
}
