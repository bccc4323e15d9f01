/**
 * Regression (hostile review E): a verifier node's HTTP server is the only way the other committee
 * members gather its verdicts. One host holding every socket it can with a half-sent request, or many
 * hosts together filling the server, must not shut out a member fetching a verdict from another address:
 * each client key holds at most its share, and a newcomer evicts a socket of the heaviest key.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AttestationPolicy } from '../attestation/policy.js';
import { createChainClient } from '../chain/client.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { waitUntil } from '../node/testing.js';
import { startRegistryNet, type RegistryNet } from './harness.js';
import { policyHashOf } from './verdict-producer.js';
import { fetchVerdict } from './verdict-wire.js';
import { startVerifierNode, type VerifierNode } from './verifier-node.js';

const POLICY: AttestationPolicy = { allowedKinds: ['simulated'], allowSimulated: true };

let devnet: Devnet;
let net: RegistryNet;
let node: VerifierNode;
const dataDir = mkdtempSync(join(tmpdir(), 'airtnt-verifier-slowloris-'));

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  const funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  net = await startRegistryNet(funder, { verifierCount: 3, params: { committeeSize: 3n, quorum: 2n, policyHash: policyHashOf(POLICY) } });
  const v = net.verifiers[0]!;
  node = await startVerifierNode({ client: v.client, registry: net.registry, policy: POLICY, vrfSecret: v.vrfSecret, dataDir, pollMs: 60_000 });
});
after(async () => {
  await node?.close();
  await devnet?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/**
 * The attacker: keeps `perHost` sockets open from each of `hosts` (loopback addresses), each with a
 * partial request line, and opens a new one whenever one is closed (refused, timed out or evicted).
 */
function holdSockets(port: number, hosts: string[], perHost: number): { connected(): number; stop(): void } {
  const held = new Set<Socket>();
  let connected = 0;
  let stopped = false;
  const open = (host: string) => {
    if (stopped) return;
    const socket = connect({ host: '127.0.0.1', port, localAddress: host }, () => {
      connected += 1;
      socket.write('GET /v1/verdicts/');
    });
    held.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => {
      held.delete(socket);
      setTimeout(() => open(host), 100);
    });
  };
  for (const host of hosts) for (let i = 0; i < perHost; i++) open(host);
  return {
    connected: () => connected,
    stop: () => {
      stopped = true;
      for (const socket of held) socket.destroy();
    },
  };
}

/** A committee member's fetch (from 127.0.0.1), as `judge` makes it: answered (a verdict or 404) or the error code. */
async function probe(): Promise<string> {
  try {
    await fetchVerdict(node.url, net.verifiers[1]!.address, 2_000);
    return 'answered';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/** `count` fetches one after another, each waiting for the previous one's answer (or its 2 s timeout). */
async function probes(count: number): Promise<string[]> {
  const results: string[] = [];
  for (let i = 0; i < count; i++) results.push(await probe());
  return results;
}

describe('verifier node under a slowloris', { timeout: 120_000 }, () => {
  it('one host holding 256 half-sent requests does not stop the other members fetching verdicts', async () => {
    assert.equal(await probe(), 'answered');
    const attack = holdSockets(Number(new URL(node.url).port), ['127.0.0.2'], 256);
    try {
      await waitUntil(() => attack.connected() >= 256, 'the attacker connected 256 sockets');
      const results = await probes(10);
      assert.deepEqual(results, new Array(10).fill('answered'), `probes during the attack: ${results.join(', ')}`);
    } finally {
      attack.stop();
    }
  });

  it('many hosts filling the server in all: a newcomer evicts a socket of the heaviest host', async () => {
    const hosts = Array.from({ length: 40 }, (_, i) => `127.0.1.${i + 1}`);
    const attack = holdSockets(Number(new URL(node.url).port), hosts, 16);
    try {
      await waitUntil(() => attack.connected() >= 640, 'the attackers connected 640 sockets');
      const results = await probes(10);
      assert.deepEqual(results, new Array(10).fill('answered'), `probes during the attack: ${results.join(', ')}`);
    } finally {
      attack.stop();
    }
  });
});
