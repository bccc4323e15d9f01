/**
 * The function author's tools with real compilers: `airtnt function new` for each language, `build`
 * twice (in two folders: the measurement depends on neither the run nor the path), `check` on the
 * empty state and on a state that terminates, the three languages' examples agreeing byte for byte,
 * the scaffolded project's own test run against this airtnt, and bad modules refused by rule. Then
 * the three builds run through the paid protocol (`airtnt run wasm`, real anvil, one real executor
 * process for the three): the measurement is the one the build printed, every round is paid, and the
 * final state and outputs equal a local run. (The builds are shared: AssemblyScript alone takes many
 * seconds of CPU to compile.) Needs clang and lld on the PATH (.ci/run installs them): without them
 * this test fails, it does not skip.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it, mock } from 'node:test';
import { Command } from 'commander';
import { compileFunction, runFunction } from '../../functions/abi.js';
import { PINNED_COMPILERS } from '../../functions/project.js';
import { isAirtntError } from '../../util/errors.js';
import { spawnCli } from '../../node/process.js';
import { cliCommand, packageRoot } from '../../util/paths.js';
import { registerFunction } from './function.js';

type DevnetJson = { rpcUrl: string; channels: string; accounts: { privateKey: string }[]; executors: { url: string }[]; requesterAccounts: number[] };
type RunJson = { ok: boolean; runId: string; functionMeasurement: string; rounds: number; cycles: number; terminated: boolean; modulesSent: number; paid: { amount: string }[] };

const LANGS = ['assemblyscript', 'c', 'wat'] as const;
const LIMITS = { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 24 };

/**
 * Output messages framed as the function ABI writes them to --outputs: each a u32 little-endian length,
 * then its bytes (written out here rather than imported from run-wasm-action.ts, whose imports, the whole
 * requester, cost this process over a second of CPU).
 */
function frameOutputs(outputs: readonly Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(outputs.flatMap((output) => {
    const length = Buffer.alloc(4);
    length.writeUInt32LE(output.length, 0);
    return [length, output];
  })));
}

