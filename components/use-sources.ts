/**
 * The reader's sources as extension pages see them: a callback on backgroundSourcesChanged (one shared subscription:
 * @webext-core/messaging allows one listener per message type in a page), and the fact base the judge uses now.
 */
import { useEffect, useState } from 'preact/hooks';
import { onMessage, sendMessage } from '@/adapters/messaging';
import { factBaseSchema, type FactBase } from '@/lib/factbase/schema';
import { bundledFactBase } from '@/lib/factbase';
import { fromExtension } from './from-extension';

const subscribers = new Set<() => void>();
let listening = false;

export function onSourcesChanged(cb: () => void): () => void {
  if (!listening) {
    listening = true;
    onMessage('backgroundSourcesChanged', (msg) => {
      if (!fromExtension(msg.sender)) return;
      for (const s of subscribers) s();
    });
  }
  subscribers.add(cb);
  return () => subscribers.delete(cb);
}

/** Bundled base and reader's sources; the bundled base alone until the background answers (or if it cannot). */
export function useFactBase(): FactBase {
  const [base, setBase] = useState<FactBase>(bundledFactBase);
  useEffect(() => {
    let live = true;
    const load = () =>
      void sendMessage('pageGetFactBase', undefined).then(
        (b) => {
          const parsed = factBaseSchema.safeParse(b);
          if (live && parsed.success) setBase(parsed.data);
        },
        () => undefined,
      );
    load();
    const stop = onSourcesChanged(load);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return base;
}
