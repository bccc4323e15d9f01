/**
 * A small open network on anvil, all real processes: 2 executors (`airtnt executor start`, simulated TEE)
 * and 3 verifiers (`airtnt verifier start`) on a registry deployed by devnet-network.ts. The verifiers
 * take part in the seed, judge the joins they are drawn for and admit both executors; a requester then
 * runs `airtnt run life --from-registry` with no URL, and its selection JSON recomputes from public data.
 * A requester cannot steer the selection by retrying task ids within an epoch.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { keccak256, toHex as viemToHex, type Address } from 'viem';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { commitTask } from '../chain/commit-task.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { readRegistryNode } from '../chain/read-registry-node.js';
import { eventually } from '../node/testing.js';
import { cliCommand } from '../util/paths.js';
import { fromHex } from '../util/bytes.js';
import { selectTask } from '../vrf/selection.js';
import { deployNetworkRegistry, joinNetworkExecutors, networkClock } from './devnet-network.js';
import type { SelectionDocument } from './select-executor.js';
import { verifySelectionAgainstChain, verifySelectionDocument } from './verify-selection.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-network-'));
const children: ChildProcess[] = [];
let devnet: Devnet | undefined;

function cli(args: string[]): ChildProcess {
  const [node, ...prefix] = cliCommand();
  const child = spawn(node!, [...prefix, ...args], { detached: true, env: { ...process.env, XDG_DATA_HOME: join(dir, 'xdg') }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return child;
}

/** Resolves with stdout once `pattern` appears; rejects if the process exits first. */
function waitFor(child: ChildProcess, pattern: RegExp): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = pattern.exec(out);
      if (match) resolve(match);
    });
    child.once('exit', (code) => reject(new Error(`exited (${code}) before ${pattern}: ${err.slice(-3000)}`)));
  });
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

