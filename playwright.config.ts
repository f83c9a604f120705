import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each test launches its own persistent Chromium; two cores do not take more than one at a time well.
  workers: 1,
  // No retries: a test that needs one is a bug to fix, not to hide.
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
});
