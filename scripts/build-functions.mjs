// Builds every built-in function functions/<name>/assembly/index.ts into build/functions/<name>.wasm
// with the assemblyscript npm package and fixed flags, and prints each sha256 (its measurement).
//   --check   fail unless every sha256 equals functions/measurements.json (CI: npm run check:functions)
//   --update  rewrite functions/measurements.json
//   --out-dir DIR  write the modules there instead of build/functions (the reproducibility test)
// Same sources + same compiler version -> same bytes: no source maps, no debug names, relative paths.
import asc from 'assemblyscript/asc';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const measurementsPath = join(root, 'functions', 'measurements.json');

/** The ABI v1 build: optimised, stub runtime (never frees), memory imported from the host. */
const FLAGS = [
  '--optimizeLevel', '3',
  '--shrinkLevel', '0',
  '--runtime', 'stub',
  '--importMemory',
  '--noExportMemory',
  '--noColors',
];

function functionNames() {
  return readdirSync(join(root, 'functions'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'functions', entry.name, 'assembly', 'index.ts')))
    .map((entry) => entry.name)
    .sort();
}

async function compile(name) {
  let binary;
  const entry = `functions/${name}/assembly/index.ts`;
  const { error, stderr } = await asc.main([entry, '--baseDir', root, '--outFile', `${name}.wasm`, ...FLAGS], {
    writeFile(filename, contents) {
      if (filename.endsWith('.wasm')) binary = new Uint8Array(contents);
    },
  });
  if (error || !binary) {
    throw new Error(`build-functions: ${name} failed to compile\n${stderr.toString()}${error?.message ?? ''}`);
  }
  return binary;
}

function sha256Hex(bytes) {
  return createHash('sha256').update(bytes).digest('hex');
}

const args = process.argv.slice(2);
const check = args.includes('--check');
const outDirIndex = args.indexOf('--out-dir');
const outDir = outDirIndex >= 0 ? resolve(args[outDirIndex + 1] ?? '') : join(root, 'build', 'functions');
const update = args.includes('--update');
const expected = existsSync(measurementsPath) ? JSON.parse(readFileSync(measurementsPath, 'utf8')) : {};
const measured = {};
mkdirSync(outDir, { recursive: true });
for (const name of functionNames()) {
  const binary = await compile(name);
  // Write then rename, so a reader (a running test, an executor) never sees half a module.
  const path = join(outDir, `${name}.wasm`);
  writeFileSync(`${path}.tmp-${process.pid}`, binary);
  renameSync(`${path}.tmp-${process.pid}`, path);
  measured[name] = sha256Hex(binary);
  console.log(`${measured[name]}  ${relative(root, path)} (${binary.length} bytes)`);
}

if (update) {
  writeFileSync(measurementsPath, `${JSON.stringify(measured, null, 2)}\n`);
  console.log(`build-functions: wrote ${measurementsPath}`);
} else if (check) {
  const names = new Set([...Object.keys(expected), ...Object.keys(measured)]);
  const wrong = [...names].filter((name) => expected[name] !== measured[name]);
  if (wrong.length > 0) {
    for (const name of wrong) {
      console.error(`build-functions: ${name}: expected ${expected[name] ?? '(none)'}, built ${measured[name] ?? '(none)'}`);
    }
    console.error('build-functions: measurements differ; if the change is intended run `node scripts/build-functions.mjs --update`');
    process.exit(1);
  }
  console.log('build-functions: measurements match functions/measurements.json');
}
