/**
 * Writing or editing a note: its text and tags (comma-separated). Used in the in-page evidence card and in the side
 * panel. A failed save (storage full, database closed, edited in another tab) is shown here and the text is kept.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { normalizeTags } from '@/lib/notes/keys';

export interface NoteEditorProps {
  /** What the note is about, for the text box's accessible name ("Note on this claim"). */
  label: string;
  initialText?: string;
  initialTags?: readonly string[];
  /** Tags as typed (a draft), used instead of initialTags. */
  initialTagsText?: string;
  saveLabel?: string;
  autoFocus?: boolean;
  /** Rejects with an Error whose message is written for the reader. */
  onSave: (text: string, tags: string[]) => Promise<void>;
  onCancel: () => void;
  /** Every change, so a caller can keep a draft when the editor goes away unsaved. */
  onDraft?: (text: string, tags: string) => void;
}

function parseTags(input: string): string[] {
  return normalizeTags(input.split(','));
}

let editors = 0;

export function NoteEditor(props: NoteEditorProps) {
  const [text, setText] = useState(props.initialText ?? '');
  const [tags, setTags] = useState(props.initialTagsText ?? (props.initialTags ?? []).join(', '));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState('');
  const area = useRef<HTMLTextAreaElement>(null);
  const [uid] = useState(() => `dl-note-editor-${++editors}`);

  useEffect(() => {
    if (props.autoFocus !== false) area.current?.focus({ preventScroll: true });
  }, []);

  const save = async () => {
    if (saving) return;
    if (!text.trim() && !parseTags(tags).length) {
      setError('Write something or add a tag first.');
      return;
    }
    setSaving(true);
    setError('');
    try {
      await props.onSave(text, parseTags(tags));
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
      onKeyDown={(e) => {
        // In a page, typing must not reach the site's own keyboard shortcuts (Escape still closes the card).
        if (e.key !== 'Escape') e.stopPropagation();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void save();
        }
      }}
    >
      <label for={`${uid}-text`}>{props.label}</label>
      <textarea
        id={`${uid}-text`}
        ref={area}
        rows={3}
        maxLength={20000}
        value={text}
        onInput={(e) => {
          const v = e.currentTarget.value;
          setText(v);
          props.onDraft?.(v, tags);
        }}
      />
      <label for={`${uid}-tags`}>
        Tags <span class="note-hint">(separated by commas)</span>
      </label>
      <input
        id={`${uid}-tags`}
        type="text"
        value={tags}
        onInput={(e) => {
          const v = e.currentTarget.value;
          setTags(v);
          props.onDraft?.(text, v);
        }}
      />
      {error ? (
        <p class="note-error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="note-actions">
        {/* aria-disabled, not disabled: disabling the focused button would blur it, and the in-page card closes on blur. */}
        <button type="submit" class="primary" aria-disabled={saving}>
          {saving ? 'Saving…' : (props.saveLabel ?? 'Save note')}
        </button>
        <button type="button" class="secondary" aria-disabled={saving} onClick={() => saving || props.onCancel()}>
          Cancel
        </button>
      </div>
    </form>
  );
}
