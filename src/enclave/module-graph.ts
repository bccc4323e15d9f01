/**
 * The module graph of the enclave: every source file reachable by import from the enclave's worker
 * entry points, and every npm package they import with its exact locked version and integrity (and,
 * transitively, the packages those depend on). What the runtime measurement hashes (runtime.ts).
 *
 * Imports are read from the source text: static `import ... from '...'`, `export ... from '...'`,
 * side-effect `import '...'` and `import('...')` with a literal specifier. Comments are removed first,
 * so examples in doc comments are not followed. Node's built-in modules are part of Node, not of the
 * graph. A relative import that resolves to no file is an error, never skipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { AirtntError } from '../util/errors.js';

export type ModuleGraph = {
  /** Source files, relative to the source root with '/' separators, sorted. */
  files: { path: string; absolute: string }[];
  /** npm packages, sorted by name: exact version and lock-file integrity ('' when unknown). */
  packages: { name: string; version: string; integrity: string }[];
};

const MAX_FILES = 2000;
const IMPORT_PATTERNS = [
  /(?:^|[;}\s])(?:import|export)\s+(?:type\s+)?[\w*{}\s,$]*?\s*from\s*['"]([^'"\n]+)['"]/g,
  /(?:^|[;}\s])import\s*['"]([^'"\n]+)['"]/g,
  /(?:^|[^\w.$])import\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
];
const BUILTINS = new Set(builtinModules);

/** The specifiers a module's text imports (comments removed). */
export function importSpecifiers(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');
  const found = new Set<string>();
  for (const pattern of IMPORT_PATTERNS) for (const match of code.matchAll(pattern)) found.add(match[1]!);
  return [...found];
}

/** The npm package a bare specifier names ('@noble/hashes/sha2.js' -> '@noble/hashes'). */
function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

function resolveRelative(from: string, specifier: string, extension: string): string {
  const target = resolve(dirname(from), specifier);
  // Sources import './x.js' and run as './x.ts' under tsx.
  const candidates = [target, target.replace(/\.js$/, extension), `${target}${extension}`, join(target, `index${extension}`)];
  const found = candidates.find((candidate) => existsSync(candidate) && !candidate.endsWith(sep));
  if (!found) {
    throw new AirtntError('RUNTIME_MODULE_MISSING', `the enclave module ${from} imports ${specifier}, which resolves to no file`, { details: { from, specifier } });
  }
  return found;
}

type LockFile = { packages?: Record<string, { version?: string; integrity?: string; dependencies?: Record<string, string> }> };

/**
 * Every file reachable from `entries` (absolute paths under `sourceRoot`) and the packages imported,
 * with versions from `lockFile` (package-lock.json v2/v3) or, without one, from the installed
 * package.json files under `packageRoot`.
 */
export function enclaveModuleGraph(entries: string[], sourceRoot: string, packageRoot: string, lockFile?: LockFile): ModuleGraph {
  const extension = entries[0]?.endsWith('.ts') ? '.ts' : '.js';
  const seen = new Set<string>();
  const packages = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    if (seen.size >= MAX_FILES) throw new AirtntError('RUNTIME_GRAPH_TOO_LARGE', `the enclave imports more than ${MAX_FILES} files`);
    seen.add(file);
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (specifier.startsWith('.')) queue.push(resolveRelative(file, specifier, extension));
      else if (!specifier.startsWith('node:') && !BUILTINS.has(specifier)) packages.add(packageName(specifier));
    }
  }
  const files = [...seen]
    .map((absolute) => ({ path: relative(sourceRoot, absolute).split(sep).join('/'), absolute }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (files.some((file) => file.path.startsWith('..'))) {
    throw new AirtntError('RUNTIME_MODULE_MISSING', 'an enclave module lies outside the source root', { details: { outside: files.filter((file) => file.path.startsWith('..')).map((file) => file.absolute) } });
  }
  return { files, packages: lockedPackages([...packages], packageRoot, lockFile) };
}

/** The packages and everything they depend on, as locked (nested node_modules first, as Node resolves). */
function lockedPackages(direct: string[], packageRoot: string, lockFile: LockFile | undefined): ModuleGraph['packages'] {
  const out = new Map<string, { name: string; version: string; integrity: string }>();
  const queue = direct.map((name) => ({ name, from: '' }));
  while (queue.length > 0) {
    const { name, from } = queue.pop()!;
    const known = (candidate: string) => (lockFile ? lockFile.packages?.[candidate] !== undefined : installedManifest(packageRoot, candidate) !== undefined);
    const nested = from ? `${from}/node_modules/${name}` : undefined;
    const entryKey = nested !== undefined && known(nested) ? nested : `node_modules/${name}`;
    if (out.has(entryKey)) continue;
    const locked = lockFile?.packages?.[entryKey];
    let version = locked?.version;
    const manifest = installedManifest(packageRoot, entryKey);
    if (version === undefined && manifest !== undefined) {
      try {
        version = (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version;
      } catch {
        version = undefined;
      }
    }
    if (version === undefined) {
      throw new AirtntError('RUNTIME_PACKAGE_UNKNOWN', `the enclave imports ${name}, which is neither locked nor installed`, { details: { name, entry: entryKey } });
    }
    out.set(entryKey, { name: entryKey.replace(/^node_modules\//, '').replace(/\/node_modules\//g, '>'), version, integrity: locked?.integrity ?? '' });
    for (const dependency of Object.keys(locked?.dependencies ?? {})) queue.push({ name: dependency, from: entryKey });
  }
  return [...out.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * The package.json of an installed package, looked up as Node resolves it: under the package root,
 * then under each folder above it (an installed airtnt has its dependencies hoisted beside it).
 */
function installedManifest(packageRoot: string, entryKey: string): string | undefined {
  for (let dir = packageRoot; ; ) {
    const candidate = join(dir, entryKey, 'package.json');
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
