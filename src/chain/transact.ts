/** Sends one transaction of a client (in order with its others) and waits for its receipt. */
import type { Hex, TransactionReceipt } from 'viem';
import { AirtntError } from '../util/errors.js';
import type { ChainClient } from './client.js';
import { toChainError } from './errors.js';

/** What every write action returns (plus its own fields). `fee` = gasUsed * effectiveGasPrice, in wei. */
export type TxResult = { hash: Hex; gasUsed: bigint; fee: bigint; blockNumber: bigint };

/**
 * Runs `send` (which returns a transaction hash) exclusively for this client, waits for the receipt
 * and throws an AirtntError when the transaction could not be sent or reverted.
 */
export async function transact(
  client: ChainClient,
  action: string,
  send: () => Promise<Hex>,
): Promise<{ result: TxResult; receipt: TransactionReceipt }> {
  return client.exclusive(async () => {
    let receipt: TransactionReceipt;
    try {
      const hash = await send();
      receipt = await client.public.waitForTransactionReceipt({ hash, timeout: 120_000 });
    } catch (error) {
      throw toChainError(error, action);
    }
    if (receipt.status !== 'success') {
      throw new AirtntError('CHAIN_TX_REVERTED', `${action}: the transaction was mined but reverted`, {
        details: { hash: receipt.transactionHash, blockNumber: receipt.blockNumber },
        hint: 'the channel changed between estimation and inclusion; read it again and retry',
      });
    }
    return {
      result: {
        hash: receipt.transactionHash,
        gasUsed: receipt.gasUsed,
        fee: receipt.gasUsed * receipt.effectiveGasPrice,
        blockNumber: receipt.blockNumber,
      },
      receipt,
    };
  });
}
