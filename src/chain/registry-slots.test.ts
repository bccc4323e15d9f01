/**
 * Verifier slots (hostile review finding A), on a real anvil chain: a verifier gets its slot when it is
 * admitted, not when it joins, so pending verifier joins that are never admitted cannot use the 256 slots up.
 * A pending verifier holds no slot (its record's index field is 0, another verifier's slot: the reader says
 * NO_SLOT), is never drawn and signs nothing. Once every slot is taken, a verifier's admission reverts by name
 * with nothing moved (it can still leave and withdraw), and verifier joins are refused before any fee is paid.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createTestClient, http, numberToHex, pad, type Hex } from 'viem';
import { admissionCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from '../registry/harness.js';
import { admitNode } from './admit-node.js';
import { createChainClient, type ChainClient } from './client.js';
import { startDevnet, type Devnet } from './devnet.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { readJoinCommittee } from './read-join-committee.js';
import { NO_SLOT, readRegistryNode } from './read-registry-node.js';
import { requestLeave } from './request-leave.js';
import { rejectsWithCode } from './test-helpers/rejects-with-code.js';
import { increaseTime } from './time.js';
import { withdrawStake } from './withdraw-stake.js';

/** Storage slot of `_verifierCount` (RegistryStorage's declaration order; the test checks it before writing). */
const VERIFIER_COUNT_SLOT = 10n;

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;

before(async () => {
  devnet = await startDevnet({ accountCount: 2 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  net = await startRegistryNet(funder, { verifierCount: 7, params: { committeeSize: 3n, quorum: 2n } });
});
after(async () => {
  await devnet?.stop();
});

async function slotsGiven(): Promise<bigint> {
  return (await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'verifierAt', args: [0n] }))[1];
}

async function epochNow(): Promise<bigint> {
  return funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'currentEpoch' });
}

/** Admits `node` in the current epoch with the drawn committee's first two signatures. */
async function admit(node: NetNode): Promise<unknown> {
  const caseEpoch = await epochNow();
  const c = await admissionCase(net, node, caseEpoch, `0x${'11'.repeat(32)}`);
  const signatures = await signedBy(net, c.verdict, c.signers.slice(0, 2));
  const v = c.verdict;
  return admitNode(funder, { registry: net.registry, node: node.address, evidenceHash: v.evidenceHash, keysHash: v.keysHash, collateralHash: v.collateralHash, committee: v.committee, signatures });
}

describe('verifier slots', () => {
  it('pending verifier joins take no slot and are never drawn; admission gives the next slot', { timeout: 120_000 }, async () => {
    assert.equal(await slotsGiven(), 7n);
    const pending: NetNode[] = [];
    for (let i = 0; i < 12; i++) {
      const node = await newNode(funder);
      await joinAs(net, node, 'verifier');
      pending.push(node);
    }
    // On the old rule each join took a slot (19 given out): enough of them fill all 256 for ever.
    assert.equal(await slotsGiven(), 7n);
    for (const node of pending) {
      const record = await readRegistryNode(funder, { registry: net.registry, node: node.address });
      assert.equal(record.status, 'pending');
      assert.equal(record.index, NO_SLOT);
    }
    const honest = pending[0]!;
    const joinEpoch = (await readRegistryNode(funder, { registry: net.registry, node: honest.address })).joinEpoch;
    await warpTo(net, joinEpoch + 2n);
    // Committees are drawn from the 7 genesis slots only.
    const drawn = await readJoinCommittee(funder, { registry: net.registry, node: pending[1]!.address, epoch: await epochNow() });
    assert.equal(drawn >> 7n, 0n);
    await admit(honest);
    assert.equal(await slotsGiven(), 8n);
    const record = await readRegistryNode(funder, { registry: net.registry, node: honest.address });
    assert.equal(record.status, 'admitted');
    assert.equal(record.index, 7);
    const [at] = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'verifierAt', args: [7n] });
    assert.equal(at, honest.address);
    // A pending verifier cannot sign a verdict: it is not active (and holds no slot a bitmap could name).
    const other = await newNode(funder);
    await joinAs(net, other, 'executor');
    await warpTo(net, (await epochNow()) + 2n);
    const c = await admissionCase(net, other, await epochNow(), `0x${'22'.repeat(32)}`);
    const forged = await signedBy(net, c.verdict, [c.signers[0]!, pending[1]!]);
    await rejectsWithCode(
      admitNode(funder, { registry: net.registry, node: other.address, evidenceHash: c.verdict.evidenceHash, keysHash: c.verdict.keysHash, collateralHash: c.verdict.collateralHash, committee: c.verdict.committee, signatures: forged }),
      'REGISTRY_VERIFIER_NOT_ACTIVE',
    );
  });

  it('with every slot taken, a verifier admission reverts by name with nothing moved; the verifier leaves and withdraws', { timeout: 120_000 }, async () => {
    const late = await newNode(funder);
    await joinAs(net, late, 'verifier');
    const last = await newNode(funder);
    await joinAs(net, last, 'verifier');
    // Stand-in for 247 more admissions: the slot counter set to 255 (one slot left).
    const test = createTestClient({ mode: 'anvil', transport: http(devnet.rpcUrl, { retryCount: 0 }) });
    const slot = pad(numberToHex(VERIFIER_COUNT_SLOT)) as Hex;
    assert.equal(BigInt((await funder.public.getStorageAt({ address: net.registry, slot })) ?? '0x0'), await slotsGiven());
    await test.setStorageAt({ address: net.registry, index: slot, value: pad(numberToHex(255n)) });
    assert.equal(await slotsGiven(), 255n);
    const joinEpoch = (await readRegistryNode(funder, { registry: net.registry, node: last.address })).joinEpoch;
    await warpTo(net, joinEpoch + 2n);
    await admit(last);
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: last.address })).index, 255);
    assert.equal(await slotsGiven(), 256n);
    const before = await readRegistryNode(funder, { registry: net.registry, node: late.address });
    await rejectsWithCode(admit(late), 'REGISTRY_VERIFIER_SLOTS_FULL');
    assert.deepEqual(await readRegistryNode(funder, { registry: net.registry, node: late.address }), before);
    assert.equal(await slotsGiven(), 256n);
    // No verifier join is taken any more (its fee would buy nothing); an executor still joins.
    await rejectsWithCode(joinAs(net, await newNode(funder), 'verifier'), 'REGISTRY_VERIFIER_SLOTS_FULL');
    await joinAs(net, await newNode(funder), 'executor');
    // The refused verifier takes its stake back.
    await requestLeave(late.client, { registry: net.registry });
    await increaseTime(net.rpcUrl, net.params.unbondingDelay + 10n);
    const balance = await funder.public.getBalance({ address: late.address });
    await withdrawStake(late.client, { registry: net.registry });
    assert.ok((await funder.public.getBalance({ address: late.address })) > balance + before.stake - 10n ** 16n);
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: late.address })).status, 'none');
  });
});
