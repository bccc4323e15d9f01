/**
 * Builds a function project (src/functions/project.ts) into its module, reproducibly: the flags are
 * fixed here, not taken from the project, so the same source and the same compiler version give the
 * same bytes, hence the same measurement, on any machine and in any folder.
 *
 * - AssemblyScript: the assemblyscript npm package (the project's own, else airtnt's), flags as the
 *   built-in functions (scripts/build-functions.mjs).
 * - C: the system's clang and lld (Debian: `apt-get install clang lld`), --target=wasm32 without a C
 *   library; the ABI functions are exported by name, memory is imported, names are stripped.
 * - WAT: the wabt npm package (the project's own, else airtnt's), no debug names.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AirtntError } from '../util/errors.js';
import { packageRoot } from '../util/paths.js';
import { readManifest, type FunctionManifest } from './project.js';

export const ABI_EXPORTS = ['airtnt_abi_v1', 'input_buffer', 'run', 'state_ptr', 'state_len', 'output_ptr', 'output_len'] as const;

export const ASSEMBLYSCRIPT_FLAGS = ['--optimizeLevel', '3', '--shrinkLevel', '0', '--runtime', 'stub', '--importMemory', '--noExportMemory', '--noColors'] as const;
export const C_FLAGS = [
  '--target=wasm32', '-nostdlib', '-ffreestanding', '-O2', '-std=c11',
  '-Wl,--no-entry', '-Wl,--import-memory', '-Wl,--strip-all',
  ...ABI_EXPORTS.map((name) => `-Wl,--export=${name}`),
] as const;
/** wabt's toBinary options: no names section, so renaming a local does not change the measurement. */
const WAT_BINARY_OPTIONS = { log: false, write_debug_names: false, canonicalize_lebs: true, relocatable: false };

/** Sources larger than this are not hand-written functions; refused before a compiler sees them. */
const MAX_SOURCE_BYTES = 16 * 1024 * 1024;
const CLANG_TIMEOUT_MS = 120_000;

export type FunctionBuild = {
  manifest: FunctionManifest;
  dir: string;
  /** Absolute path of the module written. */
  out: string;
  bytes: Uint8Array;
  /** The measurement: sha256 of the module, hex. */
  sha256: string;
  compiler: string;
  flags: readonly string[];
};

function buildFailed(manifest: FunctionManifest, output: string, details: Record<string, unknown> = {}): AirtntError {
  // Compilers print a lot; the first lines say what is wrong.
  const text = output.trim().split('\n').slice(0, 40).join('\n');
  return new AirtntError('FUNCTION_BUILD_FAILED', `${manifest.source} does not compile (${manifest.lang})\n${text}`, {
    details: { source: manifest.source, lang: manifest.lang, ...details },
    hint: 'fix the source; the compiler\'s messages are above',
  });
}

function missingCompiler(what: string, install: string, cause?: unknown): AirtntError {
  return new AirtntError('FUNCTION_COMPILER_MISSING', `${what} is not installed`, { details: { compiler: what }, hint: install, ...(cause === undefined ? {} : { cause }) });
}

/** Resolves a package from the project's folder first (its pinned compiler), else from airtnt's. */
function resolvePackageJson(dir: string, name: string): string | undefined {
  for (const base of [dir, packageRoot()]) {
    try {
      return createRequire(join(base, 'package.json')).resolve(`${name}/package.json`);
    } catch {
      // not there: try the next place
    }
  }
  return undefined;
}

