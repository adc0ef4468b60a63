#!/usr/bin/env node
// Checks every publishable package as a user would receive it: publint (package.json and files) and,
// for libraries with types, @arethetypeswrong/cli (types resolve under node10, node16 ESM/CJS, bundlers).
// Run after `pnpm build`. Exits non-zero on any problem.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const packages = [
  { dir: 'packages/core', types: true },
  { dir: 'packages/scenarios', types: true },
  { dir: 'packages/cli', types: false },
];

let failed = false;
function run(label, cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim();
  const ok = r.status === 0;
  console.log(`${ok ? '✓' : '✗'} ${label}`);
  if (!ok || process.env.VERBOSE) console.log(out.replace(/^/gm, '    '));
  if (!ok) failed = true;
}

for (const { dir, types } of packages) {
  if (!existsSync(join(dir, 'dist'))) {
    console.log(`✗ ${dir}: no dist/ — run \`pnpm build\` first`);
    failed = true;
    continue;
  }
  run(`publint ${dir}`, 'node', [join(process.cwd(), 'node_modules/publint/src/cli.js'), '--strict', dir]);
  if (types) {
    run(`attw ${dir}`, 'node', [
      join(process.cwd(), 'node_modules/@arethetypeswrong/cli/dist/index.js'),
      '--pack',
      dir,
    ]);
  }
}
process.exit(failed ? 1 : 0);
