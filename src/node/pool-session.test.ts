/**
 * A pool session end to end on a devnet, real executor processes and the requester library: the
 * requester opens one session on the executor and its standbys (each attested), the executor hands
 * every round's replica to the standbys and releases the result only with their acks, the requester
 * checks the acks and pays PoolPayments on one AirtntPools channel.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { after, before, describe, it } from 'node:test';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { withChannels } from '../chain/client.js';
import { deployPools } from '../chain/deploy-pools.js';
import { readChannel } from '../chain/index.js';
import { poolAddress } from '../protocol/pool-signatures.js';
import { toHex } from '../util/bytes.js';
import { recoverPoolPaymentSigner } from '../protocol/pool-signatures.js';
import { isAirtntError } from '../util/errors.js';
import type { ExecutorProcess } from './process.js';
import { PoolStore } from './pool-store.js';
import { memberCollects } from './test-helpers/member-collected.js';
import { eventually, lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';

let world: TestWorld;
let pools: `0x${string}`;
let members: ExecutorProcess[];
/** An executor that serves no pools (started with the members: all at once). */
let plain: ExecutorProcess;

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
  [plain, ...members] = await Promise.all([world.startExecutor(4, { name: 'plain-4' }), ...[1, 2, 3].map((index) => world.startExecutor(index, { name: `member-${index}`, args: ['--pools', pools] }))]);
});
after(async () => {
  await world?.close();
});

