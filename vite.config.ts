import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { compressedAssets } from './scripts/lib/vite-compressed-assets.ts';
import { contentSecurityPolicy } from './scripts/lib/vite-csp.ts';

export default defineConfig({
  plugins: [svelte(), contentSecurityPolicy(), compressedAssets()],
  build: {
    chunkSizeWarningLimit: 1000,
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/sql/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
