/**
 * H9-1 on a real executor process: a hostile requester (this test, not the library, which checks its
 * standbys itself) opens a pool channel and sends the executor a pool `open` naming as member 1 keys it
 * made, at a URL whose /v1/info serves another genuine enclave's evidence. The executor must refuse the
 * opening (POOL_STANDBY_UNVERIFIED) before any work: no pool link to the named standby, so no pool key
 * and no replica leaves. Before the fix the executor linked to it and handed over the pool key.
 * H9-4: a pool opening on a channel where this member holds an own round with no payment is refused
 * (CHANNEL_HAS_UNPAID_ROUND), as a single executor's is.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { ed25519 } from '@noble/curves/ed25519.js';
import { zeroAddress } from 'viem';
import { WebSocketServer } from 'ws';
import { withChannels } from '../chain/client.js';
import { deployPools } from '../chain/deploy-pools.js';
import { chainNow, openChannel, readChannel } from '../chain/index.js';
import { generateHpkeKeyPair } from '../crypto/hpke.js';
import { createEnclave, type EnclaveHandle } from '../enclave/index.js';
import { poolOpeningSection, sealPoolSessionOpening } from '../protocol/pool-opening.js';
import { poolAddress } from '../protocol/pool-signatures.js';
import { signSessionOpen } from '../protocol/session-open.js';
import { createSimulatedProvider } from '../tee/simulated.js';
import { fromHex, toHex } from '../util/bytes.js';
import { isRemoteRefusal } from '../util/errors.js';
import { buildInfo, infoToJson, INFO_PATH } from './info.js';
import { connectWithBackoff } from './peer.js';
import type { ExecutorProcess } from './process.js';
import { PoolStore } from './pool-store.js';
import { fetchExecutorInfo } from './verify-executor.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';

let world: TestWorld;
let pools: `0x${string}`;
let member: ExecutorProcess;
let other: EnclaveHandle;
let fake: Server;
let poolLinks = 0;
let fakeUrl: string;

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
  member = await world.startExecutor(1, { name: 'member-1', args: ['--pools', pools] });
  // The "standby": a genuine simulated enclave's info (its evidence binds its own keys, not the ones named).
  other = await createEnclave({ tee: createSimulatedProvider(), executionWorkers: 1 });
  const body = JSON.stringify(infoToJson(buildInfo({ executor: zeroAddress, pricePerCycle: 1n, chainId: world.devnet.chainId, channels: pools, identity: other.identity(), functions: [], limits: { maxCyclesPerRound: 100, minChannelSeconds: 60, maxFrameBytes: 1 << 20, maxStateBytes: 1 << 20 } })));
  fake = createServer((request, response) => {
    if (request.url === INFO_PATH) response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    else response.writeHead(404).end();
  });
  const wss = new WebSocketServer({ server: fake });
  wss.on('connection', (ws) => {
    poolLinks += 1;
    ws.close();
  });
  await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
  fakeUrl = `ws://127.0.0.1:${(fake.address() as AddressInfo).port}/v1/pool`;
});
after(async () => {
  fake?.closeAllConnections();
  await new Promise((resolve) => fake?.close(resolve));
  await other?.close();
  await world?.close();
});

/** Opens a pool channel on `lane` (member-1 and a requester-made member 1) and sends member-1 the pool `open`; the executor's answer or refusal. */
async function hostileOpening(lane: bigint, beforeOpen: (channelId: `0x${string}`) => void = () => undefined): Promise<unknown> {
  const { job } = await lifeJob({ width: 40, height: 20, cycles: 10, perRound: 10, executors: [member.url] });
  const { info } = await fetchExecutorInfo(member.url, 5_000);
  const chain = withChannels(world.client(5), pools);
  const payees = [world.devnet.accounts[1]!.address, world.devnet.accounts[5]!.address];
  const executor = poolAddress(payees);
  const members = [
    { payee: payees[0]!, enclavePublicKey: info.enclave.signingPublicKey, enclaveHpkeKey: info.enclave.hpkePublicKey },
    { payee: payees[1]!, enclavePublicKey: ed25519.getPublicKey(ed25519.utils.randomSecretKey()), enclaveHpkeKey: generateHpkeKeyPair().publicKey },
  ];
  const deposit = 1_000n * TEST_PRICE_PER_CYCLE;
  await openChannel(chain, { executor, lane, amount: deposit, expiry: (await chainNow(chain)) + 3600n });
  const channel = await readChannel(chain, { requester: chain.account.address, executor, token: zeroAddress, lane });
  beforeOpen(channel.channelId);
  const sessionId = new Uint8Array(randomBytes(32));
  const fields = { sessionId, channelId: fromHex(channel.channelId, 32, 'channelId'), functionMeasurement: job.functionMeasurement, firstRound: 0n };
  const pool = { index: 0, ackCount: 1, members };
  const terms = { requester: chain.account.address, domain: chain.domain, rate: TEST_PRICE_PER_CYCLE };
  const sealedSession = sealPoolSessionOpening({ ...fields, enclaveHpkePublicKey: info.enclave.hpkePublicKey, sessionSecret: new Uint8Array(randomBytes(32)), pool, terms, state: job.initialState });
  const schedule = { rate: TEST_PRICE_PER_CYCLE, base: 0n, roundCycles: 10, sessionCycles: 10 };
  const signature = await signSessionOpen(chain.account, chain.domain, { executor, token: zeroAddress, lane, sessionId, functionMeasurement: job.functionMeasurement, sealedSession, firstRound: 0n, ...schedule });
  const peer = await connectWithBackoff(new URL('/v1/session', member.url.replace(/^http/, 'ws')).toString(), { timeoutMs: 5_000 });
  try {
    await peer.send({ kind: 'open', token: undefined, lane, functionMeasurement: job.functionMeasurement, sessionId, sealedSession, firstRound: 0n, rate: TEST_PRICE_PER_CYCLE, base: 0n, cycles: 10, sessionCycles: 10, signature, pool: { section: poolOpeningSection(pool, terms), standbys: [{ index: 1, url: fakeUrl }] } });
    return await peer.next(30_000, 'the answer to the opening').then((message) => message, (error: unknown) => error);
  } finally {
    peer.close();
  }
}

