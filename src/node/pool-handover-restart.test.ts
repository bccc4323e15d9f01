/**
 * The hand-over on real processes (anvil, executor processes, SIGKILL; docs/protocol.md, "The pool:
 * hand-over"): the view-0 executor is killed after the requester paid round 2 and before it stored that
 * payment (so before the key left). The requester asks a standby for the key, which releases it from
 * its replica against that PoolPayment and stores the payment; the run goes on in view 1. Restarted,
 * the killed member obtains the payment from the standby (GET /v1/pool/payments/:member), verifies and
 * stores it, and collects round 2 itself with rounds 0-1: it is paid for every round it ran. Its
 * metrics (/metrics) count the hand-over and the pool collect.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import type { Address, Hex } from 'viem';
import { withChannels } from '../chain/client.js';
import { deployPools } from '../chain/deploy-pools.js';
import { readMemberCollected } from '../chain/read-member-collected.js';
import { memberCollects } from './test-helpers/member-collected.js';
import { lifeJob, startTestWorld, TEST_PRICE_PER_CYCLE, type TestWorld } from './testing.js';
import { crashingAt } from './test-helpers/crashing-process.js';

const ADMIN_TOKEN = 'handover-test-admin-token';

/** A loopback port free right now (the admin server binds it next). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let world: TestWorld;
let pools: Hex;

before(async () => {
  world = await startTestWorld();
  pools = (await deployPools(world.client(0))).address;
});
after(async () => {
  await world?.close();
});

/** Rows of a member's pool.sqlite (read-only). */
function rows<T>(dataDir: string, sql: string): T[] {
  const db = new Database(join(world.dir, dataDir, 'pool.sqlite'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('pool hand-over on executor processes', { timeout: 600_000 }, () => {
  it('the executor killed after round 2 was paid and before it stored the payment collects round 2 itself after its restart, from the standby that released the key', async () => {
    const [standby, member3, executor] = await Promise.all([
      world.startExecutor(2, { name: 'handover-2', args: ['--pools', pools] }),
      world.startExecutor(3, { name: 'handover-3', args: ['--pools', pools] }),
      world.startExecutor(1, { name: 'handover-1', command: crashingAt('payment-storing', 2), args: ['--pools', pools] }),
    ]);
    const { job, expected } = await lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [executor.url] });
    const progress: { round: bigint; keyFrom: string }[] = [];
    const requester = world.requester(6, {
      pool: { contract: pools, standbys: [standby.url, member3.url], ackCount: 1, silenceMs: 15_000 },
      onProgress: (p) => progress.push({ round: p.round, keyFrom: p.keyFrom }),
    });
    const result = await requester.run(job);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.paid.reduce((sum, p) => sum + p.amount, 0n), 40n * TEST_PRICE_PER_CYCLE, 'each round paid once');
    assert.deepEqual(await executor.exited, { code: null, signal: 'SIGKILL' }, 'member-1 was killed at its payment of round 2');
    assert.equal(progress.find((p) => p.round === 2n)?.keyFrom, 'pool', 'round 2\'s key came from a standby');

    // The killed member holds round 2's key and not its payment; the standby holds the payment, naming member-1.
    const own = rows<{ round: number; amount: string | null }>('handover-1', 'SELECT round, amount FROM pool_own_rounds ORDER BY round');
    assert.deepEqual(own.map((r) => [r.round, r.amount]), [[0, String(10n * TEST_PRICE_PER_CYCLE)], [1, String(20n * TEST_PRICE_PER_CYCLE)], [2, null]]);
    const payee1 = world.devnet.accounts[1]!.address as Address;
    const released = rows<{ member: string; amount: string }>('handover-2', 'SELECT member, amount FROM pool_payments');
    assert.deepEqual(released, [{ member: payee1.toLowerCase(), amount: String(30n * TEST_PRICE_PER_CYCLE) }]);

    // What member-2 serves: that payment for member-1 (any case of the address), and a 400 for anything but an address.
    const served = (await (await fetch(`${standby.url}/v1/pool/payments/${payee1.toUpperCase().replace('0X', '0x')}`)).json()) as { payments: { amount: string }[] };
    assert.deepEqual(served.payments.map((p) => p.amount), [String(30n * TEST_PRICE_PER_CYCLE)]);
    const malformed = await fetch(`${standby.url}/v1/pool/payments/0x1234`);
    assert.equal(malformed.status, 400);
    assert.deepEqual(await malformed.json(), { error: 'POOL_MEMBER_MALFORMED' });

    // Restarted, member-1 is handed round 2's payment and collects rounds 0-2 (30 rounds' worth of cycles) itself.
    const channel = requester.store.allOpenChannels()[0]!;
    const reader = withChannels(world.client(0), pools);
    const adminPort = await freePort();
    const restartedAt = Date.now();
    await world.startExecutor(1, { name: 'handover-1', args: ['--pools', pools, '--admin-port', String(adminPort), '--admin-token', ADMIN_TOKEN] });
    await memberCollects(reader, channel.channelId, payee1, 30n * TEST_PRICE_PER_CYCLE, 60_000);
    console.log(`# hand-over: member-1 collected rounds 0-2 ${Date.now() - restartedAt} ms after its restart began (process start included)`);
    // The executor's metrics count the hand-over and its pool collect apart from channel collects.
    const metrics = await (await fetch(`http://127.0.0.1:${adminPort}/metrics`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } })).text();
    assert.match(metrics, /^airtnt_pool_payments_handed_over_total 1$/m);
    assert.match(metrics, /^airtnt_pool_collects_total\{status="sent"\} [1-9]/m);
    assert.match(metrics, /^airtnt_collects_total\{status="sent"\} 0$/m, 'no channel collect');
    await memberCollects(reader, channel.channelId, world.devnet.accounts[2]!.address as Address, 10n * TEST_PRICE_PER_CYCLE, 60_000);
    assert.equal(await readMemberCollected(reader, channel.channelId, world.devnet.accounts[3]!.address as Address), 0n, 'member-3 ran no round');
    const after = rows<{ round: number; amount: string | null }>('handover-1', 'SELECT round, amount FROM pool_own_rounds WHERE round = 2');
    assert.equal(after[0]!.amount, String(30n * TEST_PRICE_PER_CYCLE), 'the handed-over payment is stored');
  });
});
