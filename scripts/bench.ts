/**
 * `npm run bench`: DealLens's speed, size and memory budgets (issue 5). Prints a readable table and, as the last line,
 * one JSON object with every figure. Never a test: nothing here fails a build; MISSED marks a target not met.
 *
 *   npm run bench                      everything (builds into .output-bench, launches Chromium)
 *   npm run bench -- --engine-only     the in-process engine figures only (no build, no browser)
 *   npm run bench -- --page-only       build, size, page and memory figures only
 *   npm run bench -- --no-build        reuse the last build in $DEALLENS_OUT (default .output-bench)
 */
import { cpus, totalmem } from 'node:os';
import { articleText, adversarialText, bytes, loadArticles } from './bench/text';
import { benchEngine, benchEngineParts } from './bench/engine';
import { benchScaling } from './bench/scaling';
import { benchFactBaseScaling } from './bench/factbase-scaling';
import { benchUserFactsScaling } from './bench/user-facts-scaling';
import { benchHostile } from './bench/hostile';
import { benchRestated } from './bench/restated';
import { buildAndZip, measureSize } from './bench/size';
import { writeBenchPages } from './bench/fixtures';
import type { PageResult } from './bench/page';
import { figuresJson, kb, ms, round, table, type Figures, type Row } from './bench/report';

const args = new Set(process.argv.slice(2));
const OUT = process.env.DEALLENS_OUT ?? '.output-bench';
process.env.DEALLENS_OUT = OUT; // tests/e2e/extension.ts loads the extension from here
const MB = 1_048_576;
const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

