import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { ChainClient } from '../chain/client.js';
import type { EnclavePool } from '../enclave/index.js';
import { isAirtntError } from '../util/errors.js';
import { startPoolServing } from './executor-pool-node.js';
import { PoolCollectBook } from './pool-collector.js';
import { PoolStore, REPLICAS_KEPT, sessionKey } from './pool-store.js';
import { POOL_STORE_MIGRATIONS } from './pool-store-schema.js';
import { openDatabase } from './sqlite.js';

const dir = mkdtempSync(join(tmpdir(), 'airtnt-pool-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const session = sessionKey(new Uint8Array(32).fill(5));
const replica = (round: number, view = 0) => ({
  view,
  round: BigInt(round),
  keyHash: new Uint8Array(32).fill(round),
  ciphertext: new Uint8Array([round, 1, 2]),
  lastPayment: round === 1 ? undefined : { amount: BigInt(round) * 10n, signature: new Uint8Array(65).fill(round) },
});

describe('pool store (SQLite)', () => {
  it('hands over by session: payments of other sessions never push a session\'s payment out of its answer', () => {
    const store = PoolStore.open(join(dir, 'by-session.sqlite'));
    const member = '0x70997970C51812dc3A010C7d01b50e0d17dc79C8';
    const held = sessionKey(new Uint8Array(32).fill(0xa1));
    const bulk = sessionKey(new Uint8Array(32).fill(0xb2));
    store.storeReleasedPayment({ sessionId: held, member, amount: 10_000n, keyHash: new Uint8Array(32).fill(0xa1), signature: new Uint8Array(65).fill(1) });
    // A requester pays 40 cheap rounds of another session after it: the newest 32 are all of that one.
    for (let i = 0; i < 40; i++) store.storeReleasedPayment({ sessionId: bulk, member, amount: BigInt(1_000 * (i + 1)), keyHash: new Uint8Array(32).fill(i), signature: new Uint8Array(65).fill(2) });
    assert.ok(store.releasedPaymentsFor(member, 32).every((payment) => payment.sessionId === bulk));
    const asked = store.releasedPaymentsFor(member, 32, held.toUpperCase().replace('0X', '0x') as typeof held);
    assert.deepEqual(asked.map((payment) => [payment.sessionId, payment.amount]), [[held, 10_000n]]);
    store.close();
  });

  it('keeps views, replicas and released payments across a reopen', () => {
    const path = join(dir, 'reopen.sqlite');
    const store = PoolStore.open(path);
    store.acceptView(session, { view: 1, executorIndex: 2, lastPaidRound: 7n }, new Uint8Array(65).fill(1));
    store.storeReplica(session, replica(8, 1));
    store.storeReleasedPayment({ sessionId: session, member: '0x70997970C51812dc3A010C7d01b50e0d17dc79C8', amount: 70n, keyHash: new Uint8Array(32).fill(7), signature: new Uint8Array(65).fill(2) });
    store.close();
    const reopened = PoolStore.open(path);
    assert.deepEqual(reopened.view(session), { view: 1, executorIndex: 2, lastPaidRound: 7n });
    assert.deepEqual(reopened.replicas(session), [replica(8, 1)]);
    const [payment] = reopened.paymentsFor('0x70997970c51812dc3a010c7d01b50e0d17dc79c8');
    assert.equal(payment?.amount, 70n);
    reopened.markHandedOver(payment!);
    assert.deepEqual(reopened.paymentsFor('0x70997970C51812dc3A010C7d01b50e0d17dc79C8'), []);
    reopened.close();
  });

  it('drops every replica when a member starts serving pools again (after a kill -9, nothing can open them)', () => {
    const memberDir = mkdtempSync(join(dir, 'member-'));
    const store = PoolStore.open(join(memberDir, 'pool.sqlite'));
    store.storeReplica(session, replica(3));
    store.storeReplica(sessionKey(new Uint8Array(32).fill(6)), replica(1));
    store.acceptView(session, { view: 1, executorIndex: 1, lastPaidRound: 2n });
    store.close(); // as a process killed mid-session leaves it
    const lines: string[] = [];
    // The chain client and enclave are only held at start: nothing here reaches a chain or an enclave.
    const serving = startPoolServing({ contract: '0x5FbDB2315678afecb367f032d93F642f64180aa3', enclave: {} as EnclavePool }, { chain: { id: 31_337 } } as ChainClient, memberDir, (line) => lines.push(line));
    serving.close();
    const reopened = PoolStore.open(join(memberDir, 'pool.sqlite'));
    assert.deepEqual(reopened.replicas(session), []);
    assert.deepEqual(reopened.view(session), { view: 1, executorIndex: 1, lastPaidRound: 2n }, 'views are kept: a member never goes back to an older view');
    assert.match(lines.join('\n'), /dropped 2 replicas/);
    reopened.close();
  });

  it('refuses a view that is not above the stored one', () => {
    const store = PoolStore.open(join(dir, 'views.sqlite'));
    store.acceptView(session, { view: 2, executorIndex: 1, lastPaidRound: undefined });
    assert.throws(() => store.acceptView(session, { view: 2, executorIndex: 0, lastPaidRound: 3n }), (e) => isAirtntError(e, 'POOL_VIEW_STALE'));
    assert.throws(() => store.acceptView(session, { view: 1, executorIndex: 0, lastPaidRound: 3n }), (e) => isAirtntError(e, 'POOL_VIEW_STALE'));
    assert.equal(store.view(session)?.view, 2);
    store.close();
  });

  it(`keeps the last ${REPLICAS_KEPT} rounds of a session, and a round re-run under a new view beside the old one`, () => {
    const store = PoolStore.open(join(dir, 'replicas.sqlite'));
    for (let round = 1; round <= 5; round += 1) store.storeReplica(session, replica(round));
    assert.deepEqual(store.replicas(session).map((r) => r.round), [3n, 4n, 5n]);
    store.storeReplica(session, replica(5, 1));
    assert.deepEqual(store.replicas(session).map((r) => [r.round, r.view]), [[3n, 0], [4n, 0], [5n, 0], [5n, 1]]);
    store.close();
  });

  it('gives the pool collector each channel\'s highest own payment above what was collected, across sessions and a reopen', () => {
    const path = join(dir, 'collect.sqlite');
    const store = PoolStore.open(path);
    const channelId = `0x${'ab'.repeat(32)}` as const;
    const members = ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8', '0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC'] as `0x${string}`[];
    store.storeChannel({ channelId, requester: '0x976EA74026E726554dB657fA54763abd0C3a0aa9', token: `0x${'00'.repeat(20)}`, lane: 3n, members, expiry: 1_000n });
    const book = new PoolCollectBook(store);
    assert.deepEqual(book.uncollectedChannels(), [], 'nothing held yet');
    // Two sessions on the channel: the second pays above the first (amounts are cumulative per channel and member).
    const own = (sessionByte: number, round: number, amount: bigint) => {
      const sessionId = sessionKey(new Uint8Array(32).fill(sessionByte));
      store.storeOwnRound({ sessionId, round: BigInt(round), channelId, view: 0, key: new Uint8Array(32).fill(round), keyHash: new Uint8Array(32).fill(100 + round), amountDue: amount });
      store.storeOwnPayment(sessionId, BigInt(round), 0, { amount, signature: new Uint8Array(65).fill(round) });
    };
    own(1, 0, 10n);
    own(1, 1, 20n);
    own(2, 0, 30n);
    store.storeOwnRound({ sessionId: sessionKey(new Uint8Array(32).fill(2)), round: 1n, channelId, view: 0, key: new Uint8Array(32).fill(9), keyHash: new Uint8Array(32).fill(9), amountDue: 40n });
    store.close();
    const reopened = PoolStore.open(path);
    const again = new PoolCollectBook(reopened);
    const [owed] = again.uncollectedChannels();
    assert.equal(owed?.payment.amount, 30n, 'the highest payment held, not an unpaid round');
    assert.deepEqual(owed?.payment.key, new Uint8Array(32).fill(0));
    assert.equal(owed?.channel.lane, 3n);
    assert.deepEqual(reopened.poolChannel(channelId)?.members, members);
    // The channel's expiry only moves up on a later session's open; collected amounts come from the chain.
    reopened.storeChannel({ channelId, requester: '0x976EA74026E726554dB657fA54763abd0C3a0aa9', token: `0x${'00'.repeat(20)}`, lane: 3n, members, expiry: 900n });
    assert.equal(again.channel(channelId)?.expiry, 1_000n);
    again.markCollected(channelId, 30n, Date.now());
    assert.deepEqual(again.uncollectedChannels(), [], 'collected on chain up to the highest payment: nothing owed');
    reopened.close();
  });

  it('finds the collector\'s work with one query, through an index, however many channels are stored (not a scan per channel)', () => {
    const store = PoolStore.open(join(dir, 'many.sqlite'));
    const members = ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8'] as `0x${string}`[];
    store.db.exec('BEGIN');
    for (let c = 0; c < 200; c += 1) {
      const channelId = `0x${c.toString(16).padStart(64, '0')}` as const;
      store.storeChannel({ channelId, requester: '0x976EA74026E726554dB657fA54763abd0C3a0aa9', token: `0x${'00'.repeat(20)}`, lane: BigInt(c), members, expiry: 1_000n });
      const sessionId = sessionKey(new Uint8Array(32).fill(c % 256).map((b, i) => (i === 0 ? c >> 8 : b)));
      for (let round = 0; round < 3; round += 1) {
        const amount = BigInt(round + 1) * 10n ** 20n; // above 2^64: compared as decimal text in SQL
        store.storeOwnRound({ sessionId, round: BigInt(round), channelId, view: 0, key: new Uint8Array(32).fill(round), keyHash: new Uint8Array(32).fill(round), amountDue: amount });
        store.storeOwnPayment(sessionId, BigInt(round), 0, { amount, signature: new Uint8Array(65).fill(round) });
      }
      // Every channel collected but the last 2: one up to round 1, one never.
      if (c < 198) store.setCollected(channelId, 3n * 10n ** 20n, 1);
      else if (c === 198) store.setCollected(channelId, 2n * 10n ** 20n, 1);
    }
    store.db.exec('COMMIT');
    const statements: string[] = [];
    const prepare = store.db.prepare.bind(store.db);
    store.db.prepare = ((sql: string) => (statements.push(sql), prepare(sql))) as typeof store.db.prepare;
    const owed = new PoolCollectBook(store).uncollectedChannels();
    assert.deepEqual(owed.map((o) => [o.channel.lane, o.payment.amount]), [[198n, 3n * 10n ** 20n], [199n, 3n * 10n ** 20n]]);
    assert.equal(statements.length, 1, `one query for the whole book, not one per channel: ${statements.length}`);
    store.heldPayment(`0x${'00'.repeat(31)}05`);
    store.heldOnChannel(`0x${'00'.repeat(31)}05`);
    // Each lookup of own rounds is served by an index: no full scan of pool_own_rounds.
    for (const sql of new Set(statements)) {
      const plan = (prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...(sql.match(/\?/g) ?? []).map(() => 'x')) as { detail: string }[]).map((row) => row.detail);
      const ownRounds = plan.filter((detail) => /\b(pool_own_rounds|r)\b/.test(detail));
      assert.ok(ownRounds.length > 0 && ownRounds.every((detail) => detail.includes('INDEX')), `${sql}\n${plan.join('\n')}`);
    }
    store.close();
  });

  it('migrates a store written before channel ids were canonical: its mixed-case rounds are found, its unpaid rounds have no amount due', () => {
    const path = join(dir, 'old.sqlite');
    const old = openDatabase(path, POOL_STORE_MIGRATIONS.slice(0, 4));
    const channelId = `0x${'ab'.repeat(32)}` as const;
    old.prepare('INSERT INTO pool_channels (channel_id, requester, token, lane, members, expiry) VALUES (?, ?, ?, ?, ?, ?)').run(channelId, '0x976EA74026E726554dB657fA54763abd0C3a0aa9', `0x${'00'.repeat(20)}`, '0', '[]', 1000);
    const insert = old.prepare('INSERT INTO pool_own_rounds (session_id, round, channel_id, view, key, key_hash, amount, signature) VALUES (?, ?, ?, 0, ?, ?, ?, ?)');
    insert.run(session, 0, channelId.toUpperCase().replace('0X', '0x'), Buffer.alloc(32, 1), Buffer.alloc(32, 1), '70', Buffer.alloc(65, 1));
    insert.run(session, 1, channelId.toUpperCase().replace('0X', '0x'), Buffer.alloc(32, 2), Buffer.alloc(32, 2), null, null);
    old.close();
    const store = PoolStore.open(path);
    assert.equal(store.heldPayment(channelId)?.amount, 70n);
    assert.equal(new PoolCollectBook(store).uncollectedChannels()[0]?.payment.amount, 70n);
    const [unpaid] = store.unpaidOwnRounds(10);
    assert.equal(unpaid?.round, 1n);
    assert.equal(unpaid?.amountDue, undefined);
    store.close();
  });
});
