import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { absolutePreviewUrls } from './scripts/site-url.ts';

/** The unit tests of pure code, which run in plain Node: no DOM, no Testing Library. */
const NODE_TESTS = 'tests/unit/{model,store,layout,link,story,docs}/**/*.test.{ts,tsx}';

// A relative base lets dist/ be served from any sub-path (a blog's /demos/houses/, GitHub Pages).
export default defineConfig({
  base: './',
  // SITE_URL (README) makes the link preview's and oEmbed's addresses absolute.
  plugins: [react(), absolutePreviewUrls()],
  build: {
    target: 'es2022',
    // Every browser that runs an es2022 build knows <link rel="modulepreload">: no polyfill in the first script.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The single file (scripts/single-file.mjs) has nowhere to load a chunk from: its build keeps one script.
      output: process.env.HOUSES_SINGLE_FILE === '1' ? { codeSplitting: false } : {
        // What the first screen needs, in one file beside the entry: React, the store and the model. The pictures'
        // code (the layouts, D3 and the scenes) and the secondary panels load apart (src/ui/sceneCode.ts,
        // src/ui/later.ts); left to itself the bundler cut the shared code into several small files, each gzipped
        // on its own.
        codeSplitting: {
          // The facts' citations (src/model/sources.ts) stay out: only the panels that show them load them; so do the
          // speaker's notes (src/store/speakerNotes.ts), which only the speaker's window shows, and the class's link
          // (src/store/classLink.ts), which only the QR code reads. Of the layouts only the table of text widths is
          // needed before the picture's code arrives.
          groups: [{ name: 'app', test: /node_modules[\\/](react|react-dom|scheduler|zustand)[\\/]|src[\\/](model|store)[\\/](?!sources\.ts|speakerNotes\.ts|classLink\.ts)|src[\\/]layout[\\/]text\.ts/ }],
        },
      },
    },
  },
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
    restoreMocks: true,
    // Property tests run thousands of cases; on a shared 2-core machine they need room, not a race.
    testTimeout: 30_000,
    // Tests in layers: the pure code (model, store, layout, links, story) runs in plain Node with nothing loaded
    // beside it; everything else (the scenes, the components, the picture export, and any new folder until it is
    // listed above) gets a DOM (jsdom) and Testing Library's setup.
    projects: [
      {
        extends: true,
        test: { name: 'node', environment: 'node', include: [NODE_TESTS] },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, NODE_TESTS],
          setupFiles: ['tests/unit/setup.ts'],
        },
      },
    ],
  },
});
