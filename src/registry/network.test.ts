/**
 * A whole open network on one machine, all real processes: `airtnt devnet --executors 5 --verifiers 5`
 * (anvil, five `airtnt executor start` processes on the simulated TEE, five verifier nodes) must print
 * itself only once every executor joined and was admitted by the verifiers drawn for it. A requester then
 * runs `airtnt run life --from-registry` with no URL; its selection JSON recomputes from public data, and
 * also with an independent RFC 9381 verifier and the ranking of docs/protocol.md (independent-selection.ts,
 * test-only). A requester cannot steer the selection by retrying task ids within an epoch.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { keccak256, toHex as viemToHex, type Address, type Hex } from 'viem';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { commitTask } from '../chain/commit-task.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { eventually } from '../util/eventually.js';
import { cliCommand } from '../util/paths.js';
import { fromHex } from '../util/bytes.js';
import { selectTask } from '../vrf/selection.js';
import { networkClock } from './devnet-network.js';
import { checkSelectionIndependently } from './test-helpers/independent-selection.js';
import type { SelectionDocument } from './select-executor.js';
import { verifySelectionAgainstChain, verifySelectionDocument } from './verify-selection.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-network-'));
const children: ChildProcess[] = [];

function cli(args: string[]): ChildProcess {
  const [node, ...prefix] = cliCommand();
  const child = spawn(node!, [...prefix, ...args], { detached: true, env: { ...process.env, XDG_DATA_HOME: join(dir, 'xdg') }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child;
}

function finish(child: ChildProcess): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

type DevnetJson = {
  rpcUrl: string;
  chainId: number;
  channels: Address;
  accounts: { address: Address; privateKey: Hex }[];
  requesterAccounts: number[];
  executors: { url: string; address: Address; pid: number; registryStatus: string; activeEpoch: number }[];
  registry: Address;
  pools: Address;
  verifiers: { address: Address; url: string }[];
};

// The command as is (its accounts are enough by default); long epochs, so that the three runs
// below fit in the one epoch their task id is committed for.
const devnetProcess = cli(['devnet', '--json', '--executors', '5', '--verifiers', '5', '--epoch-seconds', '600']);
let devnet: DevnetJson;

after(async () => {
  // SIGTERM: the devnet stops its executors (each collects) and anvil, then exits; SIGKILL past a bound.
  const exited = devnetProcess.exitCode === null && devnetProcess.signalCode === null ? once(devnetProcess, 'exit') : Promise.resolve();
  try {
    process.kill(-devnetProcess.pid!, 'SIGTERM');
  } catch {
    // already gone
  }
  const timer = setTimeout(() => {
    for (const child of children) {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }, 30_000);
  await exited;
  clearTimeout(timer);
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('airtnt devnet --executors 5 --verifiers 5 (real executor processes, verifier nodes, anvil)', { timeout: 900_000 }, () => {
  let funder: ChainClient;
  let registry: Address;

  before(async () => {
    let stderr = '';
    devnetProcess.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const line = await Promise.race([
      once(createInterface({ input: devnetProcess.stdout! }), 'line') as Promise<[string]>,
      once(devnetProcess, 'exit').then(([code]) => {
        throw new Error(`devnet exited (${String(code)}) before it printed: ${stderr}`);
      }),
    ]);
    const printed = JSON.parse(line[0]) as DevnetJson & { ok?: false; error?: unknown };
    if (printed.ok === false) throw new Error(`devnet failed: ${JSON.stringify(printed.error)} ${stderr}`);
    devnet = printed;
    registry = devnet.registry;
    funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[0]!.privateKey, chainId: devnet.chainId, channels: devnet.channels });
  });

  it('prints the registry with every executor admitted, and each executor and verifier on its own account', () => {
    assert.match(registry, /^0x[0-9a-fA-F]{40}$/);
    assert.equal(devnet.executors.length, 5);
    assert.deepEqual(devnet.executors.map((e) => e.registryStatus), ['admitted', 'admitted', 'admitted', 'admitted', 'admitted']);
    assert.equal(devnet.verifiers.length, 5);
    const executorAccounts = new Set(devnet.executors.map((e) => e.address.toLowerCase()));
    assert.ok(devnet.verifiers.every((v) => !executorAccounts.has(v.address.toLowerCase())), 'no account is both executor and verifier');
    assert.deepEqual(devnet.requesterAccounts, [0, 1]);
    assert.equal(devnet.accounts.length, 12);
    assert.match(devnet.pools, /^0x[0-9a-fA-F]{40}$/);
  });

  it('pays the verifiers: every signer of each admitting verdict claims its share of the join fee', async () => {
    const admitted = async () => funder.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'Admitted', fromBlock: 0n, strict: true });
    const executors = new Set(devnet.executors.map((e) => e.address.toLowerCase()));
    const signers = (await admitted()).filter((e) => executors.has(e.args.node.toLowerCase()));
    assert.equal(signers.length, 5);
    const owed = signers.reduce((n, e) => n + e.args.signers.toString(2).replace(/0/g, '').length, 0);
    assert.ok(owed >= 5 * 3, 'a quorum (3 of 5) signed each admission');
    const claims = await eventually(async () => {
      const events = await funder.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'VerdictFeeClaimed', fromBlock: 0n, strict: true });
      return events.length >= owed ? events : undefined;
    }, 240_000, 'every signer claimed its share');
    assert.equal(claims.length, owed, 'one claim per signer and admission, no more');
    const joinFee = await funder.public.readContract({ address: registry, abi: airtntRegistryAbi, functionName: 'JOIN_FEE' });
    for (const claim of claims) assert.equal(claim.args.share, joinFee / 3n);
  });

  it('runs --from-registry on the verifiable rank 0 (checked independently), leaves out an unreachable rank 0 and says so, and refuses retried task ids', async () => {
    const requesterKey = devnet.accounts[1]!.privateKey;
    const requester = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: requesterKey, chainId: devnet.chainId, channels: devnet.channels });
    // The first run commits the requester's one task id, with its filter, two epochs ahead (before that
    // seed exists) and stops saying when to run; a second commitment for that epoch is refused.
    const pattern = join(dir, 'glider.rle');
    writeFileSync(pattern, 'x = 3, y = 3\nbo$2bo$3o!\n');
    const lifeArgs = (out: string, dataDir: string, extra: string[] = []) => ['run', 'life', '--pattern', pattern, '--width', '16', '--height', '16', '--cycles', '20', '--per-round', '10',
      '--from-registry', registry, '--allow-simulated', '--json', '--out', join(dir, out), '--rpc-url', devnet.rpcUrl, '--channels', devnet.channels, '--private-key', requesterKey, '--data-dir', join(dir, dataDir), ...extra];
    // Channels longer than the registry's MAX_CHANNEL_DURATION (the devnet's: 3600 s) are refused before
    // anything is committed: the registered executors would refuse them (CHANNEL_EXPIRES_TOO_LATE).
    const tooLong = await finish(cli(lifeArgs('final-long.rle', 'requester-long', ['--channel-seconds', '7200'])));
    assert.equal(tooLong.code, 1, tooLong.stderr.slice(-3000));
    assert.equal((JSON.parse(tooLong.stdout.trim().split('\n').at(-1)!) as { error: { code: string } }).error.code, 'REGISTRY_CHANNEL_TOO_LONG');
    const first = await finish(cli(lifeArgs('final-0.rle', 'requester-0')));
    assert.equal(first.code, 1, first.stderr.slice(-3000));
    const notYet = (JSON.parse(first.stdout.trim().split('\n').at(-1)!) as { error: { code: string; details: { committedFor: string } } }).error;
    assert.equal(notYet.code, 'SELECTION_TASK_NOT_COMMITTED');
    const committedEpoch = BigInt(notYet.details.committedFor);
    await assert.rejects(commitTask(requester, { registry, salt: keccak256(viemToHex('another salt')) }), { code: 'REGISTRY_TASK_ALREADY_COMMITTED' });
    // The registry's list (read only: every executor stays admitted) in a process of its own, while the
    // chain is walked to the committed epoch (mostly waiting for the verifiers' seed commits and reveals).
    const listing = finish(cli(['registry', 'list', '--rpc-url', devnet.rpcUrl, '--registry', registry, '--json']));
    const clock = await networkClock(funder, registry, devnet.verifiers.map((v) => v.address), 240_000);
    await clock.advanceTo(committedEpoch);
    // In that epoch, a run with another filter than the committed one is refused: the filter is fixed before the seed.
    const stricter = await finish(cli(lifeArgs('final-x.rle', 'requester-x', ['--min-stake', '3'])));
    assert.equal(stricter.code, 1, stricter.stderr.slice(-3000));
    assert.equal((JSON.parse(stricter.stdout.trim().split('\n').at(-1)!) as { error: { code: string } }).error.code, 'SELECTION_FILTER_NOT_COMMITTED');

    const list = await listing;
    assert.equal(list.code, 0, list.stderr);
    const listed = JSON.parse(list.stdout) as { nodes: { role: string; status: string; endpoint: string }[] };
    assert.deepEqual(listed.nodes.filter((n) => n.role === 'executor').map((n) => n.status), ['admitted', 'admitted', 'admitted', 'admitted', 'admitted']);

    const run = await finish(
      cli(['run', 'life', '--pattern', pattern, '--width', '16', '--height', '16', '--cycles', '20', '--per-round', '10', '--from-registry', registry, '--allow-simulated', '--json',
        '--out', join(dir, 'final.rle'), '--rpc-url', devnet.rpcUrl, '--channels', devnet.channels, '--private-key', requesterKey, '--data-dir', join(dir, 'requester')]),
    );
    assert.equal(run.code, 0, run.stderr.slice(-3000));
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { executors: string[]; selection: SelectionDocument };
    const doc = result.selection;
    assert.equal(doc.candidates.length, 5);
    assert.deepEqual(result.executors, [doc.candidates[0]!.endpoint], 'the run went to rank 0');
    verifySelectionDocument(doc);
    await verifySelectionAgainstChain(funder, doc);
    // A third party's check with its own RFC 9381 verifier and the ranking as docs/protocol.md states it.
    assert.deepEqual(checkSelectionIndependently(doc), doc.ranking);
    // And with the command a third party runs on the run's JSON, with no key (from the document and the
    // chain alone, no endpoint: it runs while rank 0 is killed and the next run goes on below).
    writeFileSync(join(dir, 'run.json'), run.stdout);
    const checking = finish(cli(['registry', 'verify-selection', join(dir, 'run.json'), '--rpc-url', devnet.rpcUrl, '--json']));

    // Rank 0 goes away: the same selection (one task id per epoch), rank 0 skipped with its reason, rank 1 runs.
    const gone = devnet.executors.find((e) => e.url === doc.candidates[0]!.endpoint)!;
    process.kill(gone.pid, 'SIGKILL');
    await waitGone(gone.pid);
    const again = await finish(
      cli(['run', 'life', '--pattern', pattern, '--width', '16', '--height', '16', '--cycles', '20', '--per-round', '10', '--from-registry', registry, '--allow-simulated', '--json',
        '--out', join(dir, 'final-2.rle'), '--rpc-url', devnet.rpcUrl, '--channels', devnet.channels, '--private-key', requesterKey, '--data-dir', join(dir, 'requester-2')]),
    );
    const checked = await checking;
    assert.equal(checked.code, 0, checked.stdout + checked.stderr);
    assert.deepEqual((JSON.parse(checked.stdout) as { ranking: string[] }).ranking, doc.ranking);
    assert.equal(again.code, 0, again.stderr.slice(-3000));
    const second = JSON.parse(again.stdout.trim().split('\n').at(-1)!) as { executors: string[]; selection: SelectionDocument; skipped: { node: string; reason: string }[] };
    // Its proof is served by the executor itself: gone, it leaves itself out; the others keep their order.
    assert.deepEqual(second.selection.ranking, doc.ranking.slice(1), 'the rest of the selection is unchanged');
    assert.deepEqual(second.selection.excluded.map((e) => e.node), [doc.ranking[0]]);
    assert.match(second.selection.excluded[0]!.reason, /no VRF proof \((EXECUTOR_UNREACHABLE|EXECUTOR_TIMEOUT)\)/);
    assert.match(again.stderr, new RegExp(`registry: left out ${doc.ranking[0]}: no VRF proof`));
    assert.deepEqual(second.executors, [doc.candidates[1]!.endpoint]);
    verifySelectionDocument(second.selection);

    // run wasm reads the same registry: the same selection of this epoch, rank 0 left out and said so, rank 1 runs.
    const state = new Uint8Array(16);
    new DataView(state.buffer).setUint32(0, 4, true);
    writeFileSync(join(dir, 'acc.state'), state);
    const wasm = await finish(
      cli(['run', 'wasm', join(import.meta.dirname, '..', 'functions', 'fixtures', 'accumulator.wasm'), '--state', join(dir, 'acc.state'), '--cycles', '6', '--per-round', '3',
        '--from-registry', registry, '--allow-simulated', '--json', '--out', join(dir, 'acc.out'),
        '--rpc-url', devnet.rpcUrl, '--channels', devnet.channels, '--private-key', requesterKey, '--data-dir', join(dir, 'requester-3')]),
    );
    assert.equal(wasm.code, 0, wasm.stderr.slice(-3000));
    const third = JSON.parse(wasm.stdout.trim().split('\n').at(-1)!) as { terminated: boolean; roundExecutors: { executor: string }[]; selection: SelectionDocument };
    assert.deepEqual(third.selection.ranking, second.selection.ranking);
    assert.match(wasm.stderr, new RegExp(`registry: left out ${doc.ranking[0]}: no VRF proof`));
    assert.deepEqual([...new Set(third.roundExecutors.map((r) => r.executor))], [doc.candidates[1]!.endpoint]);
    assert.equal(third.terminated, true);
    assert.deepEqual(checkSelectionIndependently(third.selection), third.selection.ranking);

    // A tampered ranking does not recompute.
    assert.throws(() => verifySelectionDocument({ ...doc, ranking: [...doc.ranking].reverse() }), { code: 'SELECTION_MISMATCH' });
    // Another task id for the same requester and epoch is refused: retrying ids cannot move the selection.
    const candidates = doc.candidates.map((c) => ({ id: c.node, vrfKey: fromHex(c.vrfKey, 32), stake: BigInt(c.stake), proof: fromHex(c.proof, 80) }));
    assert.throws(
      () => selectTask({ epoch: BigInt(doc.epoch), epochSeed: fromHex(doc.epochSeed, 32), committedTaskId: fromHex(doc.taskId, 32), taskId: fromHex(keccak256(viemToHex('retry')), 32), executors: candidates, verifiers: [], ticket: BigInt(doc.ticket) }),
      { code: 'SELECTION_TASK_NOT_COMMITTED' },
    );
  });
});

/** Until `pid` no longer exists (the devnet's executors are not this process's children: no exit event). */
async function waitGone(pid: number): Promise<void> {
  await eventually(async () => {
    try {
      process.kill(pid, 0);
      return undefined;
    } catch {
      return true;
    }
  }, 30_000, `process ${pid} to be gone`);
}
