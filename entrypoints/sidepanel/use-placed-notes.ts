/**
 * Where each listed note's claim is on the page now. A note on a claim of this page whose claim is not found again
 * (the page's text changed) is listed apart, never dropped.
 */
import { useMemo } from 'preact/hooks';
import { anchorToClaims } from '@/lib/notes/anchor';
import { pageKey, type Note } from '@/lib/notes/model';
import type { TabState } from '@/lib/messages';

/**
 * `placed`: the notes to list (all of them unless `split`); `unplaced`: the claim notes not found on the page;
 * `claimOf`: the claim of `claims` a note is on, where it was found.
 */
export function usePlacedNotes(notes: Note[] | null, claims: TabState['claims'], url: string, split: boolean) {
  const here = pageKey(url);
  // Each claim note placed once per list and page state, not on every render.
  const placement = useMemo(
    () =>
      new Map(
        (notes ?? []).map((n) => [
          n.id,
          n.target.kind === 'claim' && pageKey(n.target.url) === here ? anchorToClaims(n.target, claims) : -1,
        ]),
      ),
    [notes, claims, here],
  );
  const claimIndex = (n: Note) => placement.get(n.id) ?? -1;
  const list = notes ?? [];
  const placed = split ? list.filter((n) => n.target.kind !== 'claim' || claimIndex(n) >= 0) : list;
  const unplaced = split ? list.filter((n) => n.target.kind === 'claim' && claimIndex(n) < 0) : [];
  return { placed, unplaced, claimOf: (n: Note) => claims[claimIndex(n)] };
}
