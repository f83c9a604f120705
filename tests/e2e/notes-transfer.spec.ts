/**
 * Export and import of notes in real Chromium: export from one profile, import into a fresh one and get the same
 * notes; importing the same file again adds nothing; a bad file is refused with a message and changes nothing.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchWithExtension, test } from './extension';
import { addNoteFromCard, ARTICLE, noteCountOnCard, openNotesPanel } from './notes-helpers';

async function exportFrom(
  panel: Page,
  dir: string,
): Promise<{
  path: string;
  file: { format: string; version: number; notes: { id: string; text: string; updatedAt: string }[] };
}> {
  const download = panel.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export notes' }).click();
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/^deallens-notes-\d{4}-\d\d-\d\d\.json$/);
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return { path, file: JSON.parse(readFileSync(path, 'utf8')) };
}

test('export, import into a fresh profile: the same notes; again: nothing added; a bad file: nothing changed', async ({
  server,
}, info) => {
  test.setTimeout(120_000);
  const a = await launchWithExtension(server);
  let exported: Awaited<ReturnType<typeof exportFrom>>;
  try {
    const article = await a.context.newPage();
    await article.goto(server.url('www.reuters.com', ARTICLE));
    await addNoteFromCard(article, /^Supported: .*50 billion/, 'Claim note, exported.', 'deal');
    const { panel } = await openNotesPanel(a, article);
    await panel.getByRole('button', { name: 'Add a note on this page' }).click();
    await panel.getByLabel('Note on this page').fill('Page note, exported.');
    await panel.getByRole('button', { name: 'Save note' }).click();
    await expect(panel.getByRole('list', { name: 'Notes on this page' }).locator('li.note')).toHaveCount(2);
    exported = await exportFrom(panel, info.outputDir);
    await expect(panel.getByRole('status')).toContainText(/Exported 2 notes to deallens-notes-.*\.json/);
    expect(exported.file).toMatchObject({ format: 'deallens-notes', version: 1 });
    expect(exported.file.notes.map((n) => n.text).sort()).toEqual(['Claim note, exported.', 'Page note, exported.']);
  } finally {
    await a.context.close();
    rmSync(a.userDataDir, { recursive: true, force: true });
  }

  const b = await launchWithExtension(server);
  try {
    const article = await b.context.newPage();
    await article.goto(server.url('www.reuters.com', ARTICLE));
    const { panel, errors } = await openNotesPanel(b, article);
    // Notes are asked to be kept under storage pressure, and the panel says they are.
    await expect(panel.locator('[data-storage="persistent"]')).toHaveText(
      /^Notes stay until you delete them or remove DealLens/,
    );
    expect(
      await panel.evaluate(() =>
        (globalThis as unknown as { chrome: any }).chrome.permissions.contains({ permissions: ['unlimitedStorage'] }),
      ),
    ).toBe(true);
    await panel.getByRole('button', { name: 'All notes' }).click();
    const all = panel.getByRole('list', { name: 'All notes' }).locator('li.note');
    await expect(panel.getByText('No notes yet.')).toBeVisible();

    const input = panel.getByLabel('Import notes…');
    await input.setInputFiles(exported.path);
    await expect(panel.getByRole('status')).toContainText('2 added, 0 updated, 0 skipped');
    await expect(all).toHaveCount(2);
    // The claim note is back on its badge in the page.
    await expect.poll(() => noteCountOnCard(article, /^Supported: .*50 billion/)).toMatch(/^1 note on this claim/);
    const again = await exportFrom(panel, join(info.outputDir, 'b'));
    expect(again.file.notes).toEqual(exported.file.notes);

    await input.setInputFiles(exported.path);
    await expect(panel.getByRole('status')).toContainText('0 added, 0 updated, 2 skipped');
    await expect(all).toHaveCount(2);

    const bad: [string, string, RegExp][] = [
      [
        'newer.json',
        JSON.stringify({ format: 'deallens-notes', version: 7, exportedAt: '2030-01-01T00:00:00Z', notes: [] }),
        /newer DealLens \(format version 7\)/,
      ],
      ['broken.json', '{"format": "deallens-notes", "version": 1, "notes": [', /not valid JSON/],
      [
        'foreign.json',
        JSON.stringify({ format: 'someone-elses-notes', notes: [{ text: 'x' }] }),
        /format is "someone-elses-notes"/,
      ],
      [
        'damaged.json',
        JSON.stringify({ ...exported.file, notes: [{ ...exported.file.notes[0], id: 'new-id', text: 42 }] }),
        /note 1 \(id "new-id"\), text/,
      ],
      // Year 10000 in UTC: once accepted, no later export could be imported again.
      [
        'far-future.json',
        JSON.stringify({
          ...exported.file,
          notes: [{ ...exported.file.notes[0], id: 'far', updatedAt: '9999-12-31T23:59:59-23:59' }],
        }),
        /note 1 \(id "far"\), updatedAt: a date-time from 1970 to 2200/,
      ],
    ];
    for (const [name, body, message] of bad) {
      await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
      const alert = panel.getByRole('alert');
      await expect(alert).toContainText('Import failed, nothing was changed.');
      await expect(alert).toContainText(message);
      await expect(all).toHaveCount(2);
    }
    const after = await exportFrom(panel, join(info.outputDir, 'c'));
    expect(after.file.notes).toEqual(exported.file.notes);
    expect(errors).toEqual([]);
  } finally {
    await b.context.close();
    rmSync(b.userDataDir, { recursive: true, force: true });
  }
});
