/**
 * AirtntPools on a real anvil: a channel whose payee is a pool of executors. Each member collects its
 * own cumulative PoolPayment; together they never take more than the deposit; a failover (another
 * member continuing) needs no transaction. Then a property test: whatever sequence of opens, top-ups,
 * member collects (valid, forged, too large, by a stranger), puppet payments (the requester signs one
 * member the whole deposit), time jumps and refunds, every operation
 * succeeds or fails as a model predicts and the contract holds exactly the deposits minus what was
 * collected on open channels.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { keccak256, parseEventLogs, toBytes, type Address, type Hex } from 'viem';
import { keyHashOf } from '../protocol/payment.js';
import { poolAddress, poolPaymentDigest, signPoolPayment } from '../protocol/pool-signatures.js';
import { isAirtntError } from '../util/errors.js';
import { createChainClient, withChannels, type ChainClient } from './client.js';
import { collectPoolPayment } from './collect-pool-payment.js';
import { deployPools } from './deploy-pools.js';
import { startDevnet, type Devnet } from './devnet.js';
import { airtntPoolsAbi } from './generated/contracts.js';
import { openChannel } from './open-channel.js';
import { readChannel } from './read-channel.js';
import { channelIdOf, ETH, type ChannelRef } from './ref.js';
import { refundChannel } from './refund-channel.js';
import { newKey } from './test-helpers/fixture.js';
import { chainNow, increaseTime } from './time.js';
import { balanceOf } from './token.js';
import { topUpChannel } from './top-up-channel.js';

const PERIOD = 1000n;
/** Sequences run: a few in npm test; AIRTNT_INVARIANT_RUNS raises it as for AirtntChannels. */
const RUNS = Number(process.env.AIRTNT_INVARIANT_RUNS ?? 8);

let devnet: Devnet;
let pools: Address;
let requesters: ChainClient[];
let members: ChainClient[];
let strangerAccount: ChainClient;
let memberList: Address[];
let pool: Address;

before(async () => {
  devnet = await startDevnet({ accountCount: 6 });
  const client = (i: number) => createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[i]!.privateKey, channels: devnet.channels });
  pools = (await deployPools(client(0))).address;
  requesters = [withChannels(client(1), pools), withChannels(client(5), pools)];
  members = [withChannels(client(2), pools), withChannels(client(3), pools)];
  strangerAccount = withChannels(client(4), pools);
  memberList = members.map((member) => member.account.address);
  pool = poolAddress(memberList);
});
after(async () => {
  await devnet?.stop();
});

async function signed(requester: ChainClient, channelId: Hex, member: Address, amount: bigint, key: Uint8Array): Promise<Hex> {
  return signPoolPayment(requester.account, requester.domain, { channelId, member, amount, keyHash: keyHashOf(key) });
}

async function memberCollected(channelId: Hex, member: Address): Promise<bigint> {
  return requesters[0]!.public.readContract({ address: pools, abi: airtntPoolsAbi, functionName: 'memberCollected', args: [channelId, member] });
}

