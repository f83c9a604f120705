/**
 * The page's own script against DealLens's UI (issue 13, item 1). Everything here runs in the page's world, as the
 * site's JavaScript would: it walks the document and every open shadow root, clicks, focuses and dispatches events
 * on badges, listens to every key, reads what it can of the card, forges the notes frame's messages. It opens no
 * card, reads no note or note count, sees no keystroke typed into a note, and writes nothing. The background
 * refuses an 11th note a minute from one page. On the shipped build (closed overlay) it cannot even read a verdict:
 * not in the DOM, not in the shared highlight registry, not in any style it can compute.
 */
import type { Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { expect, launchWithExtension, SHIPPED_EXTENSION_PATH, test } from './extension';
import { focusClaimFromBackground } from './inpage-helpers';
import { ARTICLE, cardNotes, notesFrameOverflow } from './notes-helpers';
import { waitForReport } from './report-helpers';
import { cardSize, drawnBadges, hitMasks, inDealLensWorld } from './shipped-helpers';

const CLAIM = /^Supported: .*50 billion/;
/** How many cards are open, in DealLens's world (shipped build). */
const OPEN_CARDS = `globalThis.__deallensInPage.surface.shadow.querySelectorAll('[role="dialog"]').length`;

/** What the page's script can find of DealLens: every open shadow root's text, labels, and any frame it can enter. */
function pageSees(page: Page) {
  return page.evaluate(() => {
    const texts: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        for (const a of Array.from(el.attributes)) texts.push(a.value);
        if (el.shadowRoot) {
          texts.push(el.shadowRoot.textContent ?? '');
          visit(el.shadowRoot);
        }
        if (el instanceof HTMLIFrameElement) {
          texts.push(el.contentDocument?.documentElement.outerHTML ?? 'no document');
          try {
            texts.push(el.contentWindow?.document.documentElement.outerHTML ?? 'no window');
          } catch {
            texts.push('refused');
          }
        }
      }
    };
    visit(document);
    const log = (window as unknown as { __keys?: string[] }).__keys ?? [];
    return { text: texts.join('\n'), keys: log.join(''), dialogs: texts.filter((t) => t === 'dialog').length };
  });
}

async function notesInDatabase(sw: import('@playwright/test').Worker): Promise<string[]> {
  return sw.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('deallens-notes');
        open.onerror = () => reject(open.error ?? new Error('indexedDB.open failed'));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('notes')) return resolve([]);
          const all = db.transaction('notes').objectStore('notes').getAll();
          all.onsuccess = () => resolve((all.result as { text: string }[]).map((n) => n.text).sort());
        };
      }),
  );
}

