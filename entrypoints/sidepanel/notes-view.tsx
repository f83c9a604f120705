/**
 * The side panel's Notes tab: this page's notes (with those whose claim is no longer found listed apart, never
 * dropped) or all notes; search, edit, delete with undo; a note on the page; export and import with counts and errors
 * told to the reader. Notes are read and written through the background only.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Note } from '@/lib/notes/model';
import { NotesList } from '@/components/notes-list';
import { useTabState } from '@/components/use-tab-state';
import { FactNotePicker } from './fact-note-picker';
import { NotesTransfer } from './notes-transfer';
import { NotesScope, type Scope } from './notes-scope';
import { NotesStatus } from './notes-status';
import { PageNoteAdder } from './page-note-adder';
import { usePageNotes } from './use-page-notes';
import { useNoteActions } from './use-note-actions';
import { usePlacedNotes } from './use-placed-notes';
import { UnplacedNotes, type NoteListActions } from './unplaced-notes';
import type { SidePanelView, ViewContext } from './views';
import './notes.css';

function NotesView({ tabId, state, factBase, focusClaim }: ViewContext) {
  // Notes belong to every claim on the page, also those the reader's settings hide from the lists.
  const [full] = useTabState(tabId);
  const claims = full.kind === 'ready' && full.state.url === state.url ? full.state.claims : state.claims;
  const [scope, setScope] = useState<Scope>('page');
  const [error, setError] = useState('');
  const url = state.url;
  const actions = useNoteActions(setError);

  // The facts this page's claims rest on: notes on them belong with the page's notes.
  const pageFacts = useMemo(() => [...new Set(claims.flatMap((c) => c.facts))], [claims]);
  const notes = usePageNotes(scope, url, pageFacts, setError);

  const factLabel = useMemo(() => {
    const labels = new Map<string, string>();
    for (const f of factBase.facts) labels.set(f.id, f.label);
    return (id: string) => labels.get(id);
  }, [factBase]);

  const split = scope === 'page' && state.status === 'annotated';
  const { placed, unplaced, claimOf } = usePlacedNotes(notes, claims, url, split);
  const listProps: NoteListActions = {
    onSave: actions.save,
    onDelete: (n: Note) => void actions.remove(n),
    goTo: (n: Note) => {
      const claim = claimOf(n);
      return claim ? () => focusClaim(claim.index) : undefined;
    },
    factLabel,
    verdictNow: (n: Note) => claimOf(n)?.verdict,
  };
  return (
    <section class="notes-view" aria-label="Notes">
      <NotesScope scope={scope} onScope={setScope} />
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <NotesStatus status={actions.status} deleted={actions.deleted} onUndo={(n) => void actions.undo(n)} />
      <PageNoteAdder shown={scope === 'page'} url={url} title={state.title} onAdded={actions.tell} />
      <FactNotePicker factBase={factBase} pageFacts={pageFacts} onDone={actions.tell} />
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
      <UnplacedNotes {...listProps} notes={unplaced} />
      <NotesTransfer onStatus={actions.tell} onError={setError} />
    </section>
  );
}

export const notesView: SidePanelView = {
  id: 'notes',
  label: 'Notes',
  render: (ctx) => <NotesView {...ctx} />,
};