describe('AirtntPools (anvil)', () => {
  it('computes the pool address and the PoolPayment digest exactly as the protocol core does', async () => {
    const onChain = await requesters[0]!.public.readContract({ address: pools, abi: airtntPoolsAbi, functionName: 'poolOf', args: [memberList] });
    assert.equal(onChain, pool);
    const terms = { channelId: keccak256(toBytes('channel')), member: memberList[1]!, amount: 77n, keyHash: keyHashOf(newKey()) };
    const digest = await requesters[0]!.public.readContract({ address: pools, abi: airtntPoolsAbi, functionName: 'poolPaymentDigest', args: [terms.channelId, terms.member, terms.amount, terms.keyHash] });
    assert.equal(digest, poolPaymentDigest(requesters[0]!.domain, terms));
  });

  it('pays each member its own cumulative amount, reveals every key, and needs no transaction to move between members', async () => {
    const requester = requesters[0]!;
    const expiry = (await chainNow(requester)) + 10n * PERIOD;
    const opened = await openChannel(requester, { executor: pool, token: ETH, lane: 1n, amount: 1_000n, expiry });
    const ref = opened.ref;
    // Member 0 ran rounds 1-3 (300), then failed; member 1 continued with rounds 4-5 (200): two
    // payment sequences on one channel, one deposit, no transaction in between.
    const [k0, k1] = [newKey(), newKey()];
    const s0 = await signed(requester, opened.channelId, memberList[0]!, 300n, k0);
    const s1 = await signed(requester, opened.channelId, memberList[1]!, 200n, k1);
    const before1 = await balanceOf(requester, ETH, memberList[1]!);
    const collected1 = await collectPoolPayment(members[1]!, { ref, members: memberList, amount: 200n, key: k1, signature: s1 });
    const after1 = await balanceOf(requester, ETH, memberList[1]!);
    assert.equal(after1 - before1 + collected1.fee, 200n);
    const receipt = await requester.public.getTransactionReceipt({ hash: collected1.hash });
    const [event] = parseEventLogs({ abi: airtntPoolsAbi, logs: receipt.logs, eventName: 'PoolCollected' });
    assert.equal(event?.args.key, `0x${Buffer.from(k1).toString('hex')}`);
    await collectPoolPayment(members[0]!, { ref, members: memberList, amount: 300n, key: k0, signature: s0 });
    assert.equal(await memberCollected(opened.channelId, memberList[0]!), 300n);
    assert.equal(await memberCollected(opened.channelId, memberList[1]!), 200n);
    assert.equal((await readChannel(requester, ref)).collected, 500n);
    // The same payment again pays nothing; a payment signed to member 1 cannot be collected by member 0.
    await assert.rejects(collectPoolPayment(members[0]!, { ref, members: memberList, amount: 300n, key: k0, signature: s0 }), (e) => isAirtntError(e, 'CHANNEL_AMOUNT_NOT_ABOVE_COLLECTED'));
    const k2 = newKey();
    const toMember1 = await signed(requester, opened.channelId, memberList[1]!, 400n, k2);
    await assert.rejects(collectPoolPayment(members[0]!, { ref, members: memberList, amount: 400n, key: k2, signature: toMember1 }), (e) => isAirtntError(e, 'CHANNEL_SIGNER_MISMATCH'));
  });

  it('bounds each member by its own allocation: a payment the requester signs to a puppet member cannot take what another was signed', async () => {
    const requester = requesters[0]!;
    const expiry = (await chainNow(requester)) + 10n * PERIOD;
    const opened = await openChannel(requester, { executor: pool, token: ETH, lane: 2n, amount: 1_000n, expiry });
    // Member 0 (honest) earned 400; member 1 is the requester's puppet, signed the whole deposit.
    const [honestKey, puppetKey] = [newKey(), newKey()];
    const honest = await signed(requester, opened.channelId, memberList[0]!, 400n, honestKey);
    const drain = collectPoolPayment(members[1]!, { ref: opened.ref, members: memberList, amount: 1_000n, key: puppetKey, signature: await signed(requester, opened.channelId, memberList[1]!, 1_000n, puppetKey) });
    await assert.rejects(drain, (e) => isAirtntError(e, 'CHANNEL_AMOUNT_ABOVE_ALLOCATION') && (e.details as { allocation?: bigint }).allocation === 500n);
    // The most the puppet can take is its own half; the honest member still collects all it earned.
    await collectPoolPayment(members[1]!, { ref: opened.ref, members: memberList, amount: 500n, key: puppetKey, signature: await signed(requester, opened.channelId, memberList[1]!, 500n, puppetKey) });
    await collectPoolPayment(members[0]!, { ref: opened.ref, members: memberList, amount: 400n, key: honestKey, signature: honest });
    assert.equal(await memberCollected(opened.channelId, memberList[0]!), 400n);
    assert.equal((await readChannel(requester, opened.ref)).collected, 900n);
    // Above its allocation even the honest member is refused; a top-up raises every member's allocation.
    const k = newKey();
    const more = await signed(requester, opened.channelId, memberList[0]!, 501n, k);
    await assert.rejects(collectPoolPayment(members[0]!, { ref: opened.ref, members: memberList, amount: 501n, key: k, signature: more }), (e) => isAirtntError(e, 'CHANNEL_AMOUNT_ABOVE_ALLOCATION'));
    await topUpChannel(requester, { ref: opened.ref, amount: 2n });
    await collectPoolPayment(members[0]!, { ref: opened.ref, members: memberList, amount: 501n, key: k, signature: more });
  });

  it('refuses a stranger, a wrong index and a wrong member list', async () => {
    const requester = requesters[0]!;
    const expiry = (await chainNow(requester)) + 10n * PERIOD;
    const opened = await openChannel(requester, { executor: pool, token: ETH, lane: 3n, amount: 1_000n, expiry });
    const key = newKey();
    const signature = await signed(requester, opened.channelId, memberList[0]!, 10n, key);
    const write = (client: ChainClient, list: Address[], index: bigint) =>
      client.wallet.writeContract({ address: pools, abi: airtntPoolsAbi, functionName: 'collectPool', args: [requester.account.address, ETH, 3n, list, index, 10n, `0x${Buffer.from(key).toString('hex')}`, signature] });
    await assert.rejects(write(strangerAccount, memberList, 0n), /NotPoolMember/);
    await assert.rejects(write(members[0]!, memberList, 2n), /InvalidPool/);
    await assert.rejects(write(members[0]!, [memberList[0]!], 0n), /InvalidPool/);
    // The member list in another order is another pool: that lane was never opened.
    await assert.rejects(write(members[0]!, [memberList[1]!, memberList[0]!], 1n), /ChannelNotOpen/);
    await assert.rejects(collectPoolPayment(strangerAccount, { ref: opened.ref, members: memberList, amount: 10n, key, signature }), (e) => isAirtntError(e, 'NOT_EXECUTOR'));
  });
});

