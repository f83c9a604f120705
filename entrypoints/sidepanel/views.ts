/**
 * The side panel's views, shown as tabs in this order. Another view (notes, the deal map) is one file exporting a
 * SidePanelView and one line in VIEWS; the panel gives every view the same context.
 */
import type { ComponentChild } from 'preact';
import type { FactBase } from '@/lib/factbase/schema';
import type { TabState } from '@/lib/messages';
import type { Settings } from '@/lib/settings';
import { claimsView } from './claims-view';
import { notesView } from './notes-view';
import { glanceView } from './glance-view';
import { sourcesView } from './sources-view';

export interface ViewContext {
  tabId: number;
  /** The tab's state; claims already filtered by the reader's settings (no "Not in fact base" when hidden). */
  state: TabState;
  /** How many claims the settings hide. */
  hiddenClaims: number;
  factBase: FactBase;
  settings: Settings;
  /** Scrolls the page to a claim and focuses its badge. */
  focusClaim: (index: number) => void;
}

export interface SidePanelView {
  id: string;
  label: string;
  render: (ctx: ViewContext) => ComponentChild;
}

export const VIEWS: SidePanelView[] = [claimsView, glanceView, notesView, sourcesView];
