/**
 * Owners' runs of a function airtnt has never built (the accumulator fixture), through `airtnt run
 * wasm` as a process on one executor process (simulated TEE, accepting any module) and owner agents
 * as processes: a code owner's encrypted module travels in the session opening, and a data owner
 * that lets the requester receive results gets them equal to a local run on the plaintext data.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sha256 } from '@noble/hashes/sha2.js';
import { compileFunction, runFunction } from '../functions/abi.js';
import { runCli, type ExecutorProcess } from '../node/process.js';
import { startTestWorld, type TestWorld } from '../node/testing.js';
import { fetchExecutorInfo } from '../node/verify-executor.js';
import { encryptData, encryptModule, generateOwnerKey } from '../protocol/owner-data.js';
import { toHex } from '../util/bytes.js';
import { loggedReleases, startAgentProcess, stopAgentProcess, type AgentProcess } from './test-helpers.js';

const MODULE = join(import.meta.dirname, '..', 'functions', 'fixtures', 'accumulator.wasm');
const hex = (bytes: Uint8Array) => toHex(bytes).slice(2);

/** The accumulator's state: K (cycles until it terminates), count, acc, spin (work per cycle). */
function accumulatorState(k: number, acc: number): Uint8Array {
  const state = new Uint8Array(16);
  const view = new DataView(state.buffer);
  view.setUint32(0, k, true);
  view.setUint32(8, acc, true);
  return state;
}

async function localRun(module: Uint8Array, state: Uint8Array, cycles: number): Promise<Uint8Array> {
  const compiled = await compileFunction(module);
  return (await runFunction(compiled, state, cycles, { maxMemoryPages: 256, maxStateBytes: 1 << 20, maxOutputBytes: 1 << 22 })).state;
}

describe('owners\' runs of a user\'s own function through airtnt run wasm (real processes)', { timeout: 600_000 }, () => {
  let world: TestWorld;
  let executor: ExecutorProcess;
  const agents: AgentProcess[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'airtnt-own-function-'));
  const module = new Uint8Array(readFileSync(MODULE));
  const measurement = sha256(module);
  const data = accumulatorState(1_000, 7);
  let policyBase: Record<string, unknown>;
  // One code owner and one data owner agent, shared: each run asks each owner it names for one release.
  const codeKey = generateOwnerKey();
  const dataKey = generateOwnerKey();
  let codeAgent: AgentProcess;
  let dataAgent: AgentProcess;

  before(async () => {
    world = await startTestWorld();
    executor = await world.startExecutor(1, { args: ['--accept-functions', 'any'] });
    const { info } = await fetchExecutorInfo(executor.url, 30_000);
    assert.equal(info.modules?.accept, 'any', 'the executor accepts any module');
    assert.ok(!info.functions.includes(hex(measurement)), 'the function is not built into the executor');
    policyBase = {
      version: 1,
      tee: { allowedKinds: ['simulated'], measurements: [hex(info.enclave.runtimeMeasurement)], allowSimulated: true },
      functions: [hex(measurement)],
      chainId: world.devnet.chainId,
      channels: world.devnet.channels,
    };
    [codeAgent, dataAgent] = await Promise.all([
      startAgentProcess(dir, 'code', { ...policyBase, role: 'code', release: 'codeKey', results: { recipient: 'any' } }, codeKey),
      startAgentProcess(dir, 'data', { ...policyBase, role: 'data', release: 'dataKey', results: { recipient: 'requester' } }, dataKey),
    ]);
    agents.push(codeAgent, dataAgent);
  });

  after(async () => {
    await Promise.all(agents.map(stopAgentProcess));
    await world?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function runWasm(name: string, args: string[], account: number) {
    const out = join(dir, `${name}.out`);
    const run = await runCli([
      'run', 'wasm', ...args, '--cycles', '30', '--per-round', '10', '--executor', executor.url, '--out', out, '--json', '--allow-simulated',
      '--data-dir', join(dir, name), '--rpc-url', world.devnet.rpcUrl, '--channels', world.devnet.channels,
    ], { env: { AIRTNT_PRIVATE_KEY: world.devnet.accounts[account]!.privateKey } });
    assert.equal(run.code, 0, run.stderr);
    const summary = JSON.parse(run.stdout.trim().split('\n').pop()!) as { ok: boolean; rounds: number; cycles: number; paid: { amount: string }[] };
    assert.ok(summary.ok);
    assert.equal(summary.rounds, 3);
    assert.equal(summary.cycles, 30);
    assert.ok(summary.paid.length === 1 && BigInt(summary.paid[0]!.amount) > 0n, 'the requester paid the executor');
    return new Uint8Array(readFileSync(out));
  }

  it('a code owner\'s encrypted module of a non-built-in function runs: released once, results equal a local run', async () => {
    const released = loggedReleases(codeAgent).releases.length;
    writeFileSync(join(dir, 'accumulator.atm'), encryptModule(module, codeKey));
    writeFileSync(join(dir, 'plain.state'), data);
    const final = await runWasm('code-run', [join(dir, 'accumulator.atm'), '--code-owner', codeAgent.url, '--state', join(dir, 'plain.state')], 2);
    assert.deepEqual(final, await localRun(module, data, 30), 'the final state equals a local run');
    assert.equal(loggedReleases(codeAgent).releases.length, released + 1, 'the code owner released its key once');
  });

  it('a data owner naming the requester as recipient: the requester\'s results equal a local run on the plaintext data', async () => {
    const released = loggedReleases(dataAgent).releases.length;
    writeFileSync(join(dir, 'accumulator.wasm'), module);
    writeFileSync(join(dir, 'data.atd'), encryptData(data, dataKey));
    const final = await runWasm('data-run', [join(dir, 'accumulator.wasm'), '--data-owner', dataAgent.url, '--state', join(dir, 'data.atd')], 3);
    assert.deepEqual(final, await localRun(module, data, 30), 'the final state equals a local run on the plaintext data');
    assert.equal(loggedReleases(dataAgent).releases.length, released + 1, 'the data owner released its key once');
  });

  it('three parties: a code owner\'s module on a data owner\'s data, results to the requester, equal a local run', async () => {
    const released = [codeAgent, dataAgent].map((agent) => loggedReleases(agent).releases.length);
    writeFileSync(join(dir, 'both.atm'), encryptModule(module, codeKey));
    writeFileSync(join(dir, 'both.atd'), encryptData(data, dataKey));
    const final = await runWasm('both-run', [join(dir, 'both.atm'), '--code-owner', codeAgent.url, '--data-owner', dataAgent.url, '--state', join(dir, 'both.atd')], 4);
    assert.deepEqual(final, await localRun(module, data, 30), 'the final state equals a local run on the plaintext data');
    for (const [index, agent] of [codeAgent, dataAgent].entries()) assert.equal(loggedReleases(agent).releases.length, released[index]! + 1, 'each owner released once');
  });
});
