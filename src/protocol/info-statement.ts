/**
 * The executor's terms, signed by its attested enclave (docs/protocol.md part 3, "signed info
 * statement"): what /v1/info says that is not in the evidence (payee, prices, tokens, minimum
 * deposit, chain, contract, limits, functions) would otherwise be anyone's to rewrite on the path.
 * The enclave signs these bytes with its Ed25519 record key, which the evidence binds; the requester
 * rebuilds them from the info document it received and checks the signature, so a rewritten field
 * fails it. Big-endian integers, fixed order, lists sorted and without duplicates:
 *
 *   off  len  field
 *     0   23  domain tag, ASCII "airtnt/executor-info/v2" (differs from "airtnt/record/v4" at
 *             byte 7: no statement is ever a round record, nor the reverse). v2 since protocol
 *             airtnt/4: an enclave of an earlier protocol signs v1 statements only, so no host can
 *             present it as airtnt/4 (its rounds could not be opened by an airtnt/4 requester)
 *    23   32  signingPublicKey of the enclave that signs (the statement names its own signer)
 *    55    8  chainId
 *    63   20  channels contract
 *    83   20  executor (payee)
 *   103   32  pricePerCycle (ETH, wei; uint256)
 *   135   32  minDeposit (uint256)
 *   167    8  maxCyclesPerRound
 *   175    8  minChannelSeconds
 *   183    8  maxFrameBytes
 *   191    8  maxStateBytes
 *   199    2  n = number of accepted tokens (<= 64)
 *   201  52n  n x (token address (20) || pricePerCycle (uint256, 32)), sorted by address
 *     .    2  m = number of functions (<= 1000)
 *     .  32m  m x function measurement (32), sorted
 *   then, only when the executor states which modules it accepts (`modules` in /v1/info):
 *     .    1  accept: 0 built-in functions only, 1 any module, 2 the listed ones
 *     .    8  maxModuleBytes
 *     .    2  k = number of listed measurements (m + k <= 1000; 0 unless accept = 2)
 *     .  32k  k x measurement (32), sorted
 *   then, only when the executor bounds how long a channel it serves may run (`limits.maxChannelSeconds`):
 *     .    1  tag 0xc1 (not a modules accept code, so either trailer is recognised alone)
 *     .    8  maxChannelSeconds
 *
 * The signature is 64 bytes of pure Ed25519 (RFC 8032) over the statement bytes.
 */
import type { CryptoPrimitives } from '../crypto/primitives.js';
import { assertLength, concatBytes, equalBytes, fromHex, u64be, utf8 } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { verifyRecordSignature } from './record.js';

export const INFO_STATEMENT_DOMAIN = utf8('airtnt/executor-info/v2');
export const MAX_INFO_TOKENS = 64;
const CHANNEL_TRAILER_BYTES = 9;
export const MAX_INFO_FUNCTIONS = 1000;
/** The largest statement there can be (an enclave refuses to sign anything longer). */
/** Functions and listed modules share the 1000 measurements a statement holds at most. */
export const MAX_INFO_STATEMENT_BYTES = 201 + 52 * MAX_INFO_TOKENS + 2 + 32 * MAX_INFO_FUNCTIONS + 11 + CHANNEL_TRAILER_BYTES;
const MODULE_ACCEPT_CODES = { builtin: 0, any: 1, list: 2 } as const;
const CHANNEL_TRAILER_TAG = 0xc1;
const HEADER_BYTES = 201;
const U256_MAX = (1n << 256n) - 1n;

export type InfoStatement = {
  signingPublicKey: Uint8Array;
  chainId: number;
  channels: `0x${string}`;
  executor: `0x${string}`;
  pricePerCycle: bigint;
  minDeposit: bigint;
  /** maxChannelSeconds: the longest channel (from a session's opening to its expiry) served; absent: no bound. */
  limits: { maxCyclesPerRound: number; minChannelSeconds: number; maxFrameBytes: number; maxStateBytes: number; maxChannelSeconds?: number | undefined };
  acceptedTokens: { token: `0x${string}`; pricePerCycle: bigint }[];
  /** Lowercase hex without 0x. */
  functions: string[];
  /** Which modules sent with sessions the executor accepts (absent: built-in functions only, no trailer). */
  modules?: { accept: 'any' | 'builtin' | 'list'; measurements: string[]; maxModuleBytes: number } | undefined;
};

