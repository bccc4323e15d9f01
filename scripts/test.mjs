// Runs every *.test.ts under src/ with node's own test runner.
// `npm test -- src/chain` runs only the tests under the given paths. Files named *.long.test.ts (the
// whole crash sweep, network faults in namespaces: many minutes, or root) run only with --long
// (`npm run test:long`) or when named themselves.
//
// The sources are first compiled as they are (esbuild, one file at a time, no bundling, no type
// check: `npm run typecheck` does that) into .test-build-PID/, a mirror of src/ beside it, and the tests
// run there as plain JavaScript. Through tsx every test process, enclave worker and child CLI spent
// about a second more CPU loading, and the suite starts several hundred of them. Child processes
// start the CLI of the tree they run from (src/util/paths.ts), so they run the same compiled code.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { buildSync } from 'esbuild';

const SOURCES = 'src';
// One mirror per run, so that two runs in one checkout never delete each other's files; at the top
// level, as src/ is (tests find the package root as '../' from their folder). Left-overs of runs that
// died are removed below.
const MIRROR_PREFIX = '.test-build-';
const MIRROR = `${MIRROR_PREFIX}${process.pid}`;

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function findTests(path, long, out = []) {
  if (statSync(path).isFile()) {
    if (path.endsWith('.test.ts')) out.push(path);
    return out;
  }
  for (const name of readdirSync(path).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const child = join(path, name);
    if (!long && name.endsWith('.long.test.ts')) continue;
    findTests(child, long, out);
  }
  return out;
}

/** Every file under `dir`: [TypeScript sources to compile, other files (fixtures, snapshots) to copy]. */
function sourceFiles(dir, out = { code: [], data: [] }) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) sourceFiles(path, out);
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.code.push(path);
    else out.data.push(path);
  }
  return out;
}

/** True when dist/ was built from the current sources (the pack test then packs it instead of compiling again). */
function distIsCurrent(dir = SOURCES) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'test-helpers' && !distIsCurrent(path)) return false;
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts')) {
      const built = join('dist', relative(SOURCES, path).replace(/\.ts$/, '.js'));
      if (!existsSync(built) || statSync(built).mtimeMs < statSync(path).mtimeMs) return false;
    }
  }
  return true;
}

// The files that take longest (their wall time in a run of the whole suite on 2 cores, 2026-12-02), started
// first: with two files at a time, a long file started last would run alone at the end while the other
// worker is idle (longest first keeps the two workers busy until close to the end).
const LONGEST_FIRST = [
  'src/registry/network.test.ts',
  'src/cli/commands/run-wasm.test.ts',
  'src/node/double-payment.test.ts',
  'src/cli/commands/function-author.test.ts',
  'src/node/pool-failover.test.ts',
  'src/node/pool-handover-restart.test.ts',
  'src/cli/help.test.ts',
  'src/enclave/fair-scheduling.test.ts',
  'src/cli/commands/run-ocr.test.ts',
  'src/node/admin/admin.test.ts',
  'src/registry/verify-selection.test.ts',
  'src/chain/registry-invariant.test.ts',
  'src/node/crash.test.ts',
  'src/node/pool-standby-ping.test.ts',
];

/** LONGEST_FIRST in its order, then every other file in the order found (sort is stable). */
function longestFirst(paths) {
  const rank = (path) => {
    const index = LONGEST_FIRST.indexOf(path);
    return index === -1 ? LONGEST_FIRST.length : index;
  };
  return [...paths].sort((a, b) => rank(a) - rank(b));
}

const args = process.argv.slice(2);
const long = args.includes('--long');
const roots = args.filter((arg) => arg !== '--long');
const files = longestFirst((roots.length > 0 ? roots : [SOURCES]).flatMap((root) => findTests(root, long)));
if (files.length === 0) {
  console.error(`no *.test.ts files under ${roots.join(' ') || SOURCES}`);
  process.exit(1);
}

for (const name of readdirSync('.')) {
  const pid = Number(name.slice(MIRROR_PREFIX.length));
  if (name.startsWith(MIRROR_PREFIX) && Number.isInteger(pid) && !alive(pid)) rmSync(name, { recursive: true, force: true });
}
const { code, data } = sourceFiles(SOURCES);
buildSync({ entryPoints: code, outdir: MIRROR, outbase: SOURCES, format: 'esm', platform: 'node', target: 'node20', sourcemap: 'inline', logLevel: 'warning' });
for (const path of data) {
  const target = join(MIRROR, relative(SOURCES, path));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(path, target);
}

const compiled = files.map((file) => join(MIRROR, relative(SOURCES, file)).replace(/\.ts$/, '.js'));
const result = spawnSync(
  process.execPath,
  ['--enable-source-maps', '--test', '--test-reporter=spec', '--test-concurrency=2', ...compiled],
  { stdio: 'inherit', env: { ...process.env, AIRTNT_TEST: '1', ...(distIsCurrent() ? { AIRTNT_DIST_IS_CURRENT: '1' } : {}) } },
);
rmSync(MIRROR, { recursive: true, force: true });
process.exit(result.status ?? 1);
