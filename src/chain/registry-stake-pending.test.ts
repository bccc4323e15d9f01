/**
 * Pending stake is never re-dated (hostile review, finding C): addStake moved the whole pending amount to
 * currentEpoch() + 2, so a verifier whose top-up was due next epoch could, once that epoch's seed was public,
 * add 1 wei and take the top-up out of the epoch's draws (k verifiers: 2^k weight tables to choose from).
 * Now a second addStake while stake is pending is refused by name, nothing moved, the pending epoch kept;
 * once the stake counts, more can be added. On a real anvil chain.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startRegistryNet, warpTo, type RegistryNet } from '../registry/harness.js';
import { addStake } from './add-stake.js';
import { createChainClient, type ChainClient } from './client.js';
import { startDevnet, type Devnet } from './devnet.js';
import { readRegistryEpoch } from './read-registry-epoch.js';
import { readRegistryNode } from './read-registry-node.js';
import { rejectsWithCode } from './test-helpers/rejects-with-code.js';

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  net = await startRegistryNet(funder, { verifierCount: 3 });
});
after(async () => {
  await devnet?.stop();
});

describe('registry: pending stake keeps its epoch', () => {
  it('refuses a second top-up while the first is pending (REGISTRY_STAKE_STILL_PENDING), accepts it once the first counts', { timeout: 120_000 }, async () => {
    const verifier = net.verifiers[0]!;
    const read = () => readRegistryNode(funder, { registry: net.registry, node: verifier.address });
    const { epoch } = await readRegistryEpoch(funder, { registry: net.registry });
    const before = await read();
    await addStake(verifier.client, { registry: net.registry, amount: net.params.minStake });
    const pending = await read();
    assert.equal(pending.pendingStake, net.params.minStake);
    assert.equal(pending.pendingEpoch, epoch + 2n);

    // In the next epoch (its seed may be public by now), 1 wei would have re-dated the top-up to epoch + 3.
    await warpTo(net, epoch + 1n);
    const balance = await funder.public.getBalance({ address: net.registry });
    await rejectsWithCode(addStake(verifier.client, { registry: net.registry, amount: 1n }), 'REGISTRY_STAKE_STILL_PENDING');
    const after1 = await read();
    assert.equal(after1.pendingEpoch, epoch + 2n, 'the pending epoch is kept');
    assert.equal(after1.pendingStake, net.params.minStake);
    assert.equal(await funder.public.getBalance({ address: net.registry }), balance, 'nothing moved');

    // Once the top-up counts, another one is taken (and dated two epochs on).
    await warpTo(net, epoch + 2n);
    await addStake(verifier.client, { registry: net.registry, amount: 1n });
    const after2 = await read();
    assert.equal(after2.stake, before.stake + net.params.minStake);
    assert.equal(after2.pendingStake, 1n);
    assert.equal(after2.pendingEpoch, epoch + 4n);
  });
});
