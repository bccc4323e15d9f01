/**
 * The hand-over's pull against hostile members (pool-handover.ts): a real pool.sqlite, real requester
 * signatures, and members played by loopback HTTP servers that answer what each case needs. Only a
 * payment that verifies is stored; an oversized, malformed or silent answer stores nothing and costs
 * at most the pull's timeout.
 */
import assert from 'node:assert/strict';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import type { ChannelDomain } from '../protocol/payment.js';
import { handedPaymentsJson, MAX_HANDOVER_ANSWER_BYTES, parseHandedPayments } from '../protocol/pool-handover.js';
import { signPoolPayment } from '../protocol/pool-signatures.js';
import { fromHex, toHex, type Hex } from '../util/bytes.js';
import { isAirtntError } from '../util/errors.js';
import { PoolHandover, poolPaymentsUrl } from './pool-handover.js';
import { PoolStore, sessionKey } from './pool-store.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-pool-handover-'));
const servers: Server[] = [];
after(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  rmSync(dir, { recursive: true, force: true });
});

const domain: ChannelDomain = { chainId: 31337, verifyingContract: '0x5FbDB2315678afecb367f032d93F642f64180aa3' };
const requester = privateKeyToAccount(generatePrivateKey());
const stranger = privateKeyToAccount(generatePrivateKey());
const self = privateKeyToAccount(generatePrivateKey()).address;
const other = privateKeyToAccount(generatePrivateKey()).address;
const channelId = `0x${'c1'.repeat(32)}` as Hex;
const sessionId = `0x${'5e'.repeat(32)}` as Hex;
const ALLOCATION = 1_000n;

/** A member that answers `body` (a function of the path) with `status`; its pool link URL. */
/** A member's pool link answering GETs with `answer`; `connected` sees each connection it accepts. */
async function member(answer: (path: string) => { status?: number; body: string | Buffer } | undefined, connected?: () => void): Promise<string> {
  const server = createServer((request, response) => {
    const reply = answer(request.url ?? '');
    if (reply === undefined) return; // silent: never answers
    response.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
    response.end(reply.body);
  });
  if (connected !== undefined) server.on('connection', connected);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return `ws://127.0.0.1:${port}/v1/pool`;
}

/** A store with own rounds 0 (paid 100) and 1 (key, no payment) of `sessionId`, the peers given. */
function storeWith(name: string, peers: string[]): { store: PoolStore; key1: Uint8Array } {
  const store = PoolStore.open(join(dir, `${name}.sqlite`));
  store.storeChannel({ channelId, requester: requester.address, token: '0x0000000000000000000000000000000000000000', lane: 0n, members: [self, other], expiry: 10_000n, allocation: ALLOCATION });
  const key0 = new Uint8Array(32).fill(1);
  const key1 = new Uint8Array(32).fill(2);
  store.storeOwnRound({ sessionId, round: 0n, channelId, view: 0, key: key0, keyHash: keccak_256(key0), amountDue: 100n });
  store.storeOwnPayment(sessionId, 0n, 0, { amount: 100n, signature: new Uint8Array(65).fill(9) });
  store.storeOwnRound({ sessionId, round: 1n, channelId, view: 0, key: key1, keyHash: keccak_256(key1), amountDue: 200n });
  store.storePeers(sessionId, new Map(peers.map((url, i) => [i + 1, url])));
  return { store, key1 };
}

async function payment(signer: typeof requester, amount: bigint, keyHash: Hex, member: `0x${string}` = self) {
  return { sessionId, amount, keyHash, signature: fromHex(await signPoolPayment(signer, domain, { channelId, member, amount, keyHash })) };
}

function pullOnce(store: PoolStore, logs: string[] = []): Promise<number> {
  const handover = new PoolHandover({ store, domain, self, activeSessions: new Set(), onStored: () => undefined, log: (line) => logs.push(line), timeoutMs: 500 });
  return handover.pull();
}

const heldRound1 = (store: PoolStore) => store.ownRounds(sessionId).find((r) => r.round === 1n)?.payment?.amount;

