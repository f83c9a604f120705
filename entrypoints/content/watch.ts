/**
 * Following a page that changes: DOM mutations (debounced, own overlay ignored, short-text churn outside the
 * article ignored), same-document navigation, and layout changes that move badges (repositioned once per frame).
 */
import { HOST_TAG } from './surface';

export interface WatchOptions {
  /** The overlay host: its mutations are DealLens's own. */
  ownHost: () => Element | null;
  /** The element holding the article's text, to tell relevant mutations from churn elsewhere. */
  articleRoot: () => Element | null;
  onContentChange(): void;
  onNavigate(): void;
  onLayoutChange(): void;
}

/** Quiet time before re-checking after the last mutation. */
const DEBOUNCE_MS = 300;
/** Longest a constantly-mutating page can postpone a re-check. */
const MAX_WAIT_MS = 1500;
/** Shortest gap between two re-checks, however busy the page. */
const MIN_GAP_MS = 1000;
/** Text added outside the article shorter than this is churn (tickers, clocks, counters), not content. */
const SIGNIFICANT_TEXT = 80;

function significant(nodes: Node[]): boolean {
  for (const n of nodes) {
    if ((n.textContent?.trim().length ?? 0) >= SIGNIFICANT_TEXT) return true;
  }
  return false;
}

export function watchPage(opts: WatchOptions, signal: AbortSignal) {
  const win = window;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPending = 0;
  let lastRun = 0;
  let frame = 0;

  const fire = () => {
    timer = null;
    firstPending = 0;
    lastRun = Date.now();
    opts.onContentChange();
  };
  const schedule = () => {
    const now = Date.now();
    if (!firstPending) firstPending = now;
    if (timer) clearTimeout(timer);
    const at = Math.max(Math.min(now + DEBOUNCE_MS, firstPending + MAX_WAIT_MS), lastRun + MIN_GAP_MS);
    timer = setTimeout(fire, Math.max(0, at - now));
  };

  const observer = new MutationObserver((records) => {
    const own = opts.ownHost();
    const isOwn = (n: Node) => !!own && (n === own || own.contains(n));
    const root = opts.articleRoot();
    // The page removed DealLens's overlay: placing the badges again puts it back (within Surface's limit).
    if (own && records.some((r) => Array.from(r.removedNodes).includes(own))) reposition();
    for (const r of records) {
      if (isOwn(r.target)) continue;
      // DealLens adding or removing its own overlay is not a change of the page.
      const added = Array.from(r.addedNodes).filter((n) => !isOwn(n));
      const removed = Array.from(r.removedNodes).filter((n) => n.nodeName.toLowerCase() !== HOST_TAG);
      if (r.type === 'childList' && added.length === 0 && removed.length === 0) continue;
      const inArticle = !!root && (root.contains(r.target) || r.target.contains(root));
      if (inArticle || significant(added) || significant(removed)) {
        schedule();
        return;
      }
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });

  const reposition = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      opts.onLayoutChange();
    });
  };
  win.addEventListener('resize', reposition, { signal, passive: true });
  // Scrolling the window moves badges with the page; only scrolling an inner container needs a new layout.
  document.addEventListener(
    'scroll',
    (e) => {
      if (e.target !== document) reposition();
    },
    { signal, passive: true, capture: true },
  );
  // Web fonts arriving re-wrap lines without resizing anything.
  document.fonts?.addEventListener('loadingdone', reposition, { signal });
  // A ResizeObserver reports every element once when observed; only real size changes move badges.
  const sizes = new WeakMap<Element, string>();
  const resizes = new ResizeObserver((entries) => {
    let changed = false;
    for (const e of entries) {
      const size = `${e.contentRect.width}x${e.contentRect.height}`;
      const before = sizes.get(e.target);
      sizes.set(e.target, size);
      if (before !== undefined && before !== size) changed = true;
    }
    if (changed) reposition();
  });
  resizes.observe(document.documentElement);
  const root = opts.articleRoot();
  if (root) resizes.observe(root);

  let url = location.href;
  const checkUrl = () => {
    if (location.href === url) return;
    url = location.href;
    opts.onNavigate();
  };
  win.addEventListener('popstate', checkUrl, { signal });
  win.addEventListener('hashchange', checkUrl, { signal });
  // The Navigation API sees the page's own history.pushState, which the isolated world cannot wrap.
  const nav = (win as unknown as { navigation?: EventTarget }).navigation;
  nav?.addEventListener('currententrychange', checkUrl, { signal });
  // Without it, the next mutation or a slow poll notices the new address.
  const poll = setInterval(checkUrl, 1000);

  signal.addEventListener('abort', () => {
    observer.disconnect();
    resizes.disconnect();
    clearInterval(poll);
    if (timer) clearTimeout(timer);
    if (frame) cancelAnimationFrame(frame);
  });

  return {
    /** The article moved to another element (after navigation): watch its size there. */
    observeRoot(el: Element) {
      resizes.observe(el);
    },
    checkUrl,
  };
}
