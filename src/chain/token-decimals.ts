/**
 * Reads an ERC-20 token's decimals() the way a hostile token cannot abuse: a contract must be
 * there, the call runs with a small gas limit (bounding its time and the size of what it returns),
 * and the answer must be exactly one ABI word holding a number no larger than MAX_TOKEN_DECIMALS.
 * ETH (zeroAddress) has 18.
 */
import { zeroAddress, type Address, type Hex } from 'viem';
import { AirtntError } from '../util/errors.js';
import type { ChainClient } from './client.js';
import { toChainError } from './errors.js';

/**
 * The largest decimals accepted. Channel amounts are below 2^96 (about 7.9e28), so a token with more
 * decimals could not even hold one whole token in a channel; 36 leaves room for odd tokens.
 */
export const MAX_TOKEN_DECIMALS = 36;
/** Gas for the decimals() call: a plain getter needs about 2,500; 100,000 bounds what a hostile one does. */
export const DECIMALS_CALL_GAS = 100_000n;
const DECIMALS_SELECTOR: Hex = '0x313ce567';

export async function readTokenDecimals(client: Pick<ChainClient, 'public'>, token: Address): Promise<number> {
  if (token.toLowerCase() === zeroAddress) return 18;
  let code: Hex | undefined;
  try {
    code = await client.public.getCode({ address: token });
  } catch (error) {
    throw toChainError(error, 'getCode');
  }
  if (code === undefined || code === '0x') {
    throw new AirtntError('TOKEN_NOT_A_CONTRACT', 'the token address has no contract', {
      details: { token },
      hint: 'check the token: it must be the address of an ERC-20 contract on this chain',
    });
  }
  let data: Hex | undefined;
  try {
    ({ data } = await client.public.call({ to: token, data: DECIMALS_SELECTOR, gas: DECIMALS_CALL_GAS }));
  } catch (cause) {
    throw new AirtntError('TOKEN_DECIMALS_UNREADABLE', 'the token\'s decimals() call failed', {
      details: { token, reason: cause instanceof Error ? cause.message.split('\n')[0] : String(cause) },
      hint: 'only ERC-20 tokens with a decimals() getter are supported',
      cause,
    });
  }
  // Exactly one 32-byte word: "0x" and 64 hex digits.
  const decimals = data !== undefined && data.length === 66 ? BigInt(data) : undefined;
  if (decimals === undefined || decimals > BigInt(MAX_TOKEN_DECIMALS)) {
    throw new AirtntError('TOKEN_DECIMALS_INVALID', 'the token\'s decimals() answer is not a number of decimals', {
      details: { token, returnedBytes: data === undefined ? 0 : (data.length - 2) / 2, value: decimals ?? null, max: MAX_TOKEN_DECIMALS, returned: data === undefined ? null : data.slice(0, 130) },
      hint: 'the token is refused: its prices and amounts could not be shown or checked in whole tokens',
    });
  }
  return Number(decimals);
}