describe('pool hand-over: pulling payments from the other members', () => {
  it('stores a payment that verifies, once; the collector then holds it as the channel\'s highest', async () => {
    let body = '';
    const { store, key1 } = storeWith('honest', [await member(() => ({ body }))]);
    body = JSON.stringify(handedPaymentsJson([await payment(requester, 200n, toHex(keccak_256(key1)))]));
    assert.equal(await pullOnce(store), 1);
    assert.equal(heldRound1(store), 200n);
    assert.equal(store.heldPayment(channelId)?.amount, 200n);
    assert.deepEqual(store.unpaidOwnRounds(10), []);
    assert.equal(await pullOnce(store), 0, 'nothing left to pull');
    store.close();
  });

  it('refuses a payment signed by another key, naming another member, above the allocation, or not above what is held', async () => {
    let payments: Awaited<ReturnType<typeof payment>>[] = [];
    const url = await member(() => ({ body: JSON.stringify(handedPaymentsJson(payments)) }));
    const { store, key1 } = storeWith('forged', [url]);
    const keyHash = toHex(keccak_256(key1));
    const logs: string[] = [];
    payments = [
      await payment(stranger, 200n, keyHash),
      await payment(requester, 200n, keyHash, other),
      await payment(requester, ALLOCATION + 1n, keyHash),
      await payment(requester, 100n, keyHash),
    ];
    assert.equal(await pullOnce(store, logs), 0);
    assert.equal(heldRound1(store), undefined, 'nothing stored');
    assert.equal(logs.filter((line) => line.includes('is refused')).length, 4, logs.join('\n'));
    assert.ok(logs.some((line) => line.includes('above the member\'s allocation')));
    assert.ok(logs.some((line) => line.includes('not above the 100 already held')));
    // A payment for a key hash this member did not run is nobody's here: ignored, not stored.
    payments = [await payment(requester, 200n, toHex(keccak_256(new Uint8Array(32).fill(7))))];
    assert.equal(await pullOnce(store), 0);
    assert.equal(heldRound1(store), undefined);
    store.close();
  });

  it('refuses a payment above what is held but below the round\'s amount due: the collector would publish its key for less than its price', async () => {
    let payments: Awaited<ReturnType<typeof payment>>[] = [];
    const url = await member(() => ({ body: JSON.stringify(handedPaymentsJson(payments)) }));
    const { store, key1 } = storeWith('underpriced', [url]);
    const keyHash = toHex(keccak_256(key1));
    const logs: string[] = [];
    let collectAsked = false;
    payments = [await payment(requester, 101n, keyHash), await payment(requester, 199n, keyHash)];
    const handover = new PoolHandover({ store, domain, self, activeSessions: new Set(), onStored: () => (collectAsked = true), log: (line) => logs.push(line), timeoutMs: 500 });
    assert.equal(await handover.pull(), 0);
    assert.equal(heldRound1(store), undefined, 'nothing stored');
    assert.equal(collectAsked, false);
    assert.equal(store.heldPayment(channelId)?.round, 0n, 'the collector still holds round 0 only (round 1\'s key stays off chain)');
    assert.ok(logs.some((line) => line.includes('its amount 101 is below the 200 the round is due')), logs.join('\n'));
    assert.ok(logs.some((line) => line.includes('its amount 199 is below the 200 the round is due')), logs.join('\n'));
    // Exactly the amount due is what the member's own enclave would have taken: stored.
    payments = [await payment(requester, 200n, keyHash)];
    assert.equal(await pullOnce(store), 1);
    assert.equal(heldRound1(store), 200n);
    store.close();
  });

  it('refuses every payment for a round stored without its amount due (a store from before it was recorded)', async () => {
    let body = '';
    const { store, key1 } = storeWith('no-due', [await member(() => ({ body }))]);
    store.db.prepare('UPDATE pool_own_rounds SET amount_due = NULL WHERE round = 1').run();
    body = JSON.stringify(handedPaymentsJson([await payment(requester, ALLOCATION, toHex(keccak_256(key1)))]));
    const logs: string[] = [];
    assert.equal(await pullOnce(store, logs), 0);
    assert.equal(heldRound1(store), undefined);
    assert.ok(logs.some((line) => line.includes('recorded no amount due')), logs.join('\n'));
    store.close();
  });

  it('an oversized, malformed or silent member stores nothing, and the next member is still asked', async () => {
    let good = '';
    const huge = await member(() => ({ body: Buffer.alloc(MAX_HANDOVER_ANSWER_BYTES + 10, 0x20) }));
    const garbage = await member(() => ({ body: '{"payments":[{"sessionId":1}]}' }));
    const refused = await member(() => ({ status: 500, body: '{}' }));
    const silent = await member(() => undefined);
    const honest = await member(() => ({ body: good }));
    const { store, key1 } = storeWith('hostile', [huge, garbage, refused, silent, honest]);
    good = JSON.stringify(handedPaymentsJson([await payment(requester, 300n, toHex(keccak_256(key1)))]));
    const logs: string[] = [];
    const started = Date.now();
    assert.equal(await pullOnce(store, logs), 1);
    assert.ok(Date.now() - started < 5_000, 'the silent member costs at most its timeout');
    assert.equal(heldRound1(store), 300n);
    assert.equal(logs.filter((line) => line.includes('gave no payments')).length, 4, logs.join('\n'));
    store.close();
  });

  it('takes unpaid rounds in turn and backs off silent members: newer rounds naming silent URLs do not starve an older honest one', async () => {
    const store = PoolStore.open(join(dir, 'starve.sqlite'));
    store.storeChannel({ channelId, requester: requester.address, token: '0x0000000000000000000000000000000000000000', lane: 0n, members: [self, other], expiry: 10_000n, allocation: ALLOCATION });
    // The honest round first (the oldest), then 20 newer unpaid rounds, each of a session naming its own silent member.
    const key = new Uint8Array(32).fill(3);
    store.storeOwnRound({ sessionId, round: 0n, channelId, view: 0, key, keyHash: keccak_256(key), amountDue: 100n });
    let body = '';
    store.storePeers(sessionId, new Map([[1, await member(() => ({ body }))]]));
    body = JSON.stringify(handedPaymentsJson([await payment(requester, 100n, toHex(keccak_256(key)))]));
    const asked = new Map<string, number>();
    for (let i = 0; i < 20; i += 1) {
      const hostileSession = sessionKey(new Uint8Array(32).fill(0x40 + i));
      const hostileKey = new Uint8Array(32).fill(0x40 + i);
      store.storeOwnRound({ sessionId: hostileSession, round: 0n, channelId, view: 0, key: hostileKey, keyHash: keccak_256(hostileKey), amountDue: 100n });
      // Counted when the connection is accepted: a loaded machine may time the GET out before its request is read.
      const url = await member(() => undefined, () => asked.set(`${i}`, (asked.get(`${i}`) ?? 0) + 1));
      store.storePeers(hostileSession, new Map([[1, url]]));
    }
    const handover = new PoolHandover({ store, domain, self, activeSessions: new Set(), onStored: () => undefined, log: () => undefined, timeoutMs: 300 });
    assert.equal(await handover.pull(), 1, 'the honest round is pulled at once');
    assert.equal(store.ownRounds(sessionId)[0]?.payment?.amount, 100n);
    await handover.pull();
    // Each round had its turn over the two pulls (every silent member asked), none asked twice (backed off).
    assert.equal(asked.size, 20, `silent members asked: ${asked.size}`);
    assert.ok([...asked.values()].every((n) => n === 1), JSON.stringify([...asked]));
    await handover.stop();
    store.close();
  });

  it('leaves out sessions live in this process (their round awaits its payment on the session link)', async () => {
    let asked = 0;
    const { store } = storeWith('live', [await member(() => ((asked += 1), { body: '{"payments":[]}' }))]);
    const handover = new PoolHandover({ store, domain, self, activeSessions: new Set([sessionId]), onStored: () => undefined, log: () => undefined });
    assert.equal(await handover.pull(), 0);
    assert.equal(asked, 0);
    store.close();
  });
});

