/**
 * Shared by the notes browser tests: finding the article tab's id, opening the side panel on it as a tab, and
 * adding a note from a badge's card.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { expect } from './extension';

export interface Launched {
  context: BrowserContext;
  sw: Worker;
  extensionId: string;
  userDataDir: string;
}

export const ARTICLE = '/reuters-amazon-openai-talks.html';

/** The id Chrome gives the tab showing `page` (brought to the front: the active tab is the one asked for). */
async function tabIdOf(ext: Launched, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.sw.evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
      .chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Opens the side panel as a tab aimed at `article`, on its Notes view. */
export async function openNotesPanel(ext: Launched, article: Page): Promise<{ panel: Page; errors: string[] }> {
  const tabId = await tabIdOf(ext, article);
  const panel = await ext.context.newPage();
  const errors: string[] = [];
  panel.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  panel.on('pageerror', (e) => errors.push(String(e)));
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByRole('tab', { name: 'Notes' }).click();
  return { panel, errors };
}

/** Opens the card of the first badge whose name matches and saves a note there. */
export async function addNoteFromCard(article: Page, badge: RegExp, text: string, tags: string): Promise<void> {
  const overlay = article.locator('deallens-overlay');
  const button = overlay.getByRole('button', { name: badge }).first();
  await expect(button).toBeVisible();
  await button.click();
  const notes = cardNotes(article);
  await notes.getByRole('button', { name: 'Add note' }).click();
  await notes.getByLabel('Note on this claim').fill(text);
  await notes.getByLabel(/^Tags/).fill(tags);
  await notes.getByRole('button', { name: 'Save note' }).click();
  await expect(notes.getByRole('status')).toContainText('Note saved.');
}

/** The notes part of the open card: an extension-origin frame inside it (the page cannot reach into it). */
export function cardNotes(article: Page) {
  return article.locator('deallens-overlay').getByRole('dialog').frameLocator('iframe.dl-notes-frame');
}

/**
 * How much taller the card's notes frame is than what it shows (0 when it fits), read from inside the frame: the
 * frame tells the card its height over a channel of its own, so this is also the sign that the card heard it.
 */
export async function notesFrameOverflow(article: Page): Promise<number> {
  const frame = article.frames().find((f) => f.url().includes('/note-frame.html'));
  if (!frame) return NaN;
  const inner = await frame.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  const outer = await article
    .locator('deallens-overlay iframe.dl-notes-frame')
    .evaluate((f) => f.getBoundingClientRect().height);
  return outer - inner;
}

/** What the claim's card says of its notes ("1 note on this claim…", or '' for none), read from a freshly opened card. */
export async function noteCountOnCard(article: Page, badge: RegExp): Promise<string> {
  const overlay = article.locator('deallens-overlay');
  const card = overlay.getByRole('dialog');
  if (await card.isVisible()) {
    await overlay.getByRole('button', { name: badge }).first().focus();
    await article.keyboard.press('Escape');
  }
  await expect(card).toHaveCount(0);
  await overlay.getByRole('button', { name: badge }).first().click();
  const notes = cardNotes(article);
  await expect(notes.getByRole('button', { name: 'Add note' })).toBeVisible();
  return (await notes.getByRole('status').textContent()) ?? '';
}
