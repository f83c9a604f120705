/**
 * The reader's own sources in real Chromium: add an article as a source through the popup (keep two claims, drop one,
 * edit one figure), see another open page's verdicts change at once ("Sources disagree" where the source gives
 * another figure than the bundled sources), remove the source and see it undone, export a fact pack, import it into a
 * fresh profile and get the same verdicts; a bad pack file is refused and changes nothing.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, launchWithExtension, test } from './extension';
import { tabIdOf } from './pages-helpers';

type Ext = Awaited<ReturnType<typeof launchWithExtension>>;
type Server = Parameters<typeof launchWithExtension>[0];

const SOURCE = ['www.cnbc.com', '/sources-anthropic-round.html'] as const;
const OTHER = ['techcrunch.com', '/sources-other-page.html'] as const;

const BEFORE = ['Not in fact base: $350 billion', 'Supported: up to $50 billion'];
const AFTER = ['Supported: $350 billion', 'Sources disagree: up to $50 billion'];

function badgeNames(page: Page): Promise<string[]> {
  return page
    .locator('deallens-overlay button.dl-badge')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
}

async function expectBadges(page: Page, names: string[]) {
  await expect.poll(() => badgeNames(page), { timeout: 15_000 }).toEqual(names);
}

async function open(ext: Ext, server: Server, [host, path]: readonly [string, string]) {
  const page = await ext.context.newPage();
  await page.goto(server.url(host, path));
  await expect(page.locator('deallens-overlay button.dl-badge').first()).toBeAttached({ timeout: 15_000 });
  return page;
}

async function sourcesPanel(ext: Ext, tabId: number) {
  const panel = await ext.context.newPage();
  await panel.goto(`chrome-extension://${ext.extensionId}/sidepanel.html?tab=${tabId}`);
  await panel.getByRole('tab', { name: 'Sources' }).click();
  return panel;
}

test('add a source, verdicts change on another page, remove and undo, export a pack, same verdicts in a fresh profile', async ({
  server,
}, info) => {
  test.setTimeout(180_000);
  const a = await launchWithExtension(server);
  let packPath = '';
  try {
    const article = await open(a, server, SOURCE);
    const other = await open(a, server, OTHER);
    await expectBadges(other, BEFORE);

    // The popup, aimed at the article's tab.
    const popup = await a.context.newPage();
    await popup.goto(`chrome-extension://${a.extensionId}/popup.html?tab=${await tabIdOf(a, article)}`);
    await popup.getByRole('button', { name: 'Add this article as a source' }).click();
    const form = popup.getByRole('form', { name: 'Add this article as a source' });
    await expect(form).toBeVisible();
    // Outlet, title and date are read from the page and editable.
    await expect(form.getByLabel('Outlet')).toHaveValue('CNBC');
    await expect(form.getByLabel('Title')).toHaveValue("Anthropic's new round values it at $380 billion");
    await expect(form.getByLabel('Date', { exact: true })).toHaveValue('2026-03-03');

    const row = (text: string) => form.locator('li.source-fact', { hasText: text });
    await expect(form.locator('li.source-fact')).toHaveCount(3);
    await expect(row('$40 billion').locator('.source-join')).toContainText(
      "Disagrees with “Amazon's investment in OpenAI”",
    );
    await expect(row('$380 billion').locator('.source-join')).toContainText('New fact');
    // Drop the layoffs claim, edit the valuation's figure, keep the investment as it is.
    await row('5,000').getByRole('checkbox').uncheck();
    const figure = row('$380 billion').getByLabel('Figure');
    await figure.fill('$350 billion');
    await figure.press('Tab');
    // Nothing is saved before the reader confirms.
    await expectBadges(other, BEFORE);
    await form.getByRole('button', { name: 'Save source (2 facts)' }).click();
    await expect(popup.getByRole('status')).toContainText('Saved');

    // The other open page is checked again at once: the reader's figure is supported, the conflicting one disputed.
    await expectBadges(other, AFTER);
    await other.locator('deallens-overlay button.dl-badge').first().click();
    await expect(other.locator('deallens-overlay .dl-card')).toContainText(
      /Your source: CNBC, added \d{1,2} [A-Z][a-z]{2}/,
    );
    // The card covers the next badge: close it first (Escape), as a reader would.
    await other.keyboard.press('Escape');
    const versions = other.locator('deallens-overlay button.dl-badge').nth(1);
    await versions.click();
    await expect(other.locator('deallens-overlay .dl-card')).toContainText('up to $40 billion');
    await expect(other.locator('deallens-overlay .dl-card')).toContainText('up to $50 billion');

    // Manage sources: remove it (verdicts undone at once), undo (back again).
    const panel = await sourcesPanel(a, await tabIdOf(a, other));
    await expect(panel.locator('.source-item')).toHaveCount(1);
    await panel.getByRole('searchbox', { name: 'Search your sources' }).fill('anthropic');
    await expect(panel.locator('.source-item')).toHaveCount(1);
    await panel.getByRole('searchbox', { name: 'Search your sources' }).fill('no such words');
    await expect(panel.locator('.source-item')).toHaveCount(0);
    await panel.getByRole('searchbox', { name: 'Search your sources' }).fill('');
    // Edit opens the same form with the facts kept, as edited.
    await panel.getByRole('button', { name: /^Edit / }).click();
    const edit = panel.getByRole('form', { name: 'Add this article as a source' });
    await expect(edit.getByRole('heading', { name: 'Edit source' })).toBeVisible();
    await expect(edit.locator('li.source-fact')).toHaveCount(2);
    await expect(edit.getByLabel('Figure').first()).toHaveValue('$350 billion');
    await edit.getByRole('button', { name: 'Cancel' }).click();
    await panel.getByRole('button', { name: /^Remove / }).click();
    await expectBadges(other, BEFORE);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expectBadges(other, AFTER);

    const download = panel.waitForEvent('download');
    await panel.getByRole('button', { name: 'Export fact pack' }).click();
    const d = await download;
    expect(d.suggestedFilename()).toMatch(/^deallens-sources-\d{4}-\d\d-\d\d\.json$/);
    packPath = join(info.outputDir, d.suggestedFilename());
    await d.saveAs(packPath);
    const pack = JSON.parse(readFileSync(packPath, 'utf8'));
    expect(pack).toMatchObject({ format: 'deallens-fact-pack', version: 1 });
    expect(pack.sources).toHaveLength(1);
    expect(pack.facts).toHaveLength(2);
  } finally {
    await a.context.close();
    rmSync(a.userDataDir, { recursive: true, force: true });
  }

  const b = await launchWithExtension(server);
  try {
    const other = await open(b, server, OTHER);
    await expectBadges(other, BEFORE);
    const panel = await sourcesPanel(b, await tabIdOf(b, other));
    await expect(panel.getByText('No sources of your own yet.')).toBeVisible();
    const input = panel.locator('.sources-view input[type=file]');
    // A bad file is refused with a message and changes nothing.
    await input.setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"deallens-fact-pack","version":1,"facts":[]}'),
    });
    await expect(panel.getByRole('alert')).toContainText('Import failed, nothing was changed');
    await expect(panel.getByText('No sources of your own yet.')).toBeVisible();
    await expectBadges(other, BEFORE);

    await input.setInputFiles(packPath);
    await expect(panel.getByRole('status')).toContainText('1 source, 2 facts');
    await expect(panel.locator('.source-item')).toHaveCount(1);
    await expectBadges(other, AFTER);
  } finally {
    await b.context.close();
    rmSync(b.userDataDir, { recursive: true, force: true });
  }
});

test('sources messages: bad payloads are refused and nothing is stored', async ({ server }) => {
  const a = await launchWithExtension(server);
  try {
    const other = await open(a, server, OTHER);
    const panel = await sourcesPanel(a, await tabIdOf(a, other));
    // The side panel offers the tab's article too; cancelling saves nothing.
    await panel.getByRole('button', { name: 'Add this article as a source' }).click();
    await expect(panel.locator('li.source-fact')).toHaveCount(2);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel.getByText('No sources of your own yet.')).toBeVisible();
    interface Reply {
      res?: unknown;
      err?: { message: string };
    }
    const send = (type: string, data: unknown) =>
      panel.evaluate(
        ([t, d]) =>
          new Promise<Reply>((ok) => {
            const api = (
              globalThis as unknown as {
                chrome: { runtime: { sendMessage(m: unknown, cb: (r: Reply) => void): void } };
              }
            ).chrome;
            api.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }, ok);
          }),
        [type, data] as const,
      );
    const text = 'Anthropic was valued at $380 billion.';
    const fact = {
      key: 0,
      relation: 'valuation',
      subject: 'anthropic',
      value: { kind: 'money', value: 380e9, qualifier: 'exact' },
      claimText: '$380 billion',
      quote: text,
      start: 0,
      end: text.length,
    };
    const meta = { title: 'T', outlet: 'O', url: 'https://x.test/' };
    // A quote that is not verbatim in the text, a subject that is not an entity id, a missing text, a bad id.
    expect(
      (
        await send('pageSaveSource', {
          meta,
          text,
          facts: [{ ...fact, quote: 'Anthropic was valued at $1 trillion.' }],
        })
      ).err?.message,
    ).toMatch(/not in the article/);
    expect(
      (await send('pageSaveSource', { meta, text, facts: [{ ...fact, subject: '<img src=x>' }] })).err,
    ).toBeTruthy();
    expect((await send('pageSaveSource', { meta, facts: [fact] })).err).toBeTruthy();
    expect((await send('pageRemoveSource', { id: '../x' })).err).toBeTruthy();
    expect(
      (await send('pageImportSources', { json: '{"format":"deallens-fact-pack","version":2}' })).err?.message,
    ).toMatch(/Update DealLens/);
    expect((await send('pageListSources', {})).res).toEqual([]);
    // The same payload, valid, is stored: the refusals above were about the payloads.
    expect((await send('pageSaveSource', { meta, text, facts: [fact] })).res).toMatchObject({ facts: 1 });
  } finally {
    await a.context.close();
    rmSync(a.userDataDir, { recursive: true, force: true });
  }
});
