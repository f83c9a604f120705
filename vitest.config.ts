import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // Property tests and CLI runs share two cores with builds and browsers: time limits are for hangs, not speed.
    testTimeout: 30_000,
    include: [
      'adapters/**/*.test.ts',
      'lib/**/*.test.ts',
      'components/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      'tests/unit/**/*.test.tsx',
      'scripts/**/*.test.ts',
    ],
  },
});