test('a page script cannot open a card, read notes or keystrokes, or write a note', async ({ ext, server }) => {
  const page = await ext.context.newPage();
  // The site's script logs every key the document sees, before anything else can stop it.
  await page.addInitScript(() => {
    const keys: string[] = [];
    (window as unknown as { __keys: string[] }).__keys = keys;
    for (const type of ['keydown', 'keypress', 'keyup', 'input', 'beforeinput']) {
      window.addEventListener(type, (e) => keys.push((e as KeyboardEvent).key ?? (e as InputEvent).data ?? ''), true);
    }
    // And every message posted to its window from anywhere but itself (the notes frame's height would tell it the
    // claim has notes, or that the reader opened the editor).
    const messages: string[] = [];
    (window as unknown as { __messages: string[] }).__messages = messages;
    window.addEventListener('message', (e) => {
      if (e.origin !== location.origin) messages.push(`${e.origin} ${JSON.stringify(e.data)}`);
    });
  });
  await page.goto(server.url('www.reuters.com', ARTICLE));
  const overlay = page.locator('deallens-overlay');
  await expect(overlay.getByRole('button', { name: CLAIM }).first()).toBeVisible();
  await waitForReport(ext.context, page);

  // 1. Drive the badges every way a script can: click(), dispatched pointer, mouse and key events, focus().
  await page.evaluate(async () => {
    const root = document.querySelector('deallens-overlay')!.shadowRoot!;
    for (const b of Array.from(root.querySelectorAll<HTMLElement>('button'))) {
      b.click();
      for (const type of ['pointerover', 'pointerenter', 'mouseover', 'mouseenter'])
        b.dispatchEvent(new MouseEvent(type, { bubbles: true }));
      b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
      b.focus();
      await new Promise((r) => setTimeout(r, 20));
    }
    document.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'N', code: 'KeyN', altKey: true, shiftKey: true, bubbles: true }),
    );
    (document.activeElement as HTMLElement | null)?.blur();
    // Its own dispatched keys are in its log: start the log afresh for the reader's typing.
    (window as unknown as { __keys: string[] }).__keys.length = 0;
  });
  await page.waitForTimeout(400); // past the card's hover delay: a card opened by any of it would be there now
  await expect(overlay.getByRole('dialog')).toHaveCount(0);
  expect((await pageSees(page)).dialogs).toBe(0);

  // 2. The reader writes a note through the card (real input), with the page watching.
  await overlay.getByRole('button', { name: CLAIM }).first().click();
  const notes = cardNotes(page);
  await notes.getByRole('button', { name: 'Add note' }).click();
  await notes.getByLabel('Note on this claim').pressSequentially('Secret reader thought');
  await notes.getByRole('button', { name: 'Save note' }).click();
  await expect(notes.getByRole('status')).toContainText('Note saved. 1 note on this claim');
  await notes.getByRole('button', { name: 'Add note' }).click();
  await notes.getByLabel('Note on this claim').pressSequentially('Unsaved draft');

  const seen = await pageSees(page);
  expect(seen.keys).toBe('');
  expect(await page.evaluate(() => (window as unknown as { __messages: string[] }).__messages)).toEqual([]);
  for (const secret of ['Secret reader thought', 'Unsaved draft', '1 note', 'Note saved'])
    expect(seen.text).not.toContain(secret);
  // The notes frame is there, and closed to the page.
  expect(seen.text).toContain('no document');
  expect(seen.text).toContain('refused');

  // 3. Forge the frame's messages and drive the frame from outside: nothing happens.
  await page.evaluate(() => {
    window.postMessage({ deallens: 'escape' }, '*');
    const frame = document.querySelector('deallens-overlay')!.shadowRoot!.querySelector('iframe')!;
    frame.contentWindow!.postMessage({ type: 'pageSaveClaimNote', text: 'planted' }, '*');
    frame.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    // Pose as the card, handing the frame a channel (without its token, which is in the frame's address).
    const channel = new MessageChannel();
    const heard: string[] = [];
    (window as unknown as { __heard: string[] }).__heard = heard;
    channel.port1.onmessage = (e) => heard.push(JSON.stringify(e.data));
    frame.contentWindow!.postMessage({ deallens: 'port', token: 'guessed' }, '*', [channel.port2]);
  });
  await expect(overlay.getByRole('dialog')).toHaveCount(1);
  expect(await notesInDatabase(ext.sw)).toEqual(['Secret reader thought']);
  // The reader closes the editor, which changes the frame's height: the card hears of it, the page does not.
  await notes.getByRole('button', { name: 'Cancel' }).click();
  await expect(notes.getByRole('button', { name: 'Add note' })).toBeVisible();
  await expect.poll(() => notesFrameOverflow(page)).toBe(0);
  expect(
    await page.evaluate(() => {
      const w = window as unknown as { __heard: string[]; __messages: string[] };
      return [...w.__heard, ...w.__messages];
    }),
  ).toEqual([]);

  // 4. Even the frame itself (as if the reader saved in a frenzy) gets at most 10 notes a minute from one page.
  const noteFrame = page.frames().find((f) => f.url().includes('/note-frame.html'))!;
  const replies = await noteFrame.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: any }).chrome;
    const token = location.hash.slice(1);
    const out: string[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await chrome.runtime.sendMessage({
        id: i,
        type: 'pageSaveClaimNote',
        data: { token, text: `flood ${i}`, tags: [] },
        timestamp: Date.now(),
      });
      out.push(r?.err ? r.err.message : 'saved');
    }
    return out;
  });
  expect(replies.slice(0, 9)).toEqual(Array(9).fill('saved'));
  expect(replies.slice(9)).toEqual(
    Array(2).fill(
      'DealLens saves at most 10 notes a minute from one page. Wait a minute, then save again; your text is still here.',
    ),
  );
  expect(await notesInDatabase(ext.sw)).toHaveLength(10);
});

