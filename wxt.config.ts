import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

export default defineConfig({
  // A separate output folder lets parallel builds (and CI) keep their own copy.
  outDir: process.env.DEALLENS_OUT ?? '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'DealLens',
    description: 'Checks the claims in AI-deal news against a bundled fact base, right where they are written.',
    permissions: ['storage', 'activeTab', 'scripting', 'sidePanel'],
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
