/**
 * The notes part of the in-page evidence card: how many notes the claim has, and "Add note" opening the editor. It
 * runs in the card's notes frame (entrypoints/note-frame/, an extension page the site cannot reach) and brings its
 * own style.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { NoteEditor } from './note-editor';

export interface CardNotesProps {
  count: number;
  /** Identifies the claim: an unsaved note survives the card closing (Escape, a click elsewhere) under this key. */
  draftKey: string;
  onAdd: (text: string, tags: string[]) => Promise<void>;
}

const CSS = `
.dl-notes:focus { outline: none; }
.dl-notes { margin: 10px 0 0; padding-top: 8px; border-top: 1px solid #e5e7eb; font-size: 13px; }
.dl-notes p { margin: 0 0 6px; }
.dl-notes .note-editor { display: flex; flex-direction: column; gap: 4px; }
.dl-notes textarea, .dl-notes input { font: inherit; padding: 4px 6px; border: 1px solid #9ca3af; border-radius: 4px; background: #fff; color: #111827; }
.dl-notes .note-hint { color: #4b5563; font-size: 12px; }
.dl-notes .note-error { color: #b91c1c; }
.dl-notes .note-actions { display: flex; gap: 6px; margin-top: 4px; }
.dl-notes button { font: inherit; border-radius: 4px; padding: 3px 10px; cursor: pointer; border: 1px solid #1d4ed8; }
.dl-notes .primary { background: #1d4ed8; color: #fff; }
.dl-notes .secondary { background: #fff; color: #1d4ed8; }
.dl-notes button:disabled { opacity: 0.6; cursor: default; }
.dl-notes button:focus-visible, .dl-notes textarea:focus-visible, .dl-notes input:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
`;

type Draft = { text: string; tags: string };

/**
 * Unsaved notes per claim, for as long as the tab is open. In the card's notes frame (a new document each time the
 * card opens) they are kept in the extension origin's sessionStorage, which the page cannot read.
 */
const drafts = (() => {
  const memory = new Map<string, Draft>();
  const key = (k: string) => `deallens-draft:${k}`;
  const store = (): Storage | null => {
    try {
      return typeof sessionStorage === 'undefined' ? null : sessionStorage;
    } catch {
      return null;
    }
  };
  return {
    get(k: string): Draft | undefined {
      const raw = store()?.getItem(key(k));
      if (!raw) return memory.get(k);
      try {
        const d = JSON.parse(raw) as Partial<Draft>;
        return { text: String(d.text ?? ''), tags: String(d.tags ?? '') };
      } catch {
        return undefined;
      }
    },
    has(k: string): boolean {
      return this.get(k) !== undefined;
    },
    set(k: string, d: Draft): void {
      memory.set(k, d);
      try {
        store()?.setItem(key(k), JSON.stringify(d));
      } catch {
        // Storage full or refused: the draft lives as long as this document.
      }
    },
    delete(k: string): void {
      memory.delete(k);
      store()?.removeItem(key(k));
    },
  };
})();

export function CardNotes({ count, onAdd, draftKey }: CardNotesProps) {
  const [editing, setEditing] = useState(() => drafts.has(draftKey));
  // Only a click on "Add note" moves focus into the editor; a card reopened on hover with a draft must not take it.
  const [focusEditor, setFocusEditor] = useState(false);
  const [saved, setSaved] = useState(false);
  const box = useRef<HTMLDivElement>(null);
  // The card closes when focus leaves it, and removing a focused button or text box moves focus out (to nowhere):
  // so focus steps onto this box before the button or the editor goes away.
  const swap = (edit: boolean) => {
    box.current?.focus({ preventScroll: true });
    setFocusEditor(edit);
    setEditing(edit);
  };
  // The card scrolls: bring the editor (and its buttons) into view when it opens.
  useEffect(() => {
    if (editing) box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [editing]);
  return (
    <div class="dl-notes" ref={box} tabIndex={-1}>
      <style>{CSS}</style>
      <p role="status">
        {saved ? 'Note saved. ' : ''}
        {count ? `${count} ${count === 1 ? 'note' : 'notes'} on this claim (see the side panel).` : ''}
      </p>
      {editing ? (
        <NoteEditor
          label="Note on this claim"
          autoFocus={focusEditor}
          initialText={drafts.get(draftKey)?.text}
          initialTagsText={drafts.get(draftKey)?.tags}
          onDraft={(text, tags) => drafts.set(draftKey, { text, tags })}
          onCancel={() => {
            drafts.delete(draftKey);
            swap(false);
          }}
          onSave={async (text, tags) => {
            await onAdd(text, tags);
            drafts.delete(draftKey);
            swap(false);
            setSaved(true);
          }}
        />
      ) : (
        <div class="note-actions">
          <button
            type="button"
            class="secondary"
            onClick={() => {
              setSaved(false);
              swap(true);
            }}
          >
            Add note
          </button>
        </div>
      )}
    </div>
  );
}
