import type { ClaimReport, TabState } from '@/lib/messages';

interface Props {
  state: TabState;
  host: string;
  claims: readonly ClaimReport[];
  checking: boolean;
  onCheck: () => void;
}

/** What the popup says about the page before (or instead of) listing claims. */
export function PageStatus({ state, host, claims, checking, onCheck }: Props) {
  if (state.url && !host) {
    return <p>DealLens checks web pages. This tab is not one.</p>;
  }
  if (state.status === 'disabled') {
    return <p>DealLens is off on {host}. Switch it on to check pages here.</p>;
  }
  if (checking) return <p aria-live="polite">Checking this page…</p>;
  if (state.status === 'idle') {
    return (
      <div>
        <p>DealLens has not checked this page.</p>
        <button type="button" class="primary" onClick={onCheck}>
          Check this page
        </button>
      </div>
    );
  }
  const displaced = state.displaced ? (
    <p class="displaced" role="status">
      This page keeps removing DealLens's badges, so DealLens stopped putting them back. Its claims are listed here.
    </p>
  ) : null;
  if (claims.length === 0 && state.claims.length === 0) {
    return (
      <>
        {displaced}
        <p>No checkable deal claims found on this page.</p>
      </>
    );
  }
  return displaced;
}