function measurementBytes(list: string[], what: string): Uint8Array[] {
  const sorted = list.map((f) => f.toLowerCase()).sort();
  if (sorted.length > MAX_INFO_FUNCTIONS) bad(`too many ${what}`, { count: sorted.length });
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) bad(`a ${what} measurement is listed twice`, { function: sorted[i] });
  return sorted.map((f) => {
    if (!/^[0-9a-f]{64}$/.test(f)) bad('a function measurement is 32 bytes of hex', { function: f });
    return fromHex(`0x${f}`);
  });
}

/** The optional trailer of the statement: which modules the executor accepts. */
function modulesTrailer(modules: InfoStatement['modules']): Uint8Array[] {
  if (modules === undefined) return [];
  const accept = MODULE_ACCEPT_CODES[modules.accept];
  if (accept === undefined) bad('unknown module acceptance', { accept: modules.accept });
  if (modules.accept !== 'list' && modules.measurements.length > 0) bad('only a list acceptance lists measurements');
  const listed = measurementBytes(modules.measurements, 'accepted module');
  return [new Uint8Array([accept]), safeUint(modules.maxModuleBytes, 'maxModuleBytes'), u16(listed.length), ...listed];
}

function bad(message: string, details: Record<string, unknown> = {}): never {
  throw new AirtntError('INFO_STATEMENT_INVALID', message, { details });
}

function u256(value: bigint, name: string): Uint8Array {
  if (value < 0n || value > U256_MAX) bad(`${name} is not a uint256`, { [name]: value });
  return fromHex(value.toString(16).padStart(64, '0'), 32, name);
}

function address(value: string, name: string): Uint8Array {
  if (!/^0x[0-9a-fA-F]{40}$/.test(value)) bad(`${name} is not an address`, { [name]: value });
  return fromHex(value, 20, name);
}

function u16(value: number): Uint8Array {
  return new Uint8Array([value >> 8, value & 0xff]);
}

function safeUint(value: number, name: string): Uint8Array {
  if (!Number.isSafeInteger(value) || value < 0) bad(`${name} is not an unsigned integer`, { [name]: value });
  return u64be(value);
}

/** The statement bytes (throws INFO_STATEMENT_INVALID on values that have no encoding, or duplicates). */
export function encodeInfoStatement(s: InfoStatement): Uint8Array {
  assertLength(s.signingPublicKey, 32, 'signingPublicKey');
  const tokens = [...s.acceptedTokens].sort((a, b) => (a.token.toLowerCase() < b.token.toLowerCase() ? -1 : 1));
  const functions = [...s.functions].map((f) => f.toLowerCase()).sort();
  if (tokens.length > MAX_INFO_TOKENS || functions.length > MAX_INFO_FUNCTIONS) bad('too many tokens or functions', { tokens: tokens.length, functions: functions.length });
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.token.toLowerCase() === tokens[i - 1]!.token.toLowerCase()) bad('a token is listed twice', { token: tokens[i]!.token });
  for (let i = 1; i < functions.length; i++) if (functions[i] === functions[i - 1]) bad('a function is listed twice', { function: functions[i] });
  return concatBytes(
    INFO_STATEMENT_DOMAIN,
    s.signingPublicKey,
    safeUint(s.chainId, 'chainId'),
    address(s.channels, 'channels'),
    address(s.executor, 'executor'),
    u256(s.pricePerCycle, 'pricePerCycle'),
    u256(s.minDeposit, 'minDeposit'),
    safeUint(s.limits.maxCyclesPerRound, 'maxCyclesPerRound'),
    safeUint(s.limits.minChannelSeconds, 'minChannelSeconds'),
    safeUint(s.limits.maxFrameBytes, 'maxFrameBytes'),
    safeUint(s.limits.maxStateBytes, 'maxStateBytes'),
    u16(tokens.length),
    ...tokens.flatMap((t) => [address(t.token, 'token'), u256(t.pricePerCycle, 'token price')]),
    u16(functions.length),
    ...functions.map((f) => {
      if (!/^[0-9a-f]{64}$/.test(f)) bad('a function measurement is 32 bytes of hex', { function: f });
      return fromHex(f, 32, 'function measurement');
    }),
    ...(functions.length + (s.modules?.measurements.length ?? 0) > MAX_INFO_FUNCTIONS ? bad('more than 1000 functions and listed modules in all') : modulesTrailer(s.modules)),
    ...(s.limits.maxChannelSeconds === undefined ? [] : [new Uint8Array([CHANNEL_TRAILER_TAG]), safeUint(s.limits.maxChannelSeconds, 'maxChannelSeconds')]),
  );
}

