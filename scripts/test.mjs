// Runs every *.test.ts under src/ with node's own test runner (through tsx).
// `npm test -- src/chain` runs only the tests under the given paths.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function findTests(path, out = []) {
  if (statSync(path).isFile()) {
    if (path.endsWith('.test.ts')) out.push(path);
    return out;
  }
  for (const name of readdirSync(path).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    findTests(join(path, name), out);
  }
  return out;
}

const roots = process.argv.slice(2);
const files = (roots.length > 0 ? roots : ['src']).flatMap((root) => findTests(root));
if (files.length === 0) {
  console.error(`no *.test.ts files under ${roots.join(' ') || 'src'}`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit', env: { ...process.env, AIRTNT_TEST: '1' } },
);
process.exit(result.status ?? 1);