async function main() {
  const rows: Row[] = [];
  const f: Partial<Figures> = {};
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  log(`${cpus().length} cores, ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`);

  const { articles, corpus } = loadArticles();
  const text1m = articleText(articles, MB);
  const text100k = articleText(articles, MB / 10);
  const adversarial = adversarialText(MB);
  log(`text: ${articles.length} articles (${corpus ? 'sources + corpus' : 'sources only'}), ${bytes(text1m)} bytes`);

  if (!args.has('--page-only')) {
    log('engine ratio…');
    const e = benchEngine(text1m);
    f.engine_ratio = round(e.ratio, 1);
    f.engine_mb_per_s = round(e.mbPerS, 1);
    rows.push({
      name: 'engine_ratio',
      value: e.ratio.toFixed(1),
      target: '<= 10',
      ok: e.ratio <= 10,
      note: `analyze ${ms(e.engineMs)} vs /\\d+/g ${ms(e.regexMs)} over ${(e.bytes / MB).toFixed(2)} MB, ${e.claims} claims`,
    });
    rows.push({ name: 'engine_mb_per_s', value: e.mbPerS.toFixed(1), note: 'MB of article text per second' });
    const parts = benchEngineParts(text1m);
    const x = (v: number) => `${(v / parts.regexMs).toFixed(1)}x /\\d+/g`;
    rows.push({
      name: '  extraction',
      value: ms(parts.extractMs),
      note: `${x(parts.extractMs)}: sentences, names, figures, cue words, claims`,
    });
    rows.push({
      name: '  verdicts',
      value: ms(parts.judgeMs),
      note: `${x(parts.judgeMs)}: judging the ${e.claims} claims against the fact base`,
    });
    rows.push({
      name: '  every word once',
      value: ms(parts.wordPassMs),
      note: `${x(parts.wordPassMs)}: one pass of /[A-Za-z]+/g, the least any reading of the words costs`,
    });

    log('scaling…');
    const s = benchScaling(text100k, text1m, adversarial);
    f.scaling_ratio = round(s.scalingRatio);
    f.adversarial_scaling_ratio = round(s.adversarialRatio);
    rows.push({
      name: 'scaling_ratio',
      value: s.scalingRatio.toFixed(2),
      target: '<= 1.5',
      ok: s.scalingRatio <= 1.5,
      note: `1 MB ${ms(s.ms1m)} vs 100 KB ${ms(s.ms100k)} (per byte)`,
    });
    rows.push({
      name: 'adversarial_scaling_ratio',
      value: s.adversarialRatio.toFixed(2),
      target: '<= 1.5',
      ok: s.adversarialRatio <= 1.5,
      note: `1 MB adversarial ${ms(s.msAdversarial)} vs 1 MB normal`,
    });

    log('restated figure…');
    const re = benchRestated(MB);
    f.restated_scaling_ratio = round(re.ratio);
    rows.push({
      name: 'restated_scaling_ratio',
      value: re.ratio.toFixed(2),
      target: '<= 1.5',
      ok: re.ratio <= 1.5,
      note: `one figure restated all along: 1 MB ${ms(re.ms1m)} vs 100 KB ${ms(re.ms100k)} (per byte)`,
    });

    log('hostile text…');
    const ho = benchHostile(text1m, MB);
    f.hostile_text_ratio = round(ho.ratio);
    rows.push({
      name: 'hostile_text_ratio',
      value: ho.ratio.toFixed(2),
      target: '<= 2',
      ok: ho.ratio <= 2,
      note: `worst: ${ho.worst}, per MB against 1 MB of deal news (${ms(ho.normalMs)})`,
    });
    for (const r of ho.rows)
      rows.push({ name: `  ${r.name}`, value: ms(r.ms), note: `${r.ratio.toFixed(2)}x deal news per MB` });

    log('fact base scaling…');
    const fb = benchFactBaseScaling(text1m);
    f.factbase_scaling_ratio = round(fb.ratio);
    rows.push({
      name: 'factbase_scaling_ratio',
      value: fb.ratio.toFixed(2),
      target: '<= 1.5',
      ok: fb.ratio <= 1.5,
      note: `${fb.facts} facts (${fb.realSubjectFacts} synthetic on real companies): ${ms(fb.largeMs)} vs ${ms(fb.bundledMs)}; index built in ${ms(fb.indexMs)}`,
    });

    log('user facts scaling…');
    const uf = benchUserFactsScaling(text1m);
    f.user_factbase_scaling_ratio = round(uf.ratio);
    rows.push({
      name: 'user_factbase_scaling_ratio',
      value: uf.ratio.toFixed(2),
      target: '<= 1.5',
      ok: uf.ratio <= 1.5,
      note: `bundled + ${uf.userFacts} user facts in ${uf.sources} sources: ${ms(uf.userMs)} vs ${ms(uf.bundledMs)}; index built in ${ms(uf.buildMs)}, one source added and removed in ${ms(uf.updateMs)}`,
    });
  }

  if (!args.has('--engine-only')) {
    if (!args.has('--no-build')) {
      log(`building and zipping into ${OUT}…`);
      buildAndZip(OUT);
    }
    const size = measureSize(OUT);
    f.inject_gzip_bytes = size.injectGzip;
    rows.push({
      name: 'inject_gzip_bytes',
      value: String(size.injectGzip),
      target: '<= 30720',
      ok: size.injectGzip <= 30 * 1024,
      note: `${kb(size.injectGzip)} gzip, ${kb(size.injectRaw)} raw: ${size.files.map((x) => x.file).join(', ')}`,
    });
    for (const z of size.zips) rows.push({ name: 'zip', value: kb(z.bytes), note: z.file });

    const pages = writeBenchPages(articles);
    // Imported only now: tests/e2e/extension.ts reads DEALLENS_OUT when it loads.
    const { startFixtureServer } = await import('../tests/e2e/fixture-server');
    const { launch } = await import('./bench/browser');
    const { benchPage } = await import('./bench/page');
    const { benchMemory } = await import('./bench/memory');
    const server = await startFixtureServer(['www.reuters.com']);
    const withExt = await launch(server, true);
    const without = await launch(server, false);
    try {
      const results: PageResult[] = [];
      for (const [path, words] of [
        [pages.small, pages.smallWords],
        [pages.large, pages.largeWords],
      ] as const) {
        log(`page ${path}…`);
        results.push(await benchPage(withExt, without, server, path, words));
      }
      const [small, large] = results as [PageResult, PageResult];
      f.page_2k_ms = round(small.startToBadges, 1);
      f.page_20k_ms = round(large.startToBadges, 1);
      f.long_tasks = Math.max(small.longTasks.length, large.longTasks.length);
      f.layout_shift = round(Math.max(small.layoutShift, large.layoutShift), 4);
      // The worse of the two pages: mark.js slows down sharply with many claim texts on the long one.
      f.render_vs_mark_ratio = round(Math.max(small.renderVsMark, large.renderVsMark));
      for (const p of results) {
        const tag = p.words > 5000 ? '20k' : '2k';
        rows.push({
          name: `page_${tag}_ms`,
          value: p.startToBadges.toFixed(1),
          note: `${p.words} words, ${p.claims} claims highlighted; render ${ms(p.render)}`,
        });
        rows.push({
          name: `  long tasks (${tag})`,
          value: String(p.longTasks.length),
          target: '0',
          ok: p.longTasks.length === 0,
          note: `${p.longTaskNotes.join(', ') || 'none'}; without DealLens: ${p.baselineLongTasks.length}`,
        });
        rows.push({
          name: `  layout shift (${tag})`,
          value: p.layoutShift.toFixed(4),
          target: '0',
          ok: p.layoutShift === 0,
        });
        rows.push({
          name: `  render vs mark.js (${tag})`,
          value: p.renderVsMark.toFixed(2),
          target: '<= 0.5',
          ok: p.renderVsMark <= 0.5,
          note: `DealLens ${ms(p.render)} vs mark.js ${ms(p.markMs)} (${p.marks} marks)`,
        });
      }
      log('memory…');
      const m = await benchMemory(withExt, without, server, pages.large);
      f.heap_bytes = m.addedBytes;
      rows.push({
        name: 'heap_bytes',
        value: String(m.addedBytes),
        note: `${kb(m.addedBytes)} added on the 20k-word page (${kb(m.withBytes)} with vs ${kb(m.withoutBytes)} without)`,
      });
      const base = await benchMemory(withExt, without, server, '/reuters-heatwave-weather.html');
      rows.push({
        name: '  heap, no deal claims',
        value: String(base.addedBytes),
        note: `${kb(base.addedBytes)} added on a short article with no deal claims: DealLens's fixed cost in a page`,
      });
    } finally {
      await withExt.close();
      await without.close();
      await server.close();
    }
  }

  console.log(
    `DealLens bench — ${cpus().length} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}`,
  );
  console.log(table(rows));
  console.log(figuresJson(f));
}

main().catch((err: unknown) => {
  console.error('bench failed:', err);
  process.exit(1);
});
