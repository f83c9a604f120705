/**
 * Messages: a web page cannot reach DealLens's notes (no externally_connectable; window.postMessage in the protocol's
 * shapes is ignored), and a message from a content script's world — what a compromised page renderer could forge — is
 * held to what a content script may do: its own tab's top frame, its own origin, valid payloads, no page* handlers.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './extension';

/** Code passed to evaluate() runs in the extension, where `chrome` exists. */
declare const chrome: any;

const PAGE = 'https://www.reuters.com/reuters-amazon-openai-talks.html';
const envelope = (type: string, data?: unknown) => ({ id: 1, type, data, timestamp: Date.now() });

/** Sends one protocol message from an extension page (the way popup and side panel do) and returns the reply. */
async function fromExtensionPage(page: Page, type: string, data?: unknown) {
  return page.evaluate((msg) => chrome.runtime.sendMessage(msg), envelope(type, data)) as Promise<{
    res?: any;
    err?: any;
  }>;
}

/** Sends messages from the content script's isolated world of a tab (chrome.scripting, as an injected script runs). */
type Reply = { res?: any; err?: any };
async function fromContentWorld(
  sw: import('@playwright/test').Worker,
  url: string,
  messages: object[],
  allFrames = false,
): Promise<{ frameId: number; replies: Reply[] }[]> {
  return sw.evaluate(
    async ({ url, messages, allFrames }) => {
      const [tab] = await chrome.tabs.query({ url });
      const results = await chrome.scripting.executeScript({
        target: { tabId: tab.id, allFrames },
        world: 'ISOLATED',
        args: [messages],
        func: async (msgs: object[]) => Promise.all(msgs.map((m) => chrome.runtime.sendMessage(m))),
      });
      return results.map((r: { frameId: number; result: unknown }) => ({
        frameId: r.frameId,
        replies: r.result as { res?: any; err?: any }[],
      }));
    },
    { url, messages, allFrames },
  );
}

function claimOn(url: string) {
  return {
    kind: 'claim',
    url,
    quote: 'up to $50 billion',
    prefix: '',
    suffix: '',
    verdict: 'supported',
    relation: 'investment',
  };
}

function pageNote(url: string, text: string) {
  return { text, tags: ['mine'], target: { kind: 'page', url, title: 'A page' } };
}

test('a web page cannot read or write notes by messaging', async ({ ext, server }) => {
  const ownPage = await ext.context.newPage();
  await ownPage.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const added = await fromExtensionPage(ownPage, 'pageAddNote', pageNote(PAGE, 'A private note'));
  expect(added.err).toBeUndefined();
  const before = (await fromExtensionPage(ownPage, 'pageListNotes', {})).res;
  expect(before).toHaveLength(1);

  const page = await ext.context.newPage();
  await page.goto(server.url('www.reuters.com', '/reuters-amazon-openai-talks.html'));
  await expect(page.locator('deallens-overlay').getByRole('button').first()).toBeAttached();
  const result = await page.evaluate(
    async ({ id, note, exportFile }) => {
      const c = (globalThis as any).chrome;
      // Without externally_connectable a page gets no runtime messaging at all.
      const runtime = c?.runtime?.sendMessage === undefined ? 'unavailable' : 'available';
      let byId = 'unavailable';
      try {
        c?.runtime?.sendMessage?.(id, { type: 'pageListNotes' });
      } catch {
        byId = 'refused';
      }
      const heard: unknown[] = [];
      window.addEventListener('message', (e) => heard.push(e.data));
      const shapes = [
        { type: 'pageListNotes', data: {} },
        { type: 'pageNotesImported' },
        { type: 'pageAddNote', data: note },
        { type: 'pageUpdateNote', data: { id: 'x', text: exportFile } },
        { type: 'pageDeleteNote', data: { id: 'x' } },
        { type: 'contentListNotesForPage', data: { url: location.href } },
        { type: 'contentOfferClaimNote', data: { target: note.target, count: 0 } },
        { type: 'pageSaveClaimNote', data: { token: '00000000-0000-0000-0000-000000000000', text: 'x', tags: [] } },
      ];
      for (const s of shapes) {
        const msg = { id: 7, timestamp: Date.now(), ...s };
        window.postMessage(msg, '*');
        window.postMessage(JSON.stringify(msg), '*');
        // @webext-core/messaging's window and custom-event channels use a namespace; DealLens listens on neither.
        window.postMessage({ namespace: 'deallens', ...msg }, '*');
        window.dispatchEvent(new CustomEvent('deallens', { detail: msg }));
      }
      await new Promise((r) => setTimeout(r, 1500));
      return { runtime, byId, heard: heard.length, sent: shapes.length * 3 };
    },
    {
      id: ext.extensionId,
      note: pageNote(PAGE, 'Written by the page'),
      exportFile: JSON.stringify({
        format: 'deallens-notes',
        version: 1,
        exportedAt: new Date().toISOString(),
        notes: [],
      }),
    },
  );
  expect(result.runtime).toBe('unavailable');
  expect(result.byId).toBe('unavailable');
  // The page heard only its own messages: no reply from DealLens.
  expect(result.heard).toBe(result.sent);
  expect((await fromExtensionPage(ownPage, 'pageListNotes', {})).res).toEqual(before);
});

