/**
 * Sends a signed transaction (eth_sendRawTransaction) without waiting for it. Sending the same bytes
 * again is harmless ('known'), which is what lets a restarted or reorged sender simply re-send what it
 * stored. Node refusals that the sender acts on get their own codes.
 */
import { BaseError, type Hex } from 'viem';
import { AirtntError, type AirtntErrorCode } from '../util/errors.js';
import type { ChainClient } from './client.js';
import { toChainError } from './errors.js';

export type BroadcastTransactionReturnType = 'sent' | 'known';

/** Node error texts (geth, reth, anvil, erigon) and the code each one becomes. */
const REFUSALS: { pattern: RegExp; code: AirtntErrorCode | 'KNOWN'; hint: string }[] = [
  { pattern: /already known|already imported|known transaction/i, code: 'KNOWN', hint: '' },
  { pattern: /nonce too low|nonce has already been used|old nonce/i, code: 'CHAIN_NONCE_TOO_LOW', hint: 'another transaction took this nonce: read the account nonce again' },
  { pattern: /replacement.*underpriced|underpriced.*replace/i, code: 'CHAIN_REPLACEMENT_UNDERPRICED', hint: 'a replacement must raise both fee fields (by at least 10-12.5 %)' },
  { pattern: /less than block base fee|fee cap less than|underpriced|fee too low/i, code: 'CHAIN_FEE_TOO_LOW', hint: 'raise the fee above the current base fee' },
];

export async function broadcastTransaction(client: ChainClient, raw: Hex): Promise<BroadcastTransactionReturnType> {
  try {
    await client.public.sendRawTransaction({ serializedTransaction: raw });
    return 'sent';
  } catch (error) {
    const text = error instanceof BaseError ? `${error.shortMessage} ${error.details ?? ''}` : String(error);
    const refusal = REFUSALS.find((r) => r.pattern.test(text));
    if (refusal?.code === 'KNOWN') return 'known';
    if (refusal !== undefined) {
      throw new AirtntError(refusal.code, `the node refused the transaction: ${text.slice(0, 200)}`, { hint: refusal.hint, cause: error });
    }
    throw toChainError(error, 'broadcastTransaction');
  }
}
