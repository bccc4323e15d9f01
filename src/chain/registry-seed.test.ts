/**
 * Epoch seeds (commit-reveal among active verifiers, bonds forfeited when not revealed) and task-id
 * commitments on a real anvil chain, and a selection recomputed from what the chain holds.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { encodeAbiParameters, keccak256, toHex, type Hex } from 'viem';
import { newNode, startRegistryNet, warpTo, type RegistryNet } from '../registry/harness.js';
import { AirtntError } from '../util/errors.js';
import { fromHex } from '../util/bytes.js';
import { prove } from '../vrf/ecvrf.js';
import { selectTask } from '../vrf/selection.js';
import { createChainClient, type ChainClient } from './client.js';
import { commitSeed } from './commit-seed.js';
import { commitTask } from './commit-task.js';
import { startDevnet, type Devnet } from './devnet.js';
import { forfeitSeedBond } from './forfeit-seed-bond.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { readCommittedTask, readRegistryEpoch } from './read-registry-epoch.js';
import { readRegistryNode } from './read-registry-node.js';
import { revealSeed } from './reveal-seed.js';

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  net = await startRegistryNet(funder, { verifierCount: 4, params: { committeeSize: 3n, quorum: 2n } });
});
after(async () => {
  await devnet?.stop();
});

async function rejects(promise: Promise<unknown>, code: string): Promise<void> {
  let caught: unknown;
  await promise.catch((error: unknown) => {
    caught = error;
  });
  assert.ok(caught instanceof AirtntError && caught.code === code, `expected ${code}, got ${caught instanceof Error ? caught.message : String(caught)}`);
}

const pool = () => funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'pool' });
const current = async () => (await readRegistryEpoch(funder, { registry: net.registry })).epoch;

describe('registry: task ids are committed before the seed, one per requester per epoch', () => {
  it('commits for epoch + 2 and refuses a second task id for the same epoch (no grinding)', async () => {
    const requester = await newNode(funder);
    const salt = keccak256(toHex('task salt'));
    const epoch = await current();
    const committed = await commitTask(requester.client, { registry: net.registry, salt });
    assert.equal(committed.epoch, epoch + 2n);
    assert.equal(committed.taskId, keccak256(encodeAbiParameters([{ type: 'address' }, { type: 'uint256' }, { type: 'bytes32' }], [requester.address, epoch + 2n, salt])));
    assert.equal(await readCommittedTask(funder, { registry: net.registry, requester: requester.address, epoch: epoch + 2n }), committed.taskId);
    for (const retry of ['retry 1', 'retry 2']) {
      await rejects(commitTask(requester.client, { registry: net.registry, salt: keccak256(toHex(retry)) }), 'REGISTRY_TASK_ALREADY_COMMITTED');
    }
    assert.equal(await readCommittedTask(funder, { registry: net.registry, requester: requester.address, epoch: epoch + 2n }), committed.taskId);
    // The seed of that epoch does not exist yet, and cannot be read.
    await rejects(readRegistryEpoch(funder, { registry: net.registry, epoch: epoch + 1n }), 'REGISTRY_SEED_NOT_FINAL');
  });
});

describe('registry: epoch seeds by commit-reveal', () => {
  it('refuses out-of-phase, unbonded, foreign and wrong reveals; a reveal returns the bond and sets the seed', async () => {
    const epoch = (await current()) + 1n;
    await warpTo(net, epoch, 10n);
    const [v0, v1, v2] = net.verifiers as [typeof net.verifiers[0], typeof net.verifiers[0], typeof net.verifiers[0]];
    const secrets = [keccak256(toHex('secret 0')), keccak256(toHex('secret 1')), keccak256(toHex('secret 2'))] as const;
    const bond = net.params.seedBond;
    // `held` also holds the genesis verifiers' join fees: count bonds as what they add to it.
    const [, heldAtStart] = await pool();
    const stranger = await newNode(funder);
    await rejects(commitSeed(stranger.client, { registry: net.registry, secret: secrets[0], bond }), 'REGISTRY_VERIFIER_NOT_ACTIVE');
    await rejects(commitSeed(v0.client, { registry: net.registry, secret: secrets[0], bond: bond - 1n }), 'REGISTRY_VALUE_MISMATCH');
    await commitSeed(v0.client, { registry: net.registry, secret: secrets[0], bond });
    await commitSeed(v1.client, { registry: net.registry, secret: secrets[1], bond });
    await commitSeed(v2.client, { registry: net.registry, secret: secrets[2], bond });
    await rejects(commitSeed(v0.client, { registry: net.registry, secret: secrets[0], bond }), 'REGISTRY_BOND_OUTSTANDING');
    await rejects(revealSeed(v0.client, { registry: net.registry, secret: secrets[0] }), 'REGISTRY_OUTSIDE_PHASE');
    const [, held] = await pool();
    assert.equal(held - heldAtStart, 3n * bond);

    await warpTo(net, epoch, net.params.epochLength / 2n + 10n);
    await rejects(commitSeed(net.verifiers[3]!.client, { registry: net.registry, secret: secrets[0], bond }), 'REGISTRY_OUTSIDE_PHASE');
    await rejects(revealSeed(v0.client, { registry: net.registry, secret: secrets[1] }), 'REGISTRY_REVEAL_MISMATCH');
    await rejects(revealSeed(net.verifiers[3]!.client, { registry: net.registry, secret: secrets[0] }), 'REGISTRY_REVEAL_MISMATCH');
    const before = await funder.public.getBalance({ address: v0.address });
    const revealed = await revealSeed(v0.client, { registry: net.registry, secret: secrets[0] });
    assert.equal(await funder.public.getBalance({ address: v0.address }), before + bond - revealed.fee);
    await revealSeed(v1.client, { registry: net.registry, secret: secrets[1] });
    // v2 withholds its reveal: its bond can be forfeited once the epoch is over, not before.
    await rejects(forfeitSeedBond(funder, { registry: net.registry, verifier: v2.address }), 'REGISTRY_NOTHING_TO_FORFEIT');

    await warpTo(net, epoch + 1n);
    const [reserveBefore] = await pool();
    await forfeitSeedBond(funder, { registry: net.registry, verifier: v2.address });
    const [reserveAfter, heldAfter] = await pool();
    assert.equal(reserveAfter - reserveBefore, bond);
    assert.equal(heldAfter, heldAtStart);
    await rejects(forfeitSeedBond(funder, { registry: net.registry, verifier: v2.address }), 'REGISTRY_NOTHING_TO_FORFEIT');

    const seed = await readRegistryEpoch(funder, { registry: net.registry, epoch: epoch + 1n });
    const xor = (BigInt(secrets[0]) ^ BigInt(secrets[1])).toString(16).padStart(64, '0');
    const expected = keccak256(
      encodeAbiParameters([{ type: 'uint256' }, { type: 'address' }, { type: 'uint256' }, { type: 'bytes32' }], [BigInt(devnet.chainId), net.registry, epoch + 1n, `0x${xor}`]),
    );
    assert.equal(seed.seed, expected);
    assert.equal(seed.reveals, 2n);
  });

  it('a selection recomputed from the chain: the committed task id only, every proof checked', async () => {
    const requester = await newNode(funder);
    const committed = await commitTask(requester.client, { registry: net.registry, salt: keccak256(toHex('selection task')) });
    await warpTo(net, committed.epoch);
    const { seed } = await readRegistryEpoch(funder, { registry: net.registry, epoch: committed.epoch });
    const onChain = await readCommittedTask(funder, { registry: net.registry, requester: requester.address, epoch: committed.epoch });
    const taskId = fromHex(committed.taskId, 32);
    const alpha = fromHex(keccak256(`${seed}${committed.taskId.slice(2)}` as Hex), 32);
    const candidates = await Promise.all(
      net.verifiers.map(async (v) => ({
        id: v.address,
        vrfKey: fromHex(v.vrfKey, 32),
        stake: (await readRegistryNode(funder, { registry: net.registry, node: v.address })).stake,
        proof: prove(v.vrfSecret, alpha),
      })),
    );
    const params = { ticket: net.params.minStake, epoch: committed.epoch, epochSeed: fromHex(seed, 32), committedTaskId: onChain === undefined ? undefined : fromHex(onChain, 32), executors: [], verifiers: candidates };
    const selection = selectTask({ ...params, taskId });
    assert.equal(selection.verifiers.length, net.verifiers.length);
    assert.deepEqual(selection.seed, alpha);
    await assert.rejects(async () => selectTask({ ...params, taskId: fromHex(keccak256(toHex('another id')), 32) }), (e: unknown) => e instanceof AirtntError && e.code === 'SELECTION_TASK_NOT_COMMITTED');
  });
});
