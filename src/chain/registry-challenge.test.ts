/**
 * Challenges on a real anvil chain: an admission whose verdict says pass over evidence that fails (it
 * binds another sealing key than the one registered) is challenged; the challenge committee, drawn on
 * chain from the case seed and the stakes (and recomputed here independently), judges the admission's
 * own inputs with the verdict producer and signs pass = false; a majority of it removes the node, slashes
 * every signer of the admitting verdict and credits the challenger, who claims later. A cabal of
 * COMMITTEE_SIZE + 1 verifiers that were not drawn is refused by name; a challenger contract that refuses
 * ETH cannot block the resolution. Every refusal is asserted by its named error, and the registry's
 * balance always equals what it owes.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { encodeFunctionData, keccak256, toHex, type Address, type Hex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { enclaveReportData } from '../attestation/binding.js';
import type { AttestationPolicy } from '../attestation/policy.js';
import { challengeCommitteeSize, challengeQuorum } from '../registry/committee.js';
import { committeeBitmap } from '../registry/signing.js';
import { readAdmission, signChallengeVerdict } from '../registry/challenge.js';
import { admissionCase, committedKeys, drawChallengeCase, joinAs, newNode, signedBy, startRegistryNet, warpTo, type NetNode, type RegistryNet } from '../registry/harness.js';
import { readRegistryConstants, type RegistryConstants } from '../registry/read-params.js';
import { keysHashOf, packSignatures, type Verdict } from '../registry/signing.js';
import { collateralHashOf, evidenceHashOf, policyHashOf, produceVerdict, type VerdictEvidence } from '../registry/verdict-producer.js';
import { VerdictStore } from '../registry/verdict-store.js';
import { produceSimulatedEvidence } from '../tee/simulated.js';
import { fromHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { admitNode } from './admit-node.js';
import { claimCredit } from './claim-credit.js';
import { createChainClient, type ChainClient } from './client.js';
import { startDevnet, type Devnet } from './devnet.js';
import { expireChallenge } from './expire-challenge.js';
import { deployContract } from './deploy.js';
import { airtntRegistryAbi, refusingChallengerAbi, refusingChallengerBytecode, registryChallengesAbi } from './generated/contracts.js';
import { openChallenge } from './open-challenge.js';
import { readChallenge, readChallengeCommittee, readChallengeDeadline, readCredit } from './read-challenge.js';
import { readRegistryEpoch } from './read-registry-epoch.js';
import { readRegistryNode } from './read-registry-node.js';
import { resolveChallenge } from './resolve-challenge.js';
import { chainNow } from './time.js';
import { transact } from './transact.js';

const POLICY: AttestationPolicy = { allowedKinds: ['simulated'], allowSimulated: true };

let devnet: Devnet;
let funder: ChainClient;
let net: RegistryNet;
let constants: RegistryConstants;

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  // 13 verifiers, committees of 3 (quorum 2): challenge committees of 7 (quorum 4), so some verifiers
  // are never drawn for a challenge, and after the signers slashed by upheld challenges enough are left
  // to open another (a challenge whose committee is already short is refused).
  net = await startRegistryNet(funder, { verifierCount: 13, params: { committeeSize: 3n, quorum: 2n, policyHash: policyHashOf(POLICY) } });
  constants = await readRegistryConstants(funder, net.registry);
});
after(async () => {
  for (const store of stores.values()) store.close();
  await devnet?.stop();
  rmSync(dataRoot, { recursive: true, force: true });
});

/** Each challenge member signs through its own durable verdict store, as a verifier node does. */
const dataRoot = mkdtempSync(join(tmpdir(), 'airtnt-challenge-'));
const stores = new Map<string, VerdictStore>();
const storeDir = (member: NetNode): string => join(dataRoot, member.address.toLowerCase());
function storeOf(member: NetNode): VerdictStore {
  let store = stores.get(member.address);
  if (store === undefined) {
    store = VerdictStore.open(storeDir(member));
    stores.set(member.address, store);
  }
  return store;
}

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
  const keys = { enclaveKey: enclave.address, sealingKey: base.sealingKey, vrfKey: base.vrfKey, signingKey: toHex(signingPublicKey), runtimeMeasurement: toHex(runtimeMeasurement) };
  const node: NetNode = { ...base, enclave, signingKey: keys.signingKey, runtimeMeasurement: keys.runtimeMeasurement, evidenceHash: evidenceHashOf(evidence), keysHash: keysHashOf(keys) };
  executors.push(node);
  return { node, served: { evidence, collateral: {} } };
}

