/** The popup: this tab's verdict counts and claims, the site switch, "Check this page" and "Open side panel". */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sendMessage } from '@/adapters/messaging';
import { isSiteEnabledIn, withSiteEnabled } from '@/lib/settings';
import { ClaimList } from '@/components/claim-list';
import { SiteSwitch } from '@/components/site-switch';
import { VerdictCounts } from '@/components/verdict-counts';
import { pinnedTabId, useTargetTab } from '@/components/target-tab';
import { useSettings } from '@/components/use-settings';
import { errorMessage, useTabState } from '@/components/use-tab-state';
import { PageStatus } from './page-status';
import { SourceForm } from '@/components/source-form';
import type { SourceDraft } from '@/lib/sources/model';

function hostOf(url: string): string {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname : '';
  } catch {
    return '';
  }
}

export function App() {
  const [settings, changeSettings] = useSettings();
  const { tabId, resolved } = useTargetTab(false);
  const [view, setView] = useTabState(tabId);
  const [checking, setChecking] = useState(false);
  const [notice, setNotice] = useState('');
  const [windowId, setWindowId] = useState<number>();
  const [draft, setDraft] = useState<SourceDraft | null>(null);
  const [saved, setSaved] = useState('');
  // A popup opened by the toolbar button closes itself after handing over; one opened as a tab (tests) stays.
  const inPopup = pinnedTabId() === undefined;

  useEffect(() => {
    void browser.windows.getCurrent().then((w) => setWindowId(w.id));
  }, []);

  if (!resolved || !settings)
    return (
      <p class="muted" style="padding:12px">
        Loading…
      </p>
    );
  if (tabId === undefined) return <p style="padding:12px">No tab to check.</p>;

  const state = view.kind === 'ready' ? view.state : undefined;
  const host = state ? hostOf(state.url) : '';
  const claims = state?.claims.filter((c) => settings.showUnknown || c.verdict !== 'unknown') ?? [];
  const hidden = (state?.claims.length ?? 0) - claims.length;

  const check = async () => {
    setChecking(true);
    setNotice('');
    try {
      setView({ kind: 'ready', state: await sendMessage('pageCheckTab', { tabId }) });
    } catch (err) {
      setNotice(errorMessage(err));
    } finally {
      setChecking(false);
    }
  };

  const focusClaim = async (index: number) => {
    const ok = await sendMessage('pageFocusClaim', { tabId, index }).catch(() => false);
    if (!ok) setNotice('That claim is no longer on the page. Reload the page to check it again.');
    else if (inPopup) window.close();
  };

  const proposeSource = async () => {
    setNotice('');
    try {
      setDraft(await sendMessage('pageProposeSource', { tabId }));
    } catch (err) {
      setNotice(errorMessage(err));
    }
  };

  if (draft) {
    return (
      <main>
        <SourceForm
          draft={draft}
          onCancel={() => setDraft(null)}
          onSaved={(s) => {
            setDraft(null);
            setNotice('');
            setSaved(`Saved “${s.meta.title}” as your source.`);
          }}
        />
      </main>
    );
  }

  const openSidePanel = () => {
    // Must run inside the click: chrome.sidePanel.open (and Firefox's sidebarAction.open) need the reader's gesture.
    const firefox = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
    const opening =
      browser.sidePanel && windowId !== undefined ? browser.sidePanel.open({ windowId }) : firefox?.open();
    if (!opening) {
      setNotice('This browser has no side panel.');
      return;
    }
    opening.then(
      () => inPopup && window.close(),
      (err: unknown) => setNotice(errorMessage(err)),
    );
  };

  return (
    <>
      <header class="header">
        <div>
          <h1>DealLens</h1>
          {host ? <div class="host">{host}</div> : null}
        </div>
        {host ? (
          <SiteSwitch
            host={host}
            on={isSiteEnabledIn(settings, host)}
            onChange={(on) => void changeSettings((s) => withSiteEnabled(s, host, on))}
          />
        ) : null}
      </header>
      <main>
        {view.kind === 'loading' ? <p class="muted">Loading…</p> : null}
        {view.kind === 'error' ? (
          <p class="error" role="alert">
            DealLens cannot show this tab: {view.message}
          </p>
        ) : null}
        {state ? (
          <PageStatus state={state} host={host} checking={checking} onCheck={() => void check()} claims={claims} />
        ) : null}
        {state?.status === 'annotated' && claims.length > 0 ? (
          <>
            <VerdictCounts claims={claims} />
            <div class="claims-heading">
              <h2>Claims on this page</h2>
              <span class="muted">{claims.length}</span>
            </div>
            <ClaimList claims={claims} onSelect={(i) => void focusClaim(i)} />
          </>
        ) : null}
        {state?.status === 'annotated' && hidden > 0 ? (
          <p class="muted">
            {hidden} “Not in fact base” {hidden === 1 ? 'claim is' : 'claims are'} hidden (see Options).
          </p>
        ) : null}
        {saved ? (
          <p class="muted" role="status">
            {saved}
          </p>
        ) : null}
        {notice ? (
          <p class="error" role="alert">
            {notice}
          </p>
        ) : null}
      </main>
      <footer class="actions">
        {state?.status === 'annotated' ? (
          <button type="button" class="secondary" onClick={() => void proposeSource()}>
            Add this article as a source
          </button>
        ) : null}
        <button type="button" class="secondary" onClick={openSidePanel}>
          Open side panel
        </button>
        <button type="button" class="secondary" onClick={() => void browser.runtime.openOptionsPage()}>
          Options
        </button>
      </footer>
    </>
  );
}
