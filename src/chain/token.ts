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

/** Approves `amount` for `spender` unless the allowance already covers it; returns the approval if one was sent. */
export async function ensureAllowance(
  client: ChainClient,
  params: { token: Address; spender: Address; amount: bigint },
): Promise<TxResult | undefined> {
  if (params.token === zeroAddress || params.amount === 0n) return undefined;
  if ((await allowanceOf(client, params.token, params.spender)) >= params.amount) return undefined;
  return approveToken(client, params);
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