/** Joins and admits with the first `quorum` members of the drawn join committee signing pass = true. */
async function admitted(node: NetNode): Promise<Verdict> {
  const { caseEpoch } = await joinAs(net, node, 'executor');
  await warpTo(net, caseEpoch);
  const { verdict, signers } = await admissionCase(net, node, caseEpoch, collateralHashOf({}));
  await admitNode(funder, { registry: net.registry, node: node.address, evidenceHash: verdict.evidenceHash, keysHash: verdict.keysHash, collateralHash: verdict.collateralHash, committee: verdict.committee, signatures: await signedBy(net, verdict, signers.slice(0, Number(net.params.quorum))) });
  return verdict;
}

describe('challenges: an admission overturned by a larger committee', () => {
  it('removes a dishonestly admitted executor, slashes the signers of its verdict and pays the challenger', async () => {
    const { node, served } = await executorWithEvidence(false);
    const dishonest = await admitted(node);
    // An honest verifier says no to this evidence: it binds another sealing key than the registered one.
    const honest = await produceVerdict(POLICY, { node: node.address, keys: committedKeys(node), evidenceHash: node.evidenceHash, epoch: dishonest.epoch, epochStart: dishonest.time, committee: dishonest.committee, registryPolicyHash: net.params.policyHash }, served);
    assert.equal(honest.verdict.pass, false);

    const info = await readRegistryNode(funder, { registry: net.registry, node: node.address });
    const admission = await readAdmission(funder, constants, node.address, 0n);
    assert.deepEqual(admission.verdict, dishonest);
    const signerNodes = net.verifiers.filter((_, slot) => ((admission.signers >> BigInt(slot)) & 1n) === 1n);
    assert.equal(signerNodes.length, 2);
    const signerStakes = await Promise.all(signerNodes.map(async (s) => (await readRegistryNode(funder, { registry: net.registry, node: s.address })).stake));
    const challenger = await newNode(funder);
    const bond = net.params.minStake;
    const open = { registry: net.registry, verdict: admission.verdict, signers: admission.signers, bond };

    // Refused openings: another bond, another bitmap, a signer left out (so it would escape the slash).
    await rejects(openChallenge(challenger.client, { ...open, bond: bond - 1n }), 'REGISTRY_VALUE_MISMATCH');
    await rejects(openChallenge(challenger.client, { ...open, signers: 1n }), 'REGISTRY_NOTHING_TO_CHALLENGE');
    await rejects(openChallenge(challenger.client, { ...open, signers: admission.signers & (admission.signers - 1n) }), 'REGISTRY_NOTHING_TO_CHALLENGE');
    const before = await balance(challenger.address);
    const opened = await openChallenge(challenger.client, open);
    await rejects(openChallenge(challenger.client, open), 'REGISTRY_CHALLENGE_OPEN');
    const ch = await readChallenge(funder, { registry: net.registry, node: node.address });
    assert.ok(ch !== undefined && ch.signers === admission.signers);
    await assertConserved();

    // The committee is drawn on the seed of the epoch two after the challenge (unknown when it was opened).
    const { epoch: openEpoch } = await readRegistryEpoch(funder, { registry: net.registry });
    assert.equal(ch.caseEpoch, openEpoch + 2n);
    const early: Verdict = { ...dishonest, epoch: ch.caseEpoch, pass: false };
    await rejects(resolveChallenge(funder, { registry: net.registry, verdict: early, signatures: '0x' }), 'REGISTRY_CASE_NOT_OPEN');
    assert.deepEqual(await readChallengeCommittee(funder, { registry: net.registry, node: node.address }), { committee: 0n, caseEpoch: ch.caseEpoch });
    await warpTo(net, ch.caseEpoch);
    const size = challengeCommitteeSize(net.params.committeeSize);
    const drawn = await drawChallengeCase(net, node.address);
    assert.equal(drawn.signers.length, size);
    assert.equal(drawn.bitmap & admission.signers, 0n, 'no signer of the challenged verdict judges it');
    const signed = [];
    for (const member of drawn.signers) {
      const slot = (await readRegistryNode(funder, { registry: net.registry, node: member.address })).index;
      const c = { caseEpoch: ch.caseEpoch, committee: drawn.bitmap, keys: committedKeys(node) };
      const produced = await signChallengeVerdict(member.client.account, constants, storeOf(member), POLICY, admission.verdict, c, served);
      assert.ok(produced !== undefined, 'a challenge member judging the same inputs says no');
      assert.equal(produced.reason, honest.reason);
      // Stored durably (kind 'challenge') before it is returned: what the member serves, after a restart too.
      const reopened = VerdictStore.open(storeDir(member));
      try {
        assert.equal(reopened.current(node.address, ch.caseEpoch, 'challenge')?.signature, produced.signature);
        assert.equal(reopened.latest(node.address, 'join'), undefined, 'a challenge verdict is not served as a join verdict');
      } finally {
        reopened.close();
      }
      signed.push({ index: slot, signature: produced.signature, verdict: produced.verdict });
    }
    const verdict = signed[0]!.verdict;
    assert.deepEqual({ ...verdict }, { ...dishonest, epoch: ch.caseEpoch, committee: drawn.bitmap, pass: false });
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
    const undrawn: { node: NetNode; index: number }[] = [];
    for (const v of net.verifiers) {
      const nodeInfo = await readRegistryNode(funder, { registry: net.registry, node: v.address });
      if (nodeInfo.status === 'admitted' && ((drawn.bitmap >> BigInt(nodeInfo.index)) & 1n) === 0n) undrawn.push({ node: v, index: nodeInfo.index });
    }
    assert.ok(undrawn.length >= quorum, 'enough verifiers outside the drawn committee to form a cabal');
    await rejects(resolve(verdict, await signedBy(net, verdict, [...drawn.signers.slice(0, quorum - 1), undrawn[0]!.node])), 'REGISTRY_VERIFIER_NOT_DRAWN');
    // The cabal (review finding D): COMMITTEE_SIZE + 1 verifiers that were not drawn (here with the accused
    // signers among them) name a committee of the right size of their own choosing and all sign it.
    const cabal = undrawn.slice(0, quorum);
    const padding = drawn.signers.slice(0, size - quorum);
    const paddingSlots = await Promise.all(padding.map(async (p) => (await readRegistryNode(funder, { registry: net.registry, node: p.address })).index));
    const cabalBitmap = committeeBitmap([...cabal.map((c) => c.index), ...paddingSlots]);
    const cabalVerdict = { ...verdict, committee: cabalBitmap };
    await rejects(resolve(cabalVerdict, await signedBy(net, cabalVerdict, cabal.map((c) => c.node))), 'REGISTRY_CHALLENGE_COMMITTEE_MISMATCH');
    // A board of the admission committee's size is refused the same way.
    await rejects(resolve({ ...verdict, committee: dishonest.committee }, '0x'), 'REGISTRY_CHALLENGE_COMMITTEE_MISMATCH');
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: node.address })).status, 'admitted');
    for (const s of signerNodes) assert.equal((await readRegistryNode(funder, { registry: net.registry, node: s.address })).status, 'admitted');
    await assertConserved();

    const upheld = await resolve(verdict, packSignatures(signed.slice(0, quorum)));
    const slashed = signerStakes.reduce((a, b) => a + b, 0n);
    const reward = signerStakes.reduce((sum, s) => sum + (s * net.params.reporterShareBps) / 10_000n, 0n);
    // Pull payment: nothing was sent to the challenger; its bond and reward are credited.
    assert.equal(await balance(challenger.address), before - opened.fee - bond);
    assert.equal(await readCredit(funder, { registry: net.registry, account: challenger.address }), reward + bond);
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
    const claimed = await claimCredit(challenger.client, { registry: net.registry });
    assert.equal(await balance(challenger.address), before - opened.fee - claimed.fee + reward);
    assert.equal(await readCredit(funder, { registry: net.registry, account: challenger.address }), 0n);
    await rejects(claimCredit(challenger.client, { registry: net.registry }), 'REGISTRY_NOTHING_CREDITED');
    await assertConserved();
    console.log(`# resolveChallenge (overturn, ${quorum} of ${size} drawn on chain from ${net.verifiers.length} verifiers, 2 signers slashed): ${upheld.gasUsed} gas; openChallenge: ${opened.gasUsed} gas; claimCredit: ${claimed.gasUsed} gas`);
  });

  it('a challenger contract that refuses ETH cannot block the resolution, and claims its credit later', async () => {
    const { node, served } = await executorWithEvidence(false);
    await admitted(node);
    const admission = await readAdmission(funder, constants, node.address, 0n);
    const owner = await newNode(funder);
    const squatter = (await deployContract(owner.client, 'RefusingChallenger', refusingChallengerAbi, refusingChallengerBytecode)).address;
    const forward = (data: Hex, value = 0n) =>
      transact(owner.client, 'forward', () => owner.client.wallet.writeContract({ address: squatter, abi: refusingChallengerAbi, functionName: 'forward', args: [net.registry, data], value }));
    const bond = net.params.minStake;
    await forward(encodeFunctionData({ abi: registryChallengesAbi, functionName: 'openChallenge', args: [admission.verdict, admission.signers] }), bond);
    const ch = (await readChallenge(funder, { registry: net.registry, node: node.address }))!;
    assert.equal(ch.challenger.toLowerCase(), squatter.toLowerCase());
    await warpTo(net, ch.caseEpoch);
    const drawn = await drawChallengeCase(net, node.address);
    const quorum = challengeQuorum(net.params.committeeSize);
    const c = { caseEpoch: ch.caseEpoch, committee: drawn.bitmap, keys: committedKeys(node) };
    const signed = [];
    for (const member of drawn.signers.slice(0, quorum)) {
      const produced = (await signChallengeVerdict(member.client.account, constants, storeOf(member), POLICY, admission.verdict, c, served))!;
      signed.push({ index: (await readRegistryNode(funder, { registry: net.registry, node: member.address })).index, signature: produced.signature, verdict: produced.verdict });
    }
    const stakes = await Promise.all(
      net.verifiers.filter((_, slot) => ((admission.signers >> BigInt(slot)) & 1n) === 1n).map(async (s) => (await readRegistryNode(funder, { registry: net.registry, node: s.address })).stake),
    );
    const reward = stakes.reduce((sum, s) => sum + (s * net.params.reporterShareBps) / 10_000n, 0n);
    // Anyone (here a committee member) resolves: the challenger's refusal plays no part.
    await resolveChallenge(drawn.signers[0]!.client, { registry: net.registry, verdict: signed[0]!.verdict, signatures: packSignatures(signed) });
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: node.address })).status, 'leaving');
    assert.equal(await readCredit(funder, { registry: net.registry, account: squatter }), reward + bond);
    assert.equal(await balance(squatter), 0n);
    await assertConserved();
    // While it refuses ETH its own claim fails and nothing is lost; once it accepts, it is paid in full.
    const claim = encodeFunctionData({ abi: registryChallengesAbi, functionName: 'claimCredit', args: [] });
    await assert.rejects(forward(claim));
    assert.equal(await readCredit(funder, { registry: net.registry, account: squatter }), reward + bond);
    await transact(owner.client, 'setAccepting', () => owner.client.wallet.writeContract({ address: squatter, abi: refusingChallengerAbi, functionName: 'setAccepting', args: [true] }));
    await forward(claim);
    assert.equal(await balance(squatter), reward + bond);
    assert.equal(await readCredit(funder, { registry: net.registry, account: squatter }), 0n);
    await assertConserved();
  });

  it('refuses a challenge after its window, and forfeits the bond of one nobody upholds', async () => {
    const { node } = await executorWithEvidence(true);
    const verdict = await admitted(node);
    const admission = await readAdmission(funder, constants, node.address, 0n);
    const challenger = await newNode(funder);
    const open = { registry: net.registry, verdict: admission.verdict, signers: admission.signers, bond: net.params.minStake };
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
