/**
 * Notes in real Chromium with the built extension: added from a badge's card, listed in the side panel, edited,
 * deleted and restored, found again after the browser is closed and relaunched on the same profile.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, launchWithExtension, test } from './extension';
import {
  addNoteFromCard,
  ARTICLE,
  cardNotes,
  noteCountOnCard,
  notesFrameOverflow,
  openNotesPanel,
} from './notes-helpers';

test("a note added from a badge's card shows in the side panel, on the badge, and survives a relaunch", async ({
  server,
}) => {
  // Two browser launches on one profile.
  test.setTimeout(120_000);
  const userDataDir = mkdtempSync(join(tmpdir(), 'deallens-notes-profile-'));
  let ext: Awaited<ReturnType<typeof launchWithExtension>> | undefined;
  try {
    ext = await launchWithExtension(server, { userDataDir });
    let article = await ext.context.newPage();
    await article.goto(server.url('www.reuters.com', ARTICLE));
    await addNoteFromCard(
      article,
      /^Supported: .*50 billion/,
      'Check the $50bn against the CNBC piece.',
      'amazon, #Talks',
    );
    const overlay = article.locator('deallens-overlay');
    // The count is in the card's notes frame, not in the page (where the site could read it).
    await expect(cardNotes(article).getByRole('status')).toContainText('1 note on this claim');
    expect(
      await overlay
        .getByRole('button', { name: /^Supported: .*50 billion/ })
        .first()
        .getAttribute('aria-label'),
    ).not.toMatch(/note/);
    // Stored in the extension's origin, not in the page's (where the site could read it).
    expect(await article.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain(
      'deallens-notes',
    );
    expect(await ext.sw.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).toContain(
      'deallens-notes',
    );

    const { panel, errors } = await openNotesPanel(ext, article);
    const list = panel.getByRole('list', { name: 'Notes on this page' });
    const note = list.getByRole('listitem').filter({ hasText: 'Check the $50bn' });
    await expect(note).toHaveCount(1);
    await expect(note).toContainText('On the claim');
    await expect(note).toContainText('Supported when noted');
    await expect(note).toContainText('#amazon#Talks');

    // Go to claim: the article comes forward with the claim's badge focused.
    await note.getByRole('button', { name: 'Go to claim' }).click();
    await expect
      .poll(() =>
        article.evaluate(() => {
          const el = document.querySelector('deallens-overlay')?.shadowRoot?.activeElement;
          return el?.getAttribute('aria-label') ?? '';
        }),
      )
      .toMatch(/^Supported: .*50 billion/);

    // Edit, then delete and undo.
    await panel.bringToFront();
    // While edited, the item's text is in a text box: find it by its id, not by its text.
    const item = list.locator(`li[data-note-id="${await note.getAttribute('data-note-id')}"]`);
    await item.getByRole('button', { name: 'Edit' }).click();
    await item.getByLabel('Edit note').fill('CNBC says the same: up to $50bn.');
    await item.getByRole('button', { name: 'Save changes' }).click();
    const edited = list.getByRole('listitem').filter({ hasText: 'CNBC says the same' });
    await expect(edited).toHaveCount(1);
    await expect(edited).toContainText('Edited');
    await edited.getByRole('button', { name: 'Delete' }).click();
    await expect(panel.getByRole('status').filter({ hasText: 'Note deleted.' })).toBeVisible();
    await expect(list.getByRole('listitem')).toHaveCount(0);
    await expect.poll(() => noteCountOnCard(article, /^Supported: .*50 billion/)).toBe('');
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect(list.getByRole('listitem').filter({ hasText: 'CNBC says the same' })).toHaveCount(1);
    await expect.poll(() => noteCountOnCard(article, /^Supported: .*50 billion/)).toMatch(/^1 note on this claim/);

    // Search over text and tags.
    await panel.getByRole('searchbox').fill('#talks');
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await panel.getByRole('searchbox').fill('nothing like this');
    await expect(list.getByRole('listitem')).toHaveCount(0);
    await expect(panel.getByText('No note matches')).toBeVisible();
    expect(errors).toEqual([]);

    await ext.context.close();

    // Same profile, new browser: the note is still there, on the badge and in the side panel.
    ext = await launchWithExtension(server, { userDataDir });
    article = await ext.context.newPage();
    await article.goto(server.url('www.reuters.com', ARTICLE));
    await expect.poll(() => noteCountOnCard(article, /^Supported: .*50 billion/)).toMatch(/^1 note on this claim/);
    const again = await openNotesPanel(ext, article);
    await expect(
      again.panel
        .getByRole('list', { name: 'Notes on this page' })
        .getByRole('listitem')
        .filter({ hasText: 'CNBC says the same: up to $50bn.' }),
    ).toHaveCount(1);
    await again.panel.getByRole('button', { name: 'All notes' }).click();
    await expect(again.panel.getByRole('list', { name: 'All notes' }).getByRole('listitem')).toHaveCount(1);
    expect(again.errors).toEqual([]);
  } finally {
    await ext?.context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
});

test('a note on the page from the side panel; a claim note whose text left the page is listed apart, not dropped', async ({
  ext,
  server,
}) => {
  const article = await ext.context.newPage();
  await article.goto(server.url('www.reuters.com', ARTICLE));
  await addNoteFromCard(article, /^Supported: .*50 billion/, 'On the claim', '');
  const { panel, errors } = await openNotesPanel(ext, article);
  await panel.getByRole('button', { name: 'Add a note on this page' }).click();
  await panel.getByLabel('Note on this page').fill('The whole piece, for later.');
  await panel.getByRole('button', { name: 'Save note' }).click();
  const list = panel.getByRole('list', { name: 'Notes on this page' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list.getByRole('listitem').filter({ hasText: 'The whole piece' })).toContainText('On the page');

  // A note on a fact this page's claims rest on is listed with the page's notes.
  await panel.getByRole('button', { name: 'Add a note on a fact' }).click();
  const fact = await panel.getByLabel('Fact').locator('optgroup').first().locator('option').first().textContent();
  expect(fact).toBeTruthy();
  await panel.getByLabel('Note on this fact').fill('About the fact itself.');
  await panel.getByRole('button', { name: 'Save note' }).click();
  await expect(list.getByRole('listitem').filter({ hasText: 'About the fact itself.' })).toContainText(
    `On the fact ${fact}`,
  );
  await expect(list.getByRole('listitem')).toHaveCount(3);
  const axe = await new AxeBuilder({ page: panel }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // The card with its note editor open is accessible too.
  await article.bringToFront();
  const card = article.locator('deallens-overlay').getByRole('dialog');
  // The card may still be open (pinned) from adding the note; a click on its badge would close it.
  if (!(await card.isVisible()))
    await article
      .locator('deallens-overlay')
      .getByRole('button', { name: /^Supported: .*50 billion/ })
      .first()
      .click();
  await cardNotes(article).getByRole('button', { name: 'Add note' }).click();
  const cardAxe = await new AxeBuilder({ page: article }).include('deallens-overlay').analyze();
  expect(cardAxe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  // The editor itself is an extension page in a frame: checked on its own.
  const frame = article.frames().find((f) => f.url().includes('/note-frame.html'));
  expect(frame).toBeTruthy();
  await cardNotes(article).getByRole('button', { name: 'Cancel' }).click();
  await panel.bringToFront();

  // The article loses the claim's sentence: its note moves to "Not found on the page now".
  await article.bringToFront();
  await article.evaluate(() => {
    for (const p of Array.from(document.querySelectorAll('article p'))) {
      if (/50 billion/.test(p.textContent ?? '')) p.remove();
    }
  });
  await expect(article.locator('deallens-overlay').getByRole('button', { name: /50 billion/ })).toHaveCount(0);
  await panel.bringToFront();
  const stray = panel.getByRole('list', { name: 'Notes whose claim was not found' });
  await expect(stray.getByRole('listitem').filter({ hasText: 'On the claim' })).toHaveCount(1);
  await expect(list.getByRole('listitem').filter({ hasText: 'The whole piece' })).toHaveCount(1);
  await expect(list.getByRole('listitem').filter({ hasText: 'On the claim' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('two side panels edit the same note: the second is told, keeps its text, and can save over it', async ({
  ext,
  server,
}) => {
  const article = await ext.context.newPage();
  await article.goto(server.url('www.reuters.com', ARTICLE));
  await addNoteFromCard(article, /^Supported: .*50 billion/, 'Original text', 'x');
  const one = await openNotesPanel(ext, article);
  const two = await openNotesPanel(ext, article);
  const itemIn = (p: typeof one.panel) =>
    p.getByRole('list', { name: 'Notes on this page' }).locator('li.note').first();
  await itemIn(one.panel).getByRole('button', { name: 'Edit' }).click();
  await itemIn(two.panel).getByRole('button', { name: 'Edit' }).click();

  await itemIn(one.panel).getByLabel('Edit note').fill('Edited in panel one');
  await itemIn(one.panel).getByRole('button', { name: 'Save changes' }).click();
  await expect(itemIn(one.panel)).toContainText('Edited in panel one');

  await itemIn(two.panel).getByLabel('Edit note').fill('Edited in panel two');
  await itemIn(two.panel).getByRole('button', { name: 'Save changes' }).click();
  await expect(itemIn(two.panel).getByRole('alert')).toContainText('changed in another tab');
  await expect(itemIn(two.panel).getByLabel('Edit note')).toHaveValue('Edited in panel two');
  // Panel one's edit is still what is stored until panel two decides.
  await one.panel.reload();
  await one.panel.getByRole('tab', { name: 'Notes' }).click();
  await expect(itemIn(one.panel)).toContainText('Edited in panel one');

  await itemIn(two.panel).getByRole('button', { name: 'Save changes' }).click();
  await expect(itemIn(two.panel)).toContainText('Edited in panel two');
  await expect(itemIn(one.panel)).toContainText('Edited in panel two');
  expect([...one.errors, ...two.errors]).toEqual([]);
});

test("the card's notes frame is as tall as what it shows, and Escape typed in it closes the card", async ({
  ext,
  server,
}) => {
  const article = await ext.context.newPage();
  await article.goto(server.url('www.reuters.com', ARTICLE));
  const overlay = article.locator('deallens-overlay');
  await overlay
    .getByRole('button', { name: /^Supported: .*50 billion/ })
    .first()
    .click();
  const notes = cardNotes(article);
  await expect(notes.getByRole('button', { name: 'Add note' })).toBeVisible();
  // Scrolled into the card's view, as the reader would (a frame out of view is not laid out again, so it cannot tell).
  await overlay.locator('iframe.dl-notes-frame').scrollIntoViewIfNeeded();
  await expect.poll(() => notesFrameOverflow(article)).toBe(0);
  // The editor is taller: the frame follows, and shrinks back when it closes.
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByLabel('Note on this claim')).toBeFocused();
  await expect.poll(() => notesFrameOverflow(article)).toBe(0);
  await notes.getByRole('button', { name: 'Cancel' }).click();
  await expect(notes.getByRole('button', { name: 'Add note' })).toBeVisible();
  await expect.poll(() => notesFrameOverflow(article)).toBe(0);
  await article.keyboard.press('Escape');
  await expect(overlay.getByRole('dialog')).toHaveCount(0);
});
