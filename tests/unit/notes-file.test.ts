import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { NotesDb } from '@/lib/notes/db';
import { NotesRepository } from '@/lib/notes/repository';
import { MAX_IMPORT_BYTES, parseExport, serializeExport, buildExport } from '@/lib/notes/transfer';
import { exportToBlob, importFromFile } from '@/entrypoints/sidepanel/notes-file';

afterEach(async () => {
  const db = new NotesDb();
  await db.delete();
});

describe('the notes file, written and read in the side panel', () => {
  it('exports every note straight from the database (no runtime message), in the documented text', async () => {
    const repo = new NotesRepository(new NotesDb());
    for (let i = 0; i < 50; i++)
      await repo.add({
        text: `note ${i} ${'x'.repeat(i)}`,
        tags: [`t${i % 3}`],
        target: { kind: 'page', url: `https://example.com/${i}`, title: 'T' },
      });
    const all = await repo.listAll();
    repo.db.close();
    const now = new Date(Date.UTC(2026, 0, 2));
    const { blob, fileName, count } = await exportToBlob(now);
    expect(count).toBe(50);
    expect(fileName).toBe('deallens-notes-2026-01-02.json');
    const text = await blob.text();
    expect(text).toBe(serializeExport(buildExport(all, now.getTime())));
    expect(
      parseExport(text)
        .map((n) => n.id)
        .sort(),
    ).toEqual(all.map((n) => n.id).sort());
  });

  it('refuses a file by its size, before reading it', async () => {
    let read = false;
    const huge = {
      name: 'big.json',
      size: MAX_IMPORT_BYTES + 1,
      text: () => {
        read = true;
        return Promise.resolve('{}');
      },
    } as unknown as File;
    await expect(importFromFile(huge)).rejects.toThrow(
      /too large to be a DealLens notes export \(64 MB; at most 64 MB\)\. Nothing was imported\./,
    );
    expect(read).toBe(false);
  });

  it('imports a file into the database, all or nothing', async () => {
    const file = serializeExport(
      buildExport(
        [
          {
            id: 'n1',
            text: 'hello',
            tags: [],
            createdAt: 1_700_000_000_000,
            updatedAt: 1_700_000_000_000,
            target: { kind: 'fact', factId: 'f' },
          },
        ],
        1_700_000_000_000,
      ),
    );
    const asFile = (text: string) =>
      ({ name: 'n.json', size: text.length, text: () => Promise.resolve(text) }) as unknown as File;
    expect(await importFromFile(asFile(file))).toEqual({ added: 1, updated: 0, skipped: 0 });
    await expect(
      importFromFile(asFile(file.replace('2023-11-14T22:13:20.000Z', '9999-12-31T23:59:59-23:59'))),
    ).rejects.toThrow(/1970 to 2200/);
    const db = new NotesDb();
    expect((await db.notes.toArray()).map((r) => r.id)).toEqual(['n1']);
    db.close();
  });
});
