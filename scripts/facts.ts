/**
 * `npm run facts`: rebuilds lib/factbase/generated/factbase.json from the source articles and the curation file.
 * Fails when a source claim is not curated, is claimed by two facts, or a fact has no source.
 * `npm run facts -- --sources DIR --out pack.json` builds a fact pack from a folder of article texts instead
 * (scripts/facts-pack.ts, docs/sources.md).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFactBase } from '../lib/factbase/build';
import { sourceSchema } from '../lib/factbase/schema';
import { z } from 'zod';
import { buildPackFromFolder } from './facts-pack';

const argv = process.argv.slice(2);
if (argv.includes('--sources')) {
  buildPackFromFolder(argv);
  process.exit(process.exitCode ?? 0);
}

const dir = 'lib/factbase/sources';
const metas = z.array(sourceSchema).parse(JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')));
const result = buildFactBase(metas.map((meta) => ({ meta, text: readFileSync(join(dir, meta.file), 'utf8') })));
const problems = [
  ...result.unmapped.map((s) => `not curated: ${s}`),
  ...result.ambiguous.map((s) => `two facts take: ${s}`),
  ...result.empty.map((s) => `no source for fact: ${s}`),
];
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(
    `\n${problems.length} problem(s): add the claims to lib/factbase/curation.ts (SHELLS, PARTY_FIXES or IGNORED).`,
  );
  process.exit(1);
}
const out = 'lib/factbase/generated/factbase.json';
writeFileSync(out, `${JSON.stringify(result.factBase, null, 1)}\n`);
const disputed = result.factBase.facts.filter((f) => f.versions.length > 1).map((f) => f.id);
console.log(
  `wrote ${out}: ${result.factBase.facts.length} facts from ${metas.length} sources; sources disagree on ${disputed.join(', ')}`,
);
