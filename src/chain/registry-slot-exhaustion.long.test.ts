/**
 * Hostile review finding A, as it was reported: a stranger joins as a verifier 249 times (the slots left after
 * 7 genesis verifiers) and never gets admitted, then leaves and withdraws every stake, losing only the join
 * fees. When a slot was handed out at join, that used all 256 slots for ever and every later verifier join
 * reverted VerifierSlotsFull. Slots are now given at admission: the pending joins take none, and an honest
 * verifier that joins afterwards is admitted into slot 7.
 */
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { parseEther } from 'viem';
import { admissionCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode } from '../registry/harness.js';
import { admitNode } from './admit-node.js';
import { createChainClient } from './client.js';
import { startDevnet } from './devnet.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { NO_SLOT, readRegistryNode } from './read-registry-node.js';
import { requestLeave } from './request-leave.js';
import { increaseTime } from './time.js';
import { withdrawStake } from './withdraw-stake.js';

it('249 pending verifier joins, left and withdrawn, take no slot: an honest verifier still joins and is admitted', { timeout: 600_000 }, async () => {
  const devnet = await startDevnet({ accountCount: 2 });
  try {
    const funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
    const net = await startRegistryNet(funder, { verifierCount: 7 });
    const { joinFee, minStake } = net.params;
    const slotsGiven = async () => (await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'verifierAt', args: [0n] }))[1];
    assert.equal(await slotsGiven(), 7n);
    const sybils: NetNode[] = [];
    for (let i = 7; i < 256; i++) {
      const s = await newNode(funder, minStake + joinFee + parseEther('0.05'));
      await joinAs(net, s, 'verifier', minStake);
      sybils.push(s);
    }
    assert.equal(await slotsGiven(), 7n);
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: sybils[248]!.address })).index, NO_SLOT);
    for (const s of sybils) await requestLeave(s.client, { registry: net.registry });
    await increaseTime(net.rpcUrl, net.params.unbondingDelay + net.params.epochLength + 10n);
    for (const s of sybils) await withdrawStake(s.client, { registry: net.registry });

    const honest = await newNode(funder);
    const { caseEpoch } = await joinAs(net, honest, 'verifier', minStake);
    await warpTo(net, caseEpoch);
    const c = await admissionCase(net, honest, caseEpoch, `0x${'11'.repeat(32)}`);
    const v = c.verdict;
    const signatures = await signedBy(net, v, c.signers.slice(0, Number(net.params.quorum)));
    await admitNode(funder, { registry: net.registry, node: honest.address, evidenceHash: v.evidenceHash, keysHash: v.keysHash, collateralHash: v.collateralHash, committee: v.committee, signatures });
    const record = await readRegistryNode(funder, { registry: net.registry, node: honest.address });
    assert.equal(record.status, 'admitted');
    assert.equal(record.index, 7);
    assert.equal(await slotsGiven(), 8n);
  } finally {
    await devnet.stop();
  }
});
