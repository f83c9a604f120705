/**
 * Least privilege and no remote code, read from the shipped build (.output/chrome-mv3 or $DEALLENS_OUT): the exact
 * permissions the features need, the content script only on the news list and only in top frames, nothing exposed
 * to web pages, a strict CSP, no bundle that can build code from a string, and an overlay closed to the page (the
 * e2e build differs from it by that one switch). Runs without a browser.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { E2E_EXTENSION_PATH, SHIPPED_EXTENSION_PATH as EXTENSION_PATH } from './extension';
import { NEWS_SITE_MATCHES } from '../../lib/sites';

const manifest = () => JSON.parse(readFileSync(join(EXTENSION_PATH, 'manifest.json'), 'utf8')) as Record<string, any>;
const BROAD = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'file:///*'];
const sorted = (xs: string[]) => [...xs].sort();

test('permissions: exactly what the features need', () => {
  const m = manifest();
  expect(m.manifest_version).toBe(3);
  // storage: settings and per-tab state; activeTab + scripting: "Check this page"; sidePanel: the side panel.
  expect(sorted(m.permissions)).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage', 'unlimitedStorage']);
  // Host access only for the news sites the content script is declared for, never for every site.
  expect(sorted(m.host_permissions)).toEqual(sorted(NEWS_SITE_MATCHES));
  for (const p of m.host_permissions as string[]) expect(BROAD).not.toContain(p);
  // Other sites only when the reader adds one in options, asked for at that moment.
  expect(m.optional_host_permissions).toEqual(['*://*/*']);
  expect(m.optional_permissions).toBeUndefined();
});

test('content script: the news list only, top frames only, isolated world', () => {
  const scripts = manifest().content_scripts as Record<string, any>[];
  expect(scripts).toHaveLength(1);
  const [cs] = scripts;
  expect(sorted(cs!.matches)).toEqual(sorted(NEWS_SITE_MATCHES));
  expect(cs!.js).toEqual(['content-scripts/content.js']);
  // No stylesheet in the page's document (where the page's script could read its effect): all styling is in the
  // overlay's closed shadow root.
  expect(cs!.css).toBeUndefined();
  expect(cs!.all_frames).toBeUndefined();
  expect(cs!.match_about_blank).toBeUndefined();
  expect(cs!.match_origin_as_fallback).toBeUndefined();
  expect(cs!.world).toBeUndefined();
  expect(cs!.run_at).toBe('document_idle');
});

test('nothing is exposed to web pages but the notes frame: no externally_connectable, one web-accessible page', () => {
  const m = manifest();
  expect(m.externally_connectable).toBeUndefined();
  // The card's notes frame (an extension page the site cannot read or drive), at a per-session address.
  expect(m.web_accessible_resources).toEqual([
    { resources: ['note-frame.html'], matches: ['*://*/*'], use_dynamic_url: true },
  ]);
  expect(m.key).toBeUndefined();
  expect(m.update_url).toBeUndefined();
});

test('CSP for extension pages: own scripts only, no eval, no remote anything', () => {
  const csp = String(manifest().content_security_policy?.extension_pages ?? '');
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  for (const values of directives.values()) {
    for (const v of values) expect(v).toMatch(/^('self'|'none'|'unsafe-inline'|data:)$/);
  }
  // 'unsafe-inline' is for styles only (Preact sets style attributes); never for script.
  expect(directives.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
});

test('every file the manifest names is in the build', () => {
  const m = manifest();
  const files = [
    m.background.service_worker,
    m.action.default_popup,
    m.options_ui.page,
    m.side_panel.default_path,
    ...m.content_scripts.flatMap((c: { js: string[] }) => c.js),
  ];
  for (const f of files) expect(existsSync(join(EXTENSION_PATH, f)), f).toBe(true);
});

function bundles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? bundles(path) : name.endsWith('.js') ? [path] : [];
  });
}

test('no remote code and no eval in any bundle', () => {
  const files = bundles(EXTENSION_PATH);
  expect(files.length).toBeGreaterThan(3);
  const found: string[] = [];
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    const name = relative(EXTENSION_PATH, file);
    for (const m of code.matchAll(
      /(?<![.\w$])eval\s*\(|new\s+Function\s*\(|importScripts\s*\(|https?:\/\/[^\s"'`)]+\.js\b/g,
    )) {
      found.push(`${name}: ${code.slice(Math.max(0, m.index - 60), m.index + 40)}`);
    }
    // zod 4 holds the only references to the Function constructor: its eval probe and its JIT compiler, both
    // behind `jitless` (set first thing in every entry point; the privacy browser test proves it never runs).
    for (const m of code.matchAll(/(?<![.\w$])Function(?![\w$])/g)) {
      const before = code.slice(Math.max(0, m.index - 400), m.index);
      const zodProbe = /jitless[^]*try\{const \w+=$/.test(before);
      const zodCompile = /compile\(\)\{const \w+=$/.test(before);
      if (!zodProbe && !zodCompile) found.push(`${name}: ${code.slice(Math.max(0, m.index - 60), m.index + 40)}`);
    }
  }
  expect(found).toEqual([]);
});

test("the worker bundle sets zod's jitless mode", () => {
  // Extension pages are checked at run time (tests/e2e/privacy.spec.ts traps Function there); the worker runs where a
  // test cannot install a trap first, so its bundle must carry the switch.
  const code = readFileSync(join(EXTENSION_PATH, 'background.js'), 'utf8');
  expect(code.match(/\(\{jitless:!0\}\)/g)?.length ?? 0, 'background.js sets jitless').toBeGreaterThan(0);
});

test('the content script carries neither zod, the engine, the fact base nor Readability (the background does that work)', () => {
  const code = readFileSync(join(EXTENSION_PATH, 'content-scripts/content.js'), 'utf8');
  const bg = readFileSync(join(EXTENSION_PATH, 'background.js'), 'utf8');
  // Markers of each, taken from the worker's bundle so the test fails if they are gone from there too.
  const markers = {
    zod: '$ZodType',
    'fact base': 'amazon-openai-investment',
    engine: 'The fact base holds several events this could be about',
    'zod jitless switch': '{jitless:!0}',
    Readability: 'DIV_TO_P_ELEMS',
    "Readability's parser": 'JSDOMParser error',
  };
  for (const [what, marker] of Object.entries(markers)) {
    expect(bg.includes(marker), `background.js has ${what}`).toBe(true);
    expect(code.includes(marker), `content.js has ${what}`).toBe(false);
  }
});

test("the shipped overlay's shadow root is closed; the e2e build differs from the shipped one by that switch only", () => {
  const content = 'content-scripts/content.js';
  const shipped = readFileSync(join(EXTENSION_PATH, content), 'utf8');
  expect(shipped.match(/attachShadow\(\{mode:"[a-z]+"\}\)/g)).toEqual(['attachShadow({mode:"closed"})']);
  // Every other file of the e2e build the browser tests drive is byte for byte the shipped one.
  const files = (dir: string): string[] =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => statSync(join(dir, f)).isFile())
      .sort();
  expect(files(E2E_EXTENSION_PATH)).toEqual(files(EXTENSION_PATH));
  for (const f of files(EXTENSION_PATH)) {
    const e2e = readFileSync(join(E2E_EXTENSION_PATH, f), 'utf8');
    const expected =
      f === content
        ? shipped.replace('attachShadow({mode:"closed"})', 'attachShadow({mode:"open"})')
        : readFileSync(join(EXTENSION_PATH, f), 'utf8');
    expect(e2e === expected, `${f} is the same in both builds`).toBe(true);
  }
});