function versionOf(packageJson: string): string {
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

async function buildAssemblyScript(dir: string, manifest: FunctionManifest): Promise<{ bytes: Uint8Array; compiler: string }> {
  const packageJson = resolvePackageJson(dir, 'assemblyscript');
  if (!packageJson) throw missingCompiler('assemblyscript', 'run `npm install` in the project (its package.json pins assemblyscript)');
  const asc = (await import(pathToFileURL(join(dirname(packageJson), 'dist', 'asc.js')).href)) as {
    main(args: string[], options: {
      readFile(name: string, baseDir: string): Promise<string | null>;
      writeFile(name: string, contents: Uint8Array): void;
    }): Promise<{ error: Error | null; stderr: { toString(): string } }>;
  };
  let binary: Uint8Array | undefined;
  const ignoredConfig = join(dir, 'asconfig.json');
  const { error, stderr } = await asc.main([manifest.source, '--baseDir', dir, '--outFile', 'out.wasm', ...ASSEMBLYSCRIPT_FLAGS], {
    // asc reads the project's asconfig.json by default; its options would change the flags, so the
    // measured build never sees it.
    async readFile(name, baseDir) {
      const path = resolve(baseDir, name);
      if (path === ignoredConfig) return null;
      try {
        return readFileSync(path, 'utf8');
      } catch {
        return null;
      }
    },
    writeFile(name, contents) {
      if (name.endsWith('.wasm')) binary = new Uint8Array(contents);
    },
  });
  if (error || !binary) throw buildFailed(manifest, `${stderr.toString()}${error?.message ?? ''}`);
  return { bytes: binary, compiler: `assemblyscript ${versionOf(packageJson)}` };
}

function buildC(dir: string, manifest: FunctionManifest): { bytes: Uint8Array; compiler: string } {
  const clang = process.env.AIRTNT_CLANG ?? 'clang';
  const version = spawnSync(clang, ['--version'], { encoding: 'utf8', timeout: CLANG_TIMEOUT_MS });
  if (version.error || version.status !== 0) throw missingCompiler('clang', 'install clang and lld (Debian: apt-get install clang lld)', version.error);
  const temporary = join(dirname(manifest.out), `.${manifest.name}.wasm.tmp-${process.pid}`);
  mkdirSync(join(dir, dirname(manifest.out)), { recursive: true });
  try {
    // Relative paths from the project folder: nothing of where the project lives enters the module.
    const result = spawnSync(clang, [...C_FLAGS, '-o', temporary, manifest.source], { cwd: dir, encoding: 'utf8', timeout: CLANG_TIMEOUT_MS, maxBuffer: 4 * 1024 * 1024 });
    if (result.error) throw buildFailed(manifest, result.error.message);
    if (result.status !== 0) {
      if (/wasm-ld/.test(result.stderr) && /(not exist|not found|No such file)/i.test(result.stderr)) {
        throw missingCompiler('lld (wasm-ld)', 'install lld (Debian: apt-get install lld)');
      }
      throw buildFailed(manifest, result.stderr, { status: result.status });
    }
    const firstLine = version.stdout.split('\n')[0] ?? 'clang';
    return { bytes: new Uint8Array(readFileSync(join(dir, temporary))), compiler: firstLine.replace(/^Debian /, '').trim() };
  } finally {
    rmSync(join(dir, temporary), { force: true });
  }
}

type WabtModule = {
  parseWat(filename: string, text: string, features?: Record<string, boolean>): {
    resolveNames(): void;
    validate(): void;
    toBinary(options: Record<string, boolean>): { buffer: Uint8Array };
    destroy(): void;
  };
};

async function buildWat(dir: string, manifest: FunctionManifest): Promise<{ bytes: Uint8Array; compiler: string }> {
  const packageJson = resolvePackageJson(dir, 'wabt');
  if (!packageJson) throw missingCompiler('wabt', 'run `npm install` in the project (its package.json pins wabt)');
  const load = createRequire(packageJson)(dirname(packageJson)) as () => Promise<WabtModule>;
  const wabt = await load();
  let module: ReturnType<WabtModule['parseWat']> | undefined;
  try {
    // The file name as written in the manifest, so messages (and nothing in the module) name it.
    module = wabt.parseWat(manifest.source, readFileSync(join(dir, manifest.source), 'utf8'));
    module.resolveNames();
    module.validate();
    return { bytes: new Uint8Array(module.toBinary(WAT_BINARY_OPTIONS).buffer), compiler: `wabt ${versionOf(packageJson)}` };
  } catch (error) {
    throw buildFailed(manifest, error instanceof Error ? error.message : String(error));
  } finally {
    module?.destroy();
  }
}

function flagsOf(manifest: FunctionManifest): readonly string[] {
  if (manifest.lang === 'assemblyscript') return ASSEMBLYSCRIPT_FLAGS;
  if (manifest.lang === 'c') return C_FLAGS;
  return Object.entries(WAT_BINARY_OPTIONS).map(([key, value]) => `${key}=${value}`);
}

/** Builds the project in `dir`, writes its module to the manifest's `out` and returns its measurement. */
export async function buildFunctionProject(dirArg: string): Promise<FunctionBuild> {
  const dir = resolve(dirArg);
  const manifest = readManifest(dir);
  const source = join(dir, manifest.source);
  if (!existsSync(source)) throw new AirtntError('FUNCTION_PROJECT_INVALID', `the source ${manifest.source} named in airtnt-function.json does not exist`, { details: { source } });
  if (statSync(source).size > MAX_SOURCE_BYTES) throw new AirtntError('FUNCTION_PROJECT_INVALID', `the source ${manifest.source} is larger than ${MAX_SOURCE_BYTES} bytes`, { details: { source } });
  const built = manifest.lang === 'assemblyscript' ? await buildAssemblyScript(dir, manifest) : manifest.lang === 'c' ? buildC(dir, manifest) : await buildWat(dir, manifest);
  const out = join(dir, manifest.out);
  mkdirSync(dirname(out), { recursive: true });
  // Write then rename, so nothing ever reads half a module.
  writeFileSync(`${out}.tmp-${process.pid}`, built.bytes);
  renameSync(`${out}.tmp-${process.pid}`, out);
  return {
    manifest,
    dir,
    out,
    bytes: built.bytes,
    sha256: createHash('sha256').update(built.bytes).digest('hex'),
    compiler: built.compiler,
    flags: flagsOf(manifest),
  };
}

/** The path of a build's module relative to the current folder, for messages. */
export function shownPath(path: string): string {
  const shown = relative(process.cwd(), path);
  return shown.startsWith('..') ? path : shown;
}
