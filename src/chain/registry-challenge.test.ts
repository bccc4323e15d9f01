/**
 * Challenges on a real anvil chain: an admission whose verdict says pass over evidence that fails (it
 * binds another sealing key than the one registered) is challenged; the challenge committee, drawn like
 * a review from the verifiers' VRF proofs, judges the admission's own inputs with the verdict producer
 * and signs pass = false; a majority of it removes the node, slashes every signer of the admitting
 * verdict and pays the challenger. Every refusal is asserted by its named error, and the registry's
 * balance always equals what it owes.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { keccak256, toHex, type Address, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { enclaveReportData } from '../attestation/binding.js';
import type { AttestationPolicy } from '../attestation/policy.js';
import { challengeCommitteeSize, challengeQuorum } from '../registry/committee.js';
import { readAdmission, signChallengeVerdict } from '../registry/challenge.js';
import { drawCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from '../registry/harness.js';
import { readRegistryConstants, type RegistryConstants } from '../registry/read-params.js';
import { keysHashOf, packSignatures, type Verdict } from '../registry/signing.js';
import { collateralHashOf, evidenceHashOf, policyHashOf, produceVerdict, type VerdictEvidence } from '../registry/verdict-producer.js';
import { produceSimulatedEvidence } from '../tee/simulated.js';
import { fromHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { admitNode } from './admit-node.js';
import { createChainClient, type ChainClient } from './client.js';
import { startDevnet, type Devnet } from './devnet.js';
import { expireChallenge } from './expire-challenge.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { openChallenge } from './open-challenge.js';
import { readChallenge, readChallengeDeadline } from './read-challenge.js';
import { readRegistryEpoch } from './read-registry-epoch.js';
import { readRegistryNode } from './read-registry-node.js';
import { resolveChallenge } from './resolve-challenge.js';
import { chainNow } from './time.js';

const POLICY: AttestationPolicy = { allowedKinds: ['simulated'], allowSimulated: true };

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;
let constants: RegistryConstants;

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  // 11 verifiers, committees of 3 (quorum 2): challenge committees of 7 (quorum 4), so some verifiers
  // are never drawn for a challenge and the committee survives two slashed signers.
  net = await startRegistryNet(funder, { verifierCount: 11, params: { committeeSize: 3n, quorum: 2n, policyHash: policyHashOf(POLICY) } });
  constants = await readRegistryConstants(funder, net.registry);
});
after(async () => {
  await devnet?.stop();
});

async function rejects(promise: Promise<unknown>, code: string): Promise<void> {
  let caught: unknown;
  await promise.catch((error: unknown) => {
    caught = error;
  });
  assert.ok(caught instanceof AirtntError, `expected ${code}, got ${String(caught)}`);
  assert.equal(caught.code, code, caught.message);
}

const balance = (address: Address): Promise<bigint> => funder.public.getBalance({ address });

/** Registry balance == every stake and pending stake + reserve + held (bonds, fees). */
async function assertConserved(): Promise<void> {
  const [reserve, held] = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'pool' });
  let owed = reserve + held;
  for (const node of [...net.verifiers, ...executors]) {
    const info = await readRegistryNode(funder, { registry: net.registry, node: node.address });
    owed += info.stake + info.pendingStake;
  }
  assert.equal(await balance(net.registry), owed, 'registry balance == stakes + pending + reserve + held');
}

const executors: NetNode[] = [];

/** An executor whose served simulated evidence binds `boundSealingKey` (its registered sealing key when honest). */
async function executorWithEvidence(honest: boolean): Promise<{ node: NetNode; served: VerdictEvidence }> {
  const base = await newNode(funder);
  const signingSecret = new Uint8Array(randomBytes(32));
  const signingPublicKey = ed25519.getPublicKey(signingSecret);
  const runtimeMeasurement = new Uint8Array(randomBytes(32));
  const enclave = privateKeyToAccount(keccak256(signingSecret));
  const bound = honest ? fromHex(base.sealingKey, 32, 'sealingKey') : new Uint8Array(randomBytes(32));
  const issuedAt = new Date(Number(await chainNow(funder)) * 1000);
  const evidence = produceSimulatedEvidence(enclaveReportData(signingPublicKey, bound, runtimeMeasurement, fromHex(enclave.address)), runtimeMeasurement, issuedAt);
  const node: NetNode = { ...base, enclave, evidenceHash: evidenceHashOf(evidence), keysHash: keysHashOf(enclave.address, base.sealingKey, base.vrfKey) };
  executors.push(node);
  return { node, served: { evidence, signingPublicKey, runtimeMeasurement, recordAddress: enclave.address, collateral: {} } };
}