test('the shipped build: a page script learns no verdict and no card text from the DOM, highlights or styles', async ({
  server,
}) => {
  const ext = await launchWithExtension(server, { extension: SHIPPED_EXTENSION_PATH });
  try {
    const page = await ext.context.newPage();
    await page.goto(server.url('www.reuters.com', ARTICLE));
    const reported = await waitForReport(ext.context, page);
    expect(reported.map((c) => c.verdict)).toContain('supported');
    // A card open (as DealLens's own shortcut opens it), and what DealLens drew, seen from its own world.
    expect(await focusClaimFromBackground(ext.sw, 0)).toEqual({ res: true });
    const drawnExpression = `(() => {
      const root = globalThis.__deallensInPage.surface.shadow;
      return {
        card: root.querySelector('[role="dialog"]')?.innerText ?? '',
        labels: Array.from(root.querySelectorAll('.dl-badge'), (b) => b.getAttribute('aria-label')),
        marks: root.querySelectorAll('.dl-mark').length,
      };
    })()`;
    type Drawn = { card: string; labels: string[]; marks: number };
    await expect.poll(async () => (await inDealLensWorld<Drawn>(page, drawnExpression)).card).not.toBe('');
    const drawn = await inDealLensWorld<Drawn>(page, drawnExpression);
    expect(drawn.labels.length).toBe(reported.length);
    expect(drawn.marks).toBeGreaterThanOrEqual(reported.length);

    // The site's script: every node, attribute and open shadow root; the highlight registry and every style of every
    // highlight on every element; the document's style sheets; the overlay host's own computed style.
    const seen = await page.evaluate(() => {
      const host = document.querySelector('deallens-overlay');
      const texts: string[] = [document.documentElement.outerHTML];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of Array.from(root.querySelectorAll('*'))) {
          for (const a of Array.from(el.attributes)) texts.push(a.value);
          if (el.shadowRoot) {
            texts.push(el.shadowRoot.textContent ?? '');
            visit(el.shadowRoot);
          }
        }
      };
      visit(document);
      const highlightStyles: string[] = [];
      for (const name of CSS.highlights.keys())
        for (const el of Array.from(document.querySelectorAll('article *'))) {
          const st = getComputedStyle(el, `::highlight(${CSS.escape(name)})`);
          highlightStyles.push(`${name}: ${st.backgroundColor} ${st.textDecoration}`);
        }
      const rules = Array.from(document.styleSheets).flatMap((sheet) => Array.from(sheet.cssRules, (r) => r.cssText));
      const hostStyle = host
        ? Array.from(getComputedStyle(host), (p) => getComputedStyle(host).getPropertyValue(p))
        : [];
      return {
        host: !!host,
        shadowRoot: host ? host.shadowRoot !== null : null,
        text: texts.join('\n'),
        highlights: CSS.highlights.size,
        highlightStyles,
        rules: rules.join('\n'),
        hostStyle: hostStyle.join(' '),
      };
    });
    expect(seen.host).toBe(true);
    expect(seen.shadowRoot).toBe(false);
    expect(seen.highlights).toBe(0);
    expect(seen.highlightStyles).toEqual([]);
    expect(seen.rules).not.toMatch(/deallens|highlight/i);
    for (const secret of [...drawn.labels, drawn.card.split('\n')[0]!, 'Sources disagree', 'Not in fact base']) {
      expect(seen.text).not.toContain(secret);
      expect(seen.hostStyle).not.toContain(secret);
    }
  } finally {
    await ext.context.close();
    rmSync(ext.userDataDir, { recursive: true, force: true });
  }
});

