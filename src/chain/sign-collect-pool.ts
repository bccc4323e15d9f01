/**
 * Pool member: signs (does not send) a collectPool transaction with an explicit nonce, gas and fees,
 * so the pool collector can store it, and its hash, before it is broadcast (as sign-collect.ts does
 * for a channel's collect). The client points at AirtntPools; `ref.executor` is the pool address.
 */
import { encodeFunctionData, isAddressEqual, keccak256, type Address, type Hex } from 'viem';
import { poolAddress } from '../protocol/pool-signatures.js';
import { AirtntError } from '../util/errors.js';
import { requireChannels, type ChainClient } from './client.js';
import { airtntPoolsAbi } from './generated/contracts.js';
import type { ChannelRef } from './ref.js';
import type { SignCollectReturnType, TxFees } from './sign-collect.js';
import { checkAmount, checkRef, checkSignatureHex, keyToBytes32 } from './validate.js';

export type CollectPoolCall = {
  /** The channel; its executor is poolAddress(members). */
  ref: ChannelRef;
  /** The pool's ordered member list, as the channel was opened for. */
  members: readonly Address[];
  /** This member's cumulative amount the requester signed. */
  amount: bigint;
  /** The 32-byte round key k with keccak256(k) = the signed keyHash. */
  key: Uint8Array | Hex;
  /** The requester's 65-byte signature over PoolPayment(channelId, member, amount, keccak256(k)). */
  signature: Hex;
};

export type SignCollectPoolParameters = CollectPoolCall & { nonce: number; gas: bigint; fees: TxFees };

/** The collectPool arguments for this client's account, after checking it is a member of the channel's pool. */
export function collectPoolArgs(client: ChainClient, params: CollectPoolCall): readonly [Address, Address, bigint, Address[], bigint, bigint, Hex, Hex] {
  const ref = checkRef(params.ref);
  const pool = poolAddress(params.members);
  if (!isAddressEqual(pool, ref.executor)) {
    throw new AirtntError('POOL_MEMBERS_INVALID', `the channel's executor ${ref.executor} is not the pool of these members (${pool})`, {
      details: { executor: ref.executor, pool },
      hint: 'pass the member list, in its order, that the channel was opened for',
    });
  }
  const index = params.members.findIndex((member) => isAddressEqual(member, client.account.address));
  if (index < 0) {
    throw new AirtntError('NOT_EXECUTOR', 'collectPool: only a member of the pool may collect', { details: { account: client.account.address }, hint: "use a client made with a member's private key" });
  }
  return [ref.requester, ref.token, ref.lane, [...params.members], BigInt(index), checkAmount(params.amount), keyToBytes32(params.key), checkSignatureHex(params.signature)];
}

export async function signCollectPool(client: ChainClient, params: SignCollectPoolParameters): Promise<SignCollectReturnType> {
  const pools = requireChannels(client);
  const data = encodeFunctionData({ abi: airtntPoolsAbi, functionName: 'collectPool', args: collectPoolArgs(client, params) });
  const common = { chainId: client.chain.id, to: pools, data, nonce: params.nonce, gas: params.gas, value: 0n };
  const raw =
    params.fees.kind === 'eip1559'
      ? await client.account.signTransaction({ ...common, type: 'eip1559', maxFeePerGas: params.fees.maxFeePerGas, maxPriorityFeePerGas: params.fees.maxPriorityFeePerGas })
      : await client.account.signTransaction({ ...common, type: 'legacy', gasPrice: params.fees.gasPrice });
  return { hash: keccak256(raw), raw };
}
