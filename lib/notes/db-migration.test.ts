import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  declareVersions,
  NOTES_DB_VERSION,
  NotesDb,
  type SetAsideRecord,
  type StoredNote,
  type StoredNoteV1,
} from './db';
import { NotesRepository } from './repository';

const fixture = JSON.parse(readFileSync('tests/fixtures/notes/v1-notes.json', 'utf8')) as {
  schemaVersion: number;
  records: StoredNoteV1[];
};

async function writeV1(name: string, records: StoredNoteV1[]) {
  const old = new Dexie(name);
  declareVersions(old, 1);
  await old.open();
  expect(old.verno).toBe(1);
  await old.table('notes').bulkAdd(records);
  old.close();
}

describe('schema v1 -> current', () => {
  it('the fixture is a v1 database and the current schema is newer', () => {
    expect(fixture.schemaVersion).toBe(1);
    expect(NOTES_DB_VERSION).toBeGreaterThan(1);
  });

  it('finds every note written by v1, with times, tags and page keys upgraded', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    await writeV1(name, fixture.records);
    const repo = new NotesRepository(new NotesDb(name));
    const all = await repo.listAll();
    expect(all.map((n) => n.id).sort()).toEqual(fixture.records.map((r) => r.id).sort());
    expect(repo.db.verno).toBe(NOTES_DB_VERSION);

    for (const rec of fixture.records) {
      const n = all.find((x) => x.id === rec.id)!;
      expect(n.text).toBe(rec.text);
      expect(n.target).toEqual(rec.target);
      expect(n.createdAt).toBe(Date.parse(rec.createdAt));
      expect(n.updatedAt).toBe(Date.parse(rec.updatedAt));
    }
    const first = all.find((n) => n.id === fixture.records[0]!.id)!;
    expect(first.tags).toEqual(['amazon', 'OpenAI', 'funding']);
    expect(all.find((n) => n.id === fixture.records[3]!.id)!.tags).toEqual(['opinion']);

    // The v2 indexes work on migrated data: page (tracking parameters and fragment ignored), fact, search by tag.
    const reuters = await repo.listForPage('https://www.reuters.com/technology/amazon-talks-invest-openai-2026-01-29');
    expect(reuters.map((n) => n.id)).toEqual([fixture.records[0]!.id, 'legacy-note-5']);
    expect((await repo.listForFact('amazon-openai-talks-stage')).map((n) => n.id)).toEqual([fixture.records[2]!.id]);
    expect((await repo.search('#openai')).map((n) => n.id)).toEqual([fixture.records[0]!.id]);
    const raw = await repo.db.notes.toArray();
    expect(raw.every((r) => r.deletedAt === 0 && typeof r.createdAt === 'number')).toBe(true);
    repo.db.close();
  });

  it('migrated notes can be edited, deleted and undone', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    await writeV1(name, fixture.records);
    const repo = new NotesRepository(new NotesDb(name));
    const id = fixture.records[1]!.id;
    const edited = await repo.update(id, { text: 'edited after upgrade' });
    expect(edited.updatedAt).toBeGreaterThan(Date.parse(fixture.records[1]!.updatedAt));
    await repo.delete(id);
    expect(await repo.get(id)).toBeUndefined();
    await repo.undoDelete(id);
    expect((await repo.get(id))?.text).toBe('edited after upgrade');
    repo.db.close();
  });

  it('an empty v1 database upgrades to an empty current one', async () => {
    const name = `mig-${crypto.randomUUID()}`;
    await writeV1(name, []);
    const repo = new NotesRepository(new NotesDb(name));
    expect(await repo.listAll()).toEqual([]);
    repo.db.close();
  });
});

const fixtureV2 = JSON.parse(readFileSync('tests/fixtures/notes/v2-notes.json', 'utf8')) as {
  schemaVersion: number;
  records: StoredNote[];
};

