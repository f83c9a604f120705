/**
 * Notes messages refuse what they should: content-script messages from an extension page, malformed payloads, and
 * the page's own scripts cannot reach the extension at all. Nothing is stored by a refused message.
 */
import { expect, test } from './extension';
import { ARTICLE, openNotesPanel } from './notes-helpers';

interface Reply {
  res?: unknown;
  err?: { message: string };
}

test('notes messages: wrong sender and bad payloads are refused, and nothing is stored', async ({ ext, server }) => {
  const article = await ext.context.newPage();
  await article.goto(server.url('www.reuters.com', ARTICLE));
  // The page's own scripts have no way to message the extension.
  expect(
    await article.evaluate(
      () => typeof (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage,
    ),
  ).toBe('undefined');

  const { panel } = await openNotesPanel(ext, article);
  const send = (type: string, data: unknown) =>
    panel.evaluate(
      ([t, d]) =>
        new Promise<Reply>((ok) => {
          const api = (
            globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown, cb: (r: Reply) => void): void } } }
          ).chrome;
          api.runtime.sendMessage({ id: 1, type: t, data: d, timestamp: Date.now() }, ok);
        }),
      [type, data] as const,
    );

  const claim = {
    kind: 'claim',
    url: server.url('www.reuters.com', ARTICLE),
    quote: 'q',
    prefix: '',
    suffix: '',
    verdict: 'supported',
    relation: 'investment',
  };
  expect((await send('contentOfferClaimNote', { target: claim, count: 0 })).err?.message).toMatch(
    /only from a tab's top frame/,
  );
  expect((await send('contentListNotesForPage', { url: claim.url })).err?.message).toMatch(
    /only from a tab's top frame/,
  );
  expect(
    (await send('pageAddNote', { text: 'x', tags: [], target: { ...claim, url: 'javascript:alert(1)' } })).err?.message,
  ).toMatch(/"target",\s*"url"[\s\S]*not an http\(s\) URL/);
  expect((await send('pageAddNote', { text: 42, target: claim })).err?.message).toMatch(/"invalid_type"[\s\S]*"text"/);
  expect((await send('pageUpdateNote', { id: '<script>', text: 'x' })).err?.message).toMatch(
    /"id"[\s\S]*only letters, digits and _ \. : -/,
  );
  expect((await send('pageListNotes', {})).res).toEqual([]);
});