after(async () => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  await devnet?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('open network on anvil (real executor and verifier processes)', { timeout: 900_000 }, () => {
  let funder: ChainClient;
  let registry: Address;
  const executorUrls: string[] = [];

  before(async () => {
    devnet = await startDevnet({ accountCount: 10 });
    const accounts = devnet.accounts;
    funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: accounts[0]!.privateKey, chainId: devnet.chainId, channels: devnet.channels });
    const verifierAccounts = accounts.slice(3, 6);
    registry = await deployNetworkRegistry(funder, verifierAccounts.map((a) => a.address));
    const chain = ['--rpc-url', devnet.rpcUrl];
    const executors = accounts.slice(1, 3).map((account, i) => ({ account, dataDir: join(dir, `executor-${i}`) }));
    const started = await Promise.all([
      ...executors.map(({ account, dataDir }) =>
        waitFor(cli(['executor', 'start', ...chain, '--channels', devnet!.channels, '--private-key', account.privateKey, '--data-dir', dataDir, '--port', '0', '--tee', 'simulated']), /listening on (\S+)/),
      ),
      ...verifierAccounts.map((account, i) =>
        waitFor(cli(['verifier', 'start', ...chain, '--registry', registry, '--private-key', account.privateKey, '--data-dir', join(dir, `verifier-${i}`), '--allow-simulated', '--stake', '2', '--poll-ms', '300']), /listening on (\S+)/),
      ),
    ]);
    executorUrls.push(...started.slice(0, executors.length).map((m) => m[1]!));
    await joinNetworkExecutors(funder, registry, executors.map(({ account, dataDir }, i) => ({ url: executorUrls[i]!, privateKey: account.privateKey, dataDir })));
  });

  it('admits every executor, runs --from-registry on the verifiable rank 0, leaves out an unreachable rank 0 and says so, and refuses retried task ids', async () => {
    const accounts = devnet!.accounts;
    const requesterKey = accounts[6]!.privateKey;
    const requester = createChainClient({ rpcUrl: devnet!.rpcUrl, privateKey: requesterKey, chainId: devnet!.chainId, channels: devnet!.channels });
    const clock = await networkClock(funder, registry, accounts.slice(3, 6).map((a) => a.address), 240_000);
    await clock.advanceTo(4n, async (epoch) => {
      if (epoch !== 2n) return;
      // The case epoch of the joins: the drawn verifiers judge and admit.
      for (const account of accounts.slice(1, 3)) {
        await eventually(async () => ((await readRegistryNode(funder, { registry, node: account.address })).status === 'admitted' ? true : undefined), 240_000, `executor ${account.address} admitted`);
      }
      // The requester commits its one task id for epoch 4, before that seed exists; a second is refused.
      const committed = await commitTask(requester, { registry, salt: keccak256(viemToHex('task salt')) });
      assert.equal(committed.epoch, 4n);
      await assert.rejects(commitTask(requester, { registry, salt: keccak256(viemToHex('another salt')) }), { code: 'REGISTRY_TASK_ALREADY_COMMITTED' });
    });

    const list = await finish(cli(['registry', 'list', '--rpc-url', devnet!.rpcUrl, '--registry', registry, '--json']));
    assert.equal(list.code, 0, list.stderr);
    const listed = JSON.parse(list.stdout) as { nodes: { role: string; status: string; endpoint: string }[] };
    assert.deepEqual(listed.nodes.filter((n) => n.role === 'executor').map((n) => n.status), ['admitted', 'admitted']);

    const pattern = join(dir, 'glider.rle');
    writeFileSync(pattern, 'x = 3, y = 3\nbo$2bo$3o!\n');
    const run = await finish(
      cli(['run', 'life', '--pattern', pattern, '--width', '16', '--height', '16', '--cycles', '20', '--per-round', '10', '--from-registry', registry, '--allow-simulated', '--json',
        '--out', join(dir, 'final.rle'), '--rpc-url', devnet!.rpcUrl, '--channels', devnet!.channels, '--private-key', requesterKey, '--data-dir', join(dir, 'requester')]),
    );
    assert.equal(run.code, 0, run.stderr.slice(-3000));
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as { executors: string[]; selection: SelectionDocument };
    const doc = result.selection;
    assert.equal(doc.candidates.length, 2);
    assert.deepEqual(result.executors, [doc.candidates[0]!.endpoint], 'the run went to rank 0');
    verifySelectionDocument(doc);
    await verifySelectionAgainstChain(funder, doc);

    // Rank 0 goes away: the same selection (one task id per epoch), rank 0 skipped with its reason, rank 1 runs.
    const rank0 = executorUrls.indexOf(doc.candidates[0]!.endpoint);
    const gone = children[rank0]!;
    process.kill(-gone.pid!, 'SIGKILL');
    await new Promise((resolve) => (gone.exitCode !== null || gone.signalCode !== null ? resolve(undefined) : gone.once('exit', resolve)));
    const again = await finish(
      cli(['run', 'life', '--pattern', pattern, '--width', '16', '--height', '16', '--cycles', '20', '--per-round', '10', '--from-registry', registry, '--allow-simulated', '--json',
        '--out', join(dir, 'final-2.rle'), '--rpc-url', devnet!.rpcUrl, '--channels', devnet!.channels, '--private-key', requesterKey, '--data-dir', join(dir, 'requester-2')]),
    );
    assert.equal(again.code, 0, again.stderr.slice(-3000));
    const second = JSON.parse(again.stdout.trim().split('\n').at(-1)!) as { executors: string[]; selection: SelectionDocument; skipped: { node: string; reason: string }[] };
    // Its proof is served by the executor itself: gone, it leaves itself out; the others keep their order.
    assert.deepEqual(second.selection.ranking, doc.ranking.slice(1), 'the rest of the selection is unchanged');
    assert.deepEqual(second.selection.excluded.map((e) => e.node), [doc.ranking[0]]);
    assert.match(second.selection.excluded[0]!.reason, /no VRF proof \((EXECUTOR_UNREACHABLE|EXECUTOR_TIMEOUT)\)/);
    assert.match(again.stderr, new RegExp(`registry: left out ${doc.ranking[0]}: no VRF proof`));
    assert.deepEqual(second.executors, [doc.candidates[1]!.endpoint]);
    verifySelectionDocument(second.selection);

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
