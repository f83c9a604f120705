/**
 * The side panel's "Map" view: the deal map, figures across sources and the timeline for the tab's article
 * (components/at-a-glance.tsx). Owned by the at-a-glance work; the panel lists it in views.ts.
 */
import { AtAGlance } from '@/components/at-a-glance';
import { entityById, entityName } from '@/lib/entities/catalogue';
import type { SidePanelView } from './views';

const COMPANY_KINDS = new Set(['company', 'fund']);
const isCompany = (id: string) => COMPANY_KINDS.has(entityById(id)?.kind ?? '');

export const glanceView: SidePanelView = {
  id: 'map',
  label: 'Map',
  render: ({ state, factBase }) => (
    <AtAGlance
      factBase={factBase}
      // Only an article DealLens ran on has claims and a date of its own; otherwise the views show the fact base alone.
      claims={state.status === 'annotated' ? state.claims : []}
      page={state.status === 'annotated' ? { title: state.title, date: state.date ?? null } : null}
      nameOf={entityName}
      isCompany={isCompany}
    />
  ),
};
