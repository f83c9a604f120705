/**
 * `npm run demo`: builds DealLens, serves the bundled sample article (a news page built from one of the source
 * articles) under its news host on loopback, and opens Chromium with DealLens loaded on it.
 * With a display ($DISPLAY) the window stays open until you close it; without one, it saves screenshots of the
 * annotated article, an evidence card, the popup and the side panel, and prints their paths.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer } from '../tests/e2e/fixture-server';
import { CHROMIUM, E2E_EXTENSION_PATH, SHIPPED_EXTENSION_PATH, launchWithExtension } from '../tests/e2e/extension';

const SAMPLE = { host: 'www.reuters.com', path: '/reuters-amazon-openai-talks.html' };
const OUT = resolve('artifacts/demo');
const headed = Boolean(process.env.DISPLAY) && process.env.DEALLENS_DEMO_HEADLESS !== '1';
/**
 * A reader at the window gets the shipped build; the screenshots are taken with the e2e build, whose open shadow root
 * lets Playwright find the badges (the shipped overlay is closed to every script but DealLens's own).
 */
const EXTENSION = headed ? SHIPPED_EXTENSION_PATH : E2E_EXTENSION_PATH;

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(1);
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    fail(`Chromium not found at ${CHROMIUM}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  console.log('Building DealLens…');
  try {
    // The e2e build is `npm run build:e2e`: DEALLENS_E2E=1 (a `--mode` would build the closed overlay into its folder).
    execFileSync('npx', ['wxt', 'build'], { stdio: 'pipe', env: { ...process.env, DEALLENS_E2E: headed ? '' : '1' } });
  } catch (err) {
    const e = err as { stdout?: Buffer; stderr?: Buffer };
    fail(`the build failed:\n${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
  }
  if (!existsSync(resolve(EXTENSION, 'manifest.json'))) fail(`no built extension in ${EXTENSION}`);

  const server = await startFixtureServer();
  const { context, extensionId, userDataDir } = await launchWithExtension(server, {
    headless: !headed,
    extension: EXTENSION,
  });
  const article = await context.newPage();
  await article.goto(server.url(SAMPLE.host, SAMPLE.path));
  const badges = article.locator('deallens-overlay button.dl-badge');

  if (headed) {
    await article.bringToFront();
    console.log('Chromium is open with DealLens on the sample article. Hover or Tab to a badge for its evidence;');
    console.log('click the DealLens toolbar button for the popup and "Open side panel". Close the window to finish.');
    // Ctrl+C closes the browser too, so no Chromium is left running.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void context.close());
    await new Promise<void>((done) => context.on('close', () => done()));
  } else {
    await badges.first().waitFor({ state: 'attached', timeout: 20_000 });
    console.log(`DealLens marked ${await badges.count()} claims on ${article.url()}`);
    mkdirSync(OUT, { recursive: true });
    const shots: string[] = [];
    const shot = async (page: typeof article, name: string, fullPage = false) => {
      const path = resolve(OUT, name);
      await page.screenshot({ path, fullPage });
      shots.push(path);
    };
    await shot(article, 'article.png');
    // The card opens under the reader's pointer (a focus moved by a script opens nothing).
    const flagged = article.locator(
      'deallens-overlay button.dl-badge[aria-label^="Sources disagree"], deallens-overlay button.dl-badge[aria-label^="Contradicted"]',
    );
    const badge = (await flagged.count()) ? flagged.first() : badges.first();
    await badge.scrollIntoViewIfNeeded();
    await badge.hover();
    await article.locator('deallens-overlay [role="dialog"]').waitFor();
    await shot(article, 'card.png');

    await article.bringToFront();
    const tabId = await context.serviceWorkers()[0]!.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } })
        .chrome;
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id;
    });
    if (tabId === undefined) fail("could not find the article's tab");
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 360, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.claim-list button.claim').first().waitFor();
    await shot(popup, 'popup.png');
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tab=${tabId}`);
    await panel.locator('section.claim-group').first().waitFor();
    await shot(panel, 'sidepanel.png', true);

    console.log('No display: saved screenshots');
    for (const path of shots) console.log(`  ${path}`);
    await context.close();
  }
  await server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}

main().catch((err: unknown) => fail(err instanceof Error ? (err.stack ?? err.message) : String(err)));