const shown = (outcome: unknown) => `${JSON.stringify(outcome, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? `${v.length} bytes` : v))} ${String(outcome)}`;

describe('pool openings the executor refuses before any work', { timeout: 120_000 }, () => {
  it('H9-1: a standby that is not an attested enclave holding the named keys: refused, no pool link, no pool key, no replica', async () => {
    const outcome = await hostileOpening(0n);
    assert.ok(isRemoteRefusal(outcome, 'POOL_STANDBY_UNVERIFIED'), `expected POOL_STANDBY_UNVERIFIED, got ${shown(outcome)}`);
    assert.match(String(outcome), /member 1 .*BINDING_MISMATCH/);
    assert.equal(poolLinks, 0, 'the executor linked to the requester-named standby (the pool key and replicas go over that link)');
  });

  it('H9-4: a channel on which this member holds an own round with no payment: refused (one unpaid round per channel)', async () => {
    const outcome = await hostileOpening(1n, (channelId) => {
      // An earlier session's round on this channel whose result left and was never paid (as pool-session stores it).
      const store = PoolStore.open(join(world.dir, 'member-1', 'pool.sqlite'));
      try {
        store.storeOwnRound({ sessionId: toHex(new Uint8Array(randomBytes(32))), round: 0n, channelId, view: 0, key: new Uint8Array(32).fill(1), keyHash: new Uint8Array(32).fill(2), amountDue: 10n * TEST_PRICE_PER_CYCLE });
      } finally {
        store.close();
      }
    });
    assert.ok(isRemoteRefusal(outcome, 'CHANNEL_HAS_UNPAID_ROUND'), `expected CHANNEL_HAS_UNPAID_ROUND, got ${shown(outcome)}`);
    assert.equal(poolLinks, 0);
  });
});