describe('pool hand-over: the answer\'s form', () => {
  it('takes the exact form and refuses anything else whole', () => {
    const entry = { sessionId, amount: '5', keyHash: `0x${'ab'.repeat(32)}`, signature: `0x${'11'.repeat(65)}` };
    assert.equal(parseHandedPayments(Buffer.from(JSON.stringify({ payments: [entry] })), 'm').length, 1);
    const bad = [
      'not json',
      '[]',
      JSON.stringify({ payments: [{ ...entry, amount: '05' }] }),
      JSON.stringify({ payments: [{ ...entry, amount: '0' }] }),
      JSON.stringify({ payments: [{ ...entry, keyHash: entry.keyHash.toUpperCase() }] }),
      JSON.stringify({ payments: [{ ...entry, signature: '0x11' }] }),
      JSON.stringify({ payments: Array<typeof entry>(33).fill(entry) }),
    ];
    for (const text of bad) {
      assert.throws(() => parseHandedPayments(Buffer.from(text), 'm'), (error) => isAirtntError(error, 'POOL_HANDOVER_MALFORMED'), text.slice(0, 40));
    }
  });

  it('asks a member at its pool link\'s host and port', () => {
    assert.equal(poolPaymentsUrl('ws://127.0.0.1:9/v1/pool', self).toString(), `http://127.0.0.1:9/v1/pool/payments/${self.toLowerCase()}`);
    assert.equal(poolPaymentsUrl('wss://m.example:443/v1/pool?x=1', self).protocol, 'https:');
    assert.throws(() => poolPaymentsUrl('http://m.example/v1/pool', self), (error) => isAirtntError(error, 'POOL_MEMBERS_INVALID'));
  });
});
