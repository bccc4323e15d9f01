/**
 * An executor relays release requests to its enclave (docs/protocol.md, "Release request"):
 *
 *   POST /v1/release-request  { "statement": "0x<276 bytes>" }  ->  200 { "signature": "0x<64 bytes>" }
 *                                                               ->  400 { "error": "RELEASE_REQUEST_MALFORMED" }
 *
 * The enclave signs only a release request naming its own key (checkReleaseRequestToSign), so the
 * route cannot make it sign a record or anything else. The requester uses executorReleaseSigner as
 * requestRelease's signRequest.
 */
import { z } from 'zod';
import { RELEASE_REQUEST_BYTES } from '../protocol/release.js';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

export const RELEASE_REQUEST_PATH = '/v1/release-request';

const bodySchema = z.object({ statement: z.string().regex(new RegExp(`^0x[0-9a-fA-F]{${2 * RELEASE_REQUEST_BYTES}}$`)) }).strict();
const answerSchema = z.object({ signature: z.string().regex(/^0x[0-9a-fA-F]{128}$/) });

/** The statement of a relay request body, or undefined when the body is not one. */
export function parseReleaseRequestBody(body: unknown): Uint8Array | undefined {
  const parsed = bodySchema.safeParse(body);
  return parsed.success ? fromHex(parsed.data.statement) : undefined;
}

/** A signRequest for requestRelease that asks the executor at `executorUrl` to have its enclave sign. */
export function executorReleaseSigner(executorUrl: string, options: { timeoutMs?: number } = {}): (statement: Uint8Array) => Promise<Uint8Array> {
  return async (statement) => {
    const url = new URL(RELEASE_REQUEST_PATH, executorUrl);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ statement: toHex(statement) }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (cause) {
      throw new AirtntError('EXECUTOR_UNREACHABLE', `cannot ask ${url.origin} to sign a release request`, { cause });
    }
    const text = await response.text();
    let parsed: ReturnType<typeof answerSchema.safeParse> | undefined;
    try {
      parsed = text.length <= 1024 ? answerSchema.safeParse(JSON.parse(text)) : undefined;
    } catch {
      parsed = undefined;
    }
    if (response.status === 400 && text.includes('"OWNER_CHAIN_MISMATCH"')) {
      throw new AirtntError('OWNER_CHAIN_MISMATCH', `the executor at ${url.origin} serves another chain or channels contract than the release request names`, { details: { status: response.status } });
    }
    if (response.status !== 200 || !parsed?.success) {
      throw new AirtntError('RELEASE_REQUEST_MALFORMED', `the executor at ${url.origin} did not sign the release request`, { details: { status: response.status } });
    }
    return fromHex(parsed.data.signature);
  };
}
