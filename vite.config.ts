import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// A relative base lets dist/ be served from any sub-path (a blog's /demos/houses/, GitHub Pages).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022' },
  preview: {
    headers: {
      // A sandboxed iframe has an opaque origin: module scripts load only with CORS allowed.
      'Access-Control-Allow-Origin': '*',
      // The strict policy a careful host sends; every browser test runs under it, so a violation fails them.
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'self'; frame-ancestors *",
    },
  },
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Property tests run thousands of cases; on a shared 2-core machine they need room, not a race.
    testTimeout: 30_000,
  },
});
