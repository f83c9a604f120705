/**
 * The notes the Notes view lists: this page's notes and those on the facts its claims rest on, or every note; loaded
 * through the background and loaded again whenever the background says notes changed where they matter.
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '@/adapters/messaging';
import { pageKey, type Note } from '@/lib/notes/model';
import { useNotesChanged } from '@/components/use-notes-changed';
import { errorMessage } from '@/components/use-tab-state';
import type { Scope } from './notes-scope';

/** The notes of `scope`, or null until they are loaded; a failure to load is told through `setError`. */
export function usePageNotes(
  scope: Scope,
  url: string,
  pageFacts: readonly string[],
  setError: (message: string) => void,
): Note[] | null {
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [reload, setReload] = useState(0);
  const factsKey = pageFacts.join(' ');

  useEffect(() => {
    let live = true;
    const load =
      scope === 'page'
        ? Promise.all([
            sendMessage('pageListNotes', { url }),
            pageFacts.length ? sendMessage('pageListNotes', {}) : [],
          ]).then(([page, all]) => [
            ...page,
            ...all.filter((n) => n.target.kind === 'fact' && pageFacts.includes(n.target.factId)),
          ])
        : sendMessage('pageListNotes', {});
    load
      .then((n) => {
        if (live) {
          setNotes(n);
          setError('');
        }
      })
      .catch((err: unknown) => live && setError(`Notes could not be loaded: ${errorMessage(err)}`));
    return () => {
      live = false;
    };
  }, [scope, url, reload, factsKey]);

  useNotesChanged(
    (c) => {
      if (scope === 'all' || c.all || c.pageKeys.includes(pageKey(url)) || c.pageKeys.includes(''))
        setReload((r) => r + 1);
    },
    [scope, url],
  );
  return notes;
}
