// Runs every *.test.ts under src/ with node's own test runner (through tsx).
// `npm test -- src/chain` runs only the tests under the given paths.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
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
// Child processes (executors, CLI runs) start from dist/ when it was built from the current sources:
// through tsx each one spends about 1.5 s more CPU loading, and the suite starts a few hundred.
// A stale or missing dist/ falls back to the sources, which is slower but tests what is on disk.
function builtFromCurrentSources(dir = 'src') {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name === 'test-helpers') continue;
      if (!builtFromCurrentSources(path)) return false;
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) {
      const built = join('dist', path.slice('src/'.length).replace(/\.ts$/, '.js'));
      if (!existsSync(built) || statSync(built).mtimeMs < statSync(path).mtimeMs) return false;
    }
  }
  return true;
}

const childCli = builtFromCurrentSources() ? 'dist' : 'source';
if (childCli === 'source') console.error('dist/ is older than src/: child processes run from the sources (slower); `npm run build` first to speed the tests up');
if (childCli === 'dist') {
  // The test-only process entries (misbehaving executors and requesters) are not part of the build
  // (and not of the package): compile them beside the dist/ modules they import.
  const { buildSync } = await import('esbuild');
  const helpers = 'src/node/test-helpers';
  buildSync({
    entryPoints: readdirSync(helpers).filter((name) => name.endsWith('.ts')).map((name) => join(helpers, name)),
    outdir: 'dist/node/test-helpers',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
  });
}
const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  { stdio: 'inherit', env: { ...process.env, AIRTNT_TEST: '1', AIRTNT_CHILD_CLI: childCli } },
);
process.exit(result.status ?? 1);
