import { defineProject } from 'vitest/config';

export default defineProject({
  resolve: { conditions: ['@rapport/source'] },
  ssr: { resolve: { conditions: ['@rapport/source'] } },
  test: {
    name: 'core',
    include: ['test/**/*.test.ts'],
  },
});