test("a content script's world is refused page handlers, other origins, sub-frames and bad payloads", async ({
  ext,
  server,
}) => {
  const ownPage = await ext.context.newPage();
  await ownPage.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const other = (
    await fromExtensionPage(ownPage, 'pageAddNote', pageNote('https://www.cnbc.com/story.html', "Another site's note"))
  ).res;
  await fromExtensionPage(ownPage, 'pageAddNote', pageNote(PAGE, "This page's note"));
  const before = (await fromExtensionPage(ownPage, 'pageListNotes', {})).res;
  expect(before).toHaveLength(2);

  const page = await ext.context.newPage();
  await page.goto(server.url('www.reuters.com', '/reuters-amazon-openai-talks.html'));
  await expect(page.locator('deallens-overlay').getByRole('button').first()).toBeAttached();
  const PAGE_ONLY = /^DealLens: page messages are accepted only from the extension's own pages$/;
  const OWN_NOTES = /^DealLens: a page can only see its own notes\.$/;
  // Each refusal with the reason it must give: a refusal for another reason would hide a hole.
  const refusals: [object, RegExp][] = [
    [envelope('pageListNotes', {}), PAGE_ONLY],
    [envelope('pageNotesImported'), PAGE_ONLY],
    [envelope('pageAddNote', pageNote(PAGE, 'x')), PAGE_ONLY],
    [envelope('pageUpdateNote', { id: other.id, text: 'changed' }), PAGE_ONLY],
    [envelope('pageDeleteNote', { id: other.id }), PAGE_ONLY],
    [envelope('pageUndoDelete', { id: other.id }), PAGE_ONLY],
    [envelope('pageGetTabState', { tabId: 1 }), PAGE_ONLY],
    [envelope('pageCheckTab', { tabId: 1 }), PAGE_ONLY],
    [envelope('pageFocusClaim', { tabId: 1, index: 0 }), PAGE_ONLY],
    // Its own channel, but another origin's notes, or a fact note, or a payload the schema refuses.
    [envelope('contentListNotesForPage', { url: 'https://www.cnbc.com/story.html' }), OWN_NOTES],
    [envelope('contentOfferClaimNote', { target: claimOn('https://www.cnbc.com/story.html'), count: 0 }), OWN_NOTES],
    [
      envelope('contentOfferClaimNote', { target: { kind: 'fact', factId: 'amazon-openai-investment' }, count: 0 }),
      /"target",\s*"kind"/,
    ],
    [
      envelope('contentOfferClaimNote', { target: { ...claimOn(PAGE), quote: 'x'.repeat(100_000) }, count: 0 }),
      /"too_big"[\s\S]*"quote"/,
    ],
    [envelope('contentOfferClaimNote', { count: 0 }), /"invalid_type"[\s\S]*"target"/],
    // Only the notes frame (an extension page) saves, and only with a token the background gave out.
    [envelope('pageSaveClaimNote', { token: crypto.randomUUID(), text: 'planted', tags: [] }), PAGE_ONLY],
    [envelope('contentListNotesForPage', { url: 42 }), /"invalid_type"[\s\S]*"url"/],
    [
      envelope('contentReportedClaims', { url: PAGE, title: 't', claims: [{ index: -1 }] }),
      /"too_small"[\s\S]*"index"/,
    ],
    // Text to check: over the size cap, not text, or a date that is not one.
    [envelope('contentAnalyzeText', { text: 'x'.repeat(1_000_001) }), /"too_big"[\s\S]*"maximum": 1000000/],
    [envelope('contentAnalyzeText', { text: 42 }), /"invalid_type"[\s\S]*"text"/],
    [
      envelope('contentAnalyzeText', { text: 'Amazon', documentDate: '<img src=x>' }),
      /"invalid_format"[\s\S]*"documentDate"/,
    ],
    // Page markup for Readability: over the size cap, or not markup.
    [envelope('contentReadArticle', { html: 'x'.repeat(8_000_001) }), /"too_big"[\s\S]*"html"/],
    [envelope('contentReadArticle', { html: 42 }), /"invalid_type"[\s\S]*"html"/],
  ];
  const refused = refusals.map(([m]) => m);
  const claimText = 'Amazon is in talks to invest up to $50 billion in OpenAI, people familiar with the matter said.';
  const [top] = await fromContentWorld(ext.sw, PAGE, [
    ...refused,
    envelope('contentListNotesForPage', { url: PAGE }),
    envelope('contentAnalyzeText', { text: claimText }),
    envelope('contentReadArticle', {
      html: `<html><body><nav>Menu</nav><article><p>${claimText.repeat(4)}</p></article></body></html>`,
    }),
  ]);
  const replies = top!.replies;
  refusals.forEach(([m, reason], i) => {
    expect(replies[i]?.err?.message, `${(m as { type: string }).type} #${i} is refused`).toMatch(reason);
    expect(replies[i]?.res).toBeUndefined();
  });
  // The channel itself works: its own page's notes, and only those.
  const own = replies[refused.length]!;
  expect(own.err).toBeUndefined();
  expect(own.res.map((n: { text: string }) => n.text)).toEqual(["This page's note"]);
  // The background checks a content script's text and answers with the claims and the facts they cite.
  const analysed = replies[refused.length + 1]!;
  expect(analysed.err).toBeUndefined();
  const cited = analysed.res.annotations.flatMap((a: { facts: string[] }) => a.facts);
  expect(analysed.res.annotations.length).toBeGreaterThan(0);
  expect(cited.length).toBeGreaterThan(0);
  expect(analysed.res.facts.map((f: { id: string }) => f.id).sort()).toEqual([...new Set<string>(cited)].sort());
  // Readability in the background: of the markup's Text nodes ("Menu", the paragraph), it keeps the paragraph.
  const read = replies[refused.length + 2]!;
  expect(read.err).toBeUndefined();
  expect(read.res).toEqual([1]);
  expect((await fromExtensionPage(ownPage, 'pageListNotes', {})).res).toEqual(before);
});

