/**
 * The pool collector on real processes (anvil, executor processes killed with SIGKILL): after a pool
 * run with a failover, every member collects exactly its own rounds' PoolPayments by itself (no manual
 * collectPoolPayment anywhere): the killed view-0 executor once restarted, the standby that took over
 * although it was itself killed after storing its collect and before broadcasting it (it re-sends that
 * same stored transaction after its restart), and the member that ran nothing collects nothing.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Address, Hex } from 'viem';
import { withChannels } from '../chain/client.js';
import { deployPools } from '../chain/deploy-pools.js';
import { readMemberCollected } from '../chain/read-member-collected.js';
import { readPoolEarnings } from './pool-earnings.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { crashingAt } from './test-helpers/crashing-process.js';

let world: TestWorld;
let pools: Hex;

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
});
after(async () => {
  await world?.close();
});

/** Polls `read` until `done` holds (each read is a chain or file read), failing with `what` after `ms`. */
async function until<T>(read: () => Promise<T> | T, done: (value: T) => boolean, what: string, ms = 180_000): Promise<T> {
  return eventually(async () => {
    const value = await read();
    return done(value) ? value : undefined;
  }, ms, what, 200);
}

/** The pool collector's sends in a member's pool.sqlite. */
function poolSends(dataDir: string): { txHash: string; nonce: number; amount: string; status: string }[] {
  const db = new Database(join(world.dir, dataDir, 'pool.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT tx_hash AS txHash, nonce, amount, status FROM collect_sends ORDER BY id').all() as { txHash: string; nonce: number; amount: string; status: string }[];
  } finally {
    db.close();
  }
}

describe('pool collector on executor processes', { timeout: 900_000 }, () => {
  it('after a failover each member collects exactly its own rounds by itself; a member killed after storing its collect and before sending it sends that collect after its restart', async () => {
    // member-1 (view 0) is killed after round 2 was paid and before its key; member-2 takes over round 3
    // and is killed the first time its pool collector has stored a collectPool (before the broadcast).
    const standby = await world.startExecutor(2, { name: 'member-2', command: crashingAt('pool-collect-stored', 0), args: ['--pools', pools] });
    const member3 = await world.startExecutor(3, { name: 'member-3', args: ['--pools', pools] });
    const executor = await world.startExecutor(1, { name: 'member-1', command: crashingAt('payment-stored', 2), args: ['--pools', pools] });
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [executor.url] });
    const requester = world.requester(6, { pool: { contract: pools, standbys: [standby.url, member3.url], ackCount: 1, silenceMs: 15_000 } });
    const result = await requester.run(job);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.paid.reduce((sum, p) => sum + p.amount, 0n), 40n * TEST_PRICE_PER_CYCLE, 'each round paid once');
    assert.deepEqual(await executor.exited, { code: null, signal: 'SIGKILL' }, 'member-1 was killed at its payment of round 2');

    const channel = requester.store.allOpenChannels()[0]!;
    const reader = withChannels(world.client(0), pools);
    const payee = (index: number) => world.devnet.accounts[index]!.address as Address;
    const collected = (index: number) => readMemberCollected(reader, channel.channelId, payee(index));

    // member-2 stored its collect of round 3 and was killed before broadcasting it: nothing on chain yet.
    assert.deepEqual(await standby.exited, { code: null, signal: 'SIGKILL' }, 'member-2 was killed after storing its collect');
    const stored = poolSends('member-2');
    assert.equal(stored.length, 1, 'one collect stored');
    assert.equal(stored[0]!.status, 'sent');
    assert.equal(BigInt(stored[0]!.amount), 10n * TEST_PRICE_PER_CYCLE, 'its own round (round 3) only');
    assert.equal(await collected(2), 0n, 'the stored collect was never broadcast');

    // Restarted, both killed members collect by themselves: member-1 rounds 0-2, member-2 round 3, by the very transaction it stored.
    await world.startExecutor(1, { name: 'member-1', args: ['--pools', pools] });
    await world.startExecutor(2, { name: 'member-2', args: ['--pools', pools] });
    await until(() => collected(1), (v) => v === 30n * TEST_PRICE_PER_CYCLE, 'member-1 collects its rounds 0-2');
    await until(() => collected(2), (v) => v === 10n * TEST_PRICE_PER_CYCLE, 'member-2 collects its round 3');
    const after = await until(() => poolSends('member-2'), (sends) => sends.every((s) => s.status === 'mined' || s.status === 'confirmed'), 'member-2 sees its collect mined');
    assert.deepEqual(after.map((s) => s.txHash), [stored[0]!.txHash], 'the collect stored before the kill was re-sent, not a new one');
    assert.equal(await collected(3), 0n, 'member-3 ran no round and collects nothing');
    assert.equal(poolSends('member-3').length, 0);

    // `executor status` reads it: member-1 holds 30 rounds' worth, collected, nothing pending.
    const earnings = await until(() => readPoolEarnings(join(world.dir, 'member-1'))!, (e) => e.pending === '0', 'member-1 status shows nothing pending');
    assert.equal(earnings.held, String(30n * TEST_PRICE_PER_CYCLE));
    assert.equal(earnings.collected, String(30n * TEST_PRICE_PER_CYCLE));
  });
});
