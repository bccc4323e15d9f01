/**
 * GET <endpoint>/v1/vrf/<alpha hex>: a registered node's VRF proof on a seed (docs/protocol.md, "Registry",
 * "VRF proofs over HTTP"). Bounded in size and time; the answer is untrusted: the caller verifies the
 * proof against the VRF key registered on chain (the key in the answer is only compared with it).
 */
import { z } from 'zod';
import { boundedGet } from '../node/bounded-get.js';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';

export const VRF_PATH = '/v1/vrf';
const MAX_VRF_BYTES = 1024;

const answerSchema = z.object({ publicKey: z.string().regex(/^0x[0-9a-fA-F]{64}$/), proof: z.string().regex(/^0x[0-9a-fA-F]{160}$/) });

export type VrfAnswer = { publicKey: Uint8Array; proof: Uint8Array };

/** The JSON a node serves for `alpha` (bytes as 0x-hex). */
export function vrfAnswerJson(answer: VrfAnswer): { publicKey: string; proof: string } {
  return { publicKey: toHex(answer.publicKey), proof: toHex(answer.proof) };
}

/** Parses the path parameter of GET /v1/vrf/:alpha: 0x and 64 hex digits, else undefined. */
export function parseAlphaParam(text: string): Uint8Array | undefined {
  return /^0x[0-9a-fA-F]{64}$/.test(text) ? fromHex(text, 32, 'alpha') : undefined;
}

export async function fetchVrfProof(endpoint: string, alpha: Uint8Array, timeoutMs: number): Promise<VrfAnswer> {
  let url: URL;
  try {
    url = new URL(`${VRF_PATH}/${toHex(alpha)}`, endpoint);
  } catch (cause) {
    throw new AirtntError('INVALID_EXECUTOR_URL', 'a registered endpoint is not a URL', { details: { endpoint }, cause });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new AirtntError('INVALID_EXECUTOR_URL', 'registered endpoints are http(s)://host:port', { details: { endpoint } });
  }
  const tooLarge = () => new AirtntError('VRF_ANSWER_INVALID', `the VRF answer of ${endpoint} exceeds ${MAX_VRF_BYTES} bytes`);
  const { status, body } = await boundedGet(url, { timeoutMs, maxBytes: MAX_VRF_BYTES, baseUrl: endpoint, tooLarge });
  if (status !== 200) throw new AirtntError('EXECUTOR_UNREACHABLE', `GET ${url} answered ${status}`, { details: { endpoint, status } });
  let parsed: z.infer<typeof answerSchema>;
  try {
    parsed = answerSchema.parse(JSON.parse(body.toString('utf8')));
  } catch (cause) {
    throw new AirtntError('VRF_ANSWER_INVALID', `the VRF answer of ${endpoint} is not { publicKey, proof } in hex`, { details: { endpoint }, cause });
  }
  return { publicKey: fromHex(parsed.publicKey, 32, 'publicKey'), proof: fromHex(parsed.proof, 80, 'proof') };
}
