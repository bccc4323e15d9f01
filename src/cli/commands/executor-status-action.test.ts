/**
 * `airtnt executor status` as text: a collect is either in flight or mined and awaiting confirmations, never both; pool payments held are listed with what was collected and what is pending, in ETH or token units like every other amount.
 * A pool member's sessions are counted beside its own, as executor and only as standby, in the status and in its stop line (real processes).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { zeroAddress } from 'viem';
import Database from 'better-sqlite3';
import { deployPools } from '../../chain/deploy-pools.js';
import { CollectStore } from '../../node/collect-store.js';
import { runCli, type ExecutorProcess } from '../../node/process.js';
import { GLIDER_GUN_RLE, startTestWorld, type TestWorld } from '../../node/testing.js';
import { readPoolEarnings } from '../../node/pool-earnings.js';
import { PoolStore, sessionKey } from '../../node/pool-store.js';
import { describeStatus, describeStop, earningsWithPool, poolCollectsText, type ExecutorStatus } from './executor-status-action.js';

describe('executor status text', () => {
  it('counts and lists sent and mined collects apart', () => {
    const channel = { channelId: `0x${'ab'.repeat(32)}`, requester: `0x${'11'.repeat(20)}`, token: `0x${'00'.repeat(20)}`, expiry: '2026-12-01T01:00:00.000Z', signed: '3000', collected: '1000', state: '' };
    const status: ExecutorStatus = {
      sessions: { total: 2, live: 1 },
      earnings: [{ token: channel.token, signed: '3000', collected: '1000', pending: '2000', pool: '0' }],
      channels: [channel],
      collectQueue: {
        sending: [
          { channelId: channel.channelId, amount: '2000', status: 'sent', txHash: `0x${'cd'.repeat(32)}`, sentBlock: 40 },
          { channelId: channel.channelId, amount: '1000', status: 'mined', txHash: `0x${'ef'.repeat(32)}`, sentBlock: 31 },
        ],
        toCollect: [{ channelId: channel.channelId, amount: '2000', deadline: channel.expiry }],
      },
    };
    const text = describeStatus('/data', status);
    assert.match(text, /1 to collect, 1 transactions in flight, 1 mined and awaiting confirmations/);
    assert.match(text, /in flight 0xcdcdcd\S* {2}sent at block 40/);
    assert.match(text, /mined 0xefefef\S* {2}awaiting confirmations \(sent at block 31\)/);
    assert.doesNotMatch(text, /in flight 0xefef/);
    // Stopping with a collect in flight or one pending: the next start finishes them.
    assert.match(describeStop(status), /1 collects in flight and 1 awaiting confirmations: the executor finishes them when it starts again/);
    // Stopping with only a mined collect: nothing is left to do but count confirmations (a devnet that mines no more blocks never gives them).
    const mined = { ...status, earnings: [{ ...status.earnings[0]!, collected: '3000', pending: '0' }], collectQueue: { sending: [status.collectQueue.sending[1]!], toCollect: [] } };
    assert.match(describeStop(mined), /0 collects in flight and 1 awaiting confirmations: the money is on chain; the executor counts them final once it sees them confirmed$/);
  });

  it('lists the pool payments a pool member holds, the highest per channel, collected and pending, in the token\'s unit like the other amounts', () => {
    // A pool.sqlite as the executor writes it: one ETH channel, one session with 2 of 3 own rounds paid.
    const dataDir = mkdtempSync(join(tmpdir(), 'airtnt-status-'));
    const store = PoolStore.open(join(dataDir, 'pool.sqlite'));
    const channelId = `0x${'34'.repeat(32)}` as const;
    store.storeChannel({ channelId, requester: '0x976EA74026E726554dB657fA54763abd0C3a0aa9', token: zeroAddress, lane: 1n, members: ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8'], expiry: 1_000n });
    const sessionId = sessionKey(new Uint8Array(32).fill(0x12));
    for (const round of [0, 1, 2]) store.storeOwnRound({ sessionId, round: BigInt(round), channelId, view: 0, key: new Uint8Array(32).fill(round), keyHash: new Uint8Array(32).fill(100 + round), amountDue: BigInt(round + 1) * 10n });
    store.storeOwnPayment(sessionId, 0n, 0, { amount: 10_000_000_000_000_000n, signature: new Uint8Array(65).fill(1) });
    store.storeOwnPayment(sessionId, 1n, 0, { amount: 30_000_000_000_000_000n, signature: new Uint8Array(65).fill(2) });
    store.setCollected(channelId, 20_000_000_000_000_000n, Date.now());
    store.close();
    const pool = readPoolEarnings(dataDir)!;
    // JSON keeps exact integers as strings, with the token they are counted in.
    assert.deepEqual(pool.byToken, [{ token: zeroAddress, held: '30000000000000000', collected: '20000000000000000', pending: '10000000000000000' }]);
    assert.equal(pool.channels[0]!.token, zeroAddress);
    const status: ExecutorStatus = { sessions: { total: 0, live: 0 }, earnings: [], channels: [], collectQueue: { sending: [], toCollect: [] }, pool };
    const text = describeStatus('/data', status);
    assert.match(text, /pool payments {2}on 1 pool channel \(the highest payment per channel\), no collect in flight;/);
    assert.match(text, /0\.03 ETH held: 0\.02 ETH collected, 0\.01 ETH pending/);
    assert.doesNotMatch(text, /wei|smallest units|30000000000000000/, 'no amount in wei');
    assert.doesNotMatch(text, /collectPoolPayment/, 'nothing left to collect by hand');
    assert.match(text, /channel 0x3434\S* {2}0\.03 ETH held \(from 1 session\), 0\.02 ETH collected, 0\.01 ETH pending/);
    assert.match(text, /session 0x1212\S* {2}2 of 3 own rounds paid, last payment 0\.03 ETH/);
    assert.doesNotMatch(describeStatus('/data', { ...status, pool: undefined }), /pool payments/);

    // A collect mined and awaiting confirmations is not in flight (the chain already shows what it collected).
    const db = new Database(join(dataDir, 'pool.sqlite'));
    const sends = new CollectStore(db);
    const id = sends.insertSend({ channelId, amount: 20_000_000_000_000_000n, previous: 0n, nonce: 3, txHash: `0x${'ee'.repeat(32)}`, raw: '0x00', gas: 100_000n, fees: { kind: 'legacy', gasPrice: 1n }, sentBlock: 10n }, Date.now());
    sends.markMined(sends.openSends().find((send) => send.id === id)!, 'mined', { blockNumber: 11n, gasUsed: 90_000n, feePaid: 90_000n });
    db.close();
    const mined = readPoolEarnings(dataDir)!;
    assert.deepEqual({ inFlight: mined.inFlight, awaitingConfirmations: mined.awaitingConfirmations }, { inFlight: 0, awaitingConfirmations: 1 });
    assert.match(describeStatus('/data', { ...status, pool: mined }), /no collect in flight, 1 collect mined and awaiting confirmations;/);
    // The stop line counts it too (new-user review: a pool member's last line said nothing of it).
    assert.match(describeStop({ ...status, collectQueue: { toCollect: [], sending: [] }, earnings: [], pool: mined }), /0 collects in flight and 1 awaiting confirmations: the money is on chain/);

    // Earnings per token include the pool's (new-user review: "earnings  none yet" above a pool's payments).
    const earnings = earningsWithPool([], pool);
    assert.deepEqual(earnings, [{ token: zeroAddress, signed: '30000000000000000', collected: '20000000000000000', pending: '10000000000000000', pool: '30000000000000000' }]);
    const withEarnings = describeStatus('/data', { ...status, earnings });
    assert.doesNotMatch(withEarnings, /none yet/);
    assert.match(withEarnings, /earnings {2}0\.03 ETH signed to you \(0\.03 ETH of it in pools\): 0\.02 ETH collected, 0\.01 ETH pending/);
    // Direct channels and pools in the same token add up; a direct channel that can no longer be collected is not pending.
    const both = earningsWithPool([{ token: zeroAddress.toUpperCase().replace('0X', '0x'), signed: '5000000000000000', collected: '1000000000000000', pending: '0' }], pool);
    assert.deepEqual(both.map((e) => [e.signed, e.collected, e.pending, e.pool]), [['35000000000000000', '21000000000000000', '10000000000000000', '30000000000000000']]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('says the pool\'s collects in flight in the singular and plural, and a mined one awaiting confirmations apart', () => {
    assert.equal(poolCollectsText({ inFlight: 0, awaitingConfirmations: 0 }), 'no collect in flight');
    assert.equal(poolCollectsText({ inFlight: 1, awaitingConfirmations: 0 }), '1 collect in flight');
    assert.equal(poolCollectsText({ inFlight: 2, awaitingConfirmations: 1 }), '2 collects in flight, 1 collect mined and awaiting confirmations');
    assert.equal(poolCollectsText({ inFlight: 0, awaitingConfirmations: 1 }), 'no collect in flight, 1 collect mined and awaiting confirmations');
  });
});

describe('executor status and stop line of pool members (real processes, a real devnet)', { timeout: 300_000 }, () => {
  let world: TestWorld;
  let pools: `0x${string}`;
  let members: ExecutorProcess[];

  before(async () => {
    world = await startTestWorld();
    pools = (await deployPools(world.client(0))).address;
    members = await Promise.all([1, 2].map((index) => world.startExecutor(index, { name: `member-${index}`, args: ['--pools', pools] })));
  });
  after(async () => {
    await world?.close();
  });

  it('counts a pool session where the member was the executor and one where it was only a standby, in both the status and the stop line', async () => {
    const [executor, standby] = members as [ExecutorProcess, ExecutorProcess];
    const pattern = join(world.dir, 'gun.rle');
    writeFileSync(pattern, GLIDER_GUN_RLE);
    const run = await runCli([
      'run', 'life', '--pattern', pattern, '--width', '40', '--height', '20', '--cycles', '20', '--per-round', '10', '--out', join(world.dir, 'out.rle'),
      '--executor', executor.url, '--standby', standby.url, '--pools', pools, '--data-dir', join(world.dir, 'requester'),
      '--allow-simulated', '--rpc-url', world.devnet.rpcUrl, '--channels', world.devnet.channels,
    ], { env: { AIRTNT_PRIVATE_KEY: world.devnet.accounts[6]!.privateKey }, timeoutMs: 120_000 });
    assert.equal(run.code, 0, run.stderr);
    // Each member's last line once stopped (SIGTERM, a clean stop): the standby's session is counted too.
    await Promise.all(members.map((member) => member.stop()));
    const lastLine = (member: ExecutorProcess) => member.log().trimEnd().split('\n').at(-1)!;
    assert.match(lastLine(executor), /^stopped: 0 sessions and 1 pool session \(1 as executor, 0 only as standby\), /, executor.log());
    assert.match(lastLine(standby), /^stopped: 0 sessions and 1 pool session \(0 as executor, 1 only as standby\), /, standby.log());
    for (const [name, asExecutor, onlyStandby, text] of [
      ['member-1', 1, 0, /sessions {2}0 \(0 not ended\); 1 pool session \(1 as executor, 0 only as standby\), those as executor listed under pool payments below\n/],
      ['member-2', 0, 1, /sessions {2}0 \(0 not ended\); 1 pool session \(0 as executor, 1 only as standby\)\n/],
    ] as const) {
      const status = await runCli(['executor', 'status', '--data-dir', join(world.dir, name)]);
      assert.equal(status.code, 0, status.stderr);
      assert.match(status.stdout, text);
      const json = await runCli(['executor', 'status', '--data-dir', join(world.dir, name), '--json']);
      const parsed = JSON.parse(json.stdout.trim().split('\n').at(-1)!) as { sessions: { total: number }; poolSessions: unknown };
      assert.deepEqual([parsed.sessions.total, parsed.poolSessions], [0, { total: 1, asExecutor, onlyStandby }], name);
    }
  });
});
