/**
 * A tab's state from the background, kept current through `backgroundTabStateChanged`. @webext-core/messaging allows
 * one listener per message type in a page, so the hook shares one subscription.
 */
import { useEffect, useState } from 'preact/hooks';
import { tabStateSchema, type TabState } from '@/lib/messages';
import { onMessage, sendMessage } from '@/adapters/messaging';
import { fromExtension } from './from-extension';
import { onSettingsChanged } from '@/adapters/settings-storage';

const subscribers = new Set<(s: TabState) => void>();
let listening = false;

function subscribe(cb: (s: TabState) => void): () => void {
  if (!listening) {
    listening = true;
    onMessage('backgroundTabStateChanged', (msg) => {
      const state = tabStateSchema.safeParse(msg.data);
      if (!fromExtension(msg.sender) || !state.success) return;
      for (const s of subscribers) s(state.data);
    });
  }
  subscribers.add(cb);
  return () => subscribers.delete(cb);
}

export type TabStateView =
  { kind: 'loading' } | { kind: 'error'; message: string } | { kind: 'ready'; state: TabState };

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export function useTabState(tabId: number | undefined): [TabStateView, (s: TabStateView) => void] {
  const [view, setView] = useState<TabStateView>({ kind: 'loading' });
  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    setView({ kind: 'loading' });
    const load = () =>
      sendMessage('pageGetTabState', { tabId })
        .then((state) => live && setView({ kind: 'ready', state }))
        .catch((err: unknown) => live && setView({ kind: 'error', message: errorMessage(err) }));
    void load();
    const stop = subscribe((state) => {
      if (live && state.tabId === tabId) setView({ kind: 'ready', state });
    });
    // A site switched on or off changes the status; the background may not have published yet when we ask.
    const stopSettings = onSettingsChanged(() => void load());
    return () => {
      live = false;
      stop();
      stopSettings();
    };
  }, [tabId]);
  return [view, setView];
}
