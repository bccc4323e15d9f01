/**
 * Property: whatever sequence of operations requesters and executors attempt (valid or not), every
 * operation succeeds or fails exactly as a simple model predicts, and afterwards the contract holds
 * exactly what it owes for each token: the sum of deposit - collected over open channels (nothing
 * stuck, nothing created). Runs on a real anvil chain with ETH and a fee-on-transfer token.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import type { Address } from 'viem';
import { signPayment, keyHashOf } from '../protocol/payment.js';
import { isAirtntError } from '../util/errors.js';
import { createChainClient, type ChainClient } from './client.js';
import { closeChannel } from './close-channel.js';
import { collectPayment } from './collect-payment.js';
import { deployTestToken } from './deploy.js';
import { startDevnet, type Devnet } from './devnet.js';
import { extendChannel } from './extend-channel.js';
import { openChannel } from './open-channel.js';
import { readChannel } from './read-channel.js';
import { channelIdOf, ETH, laneKeyOf, type ChannelRef } from './ref.js';
import { refundChannel } from './refund-channel.js';
import { releaseChannel } from './release-channel.js';
import { newKey } from './test-helpers/fixture.js';
import { chainNow, increaseTime } from './time.js';
import { balanceOf, mintTestToken } from './token.js';
import { topUpChannel } from './top-up-channel.js';

type Lane = { deposit: bigint; collected: bigint; expiry: bigint; nonce: bigint };
type Target = { requester: number; executor: number; token: number; lane: number };
type Op =
  | { kind: 'open'; at: Target; amount: bigint; periods: number }
  | { kind: 'topUp'; at: Target; amount: bigint }
  | { kind: 'extend'; at: Target; periods: number }
  | { kind: 'collect' | 'close'; at: Target; permille: number; forged: boolean }
  | { kind: 'release' | 'refund'; at: Target }
  | { kind: 'warp'; periods: number };

/** Expiries sit half a period off every warp, so block-time jitter never lands on a boundary. */
const PERIOD = 1000n;
const FEE_BPS = 100n;
const TOKEN_KINDS = 3;
/**
 * Sequences run: 15 in npm test; the long command (npm run fuzz, scripts/fuzz.mjs) sets
 * AIRTNT_INVARIANT_RUNS=10000.
 */
const RUNS = Number(process.env.AIRTNT_INVARIANT_RUNS ?? 15);
/** Replays a reported failure: AIRTNT_INVARIANT_SEED and AIRTNT_INVARIANT_PATH, as fast-check prints them. */
const REPLAY = process.env.AIRTNT_INVARIANT_SEED === undefined ? {} : { seed: Number(process.env.AIRTNT_INVARIANT_SEED), ...(process.env.AIRTNT_INVARIANT_PATH === undefined ? {} : { path: process.env.AIRTNT_INVARIANT_PATH }) };

let devnet: Devnet;
let requesters: ChainClient[];
let executors: ChainClient[];
let tokens: Address[];
const model = new Map<string, Lane>();

before(async () => {
  devnet = await startDevnet({ accountCount: 5 });
  const client = (i: number) =>
    createChainClient({ rpcUrl: devnet.rpcUrl, privateKey: devnet.accounts[i]!.privateKey, channels: devnet.channels });
  requesters = [client(1), client(3)];
  executors = [client(2), client(4)];
  const deployer = client(0);
  const feeToken = await deployTestToken(deployer, 'fee');
  for (const requester of requesters) {
    await mintTestToken(deployer, { token: feeToken, to: requester.account.address, amount: 10n ** 24n });
  }
  feeTokens.add(feeToken);
  // Every token kind: ETH, a fee-on-transfer token and a plain ERC-20 (the devnet's, granted to every account).
  tokens = [ETH, feeToken, devnet.token];
});
after(async () => {
  await devnet?.stop();
});

const refOf = (at: Target): ChannelRef => ({
  requester: requesters[at.requester]!.account.address,
  executor: executors[at.executor]!.account.address,
  token: tokens[at.token]!,
  lane: BigInt(at.lane),
});
const laneOf = (ref: ChannelRef): Lane => model.get(laneKeyOf(ref)) ?? { deposit: 0n, collected: 0n, expiry: 0n, nonce: 0n };
const feeTokens = new Set<Address>();
const credited = (token: Address, amount: bigint): bigint => (feeTokens.has(token) ? amount - (amount * FEE_BPS) / 10_000n : amount);

const targetArb = fc.record({
  requester: fc.integer({ min: 0, max: 1 }),
  executor: fc.integer({ min: 0, max: 1 }),
  token: fc.integer({ min: 0, max: TOKEN_KINDS - 1 }),
  lane: fc.constant(0),
});
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('open' as const), at: targetArb, amount: fc.bigInt(0n, 1_000_000n), periods: fc.integer({ min: 2, max: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('topUp' as const), at: targetArb, amount: fc.bigInt(0n, 1_000_000n) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('extend' as const), at: targetArb, periods: fc.integer({ min: 1, max: 2 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('collect' as const, 'close' as const), at: targetArb, permille: fc.integer({ min: 0, max: 1050 }), forged: fc.integer({ min: 0, max: 4 }).map((n) => n === 0) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('release' as const, 'refund' as const), at: targetArb }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('warp' as const), periods: fc.integer({ min: 1, max: 2 }) }) },
);