describe('schema v2 -> current', () => {
  it('finds every live v2 note, keeps the tombstoned one undoable', async () => {
    expect(fixtureV2.schemaVersion).toBe(2);
    const name = `mig2-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareVersions(old, 2);
    await old.open();
    await old.table('notes').bulkAdd(fixtureV2.records);
    old.close();

    const repo = new NotesRepository(new NotesDb(name));
    const [live, deleted, fact] = fixtureV2.records;
    expect((await repo.listAll()).map((n) => n.id).sort()).toEqual([live!.id, fact!.id].sort());
    expect(
      (await repo.listForPage('https://www.cnbc.com/2026/01/29/openai-funding-round.html')).map((n) => n.id),
    ).toEqual([live!.id]);
    expect((await repo.search('#cafe')).map((n) => n.id)).toEqual([live!.id]);
    expect((await repo.listForFact('amazon-openai-talks-stage')).map((n) => n.id)).toEqual([fact!.id]);
    expect((await repo.undoDelete(deleted!.id)).text).toBe(deleted!.text);
    expect(await repo.listAll()).toHaveLength(3);
    repo.db.close();
  });
});

describe('records an upgrade cannot read', () => {
  it('a v1 note without a target, or dated year 10000, is set aside with its reason; the rest upgrade', async () => {
    const name = `mig-bad-${crypto.randomUUID()}`;
    const { target: _t, ...noTarget } = fixture.records[1]!;
    const bad = [
      { ...noTarget, id: 'no-target' } as unknown as StoredNoteV1,
      { ...fixture.records[2]!, id: 'far-future', createdAt: '9999-12-31T23:59:59-23:59' },
    ];
    await writeV1(name, [...fixture.records, ...bad]);
    const repo = new NotesRepository(new NotesDb(name));
    expect((await repo.listAll()).map((n) => n.id).sort()).toEqual(fixture.records.map((r) => r.id).sort());
    const aside = await repo.db.setAside.toArray();
    expect(aside.map((a) => [(a.record as { id: string }).id, a.reason, a.fromVersion]).sort()).toEqual([
      ['far-future', 'a time outside 1970–2200', 1],
      ['no-target', 'no valid target', 1],
    ]);
    // Kept whole: nothing of the reader's text is lost.
    expect((aside.find((a) => (a.record as StoredNoteV1).id === 'no-target')!.record as StoredNoteV1).text).toBe(
      fixture.records[1]!.text,
    );
    repo.db.close();
    // And the database opens again on the next start.
    const again = new NotesRepository(new NotesDb(name));
    expect(await again.listAll()).toHaveLength(fixture.records.length);
    again.db.close();
  });

  it('a v2 record stored as year 10000 (before dates were checked) is set aside, so export keeps working', async () => {
    const name = `mig2-bad-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareVersions(old, 2);
    await old.open();
    const far = {
      ...fixtureV2.records[0]!,
      id: 'year-10000',
      createdAt: Date.UTC(10000, 0, 1),
      updatedAt: Date.UTC(10000, 0, 1),
    };
    await old.table('notes').bulkAdd([...fixtureV2.records, far]);
    old.close();
    const db = new NotesDb(name);
    expect((await db.notes.toArray()).map((r) => r.id)).not.toContain('year-10000');
    expect((await db.setAside.toArray()).map((a) => [a.reason, a.fromVersion])).toEqual([
      ['a time outside 1970–2200', 2],
    ]);
    db.close();
  });
});

const fixtureV3 = JSON.parse(readFileSync('tests/fixtures/notes/v3-notes.json', 'utf8')) as {
  schemaVersion: number;
  records: StoredNote[];
  setAside: SetAsideRecord[];
};

describe('schema v3 -> current', () => {
  it('finds the notes and keeps the set-aside records as they were', async () => {
    expect(fixtureV3.schemaVersion).toBe(3);
    const name = `mig3-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareVersions(old, 3);
    await old.open();
    await old.table('notes').bulkAdd(fixtureV3.records);
    await old.table('setAside').bulkAdd(fixtureV3.setAside);
    old.close();
    const repo = new NotesRepository(new NotesDb(name));
    expect((await repo.listAll()).map((n) => n.id)).toEqual(fixtureV3.records.map((r) => r.id));
    expect((await repo.db.setAside.toArray()).map(({ key: _k, ...a }) => a)).toEqual(fixtureV3.setAside);
    repo.db.close();
  });
});
