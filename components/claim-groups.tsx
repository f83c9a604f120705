import { ClaimList } from './claim-list';
import { FactList } from './fact-list';
import type { ClaimGroup } from './group-claims';

/** One section per deal or topic: the page's claims, where the sources disagree, and the related facts. */
export function ClaimGroups({
  groups,
  onSelect,
}: {
  groups: readonly ClaimGroup[];
  onSelect: (index: number) => void;
}) {
  return (
    <>
      {groups.map((g) => (
        <section key={g.key} class="claim-group" data-group={g.key} aria-labelledby={`group-${g.key}`}>
          <h2 id={`group-${g.key}`}>{g.label}</h2>
          <ClaimList claims={g.claims} onSelect={onSelect} showWhy />
          {g.disputes.length > 0 ? (
            <>
              <h3>Where the sources disagree</h3>
              <FactList facts={g.disputes} label={`Where the sources disagree: ${g.label}`} />
            </>
          ) : null}
          {g.facts.length > g.disputes.length ? (
            <details class="related" open={g.facts.length - g.disputes.length <= 3}>
              <summary>
                {g.disputes.length ? 'Other facts' : 'Facts'} on this in the fact base (
                {g.facts.length - g.disputes.length})
              </summary>
              <FactList facts={g.facts.filter((f) => !f.disputed)} label={`Related facts: ${g.label}`} />
            </details>
          ) : null}
          {g.facts.length === 0 ? <p class="muted">The fact base holds nothing on this.</p> : null}
        </section>
      ))}
    </>
  );
}
