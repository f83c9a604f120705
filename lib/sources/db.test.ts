import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine';
import { bundledFactBase } from '../factbase';
import { declareVersions, SOURCES_DB_VERSION, SourcesDb, type StoredSource } from './db';
import { SourcesStore } from './store';

const fixture = JSON.parse(readFileSync('tests/fixtures/sources/v1-sources.json', 'utf8')) as {
  schemaVersion: number;
  records: StoredSource[];
};

describe('sources database, schema v1 fixture', () => {
  it('a database written by v1 opens with the current schema and its facts judge pages', async () => {
    expect(fixture.schemaVersion).toBe(1);
    const name = `src-mig-${crypto.randomUUID()}`;
    const old = new Dexie(name);
    declareVersions(old, 1);
    await old.open();
    await old.table('sources').bulkAdd(fixture.records);
    old.close();

    const store = new SourcesStore(new SourcesDb(name), bundledFactBase);
    const list = await store.list();
    expect(list.map((s) => s.id)).toEqual(fixture.records.map((r) => r.id));
    expect(store.db.verno).toBe(SOURCES_DB_VERSION);
    const verdicts = analyze('Anthropic was valued at $380 billion.', {
      index: store.index,
      documentDate: '2026-03-20',
    });
    expect(verdicts.map((a) => a.verdict)).toEqual(['supported']);
    // The fixture's quotes are verbatim in its stored text, as every stored source's must be.
    for (const r of fixture.records) for (const p of r.facts) expect(r.text.slice(p.start, p.end)).toBe(p.quote);
    store.db.close();
  });
});
