/**
 * Reads what scripts/firefox-lint.sh produced and fails (exit 1) unless: web-ext lint reported 0 errors, the Firefox
 * manifest has the side panel as its sidebar, asks for nothing Chromium-only, forbids eval, and carries the add-on id,
 * and the archives for both browsers (and Firefox's sources archive) exist and hold a manifest.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

const out = resolve(process.argv[2] ?? '.output');
const problems: string[] = [];
let passed = 0;
function check(ok: boolean, what: string) {
  if (ok) passed++;
  else problems.push(what);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
}

const lintText = readFileSync(join(out, 'web-ext-lint.json'), 'utf8');
// web-ext may print a line before its JSON; the report is the outermost object.
const lint = JSON.parse(lintText.slice(lintText.indexOf('{'))) as LintReport;
for (const m of [...lint.errors, ...lint.warnings]) console.log(`  web-ext ${m.code} ${m.file ?? ''}: ${m.message}`);
console.log(
  `web-ext lint: ${lint.summary.errors} errors, ${lint.summary.warnings} warnings, ${lint.summary.notices} notices`,
);
check(lint.summary.errors === 0, 'web-ext lint reports 0 errors');

const dir = join(out, 'firefox-mv2');
/** The manifest's fields checked here, as the Firefox (MV2) build writes them. */
interface FirefoxManifest {
  manifest_version: number;
  sidebar_action?: { default_panel?: string };
  permissions: string[];
  optional_permissions?: string[];
  browser_specific_settings?: { gecko?: { id?: string } };
  content_security_policy?: string;
}
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as FirefoxManifest;
check(manifest.manifest_version === 2, 'Firefox build is MV2');
const panel = manifest.sidebar_action?.default_panel;
check(
  !!panel && existsSync(join(dir, panel)),
  `side panel is Firefox's sidebar (sidebar_action.default_panel = ${panel})`,
);
check(!manifest.permissions.includes('sidePanel'), 'no Chromium-only sidePanel permission');
check(!manifest.permissions.some((p) => p === '<all_urls>' || p === '*://*/*'), 'no host permission for every site');
check((manifest.optional_permissions ?? []).includes('*://*/*'), 'added sites are optional permissions');
check(manifest.browser_specific_settings?.gecko?.id === 'deallens@example.org', 'gecko add-on id set');
const csp = manifest.content_security_policy ?? '';
check(
  /script-src 'self'(;|$)/.test(csp) && !csp.includes('unsafe-eval'),
  `CSP forbids eval and remote script (${csp})`,
);

const zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
for (const kind of ['chrome', 'firefox', 'sources']) {
  const zip = zips.find((f) => f.endsWith(`-${kind}.zip`));
  const size = zip ? readFileSync(join(out, zip)) : null;
  // A zip's central directory names its files: the extension archives must hold a manifest at their root.
  const named = size?.includes(Buffer.from(kind === 'sources' ? 'package.json' : 'manifest.json')) ?? false;
  check(!!zip && named, `${kind} archive built (${zip ?? 'missing'})`);
}

console.log(`firefox: ${passed} passed, ${problems.length} failed`);
process.exit(problems.length ? 1 : 0);
