/** Sends one transaction of a client (in order with its others) and waits for its receipt. */
import { TransactionReceiptNotFoundError, WaitForTransactionReceiptTimeoutError, type Hex, type TransactionReceipt } from 'viem';
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
      receipt = await waitForReceipt(client, hash);
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

/** How long a transaction may take to be mined, and the slices that wait is cut in. */
const RECEIPT_TIMEOUT_MS = 120_000;
const RECEIPT_SLICE_MS = 2_000;

/**
 * viem's wait looks for the receipt once, then again only when a new block appears. A node may show
 * a block a moment before it serves the receipts in it (anvil under load does): on a chain that
 * mines only on transactions no other block comes, and the wait ran into its timeout with the
 * transaction long mined (the invariant test's CHAIN_CALL_FAILED "Timed out while waiting for
 * transaction"). And when it finds the transaction in a block before its receipt is served, it gives
 * up at once (TransactionReceiptNotFoundError). So it waits in short slices, each of which starts
 * with a direct look, and a receipt not served yet is looked for again.
 */
async function waitForReceipt(client: ChainClient, hash: Hex): Promise<TransactionReceipt> {
  const deadline = Date.now() + RECEIPT_TIMEOUT_MS;
  for (;;) {
    const timeout = Math.max(1, Math.min(RECEIPT_SLICE_MS, deadline - Date.now()));
    try {
      return await client.public.waitForTransactionReceipt({ hash, timeout });
    } catch (error) {
      const notYet = error instanceof WaitForTransactionReceiptTimeoutError || error instanceof TransactionReceiptNotFoundError;
      if (!notYet || Date.now() >= deadline) throw error;
      if (error instanceof TransactionReceiptNotFoundError) await new Promise((resolve) => setTimeout(resolve, client.public.pollingInterval));
    }
  }
}
