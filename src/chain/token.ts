/** ERC-20 helpers the channel actions need: balances, allowance, approve, and minting test tokens. */
import { zeroAddress, type Address } from 'viem';
import type { ChainClient } from './client.js';
import { toChainError } from './errors.js';
import { testTokenAbi } from './generated/contracts.js';
import { transact, type TxResult } from './transact.js';

/** Balance of `owner` in `token` (zeroAddress: ETH), in base units. */
export async function balanceOf(client: ChainClient, token: Address, owner: Address): Promise<bigint> {
  try {
    if (token === zeroAddress) return await client.public.getBalance({ address: owner });
    return await client.public.readContract({ address: token, abi: testTokenAbi, functionName: 'balanceOf', args: [owner] });
  } catch (error) {
    throw toChainError(error, 'balanceOf');
  }
}

/** How much of `token` the client's account lets `spender` take. */
export async function allowanceOf(client: ChainClient, token: Address, spender: Address): Promise<bigint> {
  try {
    return await client.public.readContract({
      address: token,
      abi: testTokenAbi,
      functionName: 'allowance',
      args: [client.account.address, spender],
    });
  } catch (error) {
    throw toChainError(error, 'allowance');
  }
}

/** Sets the client's allowance for `spender` to exactly `amount`. */
export async function approveToken(
  client: ChainClient,
  params: { token: Address; spender: Address; amount: bigint },
): Promise<TxResult> {
  const { result } = await transact(client, 'approve', () =>
    client.wallet.writeContract({
      address: params.token,
      abi: testTokenAbi,
      functionName: 'approve',
      args: [params.spender, params.amount],
    }),
  );
  return result;
}

/**
 * Sets the client's allowance for `spender` to exactly `amount` (no approval when it already is).
 * A non-zero allowance is first set to 0: tokens such as USDT refuse to change one non-zero
 * allowance into another (a guard against the approve race). Returns the approvals sent.
 */
export async function setAllowance(
  client: ChainClient,
  params: { token: Address; spender: Address; amount: bigint },
): Promise<TxResult[]> {
  if (params.token === zeroAddress) return [];
  const current = await allowanceOf(client, params.token, params.spender);
  if (current === params.amount) return [];
  const sent: TxResult[] = [];
  if (current !== 0n && params.amount !== 0n) sent.push(await approveToken(client, { ...params, amount: 0n }));
  sent.push(await approveToken(client, params));
  return sent;
}

/**
 * Runs a deposit of `amount` of a token (open, top-up) with an allowance of exactly `amount` for
 * the time of the deposit: approved just before, and anything left afterwards (the deposit failed,
 * or a token that does not spend allowances as usual) set back to 0, so the requester never leaves
 * `spender` a standing allowance. ETH deposits run as they are.
 */
/**
 * Gas added to a token deposit's estimate. The estimate is taken against the state before the transaction
 * runs, and an executor's collect that lands in between can empty the contract's balance of that token: the
 * deposit's transferFrom then writes a zero balance slot (+17,100 gas) and the deposit would run out of gas
 * (a revert with no reason). Unused gas is not paid.
 */
export const TOKEN_DEPOSIT_GAS_MARGIN = 25_000n;

export async function withExactAllowance<T>(
  client: ChainClient,
  params: { token: Address; spender: Address; amount: bigint },
  deposit: () => Promise<T>,
): Promise<{ result: T; approvals: TxResult[] }> {
  if (params.token === zeroAddress) return { result: await deposit(), approvals: [] };
  const approvals = await setAllowance(client, params);
  let result: T;
  try {
    result = await deposit();
  } catch (error) {
    // The deposit did not take the allowance: take it back (the deposit's error is the one to report).
    await setAllowance(client, { ...params, amount: 0n }).catch(() => undefined);
    throw error;
  }
  approvals.push(...(await setAllowance(client, { ...params, amount: 0n })));
  return { result, approvals };
}

/** Mints a test token (contracts/test/*: anyone may mint; development only) to one or many accounts. */
export async function mintTestToken(
  client: ChainClient,
  params: { token: Address; to: Address | readonly Address[]; amount: bigint },
): Promise<TxResult> {
  const { token, to, amount } = params;
  const { result } = await transact(client, 'mint', () =>
    typeof to === 'string'
      ? client.wallet.writeContract({ address: token, abi: testTokenAbi, functionName: 'mint', args: [to, amount] })
      : client.wallet.writeContract({ address: token, abi: testTokenAbi, functionName: 'mintEach', args: [to, amount] }),
  );
  return result;
}
