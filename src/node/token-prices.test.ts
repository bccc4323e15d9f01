/**
 * Prices in real units, paying in ERC-20 tokens of 6 and 18 decimals (real executor processes, a
 * real devnet): a token run needs an explicit price limit, written in whole tokens and scaled by the
 * token's decimals(); an executor asking more is refused before anything is sent on-chain; each
 * deposit is approved exactly (through 0 for a USDT-like token that refuses to change a non-zero
 * allowance), and no allowance is left after the run.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { parseAbiItem, type Address } from 'viem';
import { allowanceOf, approveToken, deployContract, mintTestToken } from '../chain/index.js';
import { sixDecimalsTokenAbi, sixDecimalsTokenBytecode } from '../chain/generated/contracts.js';
import { isAirtntError } from '../util/errors.js';
import type { ExecutorProcess } from './process.js';
import type { Requester } from './requester.js';
import { lifeJob, startTestWorld, type TestWorld } from './testing.js';

let world: TestWorld;
let six: Address;
let eighteen: Address;
let fair: ExecutorProcess;
let greedy: ExecutorProcess;

/** 0.0015 six-decimal tokens and 0.000002 eighteen-decimal tokens per cycle. */
const SIX_PRICE = 1_500n;
const EIGHTEEN_PRICE = 2_000_000_000_000n;

before(async () => {
  world = await startTestWorld();
  six = (await deployContract(world.client(0), 'SixDecimalsToken', sixDecimalsTokenAbi, sixDecimalsTokenBytecode)).address;
  for (const index of [3, 4, 5, 6, 7]) await mintTestToken(world.client(0), { token: six, to: world.devnet.accounts[index]!.address, amount: 10n ** 12n });
  eighteen = world.devnet.token;
  [fair, greedy] = await Promise.all([
    world.startExecutor(1, { args: ['--accept-token', `${six}:${SIX_PRICE}`, '--accept-token', `${eighteen}:${EIGHTEEN_PRICE}`] }),
    // 10^9 units of a 6-decimal token: 1,000 tokens per cycle, which the old default limit (10^9 base units) accepted.
    world.startExecutor(2, { args: ['--accept-token', `${six}:1000000000`] }),
  ]);
});
after(async () => {
  await world.close();
});

const job = (executor: ExecutorProcess) => lifeJob({ width: 40, height: 20, cycles: 40, perRound: 10, executors: [executor.url] });
const stalledWith = (code: string) => (error: unknown) => isAirtntError(error, 'RUN_STALLED') && error.details.lastCode === code;

async function transactionCount(index: number): Promise<number> {
  const chain = world.client(index);
  return chain.public.getTransactionCount({ address: chain.account.address });
}

/** The values of every Approval the requester gave the channels contract in `token`, in order. */
async function approvals(token: Address, index: number): Promise<bigint[]> {
  const chain = world.client(index);
  const logs = await chain.public.getLogs({
    address: token,
    event: parseAbiItem('event Approval(address indexed owner, address indexed spender, uint256 value)'),
    args: { owner: chain.account.address, spender: world.devnet.channels },
    fromBlock: 0n,
  });
  return logs.map((log) => log.args.value!);
}

/** Deposits made: the open's deposit, then each top-up's increase. */
function depositsOf(requester: Requester): bigint {
  return requester.store.allOpenChannels().reduce((sum, c) => sum + c.deposit, 0n);
}

describe('token prices in real units', () => {
  it('a token run without a price limit is refused before any transaction (the old default would pay 1,000 tokens per cycle)', async () => {
    const { job: j } = await job(greedy);
    const requester = world.requester(3, { token: six });
    await assert.rejects(requester.run(j), (error) => isAirtntError(error, 'PRICE_CAP_REQUIRED'));
    assert.equal(await transactionCount(3), 0);
  });

  it('6 decimals: a limit of 0.001 tokens per cycle refuses an executor asking 0.0015 before any channel opens', async () => {
    const { job: j } = await job(fair);
    const requester = world.requester(4, { token: six, maxPricePerCycle: '0.001tokens' });
    await assert.rejects(requester.run(j), (error) => {
      assert.ok(stalledWith('EXECUTOR_TOO_EXPENSIVE')(error), String(error));
      assert.match((error as Error).message, /asks 0\.0015 tokens \(1500 units, 6 decimals\) per cycle, more than the limit of 0\.001 tokens/);
      return true;
    });
    assert.equal(await transactionCount(4), 0);
    assert.deepEqual(requester.store.allOpenChannels(), []);
  });

  it('6 decimals, USDT-like approve: within a limit of 2,000 units (0.002 tokens) the run pays in the token, approving exactly each deposit (through 0), and leaves no allowance', async () => {
    const { job: j, expected } = await job(fair);
    // A standing allowance from elsewhere: this token refuses to change it into another non-zero one.
    await approveToken(world.client(5), { token: six, spender: world.devnet.channels, amount: 1n });
    // The limit in the smallest unit (a bigint) works as well: 2,000 units, 0.002 tokens.
    const requester = world.requester(5, { token: six, maxPricePerCycle: 2_000n, depositRounds: 2 });
    const result = await requester.run(j);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.runSpent, 40n * SIX_PRICE);
    assert.equal(await allowanceOf(world.client(5), six, world.devnet.channels), 0n, 'no allowance left');
    // 1 (ours, above), then 0 and the first deposit (20 cycles), then the top-up (20 cycles).
    assert.deepEqual(await approvals(six, 5), [1n, 0n, 20n * SIX_PRICE, 20n * SIX_PRICE]);
    assert.equal(depositsOf(requester), 40n * SIX_PRICE);
  });

  it('18 decimals: 0.000001 tokens per cycle refuses an executor asking 0.000002; 0.000002 accepts it, approving only the deposit', async () => {
    const { job: j, expected } = await job(fair);
    const refusing = world.requester(6, { token: eighteen, maxPricePerCycle: '0.000001tokens' });
    await assert.rejects(refusing.run(j), stalledWith('EXECUTOR_TOO_EXPENSIVE'));
    assert.equal(await transactionCount(6), 0);
    const requester = world.requester(7, { token: eighteen, maxPricePerCycle: '0.000002 tokens' });
    const result = await requester.run(j);
    assert.deepEqual(result.finalState, expected);
    assert.equal(result.runSpent, 40n * EIGHTEEN_PRICE);
    assert.deepEqual(await approvals(eighteen, 7), [40n * EIGHTEEN_PRICE]);
    assert.equal(await allowanceOf(world.client(7), eighteen, world.devnet.channels), 0n);
  });
});