/** Runs one operation on the chain and checks the outcome and the lane against the model. */
async function step(op: Op): Promise<void> {
  if (op.kind === 'warp') {
    await increaseTime(devnet, op.periods * Number(PERIOD));
    return;
  }
  const ref = refOf(op.at);
  const lane = laneOf(ref);
  const isOpen = lane.expiry !== 0n;
  const now = await chainNow(requesters[0]!);
  const requester = requesters[op.at.requester]!;
  const executor = executors[op.at.executor]!;
  let expected: string | undefined;
  let next: Lane = lane;
  let run: () => Promise<unknown>;

  if (op.kind === 'open') {
    const expiry = now + BigInt(op.periods) * PERIOD + PERIOD / 2n;
    if (isOpen) expected = 'CHANNEL_ALREADY_OPEN';
    next = { deposit: credited(ref.token, op.amount), collected: 0n, expiry, nonce: lane.nonce + 1n };
    run = () => openChannel(requester, { executor: ref.executor, token: ref.token, lane: ref.lane, amount: op.amount, expiry });
  } else if (op.kind === 'topUp') {
    if (!isOpen) expected = 'CHANNEL_NOT_OPEN';
    next = { ...lane, deposit: lane.deposit + credited(ref.token, op.amount) };
    run = () => topUpChannel(requester, { ref, amount: op.amount });
  } else if (op.kind === 'extend') {
    if (!isOpen) expected = 'CHANNEL_NOT_OPEN';
    next = { ...lane, expiry: lane.expiry + BigInt(op.periods) * PERIOD };
    run = () => extendChannel(requester, { ref, expiry: next.expiry });
  } else if (op.kind === 'collect' || op.kind === 'close') {
    const amount = ((lane.deposit + 10n) * BigInt(op.permille)) / 1000n;
    if (!isOpen) expected = 'CHANNEL_NOT_OPEN';
    else if (now >= lane.expiry) expected = 'CHANNEL_EXPIRED';
    else if (op.kind === 'collect' ? amount <= lane.collected : amount < lane.collected) expected = 'CHANNEL_AMOUNT_NOT_ABOVE_COLLECTED';
    else if (amount > lane.deposit) expected = 'CHANNEL_AMOUNT_ABOVE_DEPOSIT';
    else if (op.forged) expected = 'CHANNEL_SIGNER_MISMATCH';
    next = op.kind === 'collect' ? { ...lane, collected: amount } : { deposit: 0n, collected: 0n, expiry: 0n, nonce: lane.nonce };
    const key = newKey();
    const signer = op.forged ? requesters[1 - op.at.requester]! : requester;
    const terms = { channelId: channelIdOf(ref, lane.nonce), amount, keyHash: keyHashOf(key) };
    const signature = await signPayment(signer.account, signer.domain, terms);
    const action = op.kind === 'collect' ? collectPayment : closeChannel;
    run = () => action(executor, { ref, amount, key, signature });
  } else {
    if (!isOpen) expected = 'CHANNEL_NOT_OPEN';
    else if (op.kind === 'refund' && now < lane.expiry) expected = 'CHANNEL_NOT_EXPIRED';
    next = { deposit: 0n, collected: 0n, expiry: 0n, nonce: lane.nonce };
    run = () => (op.kind === 'refund' ? refundChannel(requester, { ref }) : releaseChannel(executor, { ref }));
  }

  let got: string | undefined;
  let gotMessage = '';
  try {
    await run();
  } catch (error) {
    if (!isAirtntError(error)) throw error;
    got = error.code;
    gotMessage = `: ${error.message}; cause: ${String((error.cause as Error | undefined)?.message ?? '').slice(0, 600)}`;
  }
  assert.equal(got, expected, `${op.kind} on ${JSON.stringify(op.at)}${gotMessage}`);
  if (got === undefined) model.set(laneKeyOf(ref), next);
  const onChain = await readChannel(requester, ref);
  assert.deepEqual(
    { deposit: onChain.deposit, collected: onChain.collected, expiry: onChain.expiry, nonce: onChain.nonce },
    laneOf(ref),
  );
}

/** The contract's balance of each token equals what it owes on open channels. */
async function assertSolvent(): Promise<void> {
  for (const token of tokens) {
    let owed = 0n;
    for (const [key, lane] of model) {
      if (lane.expiry !== 0n && lanesByToken.get(key) === token) owed += lane.deposit - lane.collected;
    }
    assert.equal(await balanceOf(requesters[0]!, token, devnet.channels), owed, `balance of ${token}`);
  }
}
const lanesByToken = new Map<string, Address>();

describe('AirtntChannels invariant (fast-check on anvil)', () => {
  it('holds exactly what it owes after any sequence of operations', { timeout: Math.max(600_000, RUNS * 20_000) }, async () => {
    for (let r = 0; r < 2; r++)
      for (let e = 0; e < 2; e++)
        for (let t = 0; t < TOKEN_KINDS; t++)
          for (let l = 0; l < 1; l++) lanesByToken.set(laneKeyOf(refOf({ requester: r, executor: e, token: t, lane: l })), tokens[t]!);
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 8, maxLength: 16 }), async (ops) => {
        for (const op of ops) {
          await step(op);
          await assertSolvent();
        }
      }),
      { numRuns: RUNS, endOnFailure: true, ...REPLAY },
    );
  });
});
