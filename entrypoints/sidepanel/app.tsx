/**
 * The side panel: follows the active tab of its window (or the `?tab=ID` it was opened with) and shows that tab's
 * claims through the views in views.ts.
 */
import { useState } from 'preact/hooks';
import { sendMessage } from '@/adapters/messaging';
import { useTargetTab } from '@/components/target-tab';
import { useSettings } from '@/components/use-settings';
import { useTabState } from '@/components/use-tab-state';
import { useFactBase } from '@/components/use-sources';
import { VIEWS, type ViewContext } from './views';

export function App() {
  const [settings] = useSettings();
  const { tabId, resolved } = useTargetTab(true);
  const [view] = useTabState(tabId);
  const [active, setActive] = useState(VIEWS[0]!.id);
  const [notice, setNotice] = useState('');
  const factBase = useFactBase();

  if (!resolved || !settings)
    return (
      <p class="muted" style="padding:12px">
        Loading…
      </p>
    );
  if (tabId === undefined) return <p style="padding:12px">No tab to show.</p>;

  let body;
  if (view.kind === 'loading') body = <p class="muted">Loading…</p>;
  else if (view.kind === 'error')
    body = (
      <p class="error" role="alert">
        DealLens cannot show this tab: {view.message}
      </p>
    );
  else {
    const claims = view.state.claims.filter((c) => settings.showUnknown || c.verdict !== 'unknown');
    const ctx: ViewContext = {
      tabId,
      state: { ...view.state, claims },
      hiddenClaims: view.state.claims.length - claims.length,
      factBase,
      settings,
      focusClaim: (index) => {
        setNotice('');
        void sendMessage('pageFocusClaim', { tabId, index }).then(
          (ok) => ok || setNotice('That claim is no longer on the page. Reload the page to check it again.'),
          () => setNotice('That claim is no longer on the page. Reload the page to check it again.'),
        );
      },
    };
    const current = VIEWS.find((v) => v.id === active) ?? VIEWS[0]!;
    body = (
      <>
        <p class="page-title" title={view.state.url}>
          {view.state.title || view.state.url || 'A page DealLens has no access to yet'}
        </p>
        {notice ? (
          <p class="error" role="alert">
            {notice}
          </p>
        ) : null}
        <div role={VIEWS.length > 1 ? 'tabpanel' : undefined} id={`view-${current.id}`}>
          {current.render(ctx)}
        </div>
      </>
    );
  }

  return (
    <>
      <header class="header">
        <h1>DealLens</h1>
      </header>
      {VIEWS.length > 1 ? (
        <nav aria-label="Views">
          <div class="view-tabs" role="tablist">
            {VIEWS.map((v) => (
              <button
                key={v.id}
                type="button"
                role="tab"
                aria-selected={v.id === active}
                aria-controls={`view-${v.id}`}
                onClick={() => setActive(v.id)}
              >
                {v.label}
              </button>
            ))}
          </div>
        </nav>
      ) : null}
      <main>{body}</main>
    </>
  );
}
