/**
 * Verifier nodes uphold a challenge on their own: four real verifier nodes (HTTP servers serving VRF
 * proofs and verdicts, polling a real anvil chain) are genesis verifiers of a registry with committees of
 * one, so challenge committees of three, drawn on chain from the three that did not sign the admission.
 * An executor admitted by a verdict that said pass over evidence binding another sealing key is
 * challenged; the nodes the registry draws for the challenge judge the admission's inputs, sign
 * pass = false, gather each other's verdicts and submit resolveChallenge; the challenger is credited. Only the executor's
 * endpoint is injected (its evidence is served by the test instead of an executor process).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { keccak256, parseEther, toFunctionSelector, toHex, zeroHash } from 'viem';
import { privateKeyToAccount, generatePrivateKey } from 'viem/accounts';
import { enclaveReportData } from '../attestation/binding.js';
import type { AttestationPolicy } from '../attestation/policy.js';
import { admitNode } from '../chain/admit-node.js';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { deployRegistry } from '../chain/deploy-registry.js';
import { airtntRegistryAbi } from '../chain/generated/contracts.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { joinRegistry } from '../chain/join-registry.js';
import { openChallenge } from '../chain/open-challenge.js';
import { readChallenge, readChallengeCommittee, readCredit } from '../chain/read-challenge.js';
import { readRegistryNode } from '../chain/read-registry-node.js';
import { chainNow } from '../chain/time.js';
import { transact } from '../chain/transact.js';
import { produceSimulatedEvidence } from '../tee/simulated.js';
import { fromHex } from '../util/bytes.js';
import { vrfPublicKey } from '../vrf/ecvrf.js';
import { readAdmission } from './challenge.js';
import { DEFAULT_REGISTRY_PARAMETERS, newNode, warpTo, type RegistryNet } from './harness.js';
import { readRegistryConstants } from './read-params.js';
import { readRegistryNodes } from './read-nodes.js';
import { readJoinCommittee } from '../chain/read-join-committee.js';
import { readRegistryEpoch } from '../chain/read-registry-epoch.js';
import { keysHashOf, packSignatures, signVerdict, type Verdict } from './signing.js';
import { collateralHashOf, evidenceHashOf, policyHashOf, type VerdictEvidence } from './verdict-producer.js';
import { startVerifierNode, type VerifierNode } from './verifier-node.js';

const POLICY: AttestationPolicy = { allowedKinds: ['simulated'], allowSimulated: true };

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

describe('verifier nodes and challenges', () => {
  it('the registry refuses a plain transfer, by name (ether comes in only with a call that says what it is for)', async () => {
    const { address: registry } = await deployRegistry(funder, { ...DEFAULT_REGISTRY_PARAMETERS, policyHash: policyHashOf(POLICY), genesisVerifiers: [] });
    // The revert names the error (viem prints its selector: the registry's ABI is not given to a plain transfer).
    const selector = toFunctionSelector('ValueMismatch(uint256,uint256)');
    await assert.rejects(funder.wallet.sendTransaction({ to: registry, value: 1n }), (error: Error) => String(error).includes(`custom error ${selector}`));
    assert.equal(await funder.public.getBalance({ address: registry }), 0n);
  });

  it('the drawn verifier nodes sign pass = false on the admission\'s inputs and uphold the challenge', async () => {
    // Four verifiers (fresh funded accounts), started before they join so that they join with their URL.
    const accounts = Array.from({ length: 4 }, () => generatePrivateKey());
    for (const key of accounts) await transact(funder, 'fund', () => funder.wallet.sendTransaction({ to: privateKeyToAccount(key).address, value: parseEther('20') }));
    const params = { ...DEFAULT_REGISTRY_PARAMETERS, committeeSize: 1n, quorum: 1n, policyHash: policyHashOf(POLICY), genesisVerifiers: accounts.map((k) => privateKeyToAccount(k).address) };
    const { address: registry } = await deployRegistry(funder, params);
    const net: RegistryNet = { registry, domain: { chainId: funder.chain.id, verifyingContract: registry }, params, rpcUrl: funder.rpcUrl, funder, verifiers: [] };

    // The dishonest executor: its evidence binds another sealing key than the one it registers.
    const executor = await newNode(funder);
    const signingSecret = new Uint8Array(randomBytes(32));
    const signingPublicKey = ed25519.getPublicKey(signingSecret);
    const runtimeMeasurement = new Uint8Array(randomBytes(32));
    const enclave = privateKeyToAccount(keccak256(signingSecret));
    const evidence = produceSimulatedEvidence(enclaveReportData(signingPublicKey, new Uint8Array(randomBytes(32)), runtimeMeasurement, fromHex(enclave.address)), runtimeMeasurement, new Date(Number(await chainNow(funder)) * 1000));
    const served: VerdictEvidence = { evidence, collateral: {} };
    const endpoint = 'http://127.0.0.1:1/dishonest-executor';
    const fetched: string[] = [];
    const servedBy = (url: string): Promise<VerdictEvidence> => {
      fetched.push(url);
      return Promise.resolve(served);
    };

    const clients: ChainClient[] = [];
    for (const [i, key] of accounts.entries()) {
      const client = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: key, chainId: devnet.chainId });
      clients.push(client);
      const vrfSecret = new Uint8Array(randomBytes(32));
      const dataDir = mkdtempSync(join(tmpdir(), `airtnt-challenge-verifier-${i}-`));
      dirs.push(dataDir);
      const node = await startVerifierNode({ client, registry, policy: POLICY, vrfSecret, dataDir, pollMs: 200, served: servedBy });
      nodes.push(node);
      await joinRegistry(client, { registry, role: 'verifier', tee: 0, enclaveKey: client.account.address, sealingKey: zeroHash, vrfKey: toHex(vrfPublicKey(vrfSecret)), signingKey: zeroHash, runtimeMeasurement: zeroHash, evidenceHash: zeroHash, endpoint: node.url, stake: parseEther('2') });
    }
    const { activeEpoch } = await readRegistryNode(funder, { registry, node: clients[0]!.account.address });
    await warpTo(net, activeEpoch);

    const sealingKey = executor.sealingKey;
    const keysHash = keysHashOf({ enclaveKey: enclave.address, sealingKey, vrfKey: executor.vrfKey, signingKey: toHex(signingPublicKey), runtimeMeasurement: toHex(runtimeMeasurement) });
    const { caseEpoch } = await joinRegistry(executor.client, { registry, role: 'executor', tee: 1, enclaveKey: enclave.address, sealingKey, vrfKey: executor.vrfKey, signingKey: toHex(signingPublicKey), runtimeMeasurement: toHex(runtimeMeasurement), evidenceHash: evidenceHashOf(evidence), endpoint, stake: parseEther('2') });
    await warpTo(net, caseEpoch);
    // The join committee (one member) signs pass = true although the evidence fails: a dishonest admission.
    const constants = await readRegistryConstants(funder, registry);
    const listed = await readRegistryNodes(funder, { registry });
    const joinBitmap = await readJoinCommittee(funder, { registry, node: executor.address, epoch: caseEpoch });
    const { start } = await readRegistryEpoch(funder, { registry, epoch: caseEpoch });
    const member = listed.find((n) => n.role === 'verifier' && ((joinBitmap >> BigInt(n.index)) & 1n) === 1n)!;
    const signerClient = clients.find((c) => c.account.address === member.address)!;
    const verdict: Verdict = { node: executor.address, epoch: caseEpoch, committee: joinBitmap, evidenceHash: evidenceHashOf(evidence), collateralHash: collateralHashOf({}), policyHash: params.policyHash, time: start, keysHash, pass: true };
    const signature = await signVerdict(signerClient.account, net.domain, verdict);
    await admitNode(funder, { registry, node: executor.address, evidenceHash: verdict.evidenceHash, keysHash, collateralHash: verdict.collateralHash, committee: verdict.committee, signatures: packSignatures([{ index: member.index, signature }]) });
    const signerStake = (await readRegistryNode(funder, { registry, node: signerClient.account.address })).stake;

    const challenger = await newNode(funder);
    // The running signer node may claim its verdict fee at any moment: claims leave the admission
    // commitment the challenge names unchanged, so the admission is read once.
    const admission = await readAdmission(funder, constants, executor.address, 0n);
    await openChallenge(challenger.client, { registry, verdict: admission.verdict, signers: admission.signers, bond: params.minStake });
    const open = (await readChallenge(funder, { registry, node: executor.address }))!;
    const before = await funder.public.getBalance({ address: challenger.address });
    await warpTo(net, open.caseEpoch);
    const drawn = await readChallengeCommittee(funder, { registry, node: executor.address });
    assert.equal(drawn.committee & admission.signers, 0n, 'the signer of the admission does not judge it');

    // The nodes poll: the three drawn judge, sign, gather, and one of them resolves.
    let status = 'admitted';
    for (let polls = 0; polls < 100 && status !== 'leaving'; polls++) {
      await nodes[0]!.polled();
      status = (await readRegistryNode(funder, { registry, node: executor.address })).status;
    }
    assert.equal(status, 'leaving', 'the challenge was upheld by the verifier nodes');
    assert.ok(fetched.every((url) => url === endpoint) && fetched.length > 0);
    assert.equal((await readRegistryNode(funder, { registry, node: signerClient.account.address })).status, 'slashed');
    assert.equal(await funder.public.getBalance({ address: challenger.address }), before, 'nothing pushed to the challenger');
    assert.equal(await readCredit(funder, { registry, account: challenger.address }), params.minStake + (signerStake * params.reporterShareBps) / 10_000n);
    assert.equal(await readChallenge(funder, { registry, node: executor.address }), undefined);
    const upheld = await funder.public.getContractEvents({ address: registry, abi: airtntRegistryAbi, eventName: 'ChallengeUpheld', fromBlock: 0n, strict: true });
    assert.equal(upheld.length, 1);
    assert.equal(upheld[0]!.args.signers, admission.signers);
  });
});