let dir: string;
before(() => {
  // Fail loudly, never skip: the C case is part of what these tests show.
  for (const tool of ['clang', 'wasm-ld']) {
    assert.equal(spawnSync(tool, ['--version']).status, 0, `${tool} is not on the PATH: install clang and lld (Debian: apt-get install clang lld)`);
  }
  dir = mkdtempSync(join(tmpdir(), 'airtnt-author-'));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs `airtnt function ...` in this process; returns the JSON it printed. */
async function airtnt(...args: string[]): Promise<Record<string, unknown>> {
  const program = new Command('airtnt').exitOverride();
  registerFunction(program);
  const log = mock.method(console, 'log', () => {});
  try {
    await program.parseAsync(['node', 'airtnt', 'function', ...args, '--json']);
    const lines = log.mock.calls.map((call) => String(call.arguments[0]));
    return JSON.parse(lines.at(-1)!) as Record<string, unknown>;
  } finally {
    log.mock.restore();
  }
}

const cli = (args: string[], cwd?: string) => spawnCli(args, cwd === undefined ? {} : { cwd });

async function finish(child: ChildProcess): Promise<Record<string, unknown>> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0, `airtnt failed:\n${stderr}\n${stdout}`);
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

function counterState(n: number, limit: number, sum: number): Uint8Array {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32LE(n, 0);
  bytes.writeUInt32LE(limit, 4);
  bytes.writeUInt32LE(sum, 8);
  return new Uint8Array(bytes);
}

type Built = { sha256: string; out: string };
const builds = new Map<string, Built>();

describe('airtnt function new, build and check (real compilers)', { timeout: 900_000 }, () => {
  it('scaffolds, builds reproducibly in two folders and checks each language', async () => {
    const nearEnd = join(dir, 'near-end.state');
    writeFileSync(nearEnd, counterState(5, 30, 15));
    for (const lang of LANGS) {
      const project = join(dir, `first-${lang}`, 'counter');
      const created = await airtnt('new', 'counter', '--lang', lang, '--dir', project);
      assert.equal(created.ok, true);
      for (const file of ['airtnt-function.json', 'package.json', 'README.md', '.gitignore', 'test/checkpoint.test.mjs']) assert.ok(existsSync(join(project, file)), `${lang}: ${file}`);
      const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies: Record<string, string> };
      assert.equal(manifest.dependencies?.airtnt ?? manifest.devDependencies.airtnt, undefined, 'the project does not depend on an airtnt from the registry');
      assert.equal(existsSync(join(project, 'node_modules')), false, 'built with nothing installed in the project');
      if (lang === 'assemblyscript') assert.equal(manifest.devDependencies.assemblyscript, PINNED_COMPILERS.assemblyscript);
      if (lang === 'wat') assert.equal(manifest.devDependencies.wabt, PINNED_COMPILERS.wabt);

      const copy = join(dir, `second-${lang}`, 'elsewhere');
      cpSync(project, copy, { recursive: true });
      const first = await airtnt('build', project);
      const second = await airtnt('build', copy);
      assert.match(String(first.sha256), /^[0-9a-f]{64}$/);
      assert.equal(second.sha256, first.sha256, `${lang}: the measurement is the same in another folder and another build`);
      assert.equal(first.out, join(project, 'build', 'counter.wasm'));
      builds.set(lang, { sha256: String(first.sha256), out: String(first.out) });

      const fromEmpty = await airtnt('check', String(first.out));
      assert.equal(fromEmpty.ok, true);
      assert.equal(fromEmpty.sha256, first.sha256);
      assert.deepEqual(fromEmpty.law, { ...(fromEmpty.law as object), cycles: 100, cyclesDone: 100, terminated: false, outputs: 100 });
      const terminating = await airtnt('check', String(first.out), '--state', nearEnd, '--cycles', '40');
      assert.deepEqual(terminating.law, { ...(terminating.law as object), cyclesDone: 25, terminated: true, outputs: 25 });
    }
  });

  it('the three examples compute the same states and outputs', async () => {
    assert.equal(builds.size, LANGS.length, 'needs the builds of the test above');
    const results = await Promise.all(LANGS.map(async (lang) => {
      const module = await compileFunction(new Uint8Array(readFileSync(builds.get(lang)!.out)));
      return runFunction(module, counterState(7, 20, 28), 50, LIMITS);
    }));
    for (const result of results) {
      assert.equal(result.cyclesDone, 13);
      assert.deepEqual(result.state, results[0]!.state);
      assert.deepEqual(result.outputs, results[0]!.outputs);
    }
    // n runs 8..20, sum = 1 + ... + n.
    const last = Buffer.from(results[0]!.outputs.at(-1)!);
    assert.deepEqual([last.readUInt32LE(0), last.readUInt32LE(4)], [20, 210]);
  });

  it("the scaffolded project's own test passes against this airtnt", async () => {
    const project = join(dir, 'first-c', 'counter');
    // Not inside this test runner: NODE_TEST_CONTEXT would make the child report to it.
    const { NODE_TEST_CONTEXT: _inherited, ...env } = process.env;
    const child = spawn(process.execPath, ['--test', 'test/'], {
      cwd: project,
      // From another folder, `--import tsx` must name tsx by its full path.
      env: { ...env, AIRTNT_CLI: JSON.stringify(cliCommand().map((arg) => (arg === 'tsx' ? import.meta.resolve('tsx') : arg))) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0, output);
    assert.match(output, /pass 1/);
  });

  it('refuses a new project over existing files, and a folder without airtnt-function.json', async () => {
    await assert.rejects(airtnt('new', 'counter', '--lang', 'c', '--dir', join(dir, 'first-c', 'counter')), (error: unknown) => isAirtntError(error, 'FUNCTION_PROJECT_EXISTS'));
    await assert.rejects(airtnt('new', 'counter', '--lang', 'c', '--dir', join(packageRoot(), 'counter')), (error: unknown) => isAirtntError(error, 'INVALID_ARGUMENT'));
    await assert.rejects(airtnt('build', dir), (error: unknown) => isAirtntError(error, 'FUNCTION_PROJECT_INVALID'));
  });

  it('refuses bad modules, naming the rule', async () => {
    const wabtFactory = createRequire(join(packageRoot(), 'package.json'))('wabt') as () => Promise<{
      parseWat(name: string, text: string): { resolveNames(): void; toBinary(options: object): { buffer: Uint8Array } };
    }>;
    const wabt = await wabtFactory();
    const source = readFileSync(join(packageRoot(), 'templates', 'functions', 'wat', 'function.wat'), 'utf8');
    const importLine = '(import "env" "memory" (memory 1))';
    const variants: [string, string, (text: string) => string][] = [
      ['forbidden import', 'imports', (text) => text.replace(importLine, `${importLine}\n  (import "env" "now" (func $now (result i32)))`)],
      ['wrong export', 'exports', (text) => text.replace('(export "run")', '(export "step")')],
      ['own memory', 'memory', (text) => text.replace(importLine, '(memory 1)')],
      ['start function', 'start-function', (text) => text.replace(importLine, `${importLine}\n  (func $init)\n  (start $init)`)],
      ['huge data segment', 'data-size', (text) => text.replace(importLine, `${importLine}\n  (data (i32.const 0) "${'a'.repeat(4 * 1024 * 1024 + 1)}")`)],
    ];
    for (const [what, rule, edit] of variants) {
      const module = wabt.parseWat('bad.wat', edit(source));
      module.resolveNames();
      const file = join(dir, `${rule}.wasm`);
      writeFileSync(file, module.toBinary({ write_debug_names: false }).buffer);
      await assert.rejects(airtnt('check', file), (error: unknown) => {
        assert.ok(isAirtntError(error, 'INVALID_FUNCTION'), `${what}: ${String(error)}`);
        assert.equal(error.details.rule, rule, `${what}: ${error.message}`);
        return true;
      });
    }
    // A function that forgets part of its state between calls: right in one call, wrong in chunks.
    const forgetful = wabt.parseWat('forgetful.wat', source.replace('(i32.store (i32.const 8) (local.get $sum))', '(i32.store (i32.const 8) (i32.const 0))'));
    forgetful.resolveNames();
    const file = join(dir, 'forgetful.wasm');
    writeFileSync(file, forgetful.toBinary({ write_debug_names: false }).buffer);
    await assert.rejects(airtnt('check', file), (error: unknown) => {
      assert.ok(isAirtntError(error, 'FUNCTION_CHECKPOINT_LAW'), String(error));
      assert.equal(error.details.part, 'outputs');
      assert.deepEqual(error.details.split, [50, 50]);
      return true;
    });
    await assert.rejects(airtnt('check', join(dir, 'no-such.wasm')), (error: unknown) => isAirtntError(error, 'INVALID_ARGUMENT'));
  });
});

// The devnet of the paid runs below starts with the file, while the compilers above run: its start
// (anvil, the contracts, an executor process) takes as long as they do, and depends on nothing of theirs.
const devnet: ChildProcess = cli(['devnet', '--executors', '1', '--accounts', '3', '--json']);
const devnetPrinted = Promise.race([
  once(createInterface({ input: devnet.stdout! }), 'line') as Promise<[string]>,
  once(devnet, 'exit').then(([code]) => {
    throw new Error(`devnet exited (${String(code)}) before it printed its chain`);
  }),
]);
devnetPrinted.catch(() => {}); // awaited (and reported) by the paid runs' before()
after(async () => {
  if (devnet.exitCode === null && devnet.signalCode === null) {
    const exited = once(devnet, 'exit');
    devnet.kill('SIGTERM');
    await exited;
  }
});

describe('the three builds run through the paid protocol (real processes)', { timeout: 900_000 }, () => {
  let chain: DevnetJson;

  before(async () => {
    const [line] = await devnetPrinted;
    chain = JSON.parse(line) as DevnetJson;
  });

  const runIds: string[] = [];
  for (const lang of LANGS) {
    it(`${lang}: run wasm paid on the devnet's executor; equal to a local run`, async () => {
      const built = builds.get(lang);
      assert.ok(built, `needs the ${lang} build of the tests above`);
      const module = new Uint8Array(readFileSync(built.out));

      const state = counterState(0, 25, 0);
      writeFileSync(join(dir, `${lang}.state`), state);
      const requester = chain.accounts[chain.requesterAccounts[0]!]!;
      const run = (await finish(cli([
        'run', 'wasm', built.out, '--state', join(dir, `${lang}.state`), '--cycles', '40', '--per-round', '10',
        '--executor', chain.executors[0]!.url, '--out', join(dir, `${lang}.out`), '--outputs', join(dir, `${lang}.outputs`), '--json', '--allow-simulated',
        '--rpc-url', chain.rpcUrl, '--channels', chain.channels, '--private-key', requester.privateKey, '--data-dir', join(dir, 'requester'),
      ]))) as unknown as RunJson;
      assert.equal(run.ok, true);
      runIds.push(run.runId);
      assert.equal(run.functionMeasurement, built.sha256, 'the run names the measurement the build printed');
      assert.equal(run.modulesSent, 1, 'the module went to the executor sealed to its enclave');
      assert.equal(run.cycles, 25);
      assert.equal(run.terminated, true);
      assert.equal(run.rounds, 3, 'rounds of 10, 10, then 5 done of 10 asked');
      assert.equal(run.paid.reduce((sum, p) => sum + BigInt(p.amount), 0n), 25n * 1_000_000_000n, '25 cycles paid at 1 gwei');

      const local = await runFunction(await compileFunction(module), state, 40, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 22 });
      assert.equal(local.cyclesDone, 25);
      assert.deepEqual(new Uint8Array(readFileSync(join(dir, `${lang}.out`))), local.state);
      assert.deepEqual(new Uint8Array(readFileSync(join(dir, `${lang}.outputs`))), frameOutputs(local.outputs));
    });
  }

  it('airtnt runs list shows the three run wasm runs', async () => {
    assert.equal(runIds.length, LANGS.length, 'needs the runs above');
    const listed = (await finish(cli(['runs', 'list', '--data-dir', join(dir, 'requester'), '--json']))) as { runs: { runId: string; executors: string[]; insecure: boolean }[] };
    assert.deepEqual(listed.runs.map((run) => run.runId).sort(), [...runIds].sort());
    for (const run of listed.runs) {
      assert.deepEqual(run.executors, [chain.executors[0]!.url]);
      assert.equal(run.insecure, true);
    }
  });
});
