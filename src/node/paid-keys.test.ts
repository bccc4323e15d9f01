/**
 * The key of a paid round from the executor that holds it (GET /v1/keys/:keyHash, paid-keys.ts), on a
 * real devnet with real executor and requester processes. A requester killed right after paying, run
 * again against the same live executor, takes the key from it at once: before, it waited for the key
 * on chain until the channel expired when the executor collects late.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import { keccak256 } from 'viem';
import { storePayment } from './executor-payment-intake.js';
import { ExecutorStore } from './executor-store.js';
import { keyHashOf } from '../protocol/payment.js';
import { toHex } from '../util/bytes.js';
import { fetchPaidKey, PAID_KEY_PATH, servePaidKeys } from './paid-keys.js';
import { runCli, type ExecutorProcess } from './process.js';
import { GLIDER_GUN_RLE, startTestWorld, type TestWorld } from './testing.js';
import { misbehavingExecutor, misbehavingRequester } from './test-helpers/misbehaving-process.js';

let world: TestWorld;
let lateCollector: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  lateCollector = await world.startExecutor(2, misbehavingExecutor('no-collect'));
});
after(async () => {
  await world.close();
});

describe('paid keys from the executor', () => {
  it('a requester killed right after paying resumes on the same live executor with the key it hands over: no wait, nothing paid twice', { timeout: 120_000 }, async () => {
    const patternFile = join(world.dir, 'gun.rle');
    writeFileSync(patternFile, GLIDER_GUN_RLE);
    const dataDir = join(world.dir, 'requester-resumed');
    const args = ['run', 'life', '--pattern', patternFile, '--width', '40', '--height', '20', '--cycles', '40', '--per-round', '10', '--executor', lateCollector.url, '--out', join(world.dir, 'out.rle'), '--json', '--allow-simulated', '--data-dir', dataDir, '--rpc-url', world.devnet.rpcUrl, '--channels', world.devnet.channels];
    const env = { AIRTNT_PRIVATE_KEY: world.devnet.accounts[6]!.privateKey };
    const crashed = await runCli(args, { env, command: misbehavingRequester('crash-after-payment') });
    assert.equal(crashed.signal, 'SIGKILL', crashed.stderr);
    // The executor holds round 0's payment and does not collect: the chain will not show k for an hour.
    const resumed = await runCli(args, { env });
    assert.equal(resumed.code, 0, resumed.stderr);
    const summary = JSON.parse(resumed.stdout.trim().split('\n').pop()!) as { rounds: number; resumedFromRound: number; waits: unknown[]; paid: { amount: string }[] };
    assert.equal(summary.rounds, 4);
    assert.equal(summary.resumedFromRound, 1, 'round 0 was keyed from the executor before anything else');
    assert.deepEqual(summary.waits, [], 'nothing waited for the chain');
  });

  it('the executor answers only for a key hash it holds a payment for, and only with well-formed hashes', async () => {
    const unknown = await fetch(new URL(`${PAID_KEY_PATH}/0x${'11'.repeat(32)}`, lateCollector.url));
    assert.equal(unknown.status, 404);
    assert.deepEqual(await unknown.json(), { error: 'KEY_UNKNOWN' });
    const malformed = await fetch(new URL(`${PAID_KEY_PATH}/0x1234`, lateCollector.url));
    assert.equal(malformed.status, 400);
    assert.equal(await fetchPaidKey(lateCollector.url, `0x${'11'.repeat(32)}`, { timeoutMs: 5_000 }), undefined);
  });

  it('the requester keeps only a key whose keccak256 is the hash it asked for', async () => {
    const key = new Uint8Array(32).fill(7);
    const other = new Uint8Array(32).fill(8);
    let answer: unknown = { key: toHex(other) };
    const server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(typeof answer === 'string' ? answer : JSON.stringify(answer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      assert.equal(await fetchPaidKey(url, keyHashOf(key), { timeoutMs: 5_000 }), undefined, 'a key for another hash');
      answer = 'x'.repeat(10_000);
      assert.equal(await fetchPaidKey(url, keyHashOf(key), { timeoutMs: 5_000 }), undefined, 'an oversized answer');
      answer = { key: 42 };
      assert.equal(await fetchPaidKey(url, keyHashOf(key), { timeoutMs: 5_000 }), undefined, 'not a key');
      answer = { key: toHex(key) };
      assert.deepEqual(await fetchPaidKey(url, keyHashOf(key), { timeoutMs: 5_000 }), key);
    } finally {
      server.close();
    }
  });
  it('a late payment (collect-first) has its key served only once its collect is mined, as on the session', async () => {
    const store = new ExecutorStore(join(mkdtempSync(join(tmpdir(), 'airtnt-paid-keys-')), 'executor.sqlite'));
    const channelId = keccak256(Buffer.from('channel'));
    const sessionId = keccak256(Buffer.from('session'));
    const key = new Uint8Array(32).fill(9);
    const keyHash = keyHashOf(key);
    store.db.prepare('INSERT INTO sessions (session_id, channel_id, requester, token, lane, rate, base, first_round, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(sessionId, channelId, `0x${'11'.repeat(20)}`, `0x${'00'.repeat(20)}`, '0', '1', '0', 0, Date.now());
    store.db.prepare('INSERT INTO rounds (session_id, round, cycles_asked, cycles_done, key, key_hash, amount_due) VALUES (?, ?, ?, ?, ?, ?, ?)').run(sessionId, 0, 10, 10, Buffer.from(key), keyHash, '10');
    let mined!: () => void;
    let asked!: () => void;
    const collectAsked = new Promise<void>((resolve) => (asked = resolve));
    const deadlines = { collectFirst: () => { asked(); return new Promise<void>((resolve) => (mined = resolve)); } };
    const app = Fastify();
    servePaidKeys(app, store, { releasesKey: () => true });
    try {
      const stored = storePayment({ store, deadlines: deadlines as never, log: () => undefined }, { channelId, amount: 10n, keyHash, key, signature: `0x${'ab'.repeat(65)}`, sessionId, round: 0n }, 'collect-first');
      await collectAsked;
      assert.equal((await app.inject({ method: 'GET', url: `${PAID_KEY_PATH}/${keyHash}` })).statusCode, 404, 'not before the collect is mined');
      mined();
      await stored;
      const answer = await app.inject({ method: 'GET', url: `${PAID_KEY_PATH}/${keyHash}` });
      assert.equal(answer.statusCode, 200);
      assert.deepEqual(JSON.parse(answer.body), { key: toHex(key) });
    } finally {
      await app.close();
      store.close();
    }
  });
});
