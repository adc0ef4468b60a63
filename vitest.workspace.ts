/**
 * The test projects, one per package. Vitest 5 no longer reads this file by itself:
 * the root `vitest.config.ts` imports this list and hands it to `test.projects`.
 */
export const projects = ['packages/core', 'packages/scenarios', 'packages/cli', 'packages/web-demo'];

export default projects;
