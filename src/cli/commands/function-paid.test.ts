/**
 * C, AssemblyScript and WAT functions, each scaffolded (`airtnt function new`) and built (`airtnt
 * function build`) in a fresh folder of the author's with nothing installed in it, then run through
 * the paid protocol (`airtnt run wasm`, real anvil, a real executor process): the measurement is the
 * one the build printed, every round is paid, and the final state and outputs equal a local run.
 * One devnet and one executor serve the three languages. C needs clang and lld on the PATH: without
 * them this test fails (CI installs them), it does not skip.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { compileFunction, runFunction } from '../../functions/abi.js';
import { cliCommand } from '../../util/paths.js';
import { frameOutputs } from './run-wasm-action.js';

type DevnetJson = { rpcUrl: string; channels: string; accounts: { privateKey: string }[]; executors: { url: string }[]; requesterAccounts: number[] };
type RunJson = { ok: boolean; runId: string; functionMeasurement: string; rounds: number; cycles: number; terminated: boolean; modulesSent: number; paid: { amount: string }[] };

const LANGS = ['c', 'assemblyscript', 'wat'] as const;

function cli(args: string[], cwd?: string): ChildProcess {
  // From another folder, `--import tsx` must name tsx by its full path.
  const [command, ...prefix] = cliCommand().map((arg) => (arg === 'tsx' ? import.meta.resolve('tsx') : arg));
  return spawn(command!, [...prefix, ...args], { stdio: ['ignore', 'pipe', 'pipe'], ...(cwd === undefined ? {} : { cwd }) });
}

async function finish(child: ChildProcess): Promise<Record<string, unknown>> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  assert.equal(code, 0, `airtnt failed:\n${stderr}\n${stdout}`);
  return JSON.parse(stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

/** The scaffolded counter's state: n, limit, sum (u32 LE). */
function counterState(n: number, limit: number, sum: number): Uint8Array {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32LE(n, 0);
  bytes.writeUInt32LE(limit, 4);
  bytes.writeUInt32LE(sum, 8);
  return new Uint8Array(bytes);
}

describe('C, AssemblyScript and WAT functions built by the author\'s tools, run through the paid protocol (real processes)', { timeout: 900_000 }, () => {
  let devnet: ChildProcess;
  let chain: DevnetJson;
  let dir: string;

  before(async () => {
    // Fail loudly, never skip: the C case is part of what this test shows.
    for (const tool of ['clang', 'wasm-ld']) {
      assert.equal(spawnSync(tool, ['--version']).status, 0, `${tool} is not on the PATH: install clang and lld (Debian: apt-get install clang lld)`);
    }
    dir = mkdtempSync(join(tmpdir(), 'airtnt-function-paid-'));
    devnet = cli(['devnet', '--executors', '1', '--accounts', '3', '--json']);
    const [line] = (await once(createInterface({ input: devnet.stdout! }), 'line')) as [string];
    chain = JSON.parse(line) as DevnetJson;
  });

  after(async () => {
    if (devnet !== undefined && devnet.exitCode === null) {
      const exited = once(devnet, 'exit');
      devnet.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const runIds: string[] = [];
  for (const lang of LANGS) {
    it(`${lang}: new, build (nothing installed in the project), run wasm paid on the devnet's executor; equal to a local run`, async () => {
      const project = join(dir, lang, 'counter');
      await finish(cli(['function', 'new', 'counter', '--lang', lang, '--dir', project, '--json']));
      const manifest = JSON.parse(readFileSync(join(project, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies: Record<string, string> };
      assert.equal(manifest.dependencies?.airtnt, undefined, 'the project does not depend on an airtnt from the registry');
      assert.equal(manifest.devDependencies.airtnt, undefined, 'the project does not depend on an airtnt from the registry');
      // Built in the project folder, as the author would (`airtnt function build`), before any npm install.
      assert.equal(existsSync(join(project, 'node_modules')), false);
      const built = await finish(cli(['function', 'build', '--json'], project));
      const module = new Uint8Array(readFileSync(String(built.out)));

      const state = counterState(0, 25, 0);
      writeFileSync(join(dir, `${lang}.state`), state);
      const requester = chain.accounts[chain.requesterAccounts[0]!]!;
      const run = (await finish(cli([
        'run', 'wasm', String(built.out), '--state', join(dir, `${lang}.state`), '--cycles', '40', '--per-round', '10',
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
