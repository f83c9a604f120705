import { useMemo } from 'preact/hooks';
import { ClaimGroups } from '@/components/claim-groups';
import { groupClaims } from '@/components/group-claims';
import { VerdictCounts } from '@/components/verdict-counts';
import type { SidePanelView, ViewContext } from './views';

function ClaimsView({ state, factBase, hiddenClaims, focusClaim }: ViewContext) {
  const groups = useMemo(() => groupClaims(state.claims, factBase), [state.claims, factBase]);
  if (state.status === 'disabled') return <p>DealLens is off on this site. Switch it on in the popup.</p>;
  if (state.status === 'idle') return <p>DealLens has not checked this page. Use “Check this page” in the popup.</p>;
  if (!state.claims.length) {
    return (
      <p>
        {hiddenClaims
          ? 'Only “Not in fact base” claims here, and Options hide them.'
          : 'No checkable deal claims found on this page.'}
      </p>
    );
  }
  return (
    <>
      <VerdictCounts claims={state.claims} />
      {hiddenClaims > 0 ? <p class="muted">{hiddenClaims} “Not in fact base” claims hidden (see Options).</p> : null}
      <ClaimGroups groups={groups} onSelect={focusClaim} />
    </>
  );
}

export const claimsView: SidePanelView = {
  id: 'claims',
  label: 'Claims',
  render: (ctx) => <ClaimsView {...ctx} />,
};
