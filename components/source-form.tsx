/**
 * "Add this article as a source": the article's metadata and the facts DealLens proposes from it, each with its quote,
 * parties, figure and the fact it would join or disagree with. The reader keeps, edits or drops each; nothing is
 * saved until "Save source". Used by the popup and the side panel; all work happens in the background.
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '@/adapters/messaging';
import type { ProposedFact, SourceDraft, SourceSummary } from '@/lib/sources/model';
import { parseFigure } from '@/lib/sources/figure';
import { formatFactValue } from '@/lib/evidence';
import { ENTITIES } from '@/lib/entities/catalogue';
import { relationLabel } from './relation-labels';
import { errorMessage } from './use-tab-state';
import './sources.css';

export interface SourceFormProps {
  draft: SourceDraft;
  onSaved: (saved: SourceSummary) => void;
  onCancel: () => void;
}

interface Row {
  fact: ProposedFact;
  keep: boolean;
  /** The figure as typed; parsed into fact.value when valid. */
  figure: string;
  figureError: string;
}

const rowOf = (fact: ProposedFact): Row => ({
  fact,
  keep: true,
  figure: fact.value ? formatFactValue(fact.value) : '',
  figureError: '',
});
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function JoinLine({ fact }: { fact: ProposedFact }) {
  const j = fact.join;
  if (!j) return <p class="source-join new">New fact: nothing in the fact base covers it yet.</p>;
  if (j.effect === 'agrees')
    return (
      <p class="source-join agrees">
        Joins “{j.label}” ({j.accounts.join(' / ')}): the same figure.
      </p>
    );
  return (
    <p class="source-join differs">
      Disagrees with “{j.label}” ({j.accounts.join(' / ')}): saved, that point becomes “Sources disagree”.
    </p>
  );
}

function PartySelect({
  label,
  value,
  optional,
  onChange,
}: {
  label: string;
  value?: string;
  optional?: boolean;
  onChange: (v?: string) => void;
}) {
  return (
    <label>
      {label}{' '}
      <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        {optional ? <option value="">—</option> : null}
        {ENTITIES.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
    </label>
  );
}

export function SourceForm({ draft, onSaved, onCancel }: SourceFormProps) {
  const [meta, setMeta] = useState(draft.meta);
  const [rows, setRows] = useState<Row[]>(() => draft.facts.map(rowOf));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  /** The background says again what each fact would join once parties, figure, stage or date changed. */
  const preview = async (next: Row[], nextMeta = meta) => {
    try {
      const again = await sendMessage('pagePreviewSource', {
        ...draft,
        meta: nextMeta,
        facts: next.map((r) => r.fact),
      });
      setRows((current) =>
        current.map((r, i) =>
          again.facts[i]
            ? {
                ...r,
                fact: { ...r.fact, ...(again.facts[i].join ? { join: again.facts[i].join } : { join: undefined }) },
              }
            : r,
        ),
      );
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const edit = (i: number, patch: Partial<ProposedFact>, row: Partial<Row> = {}) => {
    const next = rows.map((r, k) => (k === i ? { ...r, ...row, fact: { ...r.fact, ...patch } } : r));
    setRows(next);
    void preview(next);
  };

  const setFigure = (i: number, text: string) => {
    const value = parseFigure(text);
    if (!value) {
      setRows(
        rows.map((r, k) =>
          k === i ? { ...r, figure: text, figureError: 'Not a figure DealLens can read (e.g. “$45 billion”).' } : r,
        ),
      );
      return;
    }
    edit(i, { value }, { figure: text, figureError: '' });
  };

  const kept = rows.filter((r) => r.keep);
  const invalid = kept.some((r) => r.figureError) || (meta.date !== undefined && !DATE.test(meta.date));

  const save = async () => {
    setBusy(true);
    setError('');
    try {
      onSaved(await sendMessage('pageSaveSource', { ...draft, meta, facts: kept.map((r) => r.fact) }));
    } catch (err) {
      setError(`Not saved: ${errorMessage(err)}`);
    } finally {
      setBusy(false);
    }
  };

  const metaField = (key: 'title' | 'outlet' | 'url', label: string) => (
    <label class="source-meta-field">
      {label}
      <input type="text" value={meta[key]} onInput={(e) => setMeta({ ...meta, [key]: e.currentTarget.value })} />
    </label>
  );

  return (
    <form
      class="source-form"
      aria-label="Add this article as a source"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{draft.id ? 'Edit source' : 'Add this article as a source'}</h2>
      <fieldset class="source-meta">
        <legend>Article</legend>
        {metaField('title', 'Title')}
        {metaField('outlet', 'Outlet')}
        {metaField('url', 'Address')}
        <label class="source-meta-field">
          Date
          <input
            type="text"
            placeholder="2026-03-14"
            value={meta.date ?? ''}
            onInput={(e) => {
              const v = e.currentTarget.value.trim();
              setMeta({ ...meta, date: v || undefined });
            }}
            onBlur={() => void preview(rows)}
          />
        </label>
      </fieldset>
      {rows.length === 0 ? <p class="muted">DealLens found no checkable claim in this article.</p> : null}
      <ol class="source-facts">
        {rows.map((r, i) => (
          <li key={r.fact.key} class={r.keep ? 'source-fact' : 'source-fact dropped'}>
            <label class="source-keep">
              <input
                type="checkbox"
                checked={r.keep}
                onChange={(e) => setRows(rows.map((x, k) => (k === i ? { ...x, keep: e.currentTarget.checked } : x)))}
              />
              Keep: {relationLabel(r.fact.relation)}
            </label>
            <blockquote>“{r.fact.quote}”</blockquote>
            {r.keep ? (
              <div class="source-edit">
                <PartySelect label="Who" value={r.fact.subject} onChange={(v) => v && edit(i, { subject: v })} />
                <PartySelect label="With" value={r.fact.object} optional onChange={(v) => edit(i, { object: v })} />
                {r.fact.value ? (
                  <label>
                    Figure{' '}
                    <input
                      type="text"
                      value={r.figure}
                      aria-invalid={r.figureError ? true : undefined}
                      onChange={(e) => setFigure(i, e.currentTarget.value)}
                    />
                  </label>
                ) : r.fact.detail !== undefined ? (
                  <span class="muted">{r.fact.detail}</span>
                ) : null}
                <label>
                  Stage{' '}
                  <select
                    value={r.fact.status ?? ''}
                    onChange={(e) =>
                      edit(i, { status: (e.currentTarget.value || undefined) as ProposedFact['status'] })
                    }
                  >
                    <option value="">not stated</option>
                    <option value="prospective">talks or plans</option>
                    <option value="completed">done</option>
                  </select>
                </label>
                <label>
                  Event date{' '}
                  <input
                    type="text"
                    placeholder="2025-10"
                    value={r.fact.date ?? ''}
                    onChange={(e) => {
                      const v = e.currentTarget.value.trim();
                      if (!v || DATE.test(v)) edit(i, { date: v || undefined });
                    }}
                  />
                </label>
                {r.figureError ? (
                  <p class="error" role="alert">
                    {r.figureError}
                  </p>
                ) : null}
                <JoinLine fact={r.fact} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      <div class="source-actions">
        <button type="submit" class="primary" disabled={busy || invalid}>
          Save source ({kept.length} {kept.length === 1 ? 'fact' : 'facts'})
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
