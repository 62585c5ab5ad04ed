import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  // The one-way flow, ui → store → model and layout → model, scenes → layout: no import runs back up it.
  ...[
    { files: ['src/model/**/*.ts'], libraries: ['react', 'zustand', 'd3'], rooms: ['store', 'ui', 'scenes', 'layout', 'export'],
      why: 'src/model is plain TypeScript and depends on nothing else in the app' },
    { files: ['src/layout/**/*.ts'], libraries: ['react', 'zustand', 'd3'], rooms: ['store', 'ui', 'scenes', 'export'],
      why: 'src/layout is pure geometry from the model' },
    { files: ['src/scenes/**/*.ts'], libraries: ['react', 'zustand'], rooms: ['store', 'ui', 'export'],
      why: 'src/scenes draw what layout placed and know nothing of React or the store' },
    { files: ['src/export/**/*.ts'], libraries: ['react', 'zustand', 'd3'], rooms: ['store', 'ui', 'scenes'],
      why: 'src/export is pure functions of the svgs and the host it is given' },
    { files: ['src/store/**/*.ts'], libraries: ['react', 'd3'], rooms: ['ui', 'layout', 'scenes', 'export'],
      why: 'src/store sits between the page and the model' },
    // Links are read and written without Zustand: the fuzz tests run them as plain functions.
    { files: ['src/store/link.ts', 'src/store/types.ts', 'src/store/steps.ts', 'src/store/narration.ts'], libraries: ['react', 'zustand', 'd3'],
      rooms: ['ui', 'layout', 'scenes', 'export'], siblings: ['./store.ts', './lesson.ts', './story.ts', './preferences.ts', './navigation.ts', './selectors.ts'],
      why: 'this module is pure and must not pull the store in' },
  ].map(({ files, libraries, rooms, siblings = [], why }) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: libraries.flatMap((name) => (name === 'd3' ? ['d3', 'd3-*'] : [name, `${name}/*`, ...(name === 'react' ? ['react-dom', 'react-dom/*'] : [])])), message: `${why}.` },
          { group: [...rooms.flatMap((room) => [`../${room}/*`, `../../${room}/*`]), ...siblings], message: `${why}.` },
        ],
      }],
    },
  })),
);