describe('pool session on executor processes', { timeout: 300_000 }, () => {
  it('runs a paid Game of Life on an executor with two standbys: acked rounds, PoolPayments, the standbys hold the last replicas', async () => {
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [members[0]!.url] });
    const requester = world.requester(5, { pool: { contract: pools, standbys: [members[1]!.url, members[2]!.url], ackCount: 2 } });
    const result = await requester.run(job);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.rounds, 4);
    assert.deepEqual(result.paid.map((p) => p.amount), [40n * TEST_PRICE_PER_CYCLE]);
    const sessionId = result.sessions[0]!.sessionId as `0x${string}`;
    const payees = [1, 2, 3].map((index) => world.devnet.accounts[index]!.address);
    const pool = poolAddress(payees);
    // One channel, on AirtntPools, whose executor is the pool address.
    const channel = requester.store.allOpenChannels()[0]!;
    assert.equal(channel.executor.toLowerCase(), pool.toLowerCase());
    const onChain = await readChannel(withChannels(world.client(5), pools), { requester: world.devnet.accounts[5]!.address, executor: pool, token: channel.token, lane: channel.lane });
    assert.ok(onChain.isOpen && onChain.deposit >= 40n * TEST_PRICE_PER_CYCLE);
    // The executor stored each round's key and the PoolPayment it was released against.
    let lastRounds: bigint[] = [];
    const own = PoolStore.open(join(world.dir, 'member-1', 'pool.sqlite'));
    try {
      const rounds = own.ownRounds(sessionId);
      assert.equal(rounds.length, 4);
      const last = rounds.at(-1)!;
      assert.equal(last.payment?.amount, 40n * TEST_PRICE_PER_CYCLE);
      lastRounds = rounds.slice(-2).map((round) => round.round);
      const signer = recoverPoolPaymentSigner({ chainId: world.devnet.chainId, verifyingContract: pools }, { channelId: channel.channelId, member: payees[0]!, amount: last.payment!.amount, keyHash: toHex(keccak_256(last.key)) }, toHex(last.payment!.signature));
      assert.equal(signer.toLowerCase(), world.devnet.accounts[5]!.address.toLowerCase());
    } finally {
      own.close();
    }
    // Each standby stored the replicas it acked (ackCount 2; pool-replication.test.ts reads them after a
    // SIGKILL) and drops them once the session ended on it: its enclave let go of the pool key that opens them.
    assert.equal(lastRounds.length, 2);
    for (const name of ['member-2', 'member-3']) {
      await eventually(async () => {
        const store = PoolStore.open(join(world.dir, name, 'pool.sqlite'));
        try {
          return store.replicas(sessionId).length === 0 || undefined;
        } finally {
          store.close();
        }
      }, 10_000, `${name} drops the replicas of the ended session`);
    }
  });

  it('a second pool run from the same store opens a fresh channel (a pool channel that carries payments is passed over)', async () => {
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 20, perRound: 10, executors: [members[0]!.url] });
    const requester = world.requester(5, { pool: { contract: pools, standbys: [members[1]!.url, members[2]!.url], ackCount: 1, silenceMs: 15_000 } });
    const result = await requester.run(job);
    assert.deepEqual(result.finalState, expected);
    const lanes = requester.store.allOpenChannels().map((channel) => channel.lane).sort();
    assert.deepEqual(lanes, [0n, 1n], 'the first run\'s channel (lane 0) kept, the second on lane 1');
    assert.deepEqual(result.paid.map((p) => p.amount), [20n * TEST_PRICE_PER_CYCLE], 'the new channel\'s amounts start from 0');
  });

  it('a member that serves no pools refuses a pool opening (POOL_NOT_SERVED); nothing is paid', async () => {
    const { job } = await lifeJob({ width: 40, height: 12, cycles: 10, perRound: 10, executors: [members[0]!.url] });
    const requester = world.requester(6, { pool: { contract: pools, standbys: [plain.url], ackCount: 1, silenceMs: 15_000 } });
    await assert.rejects(requester.run(job), (error: unknown) => {
      assert.ok(isAirtntError(error), String(error));
      const failures = error.details.failures as { message: string }[];
      assert.match(failures[0]!.message, /serves no pool sessions/);
      assert.equal(error.details.spent, 0n);
      return true;
    });
  });

  it('a second session on the same channel (a fresh requester store) is not worked for amounts the member already holds: it collects for every round it ran', async () => {
    const payees = [1, 2].map((index) => world.devnet.accounts[index]!.address);
    const run = async (name: string) => {
      const { job } = await lifeJob({ width: 40, height: 12, cycles: 20, perRound: 10, executors: [members[0]!.url] });
      const requester = world.requester(7, { name, pool: { contract: pools, standbys: [members[1]!.url], ackCount: 1, silenceMs: 15_000 } });
      return { requester, outcome: await requester.run(job).then((result) => ({ result }), (error: unknown) => ({ error })) };
    };
    const first = await run('reuse-first');
    assert.ok('result' in first.outcome, String((first.outcome as { error: unknown }).error));
    const channel = first.requester.store.allOpenChannels()[0]!;
    const second = await run('reuse-second');
    if ('error' in second.outcome) {
      // Refused: nothing was paid for nothing.
      const error = second.outcome.error;
      assert.ok(isAirtntError(error), String(error));
      assert.equal(error.details.spent, 0n);
    }
    if ('result' in second.outcome) {
      // member-1's pool collector collected the first run's payments, so the chain shows the channel
      // carries payments: the fresh store passed over it to a fresh lane (never worked for held amounts).
      const channels = second.requester.store.allOpenChannels();
      assert.equal(channels.find((c) => c.channelId === channel.channelId)?.signed ?? 0n, 0n, 'nothing signed on the first run\'s channel');
      assert.ok(channels.some((c) => c.channelId !== channel.channelId && c.signed > 0n), 'the second run paid on another channel');
    } else {
      // Not collected yet when the second run read the chain: member-1 refused the open, naming the values.
      assert.match(members[0]!.log(), /SESSION_BASE_TOO_LOW|already signed on this channel/, members[0]!.log());
    }
    // Whatever the second run did: member-1's payments on the channel only ever go up, across sessions.
    const db = new Database(join(world.dir, 'member-1', 'pool.sqlite'), { readonly: true });
    let rows: { session_id: string; round: number; amount: string; key: Buffer; signature: Buffer }[];
    try {
      rows = db.prepare('SELECT session_id, round, amount, key, signature FROM pool_own_rounds WHERE lower(channel_id) = ? AND amount IS NOT NULL ORDER BY rowid').all(channel.channelId.toLowerCase()) as typeof rows;
    } finally {
      db.close();
    }
    assert.ok(rows.length >= 2, `member-1 ran the first session's rounds: ${rows.length}`);
    for (let i = 1; i < rows.length; i++) assert.ok(BigInt(rows[i]!.amount) > BigInt(rows[i - 1]!.amount), `payment ${i} (${rows[i]!.amount}) is above the one before (${rows[i - 1]!.amount})`);
    // Its highest payment pays every round it ran: its pool collector collects it by itself.
    const last = rows.at(-1)!;
    await memberCollects(withChannels(world.client(0), pools), channel.channelId, payees[0]!, BigInt(last.amount));
  });
});
