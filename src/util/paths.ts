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
 * The command that starts the airtnt CLI of the tree this code runs from, in a child process: the
 * sources through tsx, or the compiled CLI beside this file (dist/, or the tests' compiled mirror of
 * src/, scripts/test.mjs). Use as spawn(cmd[0], [...cmd.slice(1), ...args]).
 */
export function cliCommand(): string[] {
  if (runningFromSource()) return [process.execPath, '--import', 'tsx', join(packageRoot(), 'src', 'cli', 'main.ts')];
  return [process.execPath, fileURLToPath(new URL('../cli/main.js', import.meta.url))];
}