test('the shipped build: hit testing, a page script finds every badge and every card the same size whatever the verdict', async ({
  server,
}) => {
  const ext = await launchWithExtension(server, { extension: SHIPPED_EXTENSION_PATH });
  try {
    // Between them, the two articles have badges of all four verdicts.
    const seen: { verdict: string; rest: string; hovered?: string }[] = [];
    const cards: { verdict: string; size: { width: number; height: number } }[] = [];
    for (const [site, path] of [
      ['www.reuters.com', ARTICLE],
      ['www.cnbc.com', '/cnbc-openai-funding-conflict.html'],
    ] as const) {
      const page = await ext.context.newPage();
      await page.goto(server.url(site, path));
      const reported = await waitForReport(ext.context, page);
      await expect.poll(async () => (await drawnBadges(page)).length).toBe(reported.length);
      const badges = await drawnBadges(page);

      // Every badge at rest, then the first of each verdict under the reader's pointer (which grows it).
      const masks = await hitMasks(page, badges);
      badges.forEach((b, i) => seen.push({ verdict: b.verdict, rest: masks[i]! }));
      for (const verdict of new Set(badges.map((b) => b.verdict))) {
        const b = badges.find((x) => x.verdict === verdict)!;
        const top = await page.evaluate((y) => {
          window.scrollTo(0, Math.max(0, y - 200));
          return y - window.scrollY;
        }, b.y);
        await page.mouse.move(b.x + 8.5, top + 8.5);
        seen.push({ verdict, rest: masks[badges.indexOf(b)]!, hovered: (await hitMasks(page, [b]))[0]! });
        await page.mouse.move(1, 1);
        await expect.poll(() => inDealLensWorld<number>(page, OPEN_CARDS)).toBe(0);
      }

      // The card the reader opens (as DealLens's own shortcut opens it) on the first badge of each verdict.
      for (const verdict of new Set(badges.map((b) => b.verdict))) {
        const b = badges.find((x) => x.verdict === verdict)!;
        expect(await focusClaimFromBackground(ext.sw, b.index)).toEqual({ res: true });
        await expect.poll(() => inDealLensWorld<number>(page, OPEN_CARDS)).toBe(1);
        cards.push({ verdict, size: await cardSize(page, b.x) });
      }

      // The host itself: a zero-size box at the document's corner, whatever the page holds.
      const host = await page.evaluate(() => {
        const r = document.querySelector('deallens-overlay')!.getBoundingClientRect();
        return [r.left + scrollX, r.top + scrollY, r.width, r.height];
      });
      expect(host).toEqual([0, 0, 0, 0]);
      await page.close();
    }

    const verdicts = ['contradicted', 'disputed', 'supported', 'unknown'];
    expect([...new Set(seen.map((s) => s.verdict))].sort()).toEqual(verdicts);
    const distinct = (key: 'rest' | 'hovered') =>
      Object.fromEntries(
        verdicts.map((v) => [v, [...new Set(seen.filter((s) => s.verdict === v && s[key]).map((s) => s[key]))]]),
      );
    const reference = seen.find((s) => s.verdict === 'supported')!;
    expect(reference.rest).toContain('#');
    expect(distinct('rest')).toEqual(Object.fromEntries(verdicts.map((v) => [v, [reference.rest]])));
    const hovered = seen.find((s) => s.hovered)!.hovered!;
    expect(distinct('hovered')).toEqual(Object.fromEntries(verdicts.map((v) => [v, [hovered]])));
    // Every card is one size, whatever its verdict and however much it says.
    expect(cards.map((c) => c.verdict).sort()).toEqual([
      'contradicted',
      'disputed',
      'supported',
      'supported',
      'unknown',
    ]);
    expect(cards.map((c) => c.size)).toEqual(cards.map(() => cards[0]!.size));
    expect(cards[0]!.size.height).toBeGreaterThan(100);
  } finally {
    await ext.context.close();
    rmSync(ext.userDataDir, { recursive: true, force: true });
  }
});
