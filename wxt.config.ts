import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { NEWS_SITE_MATCHES } from './lib/sites';

/**
 * The end-to-end test build (`npm run build:e2e`): the shipped build but for the overlay's shadow root, open so that
 * Playwright's locators can reach it (they cannot enter a closed root). It goes to its own folder (chrome-mv3-e2e), so
 * the shipped folder always holds the closed build; tests/e2e/manifest.spec.ts checks the two differ by that alone.
 */
const E2E = process.env.DEALLENS_E2E === '1';

export default defineConfig({
  // A separate output folder lets parallel builds (and CI) keep their own copy.
  outDir: process.env.DEALLENS_OUT ?? '.output',
  outDirTemplate: `{{browser}}-mv{{manifestVersion}}{{modeSuffix}}${E2E ? '-e2e' : ''}`,
  vite: () => ({
    plugins: [preact()],
    define: { 'import.meta.env.DEALLENS_OPEN_SHADOW': JSON.stringify(E2E) },
  }),
  manifest: {
    name: 'DealLens',
    description: 'Checks the claims in AI-deal news against a bundled fact base, right where they are written.',
    // unlimitedStorage: notes are the reader's own work; without it the browser may evict them under storage pressure.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'sidePanel'],
    // The same sites the content script is declared for (so no broader warning): lets the popup and side panel know
    // which news page a tab shows, to name its site and tell a page not yet checked from one switched off.
    host_permissions: NEWS_SITE_MATCHES,
    // Sites the reader adds in options are asked for one by one at that moment, never up front.
    optional_host_permissions: ['*://*/*'],
    // The notes part of a claim's card is this extension page in a frame (the page cannot read or drive it); a
    // frame's page must be listed here to load in a web page. Dynamic URL: a page cannot probe for DealLens by a
    // fixed address.
    web_accessible_resources: [{ resources: ['note-frame.html'], matches: ['*://*/*'], use_dynamic_url: true }],
    commands: {
      'check-page': { suggested_key: { default: 'Alt+Shift+D' }, description: 'Check this page' },
    },
    // Extension pages and the worker run only the extension's own files: no eval, no remote script, no plug-ins, and
    // no fetch, image or font from anywhere else (a second lock behind "DealLens makes no network request").
    content_security_policy: {
      extension_pages:
        "default-src 'self'; script-src 'self'; object-src 'none'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; base-uri 'none'",
    },
  },
  hooks: {
    // Firefox (MV2) has no sidePanel permission (the side panel becomes its sidebar_action) and takes optional
    // origins in optional_permissions; web-ext lint flags either left as Chromium has them. Its add-on id and the
    // declaration that no data is collected are Firefox's keys (newer than the manifest types WXT ships).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      const gecko = { id: 'deallens@example.org', data_collection_permissions: { required: ['none'] } };
      Object.assign(manifest, { browser_specific_settings: { gecko } });
      manifest.permissions = manifest.permissions?.filter((p) => p !== 'sidePanel');
      if (manifest.manifest_version === 2 && manifest.optional_host_permissions) {
        manifest.optional_permissions = [
          ...(manifest.optional_permissions ?? []),
          ...(manifest.optional_host_permissions as string[]),
        ];
        delete manifest.optional_host_permissions;
      }
    },
  },
  zip: {
    // The sources archive Firefox reviewers get: the code and its tests, not local test output.
    excludeSources: ['artifacts/**', 'test-results/**', 'playwright-report/**'],
  },
});