/** Joins and admits with the first `quorum` members of the drawn join committee signing pass = true. */
async function admitted(node: NetNode): Promise<Verdict> {
  const { caseEpoch } = await joinAs(net, node, 'executor');
  await warpTo(net, caseEpoch);
  const { committee, signers, start } = await drawCase(net, 'join', node.address, caseEpoch, Number(net.params.committeeSize));
  const verdict: Verdict = { node: node.address, epoch: caseEpoch, committee: committee.bitmap, evidenceHash: node.evidenceHash, collateralHash: collateralHashOf({}), policyHash: net.params.policyHash, time: start, keysHash: node.keysHash, pass: true };
  await admitNode(funder, { registry: net.registry, node: node.address, evidenceHash: verdict.evidenceHash, keysHash: verdict.keysHash, collateralHash: verdict.collateralHash, committee: verdict.committee, signatures: await signedBy(net, verdict, signers.slice(0, Number(net.params.quorum))) });
  return verdict;
}

describe('challenges: an admission overturned by a larger committee', () => {
  it('removes a dishonestly admitted executor, slashes the signers of its verdict and pays the challenger', async () => {
    const { node, served } = await executorWithEvidence(false);
    const dishonest = await admitted(node);
    // An honest verifier says no to this evidence: it binds another sealing key than the registered one.
    const honest = await produceVerdict(POLICY, { node: node.address, enclaveKey: node.enclave.address, sealingKey: node.sealingKey, vrfKey: node.vrfKey, epoch: dishonest.epoch, epochStart: dishonest.time, committee: dishonest.committee, registryPolicyHash: net.params.policyHash }, served);
    assert.equal(honest.verdict.pass, false);

    const info = await readRegistryNode(funder, { registry: net.registry, node: node.address });
    const admission = await readAdmission(funder, constants, node.address, 0n);
    assert.deepEqual(admission.verdict, dishonest);
    const signerNodes = net.verifiers.filter((_, slot) => ((admission.signers >> BigInt(slot)) & 1n) === 1n);
    assert.equal(signerNodes.length, 2);
    const signerStakes = await Promise.all(signerNodes.map(async (s) => (await readRegistryNode(funder, { registry: net.registry, node: s.address })).stake));
    const challenger = await newNode(funder);
    const bond = net.params.minStake;
    const open = { registry: net.registry, verdict: admission.verdict, unclaimed: admission.unclaimed, signatures: admission.signatures, bond };

    // Refused openings: another bond, another bitmap, a signer left out (so it would escape the slash).
    await rejects(openChallenge(challenger.client, { ...open, bond: bond - 1n }), 'REGISTRY_VALUE_MISMATCH');
    await rejects(openChallenge(challenger.client, { ...open, unclaimed: 1n }), 'REGISTRY_NOTHING_TO_CHALLENGE');
    await rejects(openChallenge(challenger.client, { ...open, signatures: `0x${admission.signatures.slice(132)}` }), 'REGISTRY_SIGNERS_MISMATCH');
    const before = await balance(challenger.address);
    const opened = await openChallenge(challenger.client, open);
    await rejects(openChallenge(challenger.client, open), 'REGISTRY_CHALLENGE_OPEN');
    const ch = await readChallenge(funder, { registry: net.registry, node: node.address });
    assert.ok(ch !== undefined && ch.signers === admission.signers);
    await assertConserved();

    // The committee is drawn on the seed of the epoch after the challenge.
    const { epoch: openEpoch } = await readRegistryEpoch(funder, { registry: net.registry });
    assert.equal(ch.caseEpoch, openEpoch + 1n);
    const early: Verdict = { ...dishonest, epoch: ch.caseEpoch, pass: false };
    await rejects(resolveChallenge(funder, { registry: net.registry, verdict: early, signatures: '0x' }), 'REGISTRY_CASE_NOT_OPEN');
    await warpTo(net, ch.caseEpoch);
    const size = challengeCommitteeSize(net.params.committeeSize);
    const drawn = await drawCase(net, 'challenge', node.address, ch.caseEpoch, size);
    const signed = [];
    for (const member of drawn.signers) {
      const slot = (await readRegistryNode(funder, { registry: net.registry, node: member.address })).index;
      const c = { caseEpoch: ch.caseEpoch, committee: drawn.committee.bitmap, enclaveKey: node.enclave.address, sealingKey: node.sealingKey, vrfKey: node.vrfKey };
      const produced = await signChallengeVerdict(member.client.account, constants, POLICY, admission.verdict, c, served);
      assert.ok(produced !== undefined, 'a challenge member judging the same inputs says no');
      assert.equal(produced.reason, honest.reason);
      signed.push({ index: slot, signature: produced.signature, verdict: produced.verdict });
    }
    const verdict = signed[0]!.verdict;
    assert.deepEqual({ ...verdict }, { ...dishonest, epoch: ch.caseEpoch, committee: drawn.committee.bitmap, pass: false });
    const quorum = challengeQuorum(net.params.committeeSize);
    const resolve = (v: Verdict, signatures: Hex) => resolveChallenge(funder, { registry: net.registry, verdict: v, signatures });

    // Refused resolutions, nothing moved: too few, pass = true, other fields, an undrawn verifier.
    await rejects(resolve(verdict, packSignatures(signed.slice(0, quorum - 1))), 'REGISTRY_QUORUM_NOT_REACHED');
    const passing = { ...verdict, pass: true };
    await rejects(resolve(passing, await signedBy(net, passing, drawn.signers.slice(0, quorum))), 'REGISTRY_VERDICT_OUT_OF_CASE');
    const otherCollateral = { ...verdict, collateralHash: keccak256(toHex('other collateral')) };
    await rejects(resolve(otherCollateral, await signedBy(net, otherCollateral, drawn.signers.slice(0, quorum))), 'REGISTRY_CHALLENGE_MISMATCH');
    const otherTime = { ...verdict, time: verdict.time + 1n };
    await rejects(resolve(otherTime, await signedBy(net, otherTime, drawn.signers.slice(0, quorum))), 'REGISTRY_CHALLENGE_MISMATCH');
    const undrawn = [];
    for (const v of net.verifiers) {
      const nodeInfo = await readRegistryNode(funder, { registry: net.registry, node: v.address });
      if (nodeInfo.status === 'admitted' && ((drawn.committee.bitmap >> BigInt(nodeInfo.index)) & 1n) === 0n) undrawn.push(v);
    }
    assert.ok(undrawn.length > 0);
    await rejects(resolve(verdict, await signedBy(net, verdict, [...drawn.signers.slice(0, quorum - 1), undrawn[0]!])), 'REGISTRY_VERIFIER_NOT_DRAWN');
    // A board of the wrong size (the admission committee's) is refused too.
    await rejects(resolve({ ...verdict, committee: dishonest.committee }, '0x'), 'REGISTRY_COMMITTEE_SIZE_MISMATCH');
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: node.address })).status, 'admitted');

    const upheld = await resolve(verdict, packSignatures(signed.slice(0, quorum)));
    const slashed = signerStakes.reduce((a, b) => a + b, 0n);
    const reward = signerStakes.reduce((sum, s) => sum + (s * net.params.reporterShareBps) / 10_000n, 0n);
    assert.equal(await balance(challenger.address), before - opened.fee + reward);
    for (const s of signerNodes) {
      const after = await readRegistryNode(funder, { registry: net.registry, node: s.address });
      assert.equal(after.status, 'slashed');
      assert.equal(after.stake, 0n);
    }
    const removed = await readRegistryNode(funder, { registry: net.registry, node: node.address });
    assert.equal(removed.status, 'leaving');
    assert.equal(removed.stake, info.stake, 'the node is removed, not slashed');
    assert.ok(slashed > 0n);
    assert.equal(await readChallenge(funder, { registry: net.registry, node: node.address }), undefined);
    await rejects(resolve(verdict, packSignatures(signed.slice(0, quorum))), 'REGISTRY_NO_CHALLENGE');
    await assertConserved();
    console.log(`# resolveChallenge (overturn, ${quorum} of ${size}, 2 signers slashed): ${upheld.gasUsed} gas; openChallenge: ${opened.gasUsed} gas`);
  });

  it('refuses a challenge after its window, and forfeits the bond of one nobody upholds', async () => {
    const { node } = await executorWithEvidence(true);
    const verdict = await admitted(node);
    const admission = await readAdmission(funder, constants, node.address, 0n);
    const challenger = await newNode(funder);
    const open = { registry: net.registry, verdict: admission.verdict, unclaimed: admission.unclaimed, signatures: admission.signatures, bond: net.params.minStake };
    await openChallenge(challenger.client, open);
    const ch = (await readChallenge(funder, { registry: net.registry, node: node.address }))!;
    await rejects(expireChallenge(funder, { registry: net.registry, node: node.address }), 'REGISTRY_CHALLENGE_TIMING');
    // Nobody upholds it (the evidence passes): after the epoch after its case epoch it can only expire.
    await warpTo(net, ch.caseEpoch + 2n);
    await rejects(resolveChallenge(funder, { registry: net.registry, verdict: { ...verdict, epoch: ch.caseEpoch, pass: false }, signatures: '0x' }), 'REGISTRY_CHALLENGE_TIMING');
    const [reserveBefore] = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'pool' });
    await expireChallenge(funder, { registry: net.registry, node: node.address });
    const [reserveAfter] = await funder.public.readContract({ address: net.registry, abi: airtntRegistryAbi, functionName: 'pool' });
    assert.equal(reserveAfter, reserveBefore + net.params.minStake);
    await rejects(expireChallenge(funder, { registry: net.registry, node: node.address }), 'REGISTRY_NO_CHALLENGE');
    await assertConserved();
    // The window: a challenge resolved at the latest by epochStart(caseEpoch + 1) + UNBONDING_DELAY.
    const deadline = await readChallengeDeadline(funder, { registry: net.registry, caseEpoch: verdict.epoch });
    const now = await chainNow(funder);
    if (now < deadline) await warpTo(net, (deadline - constants.genesis) / constants.epochLength, (deadline - constants.genesis) % constants.epochLength);
    await rejects(openChallenge(challenger.client, open), 'REGISTRY_CHALLENGE_WINDOW_CLOSED');
  });
});
