/**
 * A pack from a folder of article texts (`npm run facts -- --sources DIR --out pack.json`): each article goes through
 * what "Add this article as a source" does with every proposed fact kept. Articles are taken in order, each against
 * the bundled base and the ones before it, so that two articles about the same event make one fact.
 */
import { PackIndex } from '../factbase/pack-index';
import { PACK_FORMAT, type FactPack } from '../factbase/pack';
import type { FactBase } from '../factbase/schema';
import { documentDate } from '../text/dates';
import { combinePacks } from './pack-split';
import { proposeFacts, sourcePack } from './propose';
import { sourceIdFor } from './source-id';

export interface PackDocument {
  /** The file name: the source's address in the pack when no URL is given. */
  file: string;
  text: string;
  title?: string;
  outlet?: string | null;
  url?: string;
  date?: string | null;
}

export function buildPack(docs: PackDocument[], bundled: FactBase, name?: string): FactPack {
  const index = new PackIndex([{ id: 'bundled', pack: bundled, user: false }]);
  const packs: FactBase[] = [];
  for (const doc of docs) {
    const date = doc.date ?? documentDate(doc.text);
    const url = doc.url ?? doc.file;
    const title =
      doc.title ??
      doc.text
        .split('\n')
        .find((l) => l.trim())
        ?.trim()
        .slice(0, 200) ??
      doc.file;
    const id = sourceIdFor(url, doc.text);
    const facts = proposeFacts(doc.text, date, index);
    const meta = { title, outlet: doc.outlet ?? '', url, ...(date ? { date } : {}) };
    const pack = sourcePack(id, { meta, text: doc.text, facts }, undefined, index);
    pack.sources = pack.sources.map((s) => ({ ...s, file: doc.file }));
    index.add(id, pack);
    packs.push(pack);
  }
  return { format: PACK_FORMAT, ...(name ? { name } : {}), ...combinePacks(packs) };
}
