/**
 * `airtnt function new | build DIR | check`: the function author's tools (docs/functions.md, "Write
 * your own function"). Definitions only here; the work is imported when a command runs, so
 * `--help` stays fast.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AirtntError, safeJson } from '../../util/errors.js';

const LANGS = ['assemblyscript', 'c', 'wat'] as const;
/** What `check` gives the function by default: what a generous executor would. */
const CHECK_MEMORY_PAGES = 4096;
const CHECK_STATE_BYTES = 64 * 1024 * 1024;
const CHECK_OUTPUT_BYTES = 64 * 1024 * 1024;
/** check reads at most this much of --state and of the module before anything decodes them. */
const MAX_READ_BYTES = 64 * 1024 * 1024;

function lang(value: string): (typeof LANGS)[number] {
  if (!(LANGS as readonly string[]).includes(value)) throw new InvalidArgumentError(`one of ${LANGS.join(', ')}`);
  return value as (typeof LANGS)[number];
}

function cycles(value: string): number {
  if (!/^\d{1,10}$/.test(value) || Number(value) > 1_000_000) throw new InvalidArgumentError(`a whole number of cycles in 0..1000000, got "${value}"`);
  return Number(value);
}

/** Reads a file the author named (the module, a state), saying why it cannot and what to give instead. */
export function readBounded(path: string, what: string): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : (cause as Error).message;
    throw new AirtntError('INVALID_ARGUMENT', `cannot read the ${what} ${path}: ${why}`, {
      details: { path: resolve(path), reason: code ?? String(cause) },
      hint: what === 'state'
        ? 'give --state an existing file holding the initial state as raw bytes, or leave --state out to start from the empty state'
        : 'give the path of a built module (airtnt function build prints it)',
      cause,
    });
  }
  if (bytes.length > MAX_READ_BYTES) throw new AirtntError('INVALID_ARGUMENT', `the ${what} ${path} is larger than ${MAX_READ_BYTES} bytes`, { details: { path, bytes: bytes.length } });
  return new Uint8Array(bytes);
}

type NewOptions = { lang: (typeof LANGS)[number]; dir?: string; json?: boolean };

async function newCommand(name: string, options: NewOptions): Promise<void> {
  const [{ scaffoldFunction }, { packageRoot }] = await Promise.all([import('../../functions/project.js'), import('../../util/paths.js')]);
  const { version } = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  const result = scaffoldFunction({ name, lang: options.lang, dir: options.dir ?? join(process.cwd(), name), airtntVersion: version });
  if (options.json) {
    console.log(safeJson({ ok: true, dir: result.dir, lang: options.lang, files: result.files, out: result.manifest.out }));
    return;
  }
  // Nothing to install in the project: this airtnt builds it (its own compiler unless the project pins one).
  const install = options.lang === 'c' ? 'clang and lld installed (Debian: apt-get install clang lld)' : 'npm install   # optional: the compiler pinned in package.json, else airtnt\'s own';
  console.log([
    `created the ${options.lang} function ${name} in ${result.dir}:`,
    ...result.files.map((file) => `  ${file}`),
    'next:',
    `  cd ${result.dir}`,
    `  ${install}`,
    '  airtnt function build              # writes the module and prints its measurement',
    `  airtnt function check ${result.manifest.out}   # ABI checks and the checkpoint law`,
    '  npm test                           # the same, as a test',
  ].join('\n'));
}

export async function buildCommand(dir: string, options: { json?: boolean }): Promise<void> {
  const { buildFunctionProject, shownPath } = await import('../../functions/project-build.js');
  const build = await buildFunctionProject(dir);
  if (options.json) {
    console.log(safeJson({ ok: true, name: build.manifest.name, lang: build.manifest.lang, dir: build.dir, out: build.out, bytes: build.bytes.length, sha256: build.sha256, compiler: build.compiler, flags: build.flags }));
    return;
  }
  console.log(`${build.sha256}  ${shownPath(build.out)} (${build.bytes.length} bytes, ${build.compiler})`);
}

type CheckOptions = { state?: string; cycles: number; json?: boolean };

