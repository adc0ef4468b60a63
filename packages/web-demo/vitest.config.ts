import { defaultClientConditions } from 'vite';
import { defineProject } from 'vitest/config';
import { jsx, preactAliases } from './vite.config.ts';

export default defineProject({
  oxc: jsx,
  resolve: {
    conditions: ['@rapport/source', ...defaultClientConditions],
    alias: preactAliases,
    dedupe: ['preact'],
  },
  test: {
    name: 'web-demo',
    environment: 'happy-dom',
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    setupFiles: ['test/setup.ts'],
    // Run these through Vite so that their `react`/`preact` imports take the aliases and share one Preact.
    server: { deps: { inline: [/@xstate\/react/, /@testing-library\/preact/] } },
  },
});
