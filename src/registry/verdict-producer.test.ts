import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { keccak256, toHex } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import type { AttestationPolicy } from '../attestation/policy.js';
import { enclaveReportData } from '../attestation/binding.js';
import { admitNode } from '../chain/admit-node.js';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { joinRegistry } from '../chain/join-registry.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { readRegistryNode } from '../chain/read-registry-node.js';
import { chainNow } from '../chain/time.js';
import { produceSimulatedEvidence } from '../tee/simulated.js';
import { fromHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { readJoinCommittee } from '../chain/read-join-committee.js';
import { newNode, startRegistryNet, warpTo, type RegistryNet } from './harness.js';
import { packSignatures, verdictDigest, type CommittedKeys } from './signing.js';
import { collateralHashOf, evidenceHashOf, policyHashOf, produceSignedVerdict, produceVerdict, type VerdictCase, type VerdictEvidence } from './verdict-producer.js';

const POLICY: AttestationPolicy = { allowedKinds: ['simulated'], allowSimulated: true };

/** An enclave with simulated (INSECURE) evidence issued at `issuedAt`. */
function simulatedEnclave(issuedAt: Date) {
  const signingSecret = new Uint8Array(randomBytes(32));
  const signingPublicKey = ed25519.getPublicKey(signingSecret);
  const hpkePublicKey = new Uint8Array(randomBytes(32));
  const runtimeMeasurement = new Uint8Array(randomBytes(32));
  const enclave = privateKeyToAccount(keccak256(signingSecret));
  // Binding v3: the evidence binds the record-claim address the registry slashes by.
  const evidence = produceSimulatedEvidence(enclaveReportData(signingPublicKey, hpkePublicKey, runtimeMeasurement, fromHex(enclave.address)), runtimeMeasurement, issuedAt);
  const served: VerdictEvidence = { evidence, collateral: {} };
  const v2 = produceSimulatedEvidence(enclaveReportData(signingPublicKey, hpkePublicKey, runtimeMeasurement), runtimeMeasurement, issuedAt);
  const servedV2: VerdictEvidence = { evidence: v2, collateral: {} };
  const keys: CommittedKeys = { enclaveKey: enclave.address, sealingKey: toHex(hpkePublicKey), vrfKey: `0x${'22'.repeat(32)}`, signingKey: toHex(signingPublicKey), runtimeMeasurement: toHex(runtimeMeasurement) };
  return { served, servedV2, keys, sealingKey: toHex(hpkePublicKey), enclave };
}

describe('verdict producer (pure)', () => {
  const issued = new Date('2026-11-01T00:00:00Z');
  const { served, servedV2, keys } = simulatedEnclave(issued);
  const c: VerdictCase = {
    node: '0x1111111111111111111111111111111111111111',
    keys,
    evidenceHash: evidenceHashOf(served.evidence),
    epoch: 9n,
    epochStart: BigInt(issued.getTime() / 1000 + 3600),
    committee: 0b1111111n,
    registryPolicyHash: policyHashOf(POLICY),
  };

  it('admits good evidence, naming exactly what it judged, and is deterministic', async () => {
    const a = await produceVerdict(POLICY, c, served);
    const b = await produceVerdict({ allowSimulated: true, allowedKinds: ['simulated'] }, c, served);
    assert.equal(a.verdict.pass, true, a.reason);
    assert.deepEqual(a, b);
    assert.equal(a.verdict.evidenceHash, evidenceHashOf(served.evidence));
    assert.equal(a.verdict.collateralHash, collateralHashOf({}));
    assert.equal(a.verdict.time, c.epochStart);
    const signer = privateKeyToAccount(`0x${'07'.repeat(32)}`);
    const domain = { chainId: 31337, verifyingContract: c.node };
    const first = await produceSignedVerdict(signer, domain, POLICY, c, served);
    const second = await produceSignedVerdict(signer, domain, POLICY, c, served);
    assert.equal(first.signature, second.signature);
    assert.equal(verdictDigest(domain, first.verdict).length, 66);
    // The collateral hash does not depend on the order items were fetched in.
    const crls = [new Uint8Array([1, 2]), new Uint8Array([3])];
    assert.equal(collateralHashOf({ crls }), collateralHashOf({ crls: [...crls].reverse() }));
    assert.notEqual(collateralHashOf({ crls }), collateralHashOf({ crls: crls.slice(1) }));
  });

  it('says no, with the reason, to evidence that fails: expired at the pinned time, other keys, unreachable', async () => {
    const late = await produceVerdict(POLICY, { ...c, epochStart: BigInt(issued.getTime() / 1000 + 31 * 24 * 3600) }, served);
    assert.equal(late.verdict.pass, false);
    assert.equal(late.reason, 'SIMULATED_EVIDENCE_EXPIRED');
    // Committed keys the evidence does not bind: a false verdict naming those keys (keysHash).
    const otherSealing = await produceVerdict(POLICY, { ...c, keys: { ...keys, sealingKey: `0x${'33'.repeat(32)}` } }, served);
    assert.deepEqual([otherSealing.verdict.pass, otherSealing.reason], [false, 'BINDING_MISMATCH']);
    const otherRuntime = await produceVerdict(POLICY, { ...c, keys: { ...keys, runtimeMeasurement: `0x${'00'.repeat(32)}` } }, served);
    assert.deepEqual([otherRuntime.verdict.pass, otherRuntime.reason], [false, 'BINDING_MISMATCH']);
    assert.notEqual(otherRuntime.verdict.keysHash, (await produceVerdict(POLICY, c, served)).verdict.keysHash);
    const hardwareOnly = { allowedKinds: ['sgx'] } as AttestationPolicy;
    const refused = await produceVerdict(hardwareOnly, { ...c, registryPolicyHash: policyHashOf(hardwareOnly) }, served);
    assert.deepEqual([refused.verdict.pass, refused.reason], [false, 'POLICY_KIND_NOT_ALLOWED']);
    const silent = await produceVerdict(POLICY, c, undefined);
    assert.deepEqual([silent.verdict.pass, silent.reason, silent.verdict.evidenceHash], [false, 'UNREACHABLE', `0x${'00'.repeat(32)}`]);
  });

  it('says no to a join whose registered enclave key is not the record key the evidence binds, or to binding v2', async () => {
    const operator = '0x3333333333333333333333333333333333333333';
    // The operator's address registered in place of the enclave's key: equivocation could not be slashed.
    const other = await produceVerdict(POLICY, { ...c, keys: { ...keys, enclaveKey: operator } }, served);
    assert.deepEqual([other.verdict.pass, other.reason], [false, 'BINDING_MISMATCH']);
    // A v2 enclave (no record key bound): refused for the registry, though its evidence is genuine.
    const v2 = await produceVerdict(POLICY, { ...c, evidenceHash: evidenceHashOf(servedV2.evidence) }, servedV2);
    assert.deepEqual([v2.verdict.pass, v2.reason], [false, 'BINDING_MISMATCH']);
  });

  it('does not judge evidence other than the committed one (REGISTRY_EVIDENCE_MISMATCH: no verdict at all)', async () => {
    await assert.rejects(produceVerdict(POLICY, c, servedV2), (e: unknown) => e instanceof AirtntError && e.code === 'REGISTRY_EVIDENCE_MISMATCH');
  });

  it('refuses to judge against another policy than the registry\'s (REGISTRY_POLICY_MISMATCH)', async () => {
    await assert.rejects(produceVerdict({ ...POLICY, allowDebug: true }, c, served), (e: unknown) => e instanceof AirtntError && e.code === 'REGISTRY_POLICY_MISMATCH');
  });
});

describe('verdict producer on anvil: verifiers judge a join and 5 of 7 admit it', () => {
  let devnet: Devnet;
  let funder: ChainClient;
  let net: RegistryNet;
  before(async () => {
    devnet = await startDevnet({ accountCount: 3 });
    funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
    net = await startRegistryNet(funder, { verifierCount: 7, params: { policyHash: policyHashOf(POLICY) } });
  });
  after(async () => {
    await devnet?.stop();
  });

  it('an executor with good evidence is admitted with the verifiers\' own verdicts', async () => {
    const node = await newNode(funder);
    const enclave = simulatedEnclave(new Date(Number(await chainNow(funder)) * 1000));
    const joined = await joinRegistry(node.client, {
      registry: net.registry,
      role: 'executor',
      tee: 1,
      enclaveKey: enclave.enclave.address,
      sealingKey: enclave.sealingKey,
      vrfKey: node.vrfKey,
      signingKey: enclave.keys.signingKey,
      runtimeMeasurement: enclave.keys.runtimeMeasurement,
      evidenceHash: evidenceHashOf(enclave.served.evidence),
      endpoint: 'http://127.0.0.1:1',
      stake: net.params.minStake,
    });
    await warpTo(net, joined.caseEpoch);
    const { start } = await readRegistryEpoch(funder, { registry: net.registry, epoch: joined.caseEpoch });
    // The join committee the registry draws on chain for this epoch: the only one admit accepts.
    const bitmap = await readJoinCommittee(funder, { registry: net.registry, node: node.address, epoch: joined.caseEpoch });
    const slots = await Promise.all(net.verifiers.map(async (v) => ({ id: v.address, index: (await readRegistryNode(funder, { registry: net.registry, node: v.address })).index })));
    const committee = { bitmap, members: slots.filter((m) => ((bitmap >> BigInt(m.index)) & 1n) === 1n).sort((a, b) => a.index - b.index) };
    const c: VerdictCase = {
      node: node.address, keys: { ...enclave.keys, vrfKey: node.vrfKey }, evidenceHash: evidenceHashOf(enclave.served.evidence),
      epoch: joined.caseEpoch, epochStart: start, committee: committee.bitmap, registryPolicyHash: policyHashOf(POLICY),
    };
    const members = committee.members.slice(0, 5);
    const signed = await Promise.all(members.map(async (m) => {
      const verifier = net.verifiers.find((v) => v.address === m.id)!;
      const produced = await produceSignedVerdict(verifier.client.account, net.domain, POLICY, c, enclave.served);
      assert.equal(produced.verdict.pass, true, produced.reason);
      return { index: m.index, signature: produced.signature, verdict: produced.verdict };
    }));
    const verdict = signed[0]!.verdict;
    await admitNode(funder, {
      registry: net.registry, node: node.address, evidenceHash: verdict.evidenceHash, keysHash: verdict.keysHash,
      collateralHash: verdict.collateralHash, committee: verdict.committee, signatures: packSignatures(signed),
    });
    assert.equal((await readRegistryNode(funder, { registry: net.registry, node: node.address })).status, 'admitted');
  });
});
