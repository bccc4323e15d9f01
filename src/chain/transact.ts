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
      receipt = await waitForReceipt(client, hash, action);
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
/** Backoff between receipt lookups the RPC failed (down, rate-limited, erroring): doubles up to the cap. */
const RPC_BACKOFF_FIRST_MS = 250;
const RPC_BACKOFF_MAX_MS = 5_000;

/**
 * viem's wait looks for the receipt once, then again only when a new block appears. A node may show
 * a block a moment before it serves the receipts in it (anvil under load does): on a chain that
 * mines only on transactions no other block comes, and the wait ran into its timeout with the
 * transaction long mined (the invariant test's CHAIN_CALL_FAILED "Timed out while waiting for
 * transaction"). And when it finds the transaction in a block before its receipt is served, it gives
 * up at once (TransactionReceiptNotFoundError). So it waits in short slices, each of which starts
 * with a direct look, and a receipt not served yet is looked for again.
 *
 * The transaction is out once sent: an RPC that fails while we wait (down, slow, rate-limiting)
 * says nothing about it, and giving up at the first failed lookup left the caller not knowing
 * whether it landed (an open or a refund reported failed, then mined). So failed lookups are retried
 * with backoff until the deadline, which then says what was waited for (CHAIN_TX_UNMINED, with the
 * hash and the last RPC error).
 */
export async function waitForReceipt(client: ChainClient, hash: Hex, action: string, timeoutMs: number = RECEIPT_TIMEOUT_MS): Promise<TransactionReceipt> {
  const deadline = Date.now() + timeoutMs;
  let backoff = RPC_BACKOFF_FIRST_MS;
  let lastRpcError: unknown;
  for (;;) {
    const timeout = Math.max(1, Math.min(RECEIPT_SLICE_MS, deadline - Date.now()));
    try {
      return await client.public.waitForTransactionReceipt({ hash, timeout });
    } catch (error) {
      const notYet = error instanceof WaitForTransactionReceiptTimeoutError || error instanceof TransactionReceiptNotFoundError;
      if (!notYet) lastRpcError = error;
      if (Date.now() >= deadline) {
        throw new AirtntError('CHAIN_TX_UNMINED', `${action}: transaction ${hash} was sent but no receipt was seen within ${timeoutMs / 1000} s`, {
          details: { hash, action, lastRpcError: lastRpcError === undefined ? undefined : toChainError(lastRpcError, action).message.split('\n')[0] },
          hint: 'it may still be mined: read the chain (the receipt of this hash, or the state it changes) before sending it again',
          cause: lastRpcError ?? error,
        });
      }
      if (error instanceof TransactionReceiptNotFoundError) await sleep(client.public.pollingInterval);
      else if (!notYet) {
        await sleep(Math.min(backoff, Math.max(0, deadline - Date.now())));
        backoff = Math.min(backoff * 2, RPC_BACKOFF_MAX_MS);
      }
    }
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
