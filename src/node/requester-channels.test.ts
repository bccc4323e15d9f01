/**
 * The requester's channels on a real devnet and a real SQLite store: a closed lane is re-opened
 * (cheaper than a fresh slot), and key recovery searches from each channel's open block and
 * reports a failing round as still waiting instead of throwing.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chainNow, collectPayment, createChainClient, increaseTime, openChannel, startDevnet, type ChainClient, type Devnet } from '../chain/index.js';
import { newKey, pay } from '../chain/test-helpers/fixture.js';
import { ALL_DIFF_CODECS } from '../protocol/codecs.js';
import { keyHashOf } from '../protocol/payment.js';
import { toHex } from '../util/bytes.js';
import { ensureChannel, recoverKeys, refundExpiredChannels } from './requester-channels.js';
import { RequesterStore } from './requester-store.js';

let devnet: Devnet;
let dir: string;
const client = (index: number): ChainClient =>
  createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[index]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });

before(async () => {
  devnet = await startDevnet({ accountCount: 6 });
  dir = mkdtempSync(join(tmpdir(), 'airtnt-requester-channels-'));
});
after(async () => {
  await devnet?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('ensureChannel lanes', () => {
  it('re-opens the lowest lane closed on-chain (second open < 35k gas) before taking a fresh lane', async () => {
    const requester = client(1);
    const executor = client(2).account.address;
    const store = new RequesterStore(join(dir, 'lanes.sqlite'));
    const params = { executor, needed: 1_000n, minSeconds: 0, channelSeconds: 200 };
    const first = await ensureChannel(requester, store, params);
    assert.equal(first.opened, true);
    assert.equal(first.channel.lane, 0n);
    assert.equal(store.channel(first.channel.channelId)?.openedBlock, first.tx?.blockNumber);
    assert.ok(first.tx!.gasUsed > 40_000n, `first open ${first.tx!.gasUsed}`);

    // Lane 0 is open and full of what it needs: reused, nothing sent.
    const reused = await ensureChannel(requester, store, params);
    assert.deepEqual([reused.opened, reused.tx, reused.channel.channelId], [false, undefined, first.channel.channelId]);
    // More than lane 0 holds, but it lasts: topped up rather than another lane opened.
    const toppedUp = await ensureChannel(requester, store, { ...params, needed: 3_000n });
    assert.deepEqual([toppedUp.opened, toppedUp.toppedUp, toppedUp.channel.lane, toppedUp.channel.deposit], [false, true, 0n, 3_000n]);
    // Lane 0 expiring too soon for the executor: a fresh lane 1.
    const fresh = await ensureChannel(requester, store, { ...params, minSeconds: 400, channelSeconds: 600 });
    assert.equal(fresh.channel.lane, 1n);

    await increaseTime(devnet, 201);
    const refunded = await refundExpiredChannels(requester, store);
    assert.deepEqual(refunded.map((r) => r.channelId), [first.channel.channelId]);
    // Lane 1 now lasts too little for this executor; lane 0 is closed: re-opened.
    const again = await ensureChannel(requester, store, { ...params, minSeconds: 400, channelSeconds: 3600 });
    assert.equal(again.opened, true);
    assert.equal(again.channel.lane, 0n);
    assert.notEqual(again.channel.channelId, first.channel.channelId);
    assert.ok(again.tx!.gasUsed < 35_000n, `re-open ${again.tx!.gasUsed} gas`);
    store.close();
  });
});

describe('ensureChannel after a crash mid-open', () => {
  it('adopts an open channel of its own the store never recorded, and uses it rather than lock its deposit away', async () => {
    const requester = client(5);
    const executor = client(2).account.address;
    const store = new RequesterStore(join(dir, 'adopt.sqlite'));
    // The open was mined, then the process died before the row was written.
    const orphan = await openChannel(requester, { executor, lane: 0n, amount: 5_000n, expiry: (await chainNow(requester)) + 3_600n });
    assert.equal(store.channel(orphan.channelId), undefined);
    const chosen = await ensureChannel(requester, store, { executor, needed: 1_000n, minSeconds: 0, channelSeconds: 3_600 });
    assert.deepEqual([chosen.opened, chosen.channel.channelId, chosen.channel.deposit], [false, orphan.channelId, 5_000n]);
    assert.equal(store.channel(orphan.channelId)?.status, 'open');
    store.close();
  });
});

describe('ensureChannel and unpaid rounds', () => {
  it('does not offer a channel the executor refused, nor one with a session that never ended', async () => {
    const requester = client(1);
    const executor = client(0).account.address;
    const store = new RequesterStore(join(dir, 'refused.sqlite'));
    const params = { executor, needed: 1_000n, minSeconds: 0, channelSeconds: 3600 };
    const first = await ensureChannel(requester, store, params);
    assert.equal((await ensureChannel(requester, store, params)).channel.channelId, first.channel.channelId);
    store.markChannelRefused(first.channel.channelId, 1);
    const second = await ensureChannel(requester, store, params);
    assert.deepEqual([second.opened, second.channel.lane], [true, 1n]);
    // A session that never ended (the requester crashed in it) may have left an unpaid round.
    store.ensureRun({ runId: 'r', functionMeasurement: toHex(new Uint8Array(32)), initialState: new Uint8Array([1]), totalCycles: 20, perRound: 10 }, 1);
    store.insertSession({ sessionId: toHex(new Uint8Array(32).fill(9)), runId: 'r', executorUrl: 'http://127.0.0.1:1', channelId: second.channel.channelId, sessionSecret: new Uint8Array(32), enclaveAddress: executor, firstRound: 0n }, 1);
    const third = await ensureChannel(requester, store, params);
    assert.deepEqual([third.opened, third.channel.lane], [true, 2n]);
    store.close();
  });
});

describe('recoverKeys', () => {
  it('searches from the open block and reports a round that cannot be opened as still waiting', async () => {
    const requester = client(3);
    const executor = client(4);
    const store = new RequesterStore(join(dir, 'recover.sqlite'));
    const choice = await ensureChannel(requester, store, { executor: executor.account.address, needed: 1_000n, minSeconds: 0, channelSeconds: 3600 });
    const other = await ensureChannel(requester, store, { executor: client(5).account.address, needed: 1_000n, minSeconds: 0, channelSeconds: 3600 });
    store.ensureRun({ runId: 'r', functionMeasurement: toHex(new Uint8Array(32)), initialState: new Uint8Array([1]), totalCycles: 20, perRound: 10 }, 1);
    const key = newKey();
    const rounds = [
      { channelId: choice.channel.channelId, key },
      { channelId: other.channel.channelId, key: newKey() },
    ];
    for (const [index, round] of rounds.entries()) {
      const sessionId = toHex(new Uint8Array(32).fill(index + 1));
      store.insertSession({ sessionId, runId: 'r', executorUrl: 'http://127.0.0.1:1', channelId: round.channelId, sessionSecret: new Uint8Array(32), enclaveAddress: executor.account.address, firstRound: 0n }, 1);
      const signed = await pay(requester, round.channelId, 100n, round.key);
      store.insertPaidRound({ sessionId, round: 0n, runId: 'r', channelId: round.channelId, cyclesAsked: 10, cyclesDone: 10, amount: 100n, keyHash: keyHashOf(round.key), paymentSignature: signed.signature, record: new Uint8Array(10), recordSignature: new Uint8Array(65), stateCiphertext: new Uint8Array(40), outputsCiphertext: new Uint8Array(40) }, 2 + index);
    }
    // The executor of the first channel collects, revealing k; the round's ciphertexts are garbage.
    const signed = await pay(requester, choice.channel.channelId, 100n, key);
    await collectPayment(executor, { ref: { requester: requester.account.address, executor: executor.account.address, token: choice.channel.token, lane: choice.channel.lane }, amount: 100n, key, signature: signed.signature });

    const fromBlocks: bigint[] = [];
    const original = requester.public.getContractEvents.bind(requester.public);
    const watched = { ...requester, public: { ...requester.public, getContractEvents: ((args: { fromBlock: bigint }) => (fromBlocks.push(args.fromBlock), original(args as never))) as typeof original } };
    const report = await recoverKeys(watched, store, ALL_DIFF_CODECS);
    assert.deepEqual(report.keysRecovered, []);
    assert.equal(report.stillWaiting.length, 2);
    assert.equal(report.stillWaiting[0]!.channelId, choice.channel.channelId);
    assert.ok(report.stillWaiting[0]!.error, 'the unopenable round says why');
    assert.equal(report.stillWaiting[1]!.error, undefined);
    assert.ok(fromBlocks.length > 0 && fromBlocks.every((block) => block >= choice.tx!.blockNumber), `searched from ${fromBlocks.join(',')}`);

    // An RPC that does not answer: every round still waiting, nothing thrown.
    const dead = createChainClient({ rpcUrl: 'http://127.0.0.1:9', privateKey: devnet.accounts[3]!.privateKey, channels: devnet.channels, chainId: devnet.chainId });
    const offline = await recoverKeys(dead, store, ALL_DIFF_CODECS);
    assert.equal(offline.stillWaiting.length, 2);
    assert.ok(offline.stillWaiting.every((entry) => entry.error !== undefined));
    store.close();
  });
});
