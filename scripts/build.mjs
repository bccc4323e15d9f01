// The whole build, run by `npm install` (prepare) and `npm run build`:
// contracts (solc npm package) -> src/chain/generated, functions (AssemblyScript) -> build/functions,
// TypeScript -> dist/, the browser bundle (esbuild) -> dist/browser/airtnt-protocol.js.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync } from 'node:fs';

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

run(process.execPath, ['scripts/build-contracts.mjs']);
run(process.execPath, ['scripts/build-functions.mjs']);
run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json']);
if (existsSync('dist/cli/main.js')) chmodSync('dist/cli/main.js', 0o755);
run(process.execPath, ['scripts/build-browser.mjs']);

// Every file the exports map names must exist: `import 'airtnt'` once failed because dist/index.js was
// never built.
const { exports: exportsMap } = JSON.parse(readFileSync('package.json', 'utf8'));
const missing = Object.values(exportsMap)
  .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
  .filter((path) => !existsSync(path));
if (missing.length > 0) {
  console.error(`build: the exports map names files that were not built: ${missing.join(', ')}`);
  process.exit(1);
}
