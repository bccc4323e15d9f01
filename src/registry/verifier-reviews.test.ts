/**
 * Verifier nodes re-verify an admitted executor when the collateral it serves changes: three real
 * verifier nodes (HTTP, polling a real anvil chain; committees of 3, quorum 2) admit an executor whose
 * simulated evidence is valid, then its collateral changes while its evidence has expired at the review's
 * pinned time; the nodes drawn for the review sign pass = false, gather each other's verdicts and remove
 * it (not slashed). Only the executor's endpoint is injected (the test serves its evidence and collateral).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { keccak256, parseEther, toHex, zeroHash } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { enclaveReportData } from '../attestation/binding.js';
import type { Collateral } from '../attestation/collateral.js';
import type { Evidence } from '../attestation/types.js';
import type { AttestationPolicy } from '../attestation/policy.js';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { deployRegistry } from '../chain/deploy-registry.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { joinRegistry } from '../chain/join-registry.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { readRegistryNode } from '../chain/read-registry-node.js';
import { chainNow } from '../chain/time.js';
import { transact } from '../chain/transact.js';
import { produceSimulatedEvidence } from '../tee/simulated.js';
import { fromHex } from '../util/bytes.js';
import { vrfPublicKey } from '../vrf/ecvrf.js';
import { DEFAULT_REGISTRY_PARAMETERS, newNode, warpTo, type RegistryNet } from './harness.js';
import { collateralHashOf, evidenceHashOf, policyHashOf, type VerdictEvidence } from './verdict-producer.js';
import { startVerifierNode, type VerifierNode } from './verifier-node.js';
import { AirtntError } from '../util/errors.js';

const POLICY: AttestationPolicy = { allowedKinds: ['simulated'], allowSimulated: true };
const DAY = 24n * 3600n;

let devnet: Devnet;
let funder: ChainClient;
const nodes: VerifierNode[] = [];
const dirs: string[] = [];

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
});
after(async () => {
  for (const node of nodes) await node.close();
  await devnet?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Polls `node` until `done` holds (each poll of it is a full pass of the node's steps). */
async function pollUntil(node: VerifierNode, done: () => Promise<boolean>, what: string): Promise<void> {
  for (let polls = 0; polls < 150; polls++) {
    if (await done()) return;
    await node.polled();
  }
  assert.fail(`the verifier nodes did not ${what}`);
}

/**
 * A registry with three verifier nodes (committees of 3, quorum 2) and an executor they admitted, whose
 * simulated evidence was issued 29 days ago (valid for under 31 days); `served` is what its endpoint answers.
 */
async function admittedExecutor(served: (evidence: Evidence) => Promise<VerdictEvidence>, unreachableMs = 3_600_000) {
  const accounts = Array.from({ length: 3 }, () => generatePrivateKey());
  for (const key of accounts) await transact(funder, 'fund', () => funder.wallet.sendTransaction({ to: privateKeyToAccount(key).address, value: parseEther('20') }));
  const params = { ...DEFAULT_REGISTRY_PARAMETERS, committeeSize: 3n, quorum: 2n, policyHash: policyHashOf(POLICY), genesisVerifiers: accounts.map((k) => privateKeyToAccount(k).address) };
  const { address: registry } = await deployRegistry(funder, params);
  const net: RegistryNet = { registry, domain: { chainId: funder.chain.id, verifyingContract: registry }, params, rpcUrl: funder.rpcUrl, funder, verifiers: [] };

  // The executor's enclave: valid simulated evidence issued 29 days ago (valid for under 31 days).
  const executor = await newNode(funder);
  const signingSecret = new Uint8Array(randomBytes(32));
  const signingPublicKey = ed25519.getPublicKey(signingSecret);
  const runtimeMeasurement = new Uint8Array(randomBytes(32));
  const enclave = privateKeyToAccount(keccak256(signingSecret));
  const issuedAt = new Date(Number((await chainNow(funder)) - 29n * DAY) * 1000);
  const evidence = produceSimulatedEvidence(enclaveReportData(signingPublicKey, fromHex(executor.sealingKey, 32, 'sealingKey'), runtimeMeasurement, fromHex(enclave.address)), runtimeMeasurement, issuedAt);

  const clients: ChainClient[] = [];
  const started: VerifierNode[] = [];
  for (const [i, key] of accounts.entries()) {
    const client = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: key, chainId: devnet.chainId });
    clients.push(client);
    const vrfSecret = new Uint8Array(randomBytes(32));
    const dataDir = mkdtempSync(join(tmpdir(), `airtnt-review-verifier-${i}-`));
    dirs.push(dataDir);
    const node = await startVerifierNode({ client, registry, policy: POLICY, vrfSecret, dataDir, pollMs: 200, served: () => served(evidence), unreachableMs });
    nodes.push(node);
    started.push(node);
    await joinRegistry(client, { registry, role: 'verifier', tee: 0, enclaveKey: client.account.address, sealingKey: zeroHash, vrfKey: toHex(vrfPublicKey(vrfSecret)), signingKey: zeroHash, runtimeMeasurement: zeroHash, evidenceHash: zeroHash, endpoint: node.url, stake: parseEther('2') });
  }
  const { activeEpoch } = await readRegistryNode(funder, { registry, node: clients[0]!.account.address });
  await warpTo(net, activeEpoch);

  const { caseEpoch } = await joinRegistry(executor.client, { registry, role: 'executor', tee: 1, enclaveKey: enclave.address, sealingKey: executor.sealingKey, vrfKey: executor.vrfKey, signingKey: toHex(signingPublicKey), runtimeMeasurement: toHex(runtimeMeasurement), evidenceHash: evidenceHashOf(evidence), endpoint: 'http://127.0.0.1:1/executor', stake: parseEther('2') });
  await warpTo(net, caseEpoch);
  const status = async () => (await readRegistryNode(funder, { registry, node: executor.address })).status;
  await pollUntil(started[0]!, async () => (await status()) === 'admitted', 'admit the executor');
  return { net, registry, params, executor, status, first: started[0]! };
}

