/**
 * The service worker: wiring only. Each concern registers its own listeners from a file in this folder; all of them
 * are registered synchronously at start-up so that a worker woken by an event finds its listener.
 */
import '@/components/zod-jitless';
import { browser } from 'wxt/browser';
import { registerTabState } from './tab-state';
import { registerCheckPage } from './check-page';
import { registerUserSites } from './user-sites';
import { registerNotes } from './notes';
import { registerNoteFrames } from './note-frames';
import { registerAnalyze } from './analyze';
import { registerReadArticle } from './read-article';
import { registerSources } from './sources';

export default defineBackground(() => {
  registerTabState();
  registerCheckPage();
  registerUserSites();
  registerNotes();
  registerNoteFrames();
  registerAnalyze();
  registerReadArticle();
  registerSources();
  // The toolbar button opens the popup; the side panel opens from the popup's "Open side panel" button.
  browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
});