test('a same-origin sub-frame cannot speak for the page', async ({ ext, server }) => {
  const ownPage = await ext.context.newPage();
  await ownPage.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await fromExtensionPage(
    ownPage,
    'pageAddNote',
    pageNote(server.url('www.reuters.com', '/hostile/iframes.html'), 'Top page note'),
  );
  const page = await ext.context.newPage();
  await page.goto(server.url('www.reuters.com', '/hostile/iframes.html'));
  await expect(page.frameLocator('#same-origin').locator('#frame-button')).toBeVisible();
  const url = server.url('www.reuters.com', '/hostile/iframes.html');
  const results = await fromContentWorld(
    ext.sw,
    url,
    [
      envelope('contentListNotesForPage', { url }),
      envelope('contentAnalyzeText', { text: 'Amazon may invest $50 billion.' }),
      envelope('contentReadArticle', { html: '<html><body><p>Amazon may invest $50 billion.</p></body></html>' }),
    ],
    true,
  );
  const top = results.find((r) => r.frameId === 0)!;
  const frames = results.filter((r) => r.frameId !== 0);
  expect(top.replies[0]!.res.map((n: { text: string }) => n.text)).toEqual(['Top page note']);
  expect(top.replies[1]!.err).toBeUndefined();
  expect(top.replies[2]!.err).toBeUndefined();
  expect(frames.length).toBeGreaterThan(0);
  for (const f of frames) {
    for (const r of f.replies.slice(0, 3))
      expect(r.err?.message).toBe("DealLens: content messages are accepted only from a tab's top frame");
  }
});

test('extension pages ignore state and notes announcements that do not come from the extension', async ({
  ext,
  server,
}) => {
  const page = await ext.context.newPage();
  await page.goto(server.url('www.reuters.com', '/reuters-amazon-openai-talks.html'));
  await expect(page.locator('deallens-overlay').getByRole('button').first()).toBeAttached();
  const tabId = await ext.sw.evaluate(async (url) => (await chrome.tabs.query({ url }))[0].id, PAGE);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
  await expect(popup.locator('.claim-list button.claim').first()).toBeVisible();
  const claims = await popup.locator('.claim-list button.claim').count();
  const forged = {
    tabId,
    url: PAGE,
    title: 'Forged',
    status: 'annotated',
    claims: [
      {
        index: 0,
        text: 'FORGED CLAIM',
        relation: 'investment',
        verdict: 'contradicted',
        facts: [],
        why: 'forged',
        prefix: '',
        suffix: '',
      },
    ],
  };
  await fromContentWorld(ext.sw, PAGE, [
    envelope('backgroundTabStateChanged', forged),
    envelope('backgroundNotesChanged', { pageKeys: [], all: true }),
  ]);
  await popup.waitForTimeout(1000);
  await expect(popup.getByText('FORGED CLAIM')).toHaveCount(0);
  await expect(popup.locator('.claim-list button.claim')).toHaveCount(claims);
});
