/**
 * Pool member: collects its own cumulative PoolPayment by revealing its key; the channel stays open.
 * The client points at the AirtntPools contract (withChannels), and `ref.executor` is the pool address.
 */
import { isAddressEqual, parseEventLogs, type Address, type Hex } from 'viem';
import { poolAddress } from '../protocol/pool-signatures.js';
import { AirtntError } from '../util/errors.js';
import { requireChannels, type ChainClient } from './client.js';
import { airtntPoolsAbi } from './generated/contracts.js';
import { channelLogs } from './logs.js';
import type { ChannelRef } from './ref.js';
import { transact, type TxResult } from './transact.js';
import { checkAmount, checkRef, checkSignatureHex, keyToBytes32 } from './validate.js';

export type CollectPoolPaymentParameters = {
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
/** `collected` is this member's cumulative collected amount afterwards (= amount). */
export type CollectPoolPaymentReturnType = TxResult & { collected: bigint };

export async function collectPoolPayment(client: ChainClient, params: CollectPoolPaymentParameters): Promise<CollectPoolPaymentReturnType> {
  const pools = requireChannels(client);
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
    throw new AirtntError('NOT_EXECUTOR', 'collectPool: only a member of the pool may collect', {
      details: { account: client.account.address },
      hint: 'use a client made with a member\'s private key',
    });
  }
  const amount = checkAmount(params.amount);
  const key = keyToBytes32(params.key);
  const signature = checkSignatureHex(params.signature);
  const { result, receipt } = await transact(client, 'collectPool', () =>
    client.wallet.writeContract({
      address: pools,
      abi: airtntPoolsAbi,
      functionName: 'collectPool',
      args: [ref.requester, ref.token, ref.lane, [...params.members], BigInt(index), amount, key, signature],
    }),
  );
  const [event] = parseEventLogs({ abi: airtntPoolsAbi, logs: channelLogs(receipt, pools), eventName: 'PoolCollected' });
  return { ...result, collected: event?.args.amount ?? amount };
}
