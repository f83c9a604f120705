/**
 * A list of notes with search (text, tags, quote; `#tag` for tags only), edit and delete. What a note is attached to
 * is shown above it; a note whose claim is on the open page gets "Go to claim". Note and page text are rendered as
 * text nodes only.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Note } from '@/lib/notes/model';
import type { Verdict } from '@/lib/verdicts/types';
import { matchesQuery } from '@/lib/notes/repository';
import { VERDICT_LABELS } from '@/lib/verdicts/types';
import { NoteEditor } from './note-editor';

export interface NotesListProps {
  notes: readonly Note[];
  /** Shown when there is no note at all (not when a search finds none). */
  empty: string;
  /** Accessible name of the list, e.g. "Notes on this page". */
  label: string;
  /** `baseUpdatedAt`: the version the editor started from (an edit made elsewhere since is refused, not overwritten). */
  onSave: (note: Note, text: string, tags: string[], baseUpdatedAt: number) => Promise<void>;
  onDelete: (note: Note) => void;
  /** Returns a handler when the note's claim can be shown on the open page. */
  goTo?: (note: Note) => (() => void) | undefined;
  /** The verdict the note's claim has on the open page now, where it was found there. */
  verdictNow?: (note: Note) => Verdict | undefined;
  /** The fact base's label for a fact id. */
  factLabel?: (id: string) => string | undefined;
  search?: boolean;
  /** Offer "Open page" for notes that cannot be shown on the open page. */
  linkPages?: boolean;
}

const DATE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface TargetProps {
  note: Note;
  factLabel?: (id: string) => string | undefined;
  now?: Verdict;
}

function Target({ note, factLabel, now }: TargetProps) {
  const t = note.target;
  if (t.kind === 'claim') {
    // The fact base can change between versions: say so when the claim's verdict is no longer the one noted.
    const changed = now && now !== t.verdict ? `; now ${VERDICT_LABELS[now]}` : '';
    return (
      <p class="note-target">
        On the claim <q>{t.quote}</q>{' '}
        <span class="muted">
          ({VERDICT_LABELS[t.verdict]} when noted{changed})
        </span>
      </p>
    );
  }
  if (t.kind === 'page')
    return (
      <p class="note-target">
        On the page <cite>{t.title || t.url}</cite>
      </p>
    );
  return (
    <p class="note-target">
      On the fact <cite>{factLabel?.(t.factId) ?? t.factId}</cite>
    </p>
  );
}

function hrefOf(note: Note): string | undefined {
  return note.target.kind === 'fact' ? undefined : note.target.url;
}

export function NotesList(props: NotesListProps) {
  const [query, setQuery] = useState('');
  const [editing, setEditing] = useState<{ id: string; base: number } | null>(null);
  const shown = useMemo(() => props.notes.filter((n) => matchesQuery(n, query)), [props.notes, query]);

  return (
    <div class="notes-list">
      {props.search !== false && props.notes.length > 0 ? (
        <input
          type="search"
          class="notes-search"
          placeholder="Search notes (#tag for tags)"
          aria-label={`Search ${props.label.toLowerCase()}`}
          value={query}
          onInput={(e) => setQuery(e.currentTarget.value)}
        />
      ) : null}
      {props.notes.length === 0 ? <p class="muted">{props.empty}</p> : null}
      {props.notes.length > 0 && shown.length === 0 ? <p class="muted">No note matches “{query}”.</p> : null}
      <ul class="notes" aria-label={props.label}>
        {shown.map((note) => {
          const go = props.goTo?.(note);
          const href = hrefOf(note);
          return (
            <li key={note.id} class="note" data-note-id={note.id}>
              <Target note={note} factLabel={props.factLabel} now={props.verdictNow?.(note)} />
              {editing?.id === note.id ? (
                <NoteEditor
                  label="Edit note"
                  initialText={note.text}
                  initialTags={note.tags}
                  saveLabel="Save changes"
                  onCancel={() => setEditing(null)}
                  onSave={async (text, tags) => {
                    try {
                      await props.onSave(note, text, tags, editing.base);
                    } catch (err) {
                      // Told of the other version, the reader's next save replaces it knowingly.
                      const current = (err as { code?: string; currentUpdatedAt?: number }).currentUpdatedAt;
                      if ((err as { code?: string }).code === 'conflict' && current !== undefined)
                        setEditing({ id: note.id, base: current });
                      throw err;
                    }
                    setEditing(null);
                  }}
                />
              ) : (
                <>
                  {note.text ? <p class="note-text">{note.text}</p> : null}
                  {note.tags.length ? (
                    <p class="note-tags">
                      {note.tags.map((t) => (
                        <span key={t}>#{t}</span>
                      ))}
                    </p>
                  ) : null}
                  <p class="note-meta muted">
                    {note.updatedAt > note.createdAt ? 'Edited ' : 'Written '}
                    <time dateTime={new Date(note.updatedAt).toISOString()}>{DATE.format(note.updatedAt)}</time>
                  </p>
                  <div class="note-actions">
                    {go ? (
                      <button type="button" class="secondary" onClick={go}>
                        Go to claim
                      </button>
                    ) : href && props.linkPages ? (
                      <a href={href} target="_blank" rel="noreferrer noopener">
                        Open page
                      </a>
                    ) : null}
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => setEditing({ id: note.id, base: note.updatedAt })}
                    >
                      Edit
                    </button>
                    <button type="button" class="secondary" onClick={() => props.onDelete(note)}>
                      Delete
                    </button>
                  </div>
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
