import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { layersPlugin } from './build/eslint/layers.js';

// Globals of the few plain JavaScript files (configs, build scripts); TypeScript checks names in .ts files itself.
const nodeGlobals = {
  process: 'readonly',
  console: 'readonly',
  Buffer: 'readonly',
  URL: 'readonly',
  module: 'writable',
  require: 'readonly',
  __dirname: 'readonly',
};

export default defineConfig([
  globalIgnores([
    'out/',
    'dist/',
    'node_modules/',
    'data/',
    'artifacts/',
    'test-results/',
    'playwright-report/',
    'db/migrations/',
    'build/native/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // Playwright reads a fixture's dependencies from its destructured first parameter, so `({}, use)` is required.
    files: ['tests/e2e/**', 'tests/electron/**'],
    rules: { 'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }] },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    plugins: { rehabdesk: layersPlugin },
    rules: { 'rehabdesk/layers': 'error' },
  },
]);
