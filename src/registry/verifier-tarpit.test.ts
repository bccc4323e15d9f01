/**
 * Regression (hostile review D): pending executors whose endpoint is a tarpit (accepts TCP, never
 * answers) must not stall a drawn verifier's poll. Their fetches run a bounded number at a time, a
 * node whose fetch failed is fetched again only after its back-off delay, and the seed commit and
 * reveal run on their own timer, never behind fetches (a missed reveal forfeits the bond).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { AttestationPolicy } from '../attestation/policy.js';
import { createChainClient } from '../chain/client.js';
import { startDevnet, type Devnet } from '../chain/devnet.js';
import { waitUntil } from '../node/testing.js';
import { joinAs, newNode, startRegistryNet, warpTo, type RegistryNet } from './harness.js';
import { policyHashOf } from './verdict-producer.js';
import { startVerifierNode, type VerifierNode } from './verifier-node.js';

const POLICY: AttestationPolicy = { allowedKinds: ['simulated'], allowSimulated: true };
const TARPITS = 8;

let devnet: Devnet;
let net: RegistryNet;
let tarpit: Server;
const held: Socket[] = [];
/** While a node closes, the tarpit ends new connections at once (so the close never waits on it). */
let refusing = false;
let caseEpoch = 0n;
const dirs: string[] = [];

before(async () => {
  devnet = await startDevnet({ accountCount: 3 });
  tarpit = createServer((socket) => {
    if (refusing) return void socket.destroy();
    held.push(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => tarpit.listen(0, '127.0.0.1', () => resolve()));
  const tarpitUrl = `http://127.0.0.1:${(tarpit.address() as { port: number }).port}`;
  const funder = createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[1]!.privateKey, chainId: devnet.chainId });
  // Committees of 3 out of 3 verifiers: every verifier is drawn for every join.
  net = await startRegistryNet(funder, { verifierCount: 3, params: { committeeSize: 3n, quorum: 2n, policyHash: policyHashOf(POLICY) } });
  for (let i = 0; i < TARPITS; i++) {
    const x = await newNode(funder, net.params.minStake + net.params.joinFee + 10n ** 17n);
    caseEpoch = (await joinAs(net, x, 'executor', net.params.minStake, `${tarpitUrl}/x${i}`)).caseEpoch;
  }
  await warpTo(net, caseEpoch, 5n);
});
after(async () => {
  for (const socket of held) socket.destroy();
  tarpit?.close();
  await devnet?.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

async function start(verifier: number, lines: string[], options: { timeoutMs: number; baseMs: number }): Promise<VerifierNode> {
  const v = net.verifiers[verifier]!;
  const dataDir = mkdtempSync(join(tmpdir(), 'airtnt-verifier-tarpit-'));
  dirs.push(dataDir);
  return startVerifierNode({
    client: v.client, registry: net.registry, policy: POLICY, vrfSecret: v.vrfSecret, dataDir, pollMs: 200,
    timeoutMs: options.timeoutMs, fetchBackoff: { baseMs: options.baseMs }, log: (line) => lines.push(line),
  });
}

/** Ends the tarpit's sockets (the fetches under way fail at once), then the node. */
async function stop(node: VerifierNode | undefined): Promise<void> {
  refusing = true;
  for (const socket of held.splice(0)) socket.destroy();
  await node?.close();
  refusing = false;
}

describe('verifier node with tarpit executors pending', { timeout: 240_000 }, () => {
  it(`${TARPITS} tarpits cost a poll one timeout, and the next polls none while they back off`, async () => {
    const timeoutMs = 1_500;
    const lines: string[] = [];
    let node: VerifierNode | undefined;
    try {
      const t0 = Date.now();
      node = await start(0, lines, { timeoutMs, baseMs: 60_000 });
      await node.polled();
      const first = Date.now() - t0;
      const fetched = lines.filter((l) => l.includes('unreachable')).length;
      await node.polled();
      const t1 = Date.now();
      await node.polled();
      const second = Date.now() - t1;
      // Sequential, the first poll took TARPITS x timeoutMs (12 s) and so did every later one.
      assert.equal(fetched, TARPITS, lines.join('\n'));
      assert.ok(first < 3 * timeoutMs, `first poll took ${first} ms`);
      assert.ok(second < timeoutMs, `a later poll took ${second} ms`);
      assert.equal(lines.filter((l) => l.includes('unreachable')).length, TARPITS, 'no tarpit fetched again during its back-off');
    } finally {
      await stop(node);
    }
  });

  it('the seed reveal is sent while a poll waits on tarpits', async () => {
    const lines: string[] = [];
    let node: VerifierNode | undefined;
    try {
      // A fetch waits 60 s: the first poll is held by the tarpits for all of this test.
      node = await start(1, lines, { timeoutMs: 60_000, baseMs: 60_000 });
      let polled = false;
      void node.polled().then(() => (polled = true));
      await waitUntil(() => lines.some((l) => l.startsWith('seed: committed')), 'the seed commit', 30_000);
      await warpTo(net, caseEpoch, net.params.epochLength / 2n + 1n);
      await waitUntil(() => lines.some((l) => l.startsWith('seed: revealed')), 'the seed reveal', 30_000);
      assert.equal(polled, false, 'the poll was still waiting on the tarpits');
      assert.ok(held.length > 0, 'the tarpit held fetches meanwhile');
    } finally {
      await stop(node);
    }
  });
});
