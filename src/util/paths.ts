/** Where things are on disk, whether we run from src/ (tsx) or from dist/ (built). */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The package root: the nearest folder above this file that holds package.json. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('airtnt: cannot find the package root (no package.json above)');
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

/** True when this code runs from the TypeScript sources (tests, tsx) rather than from dist/. */
export function runningFromSource(): boolean {
  return fileURLToPath(import.meta.url).endsWith('.ts');
}

/** Built WebAssembly functions live here (made by `npm run build`). */
export function functionsBuildDir(): string {
  return join(packageRoot(), 'build', 'functions');
}

/**
 * The command that starts the airtnt CLI in a child process: the built one when we run from dist/,
 * the sources through tsx otherwise (tests). Use as spawn(cmd[0], [...cmd.slice(1), ...args]).
 *
 * AIRTNT_CHILD_CLI=dist makes code running from the sources start the built CLI instead: a child
 * through tsx spends about 1.5 s more CPU on loading, so the test runner (scripts/test.mjs) sets it
 * when dist/ is at least as new as every source file it is built from.
 */
export function cliCommand(): string[] {
  const root = packageRoot();
  if (runningFromSource() && process.env['AIRTNT_CHILD_CLI'] !== 'dist') {
    return [process.execPath, '--import', 'tsx', join(root, 'src', 'cli', 'main.ts')];
  }
  return [process.execPath, join(root, 'dist', 'cli', 'main.js')];
}
