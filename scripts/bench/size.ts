/**
 * Size: the bytes injected into every news page (the content script's JS and any CSS the manifest injects with
 * it), raw and gzipped, and the size of each browser's zip. Builds with `wxt zip` into the bench's own output folder.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeResult {
  files: { file: string; raw: number; gzip: number }[];
  injectRaw: number;
  injectGzip: number;
  zips: { file: string; bytes: number }[];
}

export function buildAndZip(outDir: string) {
  const env = { ...process.env, DEALLENS_OUT: outDir };
  for (const args of [
    ['wxt', 'zip'],
    ['wxt', 'zip', '-b', 'firefox'],
  ]) {
    try {
      execFileSync('npx', args, { env, stdio: 'pipe', maxBuffer: 64 * 1024 * 1024 });
    } catch (err) {
      // Rollup's warnings about comments in zod are noise; a failed build shows all it said.
      const e = err as { stdout?: Buffer; stderr?: Buffer };
      process.stderr.write(`${e.stdout?.toString() ?? ''}${e.stderr?.toString() ?? ''}`);
      throw err;
    }
  }
}

export function measureSize(outDir: string): SizeResult {
  const ext = resolve(outDir, 'chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[]; css?: string[] }[];
  };
  const injected = new Set<string>();
  for (const cs of manifest.content_scripts ?? [])
    for (const f of [...(cs.js ?? []), ...(cs.css ?? [])]) injected.add(f);
  // The script "Check this page" injects (content-scripts/content.js) is the same file.
  const files = [...injected].map((file) => {
    const data = readFileSync(join(ext, file));
    return { file, raw: data.length, gzip: gzipSync(data, { level: 9 }).length };
  });
  const zips = existsSync(outDir)
    ? readdirSync(outDir)
        .filter((f) => f.endsWith('.zip') && !f.includes('-sources'))
        .map((f) => ({ file: f, bytes: statSync(join(outDir, f)).size }))
    : [];
  return {
    files,
    injectRaw: files.reduce((s, f) => s + f.raw, 0),
    injectGzip: files.reduce((s, f) => s + f.gzip, 0),
    zips,
  };
}
