/**
 * The side panel's Notes tab: this page's notes (with those whose claim is no longer found listed apart, never
 * dropped) or all notes; search, edit, delete with undo; a note on the page; export and import with counts and errors
 * told to the reader. Notes are read and written through the background only.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { sendMessage } from '@/adapters/messaging';
import { anchorToClaims } from '@/lib/notes/anchor';
import { pageKey, type Note } from '@/lib/notes/model';
import { NoteEditor } from '@/components/note-editor';
import { NotesList } from '@/components/notes-list';
import { useNotesChanged } from '@/components/use-notes-changed';
import { errorMessage, useTabState } from '@/components/use-tab-state';
import { FactNotePicker } from './fact-note-picker';
import { NotesTransfer } from './notes-transfer';
import type { SidePanelView, ViewContext } from './views';
import './notes.css';

type Scope = 'page' | 'all';

function NotesView({ tabId, state, factBase, focusClaim }: ViewContext) {
  // Notes belong to every claim on the page, also those the reader's settings hide from the lists.
  const [full] = useTabState(tabId);
  const claims = full.kind === 'ready' && full.state.url === state.url ? full.state.claims : state.claims;
  const [scope, setScope] = useState<Scope>('page');
  const [notes, setNotes] = useState<Note[] | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [adding, setAdding] = useState(false);
  const [reload, setReload] = useState(0);
  const url = state.url;
  const tell = (message: string) => {
    setDeleted(null);
    setStatus(message);
  };

  // The facts this page's claims rest on: notes on them belong with the page's notes.
  const pageFacts = useMemo(() => [...new Set(claims.flatMap((c) => c.facts))], [claims]);
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

  const factLabel = useMemo(() => {
    const labels = new Map<string, string>();
    for (const f of factBase.facts) labels.set(f.id, f.label);
    return (id: string) => labels.get(id);
  }, [factBase]);

  const here = pageKey(url);
  // Each claim note placed once per list and page state, not on every render.
  const placement = useMemo(
    () =>
      new Map(
        (notes ?? []).map((n) => [
          n.id,
          n.target.kind === 'claim' && pageKey(n.target.url) === here ? anchorToClaims(n.target, claims) : -1,
        ]),
      ),
    [notes, claims, here],
  );
  const claimIndex = (n: Note) => placement.get(n.id) ?? -1;
  const goTo = (n: Note) => {
    const i = claimIndex(n);
    return i >= 0 ? () => focusClaim(claims[i]!.index) : undefined;
  };
  const checked = state.status === 'annotated';
  const list = notes ?? [];
  const placed =
    scope === 'page' && checked ? list.filter((n) => n.target.kind !== 'claim' || claimIndex(n) >= 0) : list;
  const unplaced =
    scope === 'page' && checked ? list.filter((n) => n.target.kind === 'claim' && claimIndex(n) < 0) : [];

  const run = async (op: () => Promise<unknown>, done?: string) => {
    setError('');
    try {
      await op();
      if (done) tell(done);
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const save = async (n: Note, text: string, tags: string[], baseUpdatedAt: number) => {
    await sendMessage('pageUpdateNote', { id: n.id, text, tags, baseUpdatedAt });
    tell('Note saved.');
  };
  const remove = (n: Note) =>
    run(async () => {
      await sendMessage('pageDeleteNote', { id: n.id });
      setDeleted(n);
    }, '');
  const undo = (n: Note) =>
    run(async () => {
      await sendMessage('pageUndoDelete', { id: n.id });
      setDeleted(null);
    }, 'Note restored.');

  const verdictNow = (n: Note) => claims[claimIndex(n)]?.verdict;
  const listProps = { onSave: save, onDelete: (n: Note) => void remove(n), goTo, factLabel, verdictNow };
  return (
    <section class="notes-view" aria-label="Notes">
      <div class="notes-scope" role="group" aria-label="Which notes">
        <button type="button" aria-pressed={scope === 'page'} onClick={() => setScope('page')}>
          This page
        </button>
        <button type="button" aria-pressed={scope === 'all'} onClick={() => setScope('all')}>
          All notes
        </button>
      </div>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <p class="notes-status" role="status">
        {deleted ? (
          <>
            Note deleted.{' '}
            <button type="button" class="link" onClick={() => void undo(deleted)}>
              Undo
            </button>
          </>
        ) : (
          status
        )}
      </p>
      {scope === 'page' ? (
        adding ? (
          <NoteEditor
            label="Note on this page"
            onCancel={() => setAdding(false)}
            onSave={async (text, tags) => {
              await sendMessage('pageAddNote', {
                text,
                tags,
                target: { kind: 'page', url, title: state.title.slice(0, 1000) },
              });
              setAdding(false);
              tell('Note added.');
            }}
          />
        ) : (
          <button type="button" class="secondary" disabled={!/^https?:/.test(url)} onClick={() => setAdding(true)}>
            Add a note on this page
          </button>
        )
      ) : null}
      <FactNotePicker factBase={factBase} pageFacts={pageFacts} onDone={tell} />
      {notes === null && !error ? <p class="muted">Loading notes…</p> : null}
      {notes !== null ? (
        <NotesList
          {...listProps}
          notes={placed}
          linkPages={scope === 'all'}
          label={scope === 'page' ? 'Notes on this page' : 'All notes'}
          empty={
            scope === 'page'
              ? 'No notes on this page yet. Open a badge’s card and choose “Add note”, or add one above.'
              : 'No notes yet.'
          }
        />
      ) : null}
      {unplaced.length ? (
        <>
          <h2>Not found on the page now</h2>
          <p class="muted">The page’s text changed and these notes’ claims could not be found again. They are kept.</p>
          <NotesList {...listProps} notes={unplaced} label="Notes whose claim was not found" empty="" search={false} />
        </>
      ) : null}
      <NotesTransfer onStatus={tell} onError={setError} />
    </section>
  );
}

export const notesView: SidePanelView = {
  id: 'notes',
  label: 'Notes',
  render: (ctx) => <NotesView {...ctx} />,
};