async function checkCommand(file: string, options: CheckOptions): Promise<void> {
  const [{ compileFunction, measureFunction }, { checkModuleBounds, ruleOfAbiError, MODULE_RULES }, { checkCheckpointLaw }, { isAirtntError }, { toHex }] = await Promise.all([
    import('../../functions/abi.js'),
    import('../../functions/module-rules.js'),
    import('../../functions/checkpoint-law.js'),
    import('../../util/errors.js'),
    import('../../util/bytes.js'),
  ]);
  const bytes = readBounded(file, 'module');
  const state = options.state === undefined ? new Uint8Array(0) : readBounded(options.state, 'state');
  const compileStart = performance.now();
  const facts = checkModuleBounds(bytes);
  let module: WebAssembly.Module;
  try {
    module = await compileFunction(bytes);
  } catch (error) {
    // The ABI binding names the import, export or memory at fault; say which rule that is.
    if (isAirtntError(error, 'INVALID_FUNCTION')) {
      const rule = ruleOfAbiError(error);
      throw new AirtntError('INVALID_FUNCTION', `rule ${rule}: ${error.shortMessage.replace(/^not an airtnt ABI v1 function: /, '')}`, {
        details: { rule, ...error.details },
        ...(error.hint === undefined ? {} : { hint: error.hint }),
        cause: error,
      });
    }
    throw error;
  }
  const compileMs = performance.now() - compileStart;
  const law = await checkCheckpointLaw(module, state, options.cycles, { maxMemoryPages: CHECK_MEMORY_PAGES, maxStateBytes: CHECK_STATE_BYTES, maxOutputBytes: CHECK_OUTPUT_BYTES });
  const measurement = toHex(measureFunction(bytes)).slice(2);
  const rules = [...MODULE_RULES, 'checkpoint-law'];
  if (options.json) {
    console.log(safeJson({ ok: true, file: resolve(file), bytes: bytes.length, sha256: measurement, rules, module: facts, compileMs: Math.round(compileMs * 10) / 10, state: options.state ?? null, stateBytes: state.length, law }));
    return;
  }
  const ending = law.terminated ? `terminated after ${law.cyclesDone}` : `${law.cyclesDone} done`;
  console.log([
    `${file}: an airtnt ABI v1 function, measurement ${measurement} (${bytes.length} bytes)`,
    `  passed: ${MODULE_RULES.join(', ')}`,
    `  passed: checkpoint law on ${options.state ?? 'the empty state'} (${state.length} bytes), ${options.cycles} cycles (${ending}; ${law.outputs} outputs), split as ${law.splits.map((split) => split.length > 8 ? `${split.length} x 1` : split.join('+')).join(', ')}`,
  ].join('\n'));
}

/** Registers new, build [dir] and check on `airtnt function`; `build` also keeps the built-in build. */
export function registerFunctionAuthor(fn: Command, buildBuiltins: (options: { check?: boolean; update?: boolean }) => void): void {
  fn.command('new')
    .description('create a function project in a folder of your own: example source implementing ABI v1, build config, README and a checkpoint-law test')
    .argument('<name>', 'the function name: lower-case letters, digits and dashes')
    .requiredOption('--lang <lang>', `the language: ${LANGS.join(', ')}`, lang)
    .option('--dir <path>', 'the new project folder (default: ./NAME); must not exist or be empty')
    .option('--json', 'print one JSON object')
    .action(newCommand);

  fn.command('build')
    .description('build a function project reproducibly (fixed compiler flags) and print its measurement (sha256); --builtins, --check or --update build airtnt\'s own functions instead')
    .argument('[dir]', 'the project folder, holding airtnt-function.json', '.')
    .option('--json', 'print one JSON object')
    .option('--builtins', 'build airtnt\'s built-in functions (functions/*/assembly, in a source checkout) into build/functions')
    .option('--check', 'with the built-in functions: fail unless the sha256 values equal functions/measurements.json')
    .option('--update', 'with the built-in functions: rewrite functions/measurements.json')
    .action(async (dir: string, options: { json?: boolean; builtins?: boolean; check?: boolean; update?: boolean }) => {
      if (options.builtins || options.check || options.update) buildBuiltins(options);
      else await buildCommand(dir, options);
    });

  fn.command('check')
    .description('check a module against ABI v1 (imports, exports, memory, no start function, table, data and compile bounds) and the checkpoint law on a sample state')
    .argument('<file>', 'the .wasm module')
    .option('--state <file>', 'the sample state, as bytes (default: the empty state)')
    .option('--cycles <n>', 'cycles to run at once and in chunks', cycles, 100)
    .option('--json', 'print one JSON object')
    .action(checkCommand);
}
