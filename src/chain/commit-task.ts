/** A requester: commits its one task id for epoch current + 2, before that epoch's seed exists. */
import { parseEventLogs, type Address, type Hex } from 'viem';
import { AirtntError } from '../util/errors.js';
import type { ChainClient } from './client.js';
import { airtntRegistryAbi } from './generated/contracts.js';
import { channelLogs } from './logs.js';
import { registryTransact } from './registry-transact.js';
import type { TxResult } from './transact.js';
import { checkAddress } from './validate.js';

export type CommitTaskReturnType = TxResult & { taskId: Hex; epoch: bigint };

export async function commitTask(client: ChainClient, params: { registry: Address; salt: Hex }): Promise<CommitTaskReturnType> {
  const registry = checkAddress(params.registry, 'registry');
  const { result, receipt } = await registryTransact(client, 'commitTask', () =>
    client.wallet.writeContract({ address: registry, abi: airtntRegistryAbi, functionName: 'commitTask', args: [params.salt] }),
  );
  const [event] = parseEventLogs({ abi: airtntRegistryAbi, logs: channelLogs(receipt, registry), eventName: 'TaskCommitted' });
  if (!event) throw new AirtntError('CHAIN_EVENT_MISSING', 'commitTask: the receipt has no TaskCommitted event', { details: { hash: result.hash } });
  return { ...result, taskId: event.args.taskId, epoch: event.args.epoch };
}
