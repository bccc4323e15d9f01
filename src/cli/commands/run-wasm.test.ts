import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { compileFunction, runFunction } from '../../functions/abi.js';
import { runCli, spawnCli } from '../../node/process.js';

type DevnetJson = {
  rpcUrl: string;
  channels: string;
  accounts: { address: string; privateKey: string }[];
  executors: { url: string; address: string; pid: number; account: number }[];
  requesterAccounts: number[];
};
type RunJson = {
  ok: boolean; rounds: number; cycles: number; terminated: boolean; transfers: number; gasUsed: string; modulesSent: number;
  paid: { url: string; amount: string }[]; roundExecutors: { round: number; executor: string }[];
};
type Stats = { modules: { received: number; queries: number; refused: number } };

const MODULE = join(import.meta.dirname, '..', '..', 'functions', 'fixtures', 'accumulator.wasm');

const cli = (args: string[]) => spawnCli(args);

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

/** The accumulator's state: K (cycles until it terminates), count, acc, spin (work per cycle). */
function accumulatorState(k: number, acc: number, spin: number): Uint8Array {
  const state = new Uint8Array(16);
  const view = new DataView(state.buffer);
  view.setUint32(0, k, true);
  view.setUint32(8, acc, true);
  view.setUint32(12, spin, true);
  return state;
}

/** The same function run here, in one call (the checkpoint law makes the rounds irrelevant). */
async function localRun(state: Uint8Array, cycles: number) {
  const module = await compileFunction(new Uint8Array(readFileSync(MODULE)));
  const result = await runFunction(module, state, cycles, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 22 });
  return { state: result.state, outputs: frameOutputs(result.outputs), cyclesDone: result.cyclesDone };
}

async function stats(url: string): Promise<Stats> {
  return (await (await fetch(new URL('/v1/stats', url))).json()) as Stats;
}

