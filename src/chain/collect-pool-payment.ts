/**
 * Pool member: collects its own cumulative PoolPayment by revealing its key; the channel stays open.
 * The client points at the AirtntPools contract (withChannels), and `ref.executor` is the pool address.
 */
import { parseEventLogs } from 'viem';
import { requireChannels, type ChainClient } from './client.js';
import { airtntPoolsAbi } from './generated/contracts.js';
import { channelLogs } from './logs.js';
import { collectPoolArgs, type CollectPoolCall } from './sign-collect-pool.js';
import { transact, type TxResult } from './transact.js';

export type CollectPoolPaymentParameters = CollectPoolCall;
/** `collected` is this member's cumulative collected amount afterwards (= amount). */
export type CollectPoolPaymentReturnType = TxResult & { collected: bigint };

export async function collectPoolPayment(client: ChainClient, params: CollectPoolPaymentParameters): Promise<CollectPoolPaymentReturnType> {
  const pools = requireChannels(client);
  const args = collectPoolArgs(client, params);
  const { result, receipt } = await transact(client, 'collectPool', () =>
    client.wallet.writeContract({
      address: pools,
      abi: airtntPoolsAbi,
      functionName: 'collectPool',
      args,
    }),
  );
  const [event] = parseEventLogs({ abi: airtntPoolsAbi, logs: channelLogs(receipt, pools), eventName: 'PoolCollected' });
  return { ...result, collected: event?.args.amount ?? args[5] };
}
