/**
 * The verdict-equivocation attack of the hostile review, through the documented surface: an executor
 * joins with its honest enclave, then its /v1/info serves a signing key with one bit flipped while a
 * real verifier node (HTTP, SQLite, anvil) judges its join, then the right key again. Before verdicts
 * depended only on committed data, the verifier signed pass = false then pass = true on the same
 * evidence and collateral, and the pair slashed it. Now the verifier judges the keys the join
 * committed: every verdict it serves passes, no pair of them slashes it, and the executor is admitted.
 * Evidence other than the committed one is not judged at all.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { keccak256, parseEther, zeroAddress, zeroHash, type Address } from 'viem';
import { privateKeyToAccount } from 'viem/accounts';
import { enclaveReportData } from '../attestation/binding.js';
import { createChainClient, type ChainClient } from '../chain/client.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { joinRegistry } from '../chain/join-registry.js';
import { readRegistryNode } from '../chain/read-registry-node.js';
import { slashVerdictEquivocation } from '../chain/slash-verdict-equivocation.js';
import { chainNow, increaseTime } from '../chain/time.js';
import { buildInfo, infoToJson } from '../node/info.js';
import { eventually } from '../node/testing.js';
import { produceSimulatedEvidence } from '../tee/simulated.js';
import { fromHex, toHex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { DEVNET_POLICY, deployNetworkRegistry } from './devnet-network.js';
import { readRegistryConstants } from './read-params.js';
import { evidenceHashOf } from './verdict-producer.js';
import { fetchVerdict, type SignedVerdict } from './verdict-wire.js';
import { startVerifierNode, type VerifierNode } from './verifier-node.js';
import { loadOrCreateVrfKey } from './vrf-key.js';

const EPOCH = 1000n;

describe('verdict equivocation attack: an executor flips its served key under a real verifier node', () => {
  let devnet: Devnet;
  let funder: ChainClient;
  let registry: Address;
  let verifier: VerifierNode;
  let executorServer: Server;
  const dirs: string[] = [];
  const logs: string[] = [];
  const waiters: { match: (line: string) => boolean; resolve: () => void }[] = [];
  const waitLog = (match: (line: string) => boolean) =>
    new Promise<void>((resolve) => {
      if (logs.some(match)) return resolve();
      waiters.push({ match, resolve });
    });
  let mode: 'honest' | 'flipped' | 'other-evidence' = 'flipped';

  before(async () => {
    devnet = await startDevnet({ accountCount: 4 });
    funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[0]!.privateKey, chainId: devnet.chainId });
    const account = devnet.accounts[2]!;
    registry = await deployNetworkRegistry(funder, [account.address], EPOCH);
    const client = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: account.privateKey, chainId: devnet.chainId });
    const dataDir = mkdtempSync(join(tmpdir(), 'airtnt-verifier-attack-'));
    dirs.push(dataDir);
    const vrf = loadOrCreateVrfKey(dataDir);
    verifier = await startVerifierNode({
      client, registry, policy: DEVNET_POLICY, vrfSecret: vrf.secretKey, dataDir, pollMs: 200,
      log: (line) => {
        logs.push(line);
        for (const w of waiters.filter((x) => x.match(line))) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      },
    });
    await joinRegistry(client, { registry, role: 'verifier', tee: 0, enclaveKey: account.address, sealingKey: zeroHash, vrfKey: toHex(vrf.publicKey), signingKey: zeroHash, runtimeMeasurement: zeroHash, evidenceHash: zeroHash, endpoint: verifier.url, stake: parseEther('2') });
  });

  after(async () => {
    await verifier?.close();
    await new Promise<void>((resolve) => (executorServer ? executorServer.close(() => resolve()) : resolve()));
    await devnet?.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it('the verifier judges the committed keys: no pass = false, nothing to slash, the executor admitted', async () => {
    const executor = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
    // The executor's (simulated) enclave, binding v3: the evidence binds its keys and record address.
    const signingSecret = new Uint8Array(randomBytes(32));
    const signingPublicKey = ed25519.getPublicKey(signingSecret);
    const hpkePublicKey = new Uint8Array(randomBytes(32));
    const runtimeMeasurement = new Uint8Array(randomBytes(32));
    const recordAddress = privateKeyToAccount(keccak256(signingSecret)).address;
    const issuedAt = new Date(Number(await chainNow(funder)) * 1000);
    const evidence = produceSimulatedEvidence(enclaveReportData(signingPublicKey, hpkePublicKey, runtimeMeasurement, fromHex(recordAddress)), runtimeMeasurement, issuedAt);
    const otherEvidence = produceSimulatedEvidence(enclaveReportData(signingPublicKey, hpkePublicKey, runtimeMeasurement, fromHex(recordAddress)), runtimeMeasurement, new Date(issuedAt.getTime() + 1000));
    const info = (flip: boolean, other: boolean) =>
      infoToJson(
        buildInfo({
          executor: executor.account.address, pricePerCycle: 1n, chainId: devnet.chainId, channels: zeroAddress, functions: [],
          limits: { maxCyclesPerRound: 1000, minChannelSeconds: 60, maxFrameBytes: 1 << 20, maxStateBytes: 1 << 20 },
          identity: {
            tee: 'simulated', insecure: true, hpkePublicKey, runtimeMeasurement, recordAddress,
            evidence: other ? otherEvidence : evidence,
            // One bit of the served key flipped: what the attacker's front did.
            signingPublicKey: flip ? signingPublicKey.map((b, i) => (i === 0 ? b ^ 1 : b)) : signingPublicKey,
          },
        }),
      );
    let infoServed = 0;
    executorServer = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      if (request.url !== '/v1/info') {
        response.statusCode = 404;
        return response.end('{}');
      }
      infoServed += 1;
      response.end(JSON.stringify(info(mode === 'flipped', mode === 'other-evidence')));
    });
    await new Promise<void>((resolve) => executorServer.listen(0, '127.0.0.1', () => resolve()));
    const endpoint = `http://127.0.0.1:${(executorServer.address() as AddressInfo).port}`;

    const joined = await joinRegistry(executor, {
      registry, role: 'executor', tee: 1, enclaveKey: recordAddress, sealingKey: toHex(hpkePublicKey), vrfKey: toHex(new Uint8Array(32).fill(7)),
      signingKey: toHex(signingPublicKey), runtimeMeasurement: toHex(runtimeMeasurement), evidenceHash: evidenceHashOf(evidence), endpoint, stake: parseEther('2'),
    });
    const node = executor.account.address;
    const captured: SignedVerdict[] = [];
    const capture = async () => {
      const v = await fetchVerdict(verifier.url, node, 5_000);
      if (v !== undefined && !captured.some((c) => c.signature === v.signature)) captured.push(v);
    };

    // First other evidence than the committed one: refused, no verdict signed at all.
    mode = 'other-evidence';
    const constants = await readRegistryConstants(funder, registry);
    await increaseTime(devnet.rpcUrl, joined.caseEpoch * EPOCH + constants.genesis - (await chainNow(funder)) + 1n);
    await waitLog((line) => line.includes(node) && line.includes('REGISTRY_EVIDENCE_MISMATCH'));
    assert.equal(await fetchVerdict(verifier.url, node, 5_000), undefined);

    // The attack: the flipped key while the verifier judges, then the right key again.
    mode = 'flipped';
    const servedBefore = infoServed;
    await waitLog((line) => line.includes(node) && line.includes('signed pass='));
    assert.ok(infoServed > servedBefore, 'the verifier fetched the flipped /v1/info');
    await capture();
    mode = 'honest';
    await verifier.polled();
    await verifier.polled();
    await capture();

    assert.ok(captured.length >= 1);
    for (const c of captured) assert.equal(c.verdict.pass, true, 'the verifier signed pass = false on the committed evidence');
    assert.ok(!logs.some((line) => line.includes(node) && line.includes('signed pass=false')), logs.join('\n'));
    // No pair of what it signed slashes it.
    const reporter = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[3]!.privateKey, chainId: devnet.chainId });
    for (const a of captured) {
      for (const b of captured) {
        await assert.rejects(slashVerdictEquivocation(reporter, { registry, verifier: verifier.address, a, b }), (e: unknown) => isAirtntError(e) && e.code === 'REGISTRY_NOT_CONFLICTING');
      }
    }
    await eventually(async () => ((await readRegistryNode(funder, { registry, node })).status === 'admitted' ? true : undefined), 120_000, 'the executor admitted');
    assert.equal((await readRegistryNode(funder, { registry, node: verifier.address })).status, 'admitted');
  });
});
