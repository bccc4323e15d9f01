// The browser bundle `airtnt/browser` (dist/browser/airtnt-protocol.js): the pure protocol core and
// the requester's side of a session (src/browser.ts), one ESM file for browsers, with noble for all
// cryptography and no Node API. esbuild refuses a node: import on platform=browser; the checks below
// also refuse any Node built-in or any source file outside the pure core that slips in.
//
//   node scripts/build-browser.mjs [outfile]
import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BROWSER_BUNDLE = 'dist/browser/airtnt-protocol.js';

/** Source folders and files of this package the bundle may contain (the pure core, eslint.config.js). */
const PURE_SOURCES = [/^src\/browser\.ts$/, /^src\/protocol\.ts$/, /^src\/protocol\/[^/]+\.ts$/, /^src\/util\/(bytes|errors|error-catalogue|evm)\.ts$/, /^src\/crypto\/(primitives|aead|round-encryption|hpke)\.ts$/, /^src\/functions\/(life|life-diff)\.ts$/];

export async function buildBrowserBundle(outfile = resolve(root, BROWSER_BUNDLE)) {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['src/browser.ts'],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    metafile: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
  const problems = [];
  for (const [path, input] of Object.entries(result.metafile.inputs)) {
    for (const imported of input.imports) {
      if (imported.external || builtins.has(imported.path)) problems.push(`${path} imports ${imported.path}`);
    }
    const local = relative(root, resolve(root, path)).split('\\').join('/');
    if (!local.split('/').includes('node_modules') && !PURE_SOURCES.some((pattern) => pattern.test(local))) problems.push(`${local} is not part of the pure core`);
  }
  if (problems.length > 0) throw new Error(`browser bundle: ${problems.join('; ')}`);
  const bytes = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('.js'))?.[1].bytes ?? 0;
  return { outfile, bytes, inputs: Object.keys(result.metafile.inputs).length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { outfile, bytes } = await buildBrowserBundle(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`build-browser: ${relative(root, outfile)} (${bytes} bytes)`);
}