describe('airtnt run wasm on airtnt devnet --executors 2 (real processes)', { timeout: 600_000 }, () => {
  let devnet: ChildProcess;
  let chain: DevnetJson;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'airtnt-run-wasm-'));
    // A module airtnt has never built, copied out of the source tree as a user would have it.
    copyFileSync(MODULE, join(dir, 'accumulator.wasm'));
    devnet = cli(['devnet', '--executors', '2', '--accounts', '4', '--json']);
    const [line] = (await once(createInterface({ input: devnet.stdout! }), 'line')) as [string];
    chain = JSON.parse(line) as DevnetJson;
  });

  after(async () => {
    if (devnet.exitCode === null) {
      const exited = once(devnet, 'exit');
      devnet.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      assert.equal(code, 0, 'the devnet stops cleanly on SIGTERM');
      for (const executor of chain.executors) {
        assert.throws(() => process.kill(executor.pid, 0), 'every executor stopped with the devnet');
      }
    }
    rmSync(dir, { recursive: true, force: true });
  });

  function runWasm(name: string, state: Uint8Array, cycles: number, perRound: number, executors: string[], extra: string[] = [], json = true) {
    writeFileSync(join(dir, `${name}.state`), state);
    const requester = chain.accounts[chain.requesterAccounts[0]!]!;
    return cli([
      'run', 'wasm', join(dir, 'accumulator.wasm'), '--state', join(dir, `${name}.state`), '--cycles', String(cycles), '--per-round', String(perRound),
      ...executors.flatMap((url) => ['--executor', url]),
      '--out', join(dir, `${name}.out`), '--outputs', join(dir, `${name}.outputs`), ...(json ? ['--json'] : []), '--allow-simulated',
      '--rpc-url', chain.rpcUrl, '--channels', chain.channels, '--private-key', requester.privateKey, '--data-dir', join(dir, 'requester'),
      '--key-timeout-ms', '5000', '--key-from-chain-ms', '1000',
      ...extra,
    ]);
  }

  async function finish(child: ChildProcess): Promise<RunJson> {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const [code] = (await once(child, 'exit')) as [number | null];
    assert.equal(code, 0, `run wasm failed:\n${stderr}\n${stdout}`);
    return JSON.parse(stdout.trim().split('\n').pop()!) as RunJson;
  }

  it('lists its executors and the accounts left free for requesters', () => {
    assert.equal(chain.executors.length, 2);
    assert.deepEqual(chain.executors.map((e) => e.account), [2, 3]);
    assert.deepEqual(chain.requesterAccounts, [0, 1]);
    for (const executor of chain.executors) assert.equal(executor.address, chain.accounts[executor.account]!.address);
  });

  it('a function that terminates ends the run early, and only the cycles done are paid', async () => {
    const [first] = chain.executors;
    const state = accumulatorState(5, 7, 10);
    const result = await finish(runWasm('early', state, 20, 3, [first!.url]));
    const local = await localRun(state, 20);
    assert.equal(local.cyclesDone, 5);
    assert.equal(result.cycles, 5);
    assert.equal(result.terminated, true);
    assert.equal(result.rounds, 2, 'a round of 3, then one of 2 done out of 3 asked');
    const paid = result.paid.reduce((sum, p) => sum + BigInt(p.amount), 0n);
    assert.equal(paid, 5n * 1_000_000_000n, '5 cycles at 1 gwei, not the 20 asked');
    assert.ok(BigInt(result.gasUsed) > 21_000n, 'the channel open is counted');
    assert.equal(result.modulesSent, 1);
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'early.out'))), local.state);
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'early.outputs'))), local.outputs);
    assert.equal((await stats(first!.url)).modules.received, 1);
  });

  it('without --json, a run its function ends early says so in words, and `runs show` says why it has fewer rounds than planned', async () => {
    const [first] = chain.executors;
    // 4 cycles until the accumulator terminates: round 0 does 3, round 1 does 1 of 3 asked; 20 cycles would be 7 rounds.
    const child = runWasm('early-text', accumulatorState(4, 5, 10), 20, 3, [first!.url], [], false);
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    assert.equal(((await once(child, 'exit')) as [number | null])[0], 0, stderr);
    assert.match(stdout, /^2 rounds, 4 cycles, /);
    assert.match(stderr, /\n\[done early\] rounds 2\/7 cycles 4\/20 spent /, 'the last progress line says the run ended early');
    assert.match(stdout, /\nthe function terminated after 4 of the 20 cycles asked, in round 1 \(its 2nd round: rounds are numbered from 0\): the run ended early, nothing was left to compute, and no round after it was run or paid\n$/);
    const runId = /run ([0-9a-f]{16})/.exec(stderr)![1]!;
    const shown = await runCli(['runs', 'show', runId, '--data-dir', join(dir, 'requester')]);
    assert.equal(shown.code, 0, shown.stderr);
    assert.match(shown.stdout, /\n {2}finished: 2 rounds paid, ended early because the function terminated \(7 rounds of 3 cycles were planned\)\n {2}the function terminated after 4 of the 20 cycles asked, in round 1 /);
    assert.doesNotMatch(shown.stdout, /rounds paid of/);
    const json = await runCli(['runs', 'show', runId, '--data-dir', join(dir, 'requester'), '--json']);
    const run = (JSON.parse(json.stdout) as { run: { terminated: boolean; cyclesDone: number; rounds: number } }).run;
    assert.deepEqual([run.terminated, run.cyclesDone, run.rounds], [true, 4, 2]);
  });

  it('a second run on the same executor does not send the module again (cached)', async () => {
    const [first] = chain.executors;
    const before = await stats(first!.url);
    const state = accumulatorState(100, 3, 10);
    const result = await finish(runWasm('cached', state, 6, 2, [first!.url]));
    assert.equal(result.modulesSent, 0);
    const now = await stats(first!.url);
    assert.equal(now.modules.received, before.modules.received, 'no module frame received');
    assert.equal(now.modules.queries, before.modules.queries + 1, 'only asked whether it holds it');
    const local = await localRun(state, 6);
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'cached.out'))), local.state);
  });

  it('survives a SIGKILL of the first executor: the run moves to the second, the module is sent again, results equal a local run', async () => {
    const [first, second] = chain.executors;
    assert.equal((await stats(second!.url)).modules.received, 0);
    // Enough work per cycle (under one billed cycle of work) that the run is still going when the kill lands.
    const state = accumulatorState(1_000_000, 11, 1_000_000);
    const cycles = 30;
    // --allow-double-payment: a round paid to the killed executor just before it died (its key not yet
    // released) is not waited for until its channel expires; it is then paid twice, hence the budget.
    const run = runWasm('transfer', state, cycles, 1, [first!.url, second!.url], ['--allow-double-payment', '--max-spend', '100gwei']);
    const result = finish(run);
    // Wait for the first paid round on the first executor (a progress line), then kill it.
    await new Promise<void>((resolve) => {
      createInterface({ input: run.stderr! }).on('line', (line) => {
        if (/rounds [1-9]/.test(line)) resolve();
      });
    });
    process.kill(first!.pid, 'SIGKILL');
    const done = await result;
    const local = await localRun(state, cycles);
    assert.equal(done.cycles, cycles);
    assert.ok(done.transfers >= 1, 'moved to the second executor');
    const used = new Set(done.roundExecutors.map((r) => r.executor));
    assert.ok(used.has(first!.url) && used.has(second!.url), 'rounds ran on both executors');
    assert.equal(done.modulesSent, 1, 'the module went to the second executor (the first had it cached)');
    assert.equal((await stats(second!.url)).modules.received, 1);
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'transfer.out'))), local.state);
    assert.deepEqual(new Uint8Array(readFileSync(join(dir, 'transfer.outputs'))), local.outputs);
  });
});
