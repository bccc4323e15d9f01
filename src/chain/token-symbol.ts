/**
 * Reads an ERC-20 token's symbol() for display, the way a hostile token cannot abuse: a small gas
 * limit bounds the call, the answer must be a short ABI string (or the bytes32 of old tokens), and
 * only printable ASCII is kept. Undefined when the token has no readable symbol: callers then say
 * "tokens". ETH (zeroAddress) is "ETH".
 */
import { zeroAddress, type Address, type Hex } from 'viem';
import type { ChainClient } from './client.js';
import { DECIMALS_CALL_GAS } from './token-decimals.js';

const SYMBOL_SELECTOR: Hex = '0x95d89b41';
/** Longest symbol shown; real ones are a few characters. */
export const MAX_SYMBOL_CHARS = 16;

function printable(bytes: Buffer): string | undefined {
  const text = bytes.toString('latin1').replace(/\0+$/, '');
  return /^[\x21-\x7e]{1,16}$/.test(text) ? text : undefined;
}

export async function readTokenSymbol(client: Pick<ChainClient, 'public'>, token: Address): Promise<string | undefined> {
  if (token.toLowerCase() === zeroAddress) return 'ETH';
  let data: Hex | undefined;
  try {
    ({ data } = await client.public.call({ to: token, data: SYMBOL_SELECTOR, gas: DECIMALS_CALL_GAS }));
  } catch {
    return undefined;
  }
  if (data === undefined) return undefined;
  const bytes = Buffer.from(data.slice(2), 'hex');
  // bytes32 symbols (old tokens): one word, the text left-aligned.
  if (bytes.length === 32) return printable(bytes);
  // An ABI string: offset (32), length, then the bytes padded to a word; nothing longer is a symbol.
  if (bytes.length !== 96 || bytes.readBigUInt64BE(24) !== 32n) return undefined;
  const length = Number(bytes.readBigUInt64BE(56));
  if (bytes.subarray(0, 24).some((b) => b !== 0) || bytes.subarray(32, 56).some((b) => b !== 0) || length > MAX_SYMBOL_CHARS) return undefined;
  return printable(bytes.subarray(64, 64 + length));
}