type Lane = { deposit: bigint; collected: bigint; expiry: bigint; nonce: bigint; byMember: [bigint, bigint] };
type Op =
  | { kind: 'open'; requester: number; amount: bigint; periods: number }
  | { kind: 'topUp'; requester: number; amount: bigint }
  | { kind: 'collect'; requester: number; member: number; permille: number; forged: boolean; stranger: boolean }
  /** The requester signs member 1, its puppet, the whole deposit (or more) and the puppet collects it. */
  | { kind: 'puppet'; requester: number; extra: bigint }
  | { kind: 'refund'; requester: number }
  | { kind: 'warp'; periods: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('open' as const), requester: fc.integer({ min: 0, max: 1 }), amount: fc.bigInt(0n, 1_000_000n), periods: fc.integer({ min: 2, max: 5 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('topUp' as const), requester: fc.integer({ min: 0, max: 1 }), amount: fc.bigInt(0n, 1_000_000n) }) },
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('collect' as const),
      requester: fc.integer({ min: 0, max: 1 }),
      member: fc.integer({ min: 0, max: 1 }),
      permille: fc.integer({ min: 0, max: 1050 }),
      forged: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
      stranger: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('puppet' as const), requester: fc.integer({ min: 0, max: 1 }), extra: fc.bigInt(0n, 10n) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('refund' as const), requester: fc.integer({ min: 0, max: 1 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('warp' as const), periods: fc.integer({ min: 1, max: 2 }) }) },
);