describe('verifier nodes and collateral changes', () => {
  it('re-verify an admitted executor whose collateral changed and remove it when it fails', async () => {
    let collateral: Collateral = {};
    const { net, registry, params, executor, status, first } = await admittedExecutor((evidence) => Promise.resolve({ evidence, collateral }));
    const stake = (await readRegistryNode(funder, { registry, node: executor.address })).stake;

    // Three days on, unchanged collateral: re-verification is not even attempted (the evidence has expired
    // meanwhile, but nothing changed in what the admission judged), so the executor stays.
    const { epoch } = await readRegistryEpoch(funder, { registry });
    await warpTo(net, epoch + (3n * DAY) / params.epochLength);
    const polledAt = (await readRegistryEpoch(funder, { registry })).epoch;
    for (let i = 0; i < 3; i++) await first.polled();
    assert.equal(await status(), 'admitted');

    // New collateral (a new CRL): the nodes re-verify, the evidence fails at the pinned time, it is removed.
    collateral = { crls: [new Uint8Array(randomBytes(48))] };
    assert.notEqual(collateralHashOf(collateral), collateralHashOf({}));
    await warpTo(net, polledAt + 1n);
    await pollUntil(first, async () => (await status()) === 'leaving', 'remove the executor');
    const after = await readRegistryNode(funder, { registry, node: executor.address });
    assert.equal(after.stake, stake, 'removed, not slashed');
    const removed = await funder.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'Removed', args: { node: executor.address }, fromBlock: 0n, strict: true });
    assert.equal(removed.length, 1);
    assert.equal(removed[0]!.args.caseEpoch, polledAt + 1n);
  });
  it('remove an admitted executor that stops answering (unresponsive), unslashed', async () => {
    let down = false;
    const unreachable = () => new AirtntError('EXECUTOR_UNREACHABLE', 'connection refused (test)');
    const { net, registry, executor, status, first } = await admittedExecutor((evidence) => (down ? Promise.reject(unreachable()) : Promise.resolve({ evidence, collateral: {} })), 1_500);
    const stake = (await readRegistryNode(funder, { registry, node: executor.address })).stake;
    // Its endpoint goes down: once every fetch has failed for 1.5 s, the drawn members sign it unresponsive.
    down = true;
    const { epoch } = await readRegistryEpoch(funder, { registry });
    await warpTo(net, epoch + 1n);
    await pollUntil(first, async () => (await status()) === 'leaving', 'remove the unresponsive executor');
    assert.equal((await readRegistryNode(funder, { registry, node: executor.address })).stake, stake, 'removed, not slashed');
    const removed = await funder.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'Removed', args: { node: executor.address }, fromBlock: 0n, strict: true });
    assert.equal(removed.length, 1);
  });
});
