/**
 * The side panel's Sources tab: add the tab's article as a source, and manage the reader's sources (list, search,
 * open, edit, remove with undo), export them as a fact pack and import one. Everything goes through the background,
 * which re-checks every open tab when a source changes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '@/adapters/messaging';
import type { SourceDraft, SourceSummary } from '@/lib/sources/model';
import { SourceForm } from '@/components/source-form';
import { addedOn } from '@/components/evidence-card';
import { onSourcesChanged } from '@/components/use-sources';
import { errorMessage } from '@/components/use-tab-state';
import type { SidePanelView, ViewContext } from './views';
import '@/components/sources.css';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function download(fileName: string, json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function SourcesView({ tabId, state }: ViewContext) {
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [query, setQuery] = useState('');
  const [draft, setDraft] = useState<SourceDraft | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [removed, setRemoved] = useState<SourceSummary | null>(null);
  const [reload, setReload] = useState(0);
  const file = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    sendMessage('pageListSources', { query }).then(
      (s) => live && setSources(s),
      (err: unknown) => live && setError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
  }, [query, reload]);
  useEffect(() => onSourcesChanged(() => setReload((r) => r + 1)), []);

  const run = async (op: () => Promise<void>) => {
    setError('');
    try {
      await op();
    } catch (err) {
      setError(errorMessage(err));
    }
  };
  const tell = (message: string) => {
    setRemoved(null);
    setStatus(message);
  };

  if (draft) {
    return (
      <SourceForm
        draft={draft}
        onCancel={() => setDraft(null)}
        onSaved={(s) => {
          setDraft(null);
          tell(`Saved “${s.meta.title}” with ${plural(s.facts, 'fact')}. Every open page is checked again.`);
        }}
      />
    );
  }

  return (
    <section class="sources-view" aria-label="Your sources">
      {state.status === 'annotated' ? (
        <button
          type="button"
          class="primary"
          onClick={() => void run(async () => setDraft(await sendMessage('pageProposeSource', { tabId })))}
        >
          Add this article as a source
        </button>
      ) : (
        <p class="muted">Check a page with DealLens to add its article as a source.</p>
      )}
      <h2>Your sources</h2>
      <input
        type="search"
        aria-label="Search your sources"
        placeholder="Search title, outlet, text"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {status ? (
        <p class="status" role="status">
          {status}{' '}
          {removed ? (
            <button
              type="button"
              class="link"
              onClick={() =>
                void run(async () => {
                  await sendMessage('pageUndoRemoveSource', { id: removed.id });
                  tell(`Restored “${removed.meta.title}”.`);
                })
              }
            >
              Undo
            </button>
          ) : null}
        </p>
      ) : null}
      {error ? (
        <p class="error" role="alert">
          {error}
        </p>
      ) : null}
      {sources === null ? (
        <p class="muted">Loading…</p>
      ) : sources.length === 0 ? (
        <p class="muted">{query ? 'No source matches.' : 'No sources of your own yet.'}</p>
      ) : (
        <ul class="sources-list">
          {sources.map((s) => (
            <li key={s.id} class="source-item">
              <div class="source-title">
                {/^https?:\/\//.test(s.meta.url) ? (
                  <a href={s.meta.url} target="_blank" rel="noreferrer">
                    {s.meta.title || s.meta.url}
                  </a>
                ) : (
                  <span>{s.meta.title}</span>
                )}
              </div>
              <div class="muted">
                {s.meta.outlet || 'Outlet not given'} · {s.meta.date ?? 'undated'} · added {addedOn(s.addedAt)} ·{' '}
                {plural(s.facts, 'fact')}
              </div>
              <div class="source-item-actions">
                <button
                  type="button"
                  class="secondary"
                  aria-label={`Edit ${s.meta.title}`}
                  onClick={() => void run(async () => setDraft(await sendMessage('pageGetSource', { id: s.id })))}
                >
                  Edit
                </button>
                <button
                  type="button"
                  class="secondary"
                  aria-label={`Remove ${s.meta.title}`}
                  onClick={() =>
                    void run(async () => {
                      await sendMessage('pageRemoveSource', { id: s.id });
                      setStatus(`Removed “${s.meta.title}”.`);
                      setRemoved(s);
                    })
                  }
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <h2>Fact packs</h2>
      <div class="source-item-actions">
        <button
          type="button"
          class="secondary"
          onClick={() =>
            void run(async () => {
              const out = await sendMessage('pageExportSources', undefined);
              download(out.fileName, out.json);
              tell(`Exported ${plural(out.count, 'source')} to ${out.fileName}.`);
            })
          }
        >
          Export fact pack
        </button>
        <label class="secondary file-button">
          Import fact pack…
          <input
            ref={file}
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              if (!f) return;
              void run(async () => {
                try {
                  const r = await sendMessage('pageImportSources', { json: await f.text() });
                  tell(`Imported ${f.name}: ${plural(r.sources, 'source')}, ${plural(r.facts, 'fact')}.`);
                } catch (err) {
                  throw new Error(`Import failed, nothing was changed. ${errorMessage(err)}`);
                } finally {
                  if (file.current) file.current.value = '';
                }
              });
            }}
          />
        </label>
      </div>
    </section>
  );
}

export const sourcesView: SidePanelView = {
  id: 'sources',
  label: 'Sources',
  render: (ctx) => <SourcesView {...ctx} />,
};