describe('AirtntPools invariant (fast-check on anvil)', () => {
  it('holds exactly what it owes, and no member ever gets more than it was signed', { timeout: Math.max(600_000, RUNS * 30_000) }, async () => {
    const model = new Map<number, Lane>();
    const refOf = (requester: number): ChannelRef => ({ requester: requesters[requester]!.account.address, executor: pool, token: ETH, lane: 9n });
    const laneOf = (requester: number): Lane => model.get(requester) ?? { deposit: 0n, collected: 0n, expiry: 0n, nonce: 0n, byMember: [0n, 0n] };

    async function step(op: Op): Promise<void> {
      if (op.kind === 'warp') return increaseTime(devnet, op.periods * Number(PERIOD));
      const requester = requesters[op.requester]!;
      const ref = refOf(op.requester);
      const lane = laneOf(op.requester);
      const isOpen = lane.expiry !== 0n;
      const now = await chainNow(requester);
      let expected: string | undefined;
      let next = lane;
      let run: () => Promise<unknown>;
      if (op.kind === 'open') {
        const expiry = now + BigInt(op.periods) * PERIOD + PERIOD / 2n;
        if (isOpen) expected = 'CHANNEL_ALREADY_OPEN';
        next = { deposit: op.amount, collected: 0n, expiry, nonce: lane.nonce + 1n, byMember: [0n, 0n] };
        run = () => openChannel(requester, { executor: pool, token: ETH, lane: ref.lane, amount: op.amount, expiry });
      } else if (op.kind === 'topUp') {
        if (!isOpen) expected = 'CHANNEL_NOT_OPEN';
        next = { ...lane, deposit: lane.deposit + op.amount };
        run = () => topUpChannel(requester, { ref, amount: op.amount });
      } else if (op.kind === 'refund') {
        if (!isOpen) expected = 'CHANNEL_NOT_OPEN';
        else if (now < lane.expiry) expected = 'CHANNEL_NOT_EXPIRED';
        next = { deposit: 0n, collected: 0n, expiry: 0n, nonce: lane.nonce, byMember: [0n, 0n] };
        run = () => refundChannel(requester, { ref });
      } else {
        const puppet = op.kind === 'puppet';
        const member = puppet ? 1 : op.member;
        const allocation = lane.deposit / BigInt(memberList.length);
        const amount = puppet ? lane.deposit + op.extra : ((allocation + 10n) * BigInt(op.permille)) / 1000n;
        const before = lane.byMember[member]!;
        const total = lane.collected + amount - before;
        const stranger = !puppet && op.stranger;
        const forged = !puppet && op.forged;
        if (stranger) expected = 'CHANNEL_NOT_POOL_MEMBER';
        else if (!isOpen) expected = 'CHANNEL_NOT_OPEN';
        else if (now >= lane.expiry) expected = 'CHANNEL_EXPIRED';
        else if (amount <= before) expected = 'CHANNEL_AMOUNT_NOT_ABOVE_COLLECTED';
        else if (amount > allocation) expected = 'CHANNEL_AMOUNT_ABOVE_ALLOCATION';
        else if (total > lane.deposit) expected = 'CHANNEL_AMOUNT_ABOVE_DEPOSIT';
        else if (forged) expected = 'CHANNEL_SIGNER_MISMATCH';
        const byMember: [bigint, bigint] = [...lane.byMember];
        byMember[member] = amount;
        next = { ...lane, collected: total, byMember };
        const key = newKey();
        const signer = forged ? requesters[1 - op.requester]! : requester;
        const signature = await signed(signer, channelIdOf(ref, lane.nonce), memberList[member]!, amount, key);
        const caller = stranger ? strangerAccount : members[member]!;
        // A stranger goes straight to the contract (the client-side check would refuse it first).
        run = () =>
          stranger
            ? caller.wallet
                .writeContract({ address: pools, abi: airtntPoolsAbi, functionName: 'collectPool', args: [ref.requester, ETH, ref.lane, memberList, BigInt(member), amount, `0x${Buffer.from(key).toString('hex')}`, signature] })
                .catch(() => Promise.reject(Object.assign(new Error('reverted'), { code: 'CHANNEL_NOT_POOL_MEMBER' })))
            : collectPoolPayment(caller, { ref, members: memberList, amount, key, signature });
      }
      let got: string | undefined;
      try {
        await run();
      } catch (error) {
        if (isAirtntError(error)) got = error.code;
        else if ((error as { code?: string }).code === 'CHANNEL_NOT_POOL_MEMBER') got = 'CHANNEL_NOT_POOL_MEMBER';
        else throw error;
      }
      assert.equal(got, expected, `${op.kind} ${JSON.stringify(op, (_, v) => (typeof v === 'bigint' ? String(v) : v))}`);
      if (got === undefined) model.set(op.requester, next);
      const now2 = laneOf(op.requester);
      const onChain = await readChannel(requester, ref);
      assert.deepEqual({ deposit: onChain.deposit, collected: onChain.collected, expiry: onChain.expiry, nonce: onChain.nonce }, { deposit: now2.deposit, collected: now2.collected, expiry: now2.expiry, nonce: now2.nonce });
      if (now2.expiry !== 0n) {
        for (const m of [0, 1]) assert.equal(await memberCollected(channelIdOf(ref, now2.nonce), memberList[m]!), now2.byMember[m]);
        // Whatever the requester signed to the others, each member can still collect up to its own
        // allocation: the lane holds every member's unspent allocation.
        const allocation = now2.deposit / BigInt(memberList.length);
        const unspent = now2.byMember.reduce((sum, taken) => sum + (allocation - taken), 0n);
        assert.ok(onChain.deposit - onChain.collected >= unspent, `lane holds ${onChain.deposit - onChain.collected}, members' unspent allocations ${unspent}`);
      }
    }

    async function assertSolvent(): Promise<void> {
      let owed = 0n;
      for (const lane of model.values()) if (lane.expiry !== 0n) owed += lane.deposit - lane.collected;
      // Lanes 1-3 of the scenarios above stay open with what their members left in them.
      for (const lane of [1n, 2n, 3n]) {
        const state = await readChannel(requesters[0]!, { requester: requesters[0]!.account.address, executor: pool, token: ETH, lane });
        owed += state.deposit - state.collected;
      }
      assert.equal(await balanceOf(requesters[0]!, ETH, pools), owed);
    }

    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 16 }), async (ops) => {
        for (const op of ops) {
          await step(op);
          await assertSolvent();
        }
      }),
      { numRuns: RUNS, endOnFailure: true },
    );
  });
});
