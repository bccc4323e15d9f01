/** Receipt logs emitted by the channels contract only (tokens emit their own events in the same receipt). */
import { isAddressEqual, type Address, type Log, type TransactionReceipt } from 'viem';
import { AirtntError } from '../util/errors.js';
import type { ChainClient } from './client.js';

export function channelLogs(receipt: TransactionReceipt, channels: Address): Log[] {
  return receipt.logs.filter((log) => isAddressEqual(log.address, channels));
}

/** Refuses a requester action from another account: the contract would look at the sender's own lane. */
export function assertRequester(client: ChainClient, requester: Address, action: string): void {
  if (!isAddressEqual(client.account.address, requester)) {
    throw new AirtntError('NOT_REQUESTER', `${action}: only the channel's requester may do this`, {
      details: { account: client.account.address, requester },
      hint: 'use a client made with the requester\'s private key',
    });
  }
}

/** Refuses an executor action from another account. */
export function assertExecutor(client: ChainClient, executor: Address, action: string): void {
  if (!isAddressEqual(client.account.address, executor)) {
    throw new AirtntError('NOT_EXECUTOR', `${action}: only the channel's executor may do this`, {
      details: { account: client.account.address, executor },
      hint: 'use a client made with the executor\'s private key',
    });
  }
}