/**
 * Enclave side, before signing: the bytes are a well-formed statement naming this enclave's key, so
 * the signing key never signs anything else for the host (a round record above all).
 */
export function checkStatementToSign(bytes: Uint8Array, signingPublicKey: Uint8Array): void {
  if (bytes.length < HEADER_BYTES + 2 || bytes.length > MAX_INFO_STATEMENT_BYTES) bad('an info statement has the wrong length', { length: bytes.length });
  if (!equalBytes(bytes.subarray(0, INFO_STATEMENT_DOMAIN.length), INFO_STATEMENT_DOMAIN)) bad('an info statement starts with its domain tag');
  if (!equalBytes(bytes.subarray(23, 55), signingPublicKey)) bad('the statement names another signing key');
  const tokens = (bytes[199]! << 8) | bytes[200]!;
  const functionsAt = HEADER_BYTES + 52 * tokens;
  if (tokens > MAX_INFO_TOKENS || bytes.length < functionsAt + 2) bad('the token list does not fit the statement', { tokens });
  const functions = (bytes[functionsAt]! << 8) | bytes[functionsAt + 1]!;
  const trailerAt = functionsAt + 2 + 32 * functions;
  if (functions > MAX_INFO_FUNCTIONS || bytes.length < trailerAt) bad('the function list does not fit the statement', { functions });
  let at = trailerAt;
  if (at < bytes.length && bytes[at] !== CHANNEL_TRAILER_TAG) {
    // The modules trailer: accept (0..2), maxModuleBytes, k, k measurements.
    if (bytes.length < at + 11 || bytes[at]! > 2) bad('the modules part of the statement is malformed');
    const listed = (bytes[at + 9]! << 8) | bytes[at + 10]!;
    if (functions + listed > MAX_INFO_FUNCTIONS || bytes.length < at + 11 + 32 * listed) bad('the accepted module list does not fit the statement', { listed });
    at += 11 + 32 * listed;
  }
  if (at === bytes.length) return;
  // The channel trailer: tag, maxChannelSeconds; nothing after it.
  if (bytes[at] !== CHANNEL_TRAILER_TAG || bytes.length !== at + CHANNEL_TRAILER_BYTES) bad('the statement has bytes after its last part', { extra: bytes.length - at });
}

/** Requester side: throws INFO_NOT_SIGNED unless `signature` is the enclave's over exactly this statement. */
export function verifyInfoStatement(statement: InfoStatement, signature: Uint8Array, primitives?: CryptoPrimitives): void {
  const bytes = encodeInfoStatement(statement);
  try {
    verifyRecordSignature(bytes, signature, statement.signingPublicKey, primitives);
  } catch (cause) {
    throw new AirtntError('INFO_NOT_SIGNED', 'the executor\'s terms are not signed by its attested enclave', {
      cause,
      hint: 'its /v1/info was rewritten on the way (or by the host): do not trust its address, prices or limits; use https:// or another executor',
    });
  }
}
