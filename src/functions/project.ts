/**
 * A function project: the author's own folder with an airtnt-function.json, made from the templates
 * under templates/functions/ (shipped in the npm package) by scaffoldFunction, and built by
 * buildFunctionProject (src/functions/project-build.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { AirtntError } from '../util/errors.js';
import { packageRoot } from '../util/paths.js';

export const FUNCTION_LANGS = ['assemblyscript', 'c', 'wat'] as const;
export type FunctionLang = (typeof FUNCTION_LANGS)[number];

export const MANIFEST_FILE = 'airtnt-function.json';

/** airtnt-function.json: what to build and where; the compiler flags are airtnt's, not the project's. */
export type FunctionManifest = { name: string; abi: 1; lang: FunctionLang; source: string; out: string };

/** The compilers each template pins in its package.json (the versions airtnt itself is tested with). */
export const PINNED_COMPILERS = { assemblyscript: '0.28.20', wabt: '1.0.39' } as const;

const SOURCES: Record<FunctionLang, string> = { assemblyscript: 'assembly/index.ts', c: 'function.c', wat: 'function.wat' };
const NAME = /^[a-z][a-z0-9-]{0,63}$/;
/** Manifest files are a few hundred bytes; anything far larger is not one. */
const MAX_MANIFEST_BYTES = 64 * 1024;

function invalidProject(what: string, details: Record<string, unknown>): AirtntError {
  return new AirtntError('FUNCTION_PROJECT_INVALID', what, { details });
}

/** A path inside the project: relative, no `..`, so a manifest cannot make a build read or write elsewhere. */
function insidePath(dir: string, field: string, value: unknown): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 256) {
    throw invalidProject(`${MANIFEST_FILE}: "${field}" must be a relative path`, { [field]: value });
  }
  const full = resolve(dir, value);
  if (value.startsWith('/') || value.includes('\\') || !full.startsWith(resolve(dir) + sep)) {
    throw invalidProject(`${MANIFEST_FILE}: "${field}" must stay inside the project folder`, { [field]: value, dir });
  }
  return value;
}

export function readManifest(dir: string): FunctionManifest {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) {
    throw new AirtntError('FUNCTION_PROJECT_INVALID', `no ${MANIFEST_FILE} in ${resolve(dir)}`, {
      details: { dir: resolve(dir) },
      hint: 'give the folder of a function project, or create one from a template (scaffoldFunction)',
    });
  }
  if (statSync(path).size > MAX_MANIFEST_BYTES) throw invalidProject(`${MANIFEST_FILE} is larger than ${MAX_MANIFEST_BYTES} bytes`, { path });
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new AirtntError('FUNCTION_PROJECT_INVALID', `${MANIFEST_FILE} is not JSON`, { details: { path }, cause });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalidProject(`${MANIFEST_FILE} must hold one object`, { path });
  const fields = raw as Record<string, unknown>;
  if (typeof fields.name !== 'string' || !NAME.test(fields.name)) throw invalidProject(`${MANIFEST_FILE}: "name" must be lower-case letters, digits and dashes`, { name: fields.name });
  if (fields.abi !== 1) throw invalidProject(`${MANIFEST_FILE}: "abi" must be 1 (the only ABI version)`, { abi: fields.abi });
  if (!(FUNCTION_LANGS as readonly unknown[]).includes(fields.lang)) throw invalidProject(`${MANIFEST_FILE}: "lang" must be one of ${FUNCTION_LANGS.join(', ')}`, { lang: fields.lang });
  const source = insidePath(dir, 'source', fields.source);
  const out = insidePath(dir, 'out', fields.out);
  if (!out.endsWith('.wasm')) throw invalidProject(`${MANIFEST_FILE}: "out" must end in .wasm`, { out });
  return { name: fields.name, abi: 1, lang: fields.lang as FunctionLang, source, out };
}

export function templatesDir(): string {
  return join(packageRoot(), 'templates', 'functions');
}

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  }).sort();
}

/**
 * The devDependencies of a new project: its compiler, pinned (the measurement depends on its version).
 * Not airtnt: the author builds with the airtnt they run (`airtnt function build`), so a fresh
 * project builds with no install of its own; the build falls back to airtnt's compiler.
 */
function devDependencies(lang: FunctionLang): Record<string, string> {
  return lang === 'assemblyscript' ? { assemblyscript: PINNED_COMPILERS.assemblyscript } : lang === 'wat' ? { wabt: PINNED_COMPILERS.wabt } : {};
}

export type ScaffoldResult = { dir: string; files: string[]; manifest: FunctionManifest };

/**
 * Creates a function project in `dir` (a new or empty folder, outside airtnt's own tree): the
 * example source in `lang`, airtnt-function.json, package.json, a README and a checkpoint-law test.
 */
export function scaffoldFunction(options: { name: string; lang: FunctionLang; dir: string; airtntVersion: string }): ScaffoldResult {
  const { name, lang, airtntVersion } = options;
  if (!NAME.test(name)) {
    throw new AirtntError('INVALID_ARGUMENT', `"${name}" is not a function name: lower-case letters, digits and dashes, starting with a letter`, { details: { name } });
  }
  if (!FUNCTION_LANGS.includes(lang)) throw new AirtntError('INVALID_ARGUMENT', `no template for the language "${String(lang)}"`, { details: { lang, known: FUNCTION_LANGS } });
  const dir = resolve(options.dir);
  const own = packageRoot();
  if (dir === own || dir.startsWith(own + sep)) {
    throw new AirtntError('INVALID_ARGUMENT', 'a function project belongs in your own folder, not inside airtnt', { details: { dir, airtnt: own }, hint: 'pass a folder outside the airtnt package (dir)' });
  }
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    throw new AirtntError('FUNCTION_PROJECT_EXISTS', `${dir} exists and is not an empty folder`, { details: { dir } });
  }
  const manifest: FunctionManifest = { name, abi: 1, lang, source: SOURCES[lang], out: `build/${name}.wasm` };
  const values: Record<string, string> = {
    name,
    lang,
    source: manifest.source,
    airtntVersion,
    devDependencies: JSON.stringify(devDependencies(lang), null, 4).replace(/\n}$/, '\n  }'),
  };
  const fill = (text: string) => text.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => values[key] ?? whole);
  const written: string[] = [];
  // Write into a sibling folder first, then rename, so a failure leaves no half project behind.
  const staging = join(dirname(dir), `.${name}-new-${process.pid}`);
  mkdirSync(staging, { recursive: true });
  for (const base of ['common', lang]) {
    const from = join(templatesDir(), base);
    for (const file of filesUnder(from)) {
      // npm leaves .gitignore files out of packages, so the template keeps it without the dot.
      const target = file === 'gitignore' ? '.gitignore' : file;
      mkdirSync(dirname(join(staging, target)), { recursive: true });
      writeFileSync(join(staging, target), fill(readFileSync(join(from, file), 'utf8')));
      written.push(target);
    }
  }
  if (existsSync(dir)) {
    // An empty folder the user made: move the files in.
    for (const entry of readdirSync(staging)) renameSync(join(staging, entry), join(dir, entry));
    rmdirSync(staging);
  } else {
    renameSync(staging, dir);
  }
  return { dir, files: written.sort().map((file) => relative(dir, join(dir, file))), manifest };
}

