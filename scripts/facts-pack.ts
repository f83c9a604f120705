/**
 * `npm run facts -- --sources DIR --out pack.json [--name NAME]`: a fact pack from a folder of article texts (.txt),
 * built as "Add this article as a source" builds one with every proposed fact kept (lib/sources/build-pack.ts).
 * DIR/meta.json, when present, gives each file's title, outlet, url and date (the bundled sources' meta.json format);
 * otherwise the first line is the title and the date is found in the text.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { bundledFactBase } from '../lib/factbase';
import { serializePack } from '../lib/factbase/pack';
import { buildPack, type PackDocument } from '../lib/sources/build-pack';

const metaSchema = z.array(
  z.object({
    file: z.string(),
    title: z.string().optional(),
    outlet: z.string().nullable().optional(),
    url: z.string().optional(),
    date: z.string().nullable().optional(),
  }),
);

function valueOf(argv: string[], flag: string): string | undefined {
  const at = argv.indexOf(flag);
  return at >= 0 ? argv[at + 1] : undefined;
}

export function buildPackFromFolder(argv: string[]): void {
  const dir = valueOf(argv, '--sources');
  const out = valueOf(argv, '--out');
  if (!dir || !out) {
    console.error('usage: npm run facts -- --sources DIR --out pack.json [--name NAME]');
    process.exitCode = 2;
    return;
  }
  let docs: PackDocument[];
  try {
    const metaFile = join(dir, 'meta.json');
    const metas = existsSync(metaFile)
      ? metaSchema.parse(JSON.parse(readFileSync(metaFile, 'utf8')))
      : readdirSync(dir)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((file) => ({ file }));
    docs = metas.map((m) => ({ ...m, text: readFileSync(join(dir, m.file), 'utf8') }));
  } catch (e) {
    console.error(`facts: cannot read ${dir}: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
    return;
  }
  const empty = docs.filter((d) => !d.text.trim());
  if (docs.length === 0 || empty.length) {
    console.error(docs.length === 0 ? `facts: no .txt files in ${dir}` : `facts: ${empty[0]!.file} is empty`);
    process.exitCode = 1;
    return;
  }
  const pack = buildPack(docs, bundledFactBase, valueOf(argv, '--name'));
  writeFileSync(out, serializePack(pack));
  const joined = pack.facts.filter((f) => bundledFactBase.facts.some((b) => b.id === f.id)).length;
  console.log(
    `wrote ${out}: ${pack.facts.length} facts (${joined} adding to bundled facts) from ${docs.length} sources`,
  );
}
