/**
 * The key of a paid round, asked of the executor that holds it (GET /v1/keys/:keyHash).
 *
 * A requester that paid round r and never got its key (it crashed, or the connection broke after the
 * payment) can only wait: paying the round again elsewhere would pay it twice while the payment can
 * still be collected. The key normally appears on chain when the executor collects, but that may be
 * near the channel's expiry. Asking the executor is faster, and safe for both: the executor answers
 * only for a key hash that a payment it holds (durably stored, so it can collect) is bound to, and the
 * key of a paid round is revealed on chain by its collect anyway. The round's ciphertexts are also
 * sealed under the session secret, so the key alone tells a stranger nothing. The requester checks
 * keccak256(k) = keyHash before using the answer.
 */
import type { FastifyInstance } from 'fastify';
import { toHex, type Hex } from 'viem';
import { keyHashOf, ROUND_KEY_LENGTH } from '../protocol/payment.js';
import { fromHex } from '../util/bytes.js';
import { boundedGet } from './bounded-get.js';
import { AirtntError } from '../util/errors.js';
import type { ExecutorStore } from './executor-store.js';
import type { ExecutorFaults } from './faults.js';

export const PAID_KEY_PATH = '/v1/keys';

/** The answer is `{"key":"0x" + 64 hex}`: anything longer is not an answer. */
const MAX_ANSWER_BYTES = 256;

/** GET /v1/keys/:keyHash on the executor's public server: k when a stored payment is bound to keyHash, else 404. */
export function servePaidKeys(app: FastifyInstance, store: Pick<ExecutorStore, 'paidKey'>, faults: Pick<ExecutorFaults, 'releasesKey'>): void {
  app.get<{ Params: { keyHash: string } }>(`${PAID_KEY_PATH}/:keyHash`, async (request, reply) => {
    const keyHash = parseKeyHashParam(request.params.keyHash);
    if (keyHash === undefined) return reply.code(400).send({ error: 'KEY_HASH_MALFORMED' });
    const paid = store.paidKey(keyHash);
    // A test fault that withholds keys withholds them here too (src/node/faults.ts).
    if (paid === undefined || !faults.releasesKey(paid)) return reply.code(404).send({ error: 'KEY_UNKNOWN' });
    return paidKeyJson(paid.key);
  });
}

/** The :keyHash path parameter, or undefined when it is not 32 bytes of hex. */
export function parseKeyHashParam(text: string): Hex | undefined {
  const lower = text.toLowerCase();
  return /^0x[0-9a-f]{64}$/.test(lower) ? (lower as Hex) : undefined;
}

/** The executor's answer for a key it holds. */
export function paidKeyJson(key: Uint8Array): { key: Hex } {
  return { key: toHex(key) };
}

/**
 * Asks the executor at `baseUrl` for the key bound to `keyHash`. Undefined when it does not hold it
 * (404), cannot be reached, or answers anything but the key whose keccak256 is `keyHash`: a wrong
 * answer is the executor's problem, the requester goes on waiting for the chain.
 */
export async function fetchPaidKey(baseUrl: string, keyHash: Hex, options: { timeoutMs: number; ca?: string | Buffer | undefined }): Promise<Uint8Array | undefined> {
  let url: URL;
  try {
    url = new URL(`${PAID_KEY_PATH}/${keyHash.toLowerCase()}`, baseUrl);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const tooLarge = () => new AirtntError('EXECUTOR_UNREACHABLE', `the answer of ${baseUrl} for a key exceeds ${MAX_ANSWER_BYTES} bytes`);
  try {
    const { status, body } = await boundedGet(url, { timeoutMs: options.timeoutMs, maxBytes: MAX_ANSWER_BYTES, baseUrl, tooLarge, ca: options.ca });
    if (status !== 200) return undefined;
    const answer: unknown = JSON.parse(body.toString('utf8'));
    const text = typeof answer === 'object' && answer !== null ? (answer as { key?: unknown }).key : undefined;
    if (typeof text !== 'string' || !/^0x[0-9a-fA-F]{64}$/.test(text)) return undefined;
    const key = fromHex(text as Hex, ROUND_KEY_LENGTH, 'key');
    return keyHashOf(key).toLowerCase() === keyHash.toLowerCase() ? key : undefined;
  } catch {
    return undefined;
  }
}

/** Where a requester may ask for the key of a paid round, besides the chain. */
export type PaidKeySource = (round: { round: bigint; channelId: Hex; keyHash: Hex }) => Promise<Uint8Array | undefined>;

/** At most this many executors are asked per key (a job names its own; more would be a flood). */
const MAX_ASKED = 8;

/** Asks `urls` at once (the first 8: a job's own executors) and takes a right answer, if any. */
export function executorKeySource(urls: readonly string[], options: { timeoutMs: number; ca?: string | Buffer | undefined }): PaidKeySource {
  const asked = [...new Set(urls)].slice(0, MAX_ASKED);
  return async (round) => {
    const answers = await Promise.all(asked.map((url) => fetchPaidKey(url, round.keyHash, options)));
    return answers.find((key) => key !== undefined);
  };
}
