import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NotesDb } from './db';
import { NotesError, NotesStorageError, toNotesError } from './errors';
import type { ClaimTarget, NewNote } from './model';
import { matchesQuery, NotesRepository } from './repository';

const claim = (over: Partial<ClaimTarget> = {}): ClaimTarget => ({
  kind: 'claim',
  url: 'https://www.reuters.com/tech/amazon-openai/',
  quote: 'Amazon is in talks to invest up to $50 billion',
  prefix: 'Jan 29 (Reuters) - ',
  suffix: ' in OpenAI.',
  verdict: 'supported',
  relation: 'investment',
  ...over,
});

const open: NotesDb[] = [];
function fresh(name = `repo-${crypto.randomUUID()}`, now?: () => number) {
  const db = new NotesDb(name);
  open.push(db);
  return new NotesRepository(db, now ? { now } : {});
}
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('NotesRepository', () => {
  it('adds notes to claims, facts and pages and lists them per page and in all', async () => {
    let t = 1000;
    const repo = fresh(undefined, () => t++);
    const a = await repo.add({ text: 'first', tags: ['Deal', '#deal', ' x '], target: claim() });
    const b = await repo.add({
      text: 'page note',
      target: { kind: 'page', url: 'https://www.reuters.com/tech/amazon-openai/#top', title: 'T' },
    });
    const c = await repo.add({ text: 'fact note', target: { kind: 'fact', factId: 'f1' } });
    await repo.add({ text: 'elsewhere', target: claim({ url: 'https://www.cnbc.com/x.html' }) });
    expect(a.tags).toEqual(['Deal', 'x']);
    expect(a.createdAt).toBe(a.updatedAt);
    const page = await repo.listForPage('https://www.reuters.com/tech/amazon-openai?utm_source=x');
    expect(page.map((n) => n.id)).toEqual([a.id, b.id]);
    expect((await repo.listForFact('f1')).map((n) => n.id)).toEqual([c.id]);
    const all = await repo.listAll();
    expect(all).toHaveLength(4);
    expect(all[0]!.text).toBe('elsewhere');
  });

  it('refuses invalid notes with a reader-facing message', async () => {
    const repo = fresh();
    await expect(repo.add({ text: 'x', target: claim({ url: 'javascript:alert(1)' }) })).rejects.toMatchObject({
      code: 'invalid',
    });
    await expect(repo.add({ text: 'x'.repeat(20_001), target: claim() })).rejects.toThrow(/cannot be saved: text/);
    await expect(repo.add({ text: 'x', target: { kind: 'nope' } } as unknown as NewNote)).rejects.toBeInstanceOf(
      NotesError,
    );
    expect(await repo.listAll()).toEqual([]);
  });

  it('updates text and tags, always moving updatedAt forward', async () => {
    const repo = fresh(undefined, () => 5000);
    const n = await repo.add({ text: 'a', target: claim() });
    const u1 = await repo.update(n.id, { text: 'b' });
    const u2 = await repo.update(n.id, { tags: ['t'] });
    expect(u1.updatedAt).toBe(5001);
    expect(u2).toMatchObject({ text: 'b', tags: ['t'], updatedAt: 5002, createdAt: 5000 });
    expect(await repo.get(n.id)).toEqual(u2);
  });

  it('refuses an edit based on a version that changed meanwhile, keeping the other edit', async () => {
    const repo = fresh();
    const n = await repo.add({ text: 'a', target: claim() });
    const theirs = await repo.update(n.id, { text: 'from tab 2' }, { baseUpdatedAt: n.updatedAt });
    const err = await repo
      .update(n.id, { text: 'from tab 1' }, { baseUpdatedAt: n.updatedAt })
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'conflict', currentUpdatedAt: theirs.updatedAt });
    expect((err as Error).message).toContain('“from tab 2”');
    expect((await repo.get(n.id))?.text).toBe('from tab 2');
    // Saving again from the version it was told about replaces it knowingly.
    await repo.update(n.id, { text: 'from tab 1' }, { baseUpdatedAt: theirs.updatedAt });
    expect((await repo.get(n.id))?.text).toBe('from tab 1');
  });

  it('deletes with undo, and purges only after the undo window', async () => {
    let t = 0;
    const repo = fresh(undefined, () => t);
    const n = await repo.add({ text: 'gone soon', tags: ['x'], target: claim() });
    t = 10;
    await repo.delete(n.id);
    expect(await repo.listAll()).toEqual([]);
    expect(await repo.listForPage(claim().url)).toEqual([]);
    expect(await repo.search('gone')).toEqual([]);
    await expect(repo.update(n.id, { text: 'x' })).rejects.toMatchObject({ code: 'not-found' });
    await expect(repo.delete(n.id)).rejects.toMatchObject({ code: 'not-found' });
    expect(await repo.undoDelete(n.id)).toEqual(n);
    expect(await repo.listAll()).toEqual([n]);

    await repo.delete(n.id);
    t = 10 + 1000;
    expect(await repo.purgeDeleted(5000)).toBe(0);
    expect((await repo.undoDelete(n.id)).id).toBe(n.id);
    await repo.delete(n.id);
    t += 6000;
    expect(await repo.purgeDeleted(5000)).toBe(1);
    await expect(repo.undoDelete(n.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('searches text, tags (#tag for tags only), quote and title, ignoring case and accents', async () => {
    const repo = fresh();
    const a = await repo.add({ text: 'Check the Café figure', tags: ['valuation'], target: claim() });
    const b = await repo.add({
      text: 'About valuation',
      tags: ['other'],
      target: { kind: 'page', url: 'https://a.test/', title: 'SoftBank round' },
    });
    const ids = async (q: string) => (await repo.search(q)).map((n) => n.id).sort();
    expect(await ids('cafe')).toEqual([a.id]);
    expect(await ids('VALUATION')).toEqual([a.id, b.id].sort());
    expect(await ids('#valu')).toEqual([a.id]);
    expect(await ids('softbank')).toEqual([b.id]);
    expect(await ids('$50 billion')).toEqual([a.id]);
    expect(await ids('valuation other')).toEqual([b.id]);
    expect(await ids('  ')).toEqual([a.id, b.id].sort());
    expect(matchesQuery(a, 'missing')).toBe(false);
  });
});

describe('two connections (two tabs) at once', () => {
  it('concurrent adds from two connections are all kept', async () => {
    const name = `two-${crypto.randomUUID()}`;
    const r1 = fresh(name);
    const r2 = fresh(name);
    const adds = [];
    for (let i = 0; i < 40; i++) {
      adds.push(r1.add({ text: `one ${i}`, target: claim() }), r2.add({ text: `two ${i}`, target: claim() }));
    }
    await Promise.all(adds);
    expect(await r1.listAll()).toHaveLength(80);
    expect(await r2.listForPage(claim().url)).toHaveLength(80);
  });

  it('one tab edits the text while another edits the tags: both changes survive', async () => {
    const name = `two-${crypto.randomUUID()}`;
    const r1 = fresh(name);
    const r2 = fresh(name);
    const notes = await Promise.all(Array.from({ length: 20 }, (_, i) => r1.add({ text: `n${i}`, target: claim() })));
    await Promise.all(
      notes.flatMap((n) => [r1.update(n.id, { text: `${n.text} edited` }), r2.update(n.id, { tags: ['tagged'] })]),
    );
    for (const n of await r2.listAll()) {
      expect(n.text).toMatch(/ edited$/);
      expect(n.tags).toEqual(['tagged']);
    }
  });

  it('racing edits on the same base version: exactly one wins, the other is told', async () => {
    const name = `two-${crypto.randomUUID()}`;
    const r1 = fresh(name);
    const r2 = fresh(name);
    const n = await r1.add({ text: 'base', target: claim() });
    const results = await Promise.allSettled([
      r1.update(n.id, { text: 'tab 1' }, { baseUpdatedAt: n.updatedAt }),
      r2.update(n.id, { text: 'tab 2' }, { baseUpdatedAt: n.updatedAt }),
    ]);
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(ok).toHaveLength(1);
    expect(failed[0]!.reason).toMatchObject({ code: 'conflict' });
    expect((await r1.get(n.id))?.text).toBe((ok[0] as PromiseFulfilledResult<{ text: string }>).value.text);
  });
});

describe('storage failures', () => {
  it('a closed database surfaces as a typed error with a reader-facing message', async () => {
    const repo = fresh();
    await repo.add({ text: 'kept', target: claim() });
    repo.db.close();
    const err = await repo.add({ text: 'x', target: claim() }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotesStorageError);
    expect(err).toMatchObject({ code: 'closed' });
    expect((err as Error).message).toMatch(/not saved/);
    await expect(repo.listAll()).rejects.toMatchObject({ code: 'closed' });
  });

  it('a full disk (QuotaExceededError) surfaces as code quota and writes nothing', async () => {
    const repo = fresh();
    const n = await repo.add({ text: 'before', target: claim() });
    const spy = vi.spyOn(repo.db.notes, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const err = await repo.update(n.id, { text: 'after' }).catch((e: unknown) => e);
    spy.mockRestore();
    expect(err).toMatchObject({ code: 'quota', name: 'NotesStorageError' });
    expect((err as Error).message).toMatch(/no room left/);
    expect((await repo.get(n.id))?.text).toBe('before');
  });

  it('recognises Dexie and DOM error names, keeping NotesErrors as they are', () => {
    expect(toNotesError(new Dexie.QuotaExceededError('q')).code).toBe('quota');
    expect(toNotesError(new Dexie.AbortError('a', new DOMException('q', 'QuotaExceededError'))).code).toBe('quota');
    expect(toNotesError(new Dexie.DatabaseClosedError()).code).toBe('closed');
    expect(toNotesError(new Error('weird')).code).toBe('unavailable');
    const mine = new NotesError('conflict', 'm');
    expect(toNotesError(mine)).toBe(mine);
  });
});
