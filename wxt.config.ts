import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { NEWS_SITE_MATCHES } from './lib/sites';

export default defineConfig({
  // A separate output folder lets parallel builds (and CI) keep their own copy.
  outDir: process.env.DEALLENS_OUT ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'DealLens',
    description: 'Checks the claims in AI-deal news against a bundled fact base, right where they are written.',
    permissions: ['storage', 'activeTab', 'scripting', 'sidePanel'],
    // The same sites the content script is declared for (so no broader warning): lets the popup and side panel know
    // which news page a tab shows, to name its site and tell a page not yet checked from one switched off.
    host_permissions: NEWS_SITE_MATCHES,
    // Sites the reader adds in options are asked for one by one at that moment, never up front.
    optional_host_permissions: ['*://*/*'],
    commands: {
      'check-page': { suggested_key: { default: 'Alt+Shift+D' }, description: 'Check this page' },
    },
    browser_specific_settings: {
      gecko: { id: 'deallens@example.org', data_collection_permissions: { required: ['none'] } },
    },
  },
});
