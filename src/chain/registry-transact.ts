/**
 * Sends one AirtntRegistry transaction (through transact) and names its custom errors REGISTRY_<NAME>
 * (e.g. VerifierNotDrawn -> REGISTRY_VERIFIER_NOT_DRAWN), with the decoded arguments as details.
 */
import type { Hex, TransactionReceipt } from 'viem';
import { AirtntError, isAirtntErrorCode } from '../util/errors.js';
import type { ChainClient } from './client.js';
import { toChainError } from './errors.js';
import { airtntRegistryAbi, registryChallengesAbi } from './generated/contracts.js';
import { transact, type TxResult } from './transact.js';

// The challenge module's own errors revert from the registry's address too (it runs by DELEGATECALL).
const REGISTRY_ERRORS: ReadonlySet<string> = new Set([...airtntRegistryAbi, ...registryChallengesAbi].filter((item) => item.type === 'error').map((item) => item.name));

/** The AirtntError for anything a registry call threw. */
export function toRegistryError(error: unknown, action: string): AirtntError {
  const chainError = toChainError(error, action);
  const name = chainError.details['error'];
  if (typeof name !== 'string' || !REGISTRY_ERRORS.has(name)) return chainError;
  const code = `REGISTRY_${name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;
  if (!isAirtntErrorCode(code)) return chainError;
  return new AirtntError(code, chainError.shortMessage, { details: chainError.details, cause: chainError.cause });
}

export async function registryTransact(
  client: ChainClient,
  action: string,
  send: () => Promise<Hex>,
): Promise<{ result: TxResult; receipt: TransactionReceipt }> {
  try {
    return await transact(client, action, send);
  } catch (error) {
    throw toRegistryError(error, action);
  }
}
