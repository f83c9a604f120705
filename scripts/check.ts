/**
 * `npm run --silent check -- [--pack pack.json]... [--json] FILE...`: runs DealLens's pipeline on .txt and .html
 * files, against the bundled fact base and the fact packs given (one index over all, as in the extension).
 * Without --json, a readable report; with --json, exactly one JSON array on stdout. Unreadable or empty files get a
 * message on stderr and a non-zero exit; the other files are still reported.
 */
import { readFileSync, statSync } from 'node:fs';
import { analyze } from '../lib/engine';
import { formatReport, toFileReport, type FileReport } from '../lib/check/report';
import { htmlArticle } from './html-article';
import { bundledFactBase, type FactIndex } from '../lib/factbase';
import { PackIndex } from '../lib/factbase/pack-index';
import { parsePack } from '../lib/factbase/pack';

const args = process.argv.slice(2);
const json = args.includes('--json');
const packFiles = args.flatMap((a, i) => (args[i - 1] === '--pack' ? [a] : []));
const files = args.filter((a, i) => a !== '--json' && a !== '--pack' && args[i - 1] !== '--pack');
if (files.length === 0 || args.includes('--help') || args[args.length - 1] === '--pack') {
  console.error('usage: npm run --silent check -- [--pack pack.json]... [--json] FILE...   (.txt or .html)');
  process.exit(2);
}

let index: FactIndex | undefined;
if (packFiles.length) {
  const packs = packFiles.map((file) => {
    try {
      return parsePack(readFileSync(file, 'utf8'));
    } catch (e) {
      console.error(
        `check: cannot use pack ${file}: ${e instanceof Error ? e.message.replace(/^[A-Z]+: /, '') : String(e)}`,
      );
      process.exit(2);
    }
  });
  index = new PackIndex([
    { id: 'bundled', pack: bundledFactBase, user: false },
    ...packs.map((pack, i) => ({ id: `pack-${i}`, pack })),
  ]);
}

const reports: FileReport[] = [];
let failed = false;
for (const file of files) {
  let raw: string;
  try {
    if (statSync(file).isDirectory()) throw new Error('is a directory');
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`check: cannot read ${file}: ${e instanceof Error ? e.message.replace(/^[A-Z]+: /, '') : String(e)}`);
    failed = true;
    continue;
  }
  const isHtml = /\.html?$/i.test(file);
  const { text, date } = isHtml ? htmlArticle(raw) : { text: raw, date: undefined };
  if (text.trim() === '') {
    console.error(`check: ${file} is empty${isHtml ? ' (no article text found in the HTML)' : ''}`);
    failed = true;
    continue;
  }
  reports.push(toFileReport(file, analyze(text, { documentDate: date, ...(index ? { index } : {}) })));
}
process.stdout.write(json ? `${JSON.stringify(reports)}\n` : formatReport(reports));
process.exitCode = failed ? 1 : 0;
