/**
 * GET <verifier endpoint>/v1/verdicts/<node>: the verdict a committee member signed for a join, so that
 * any member (or anyone) can gather QUORUM signatures and submit the admission. JSON, numbers as decimal
 * strings, bytes as 0x-hex. Untrusted on receipt: the gatherer keeps a signature only if the verdict is
 * field for field the one it computed itself and the signature recovers to the member's address.
 */
import { recoverAddress, type Address, type Hex } from 'viem';
import { z } from 'zod';
import { boundedGet } from '../node/bounded-get.js';
import { AirtntError } from '../util/errors.js';
import { verdictDigest, type RegistryDomain, type Verdict } from './signing.js';

export const VERDICTS_PATH = '/v1/verdicts';
/** Where a member of a challenge committee serves the challenge verdict it signed (same body). */
export const CHALLENGE_VERDICTS_PATH = '/v1/challenge-verdicts';
const MAX_VERDICT_BYTES = 4096;

const hex32 = z.string().regex(/^0x[0-9a-fA-F]{64}$/);
const verdictSchema = z.object({
  verdict: z.object({
    node: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
    epoch: z.string().regex(/^\d{1,20}$/),
    committee: z.string().regex(/^\d{1,80}$/),
    evidenceHash: hex32,
    collateralHash: hex32,
    policyHash: hex32,
    time: z.string().regex(/^\d{1,20}$/),
    keysHash: hex32,
    pass: z.boolean(),
  }),
  signature: z.string().regex(/^0x[0-9a-fA-F]{130}$/),
});

export type SignedVerdict = { verdict: Verdict; signature: Hex };

export function signedVerdictJson(signed: SignedVerdict): z.infer<typeof verdictSchema> {
  const v = signed.verdict;
  return {
    verdict: { ...v, epoch: v.epoch.toString(), committee: v.committee.toString(), time: v.time.toString() },
    signature: signed.signature,
  };
}

/** The member's verdict for `node` (its join verdict, or at `path` another case's), or undefined (404: it has not judged yet). */
export async function fetchVerdict(endpoint: string, node: Address, timeoutMs: number, path = VERDICTS_PATH): Promise<SignedVerdict | undefined> {
  const url = new URL(`${path}/${node}`, endpoint);
  const tooLarge = () => new AirtntError('REGISTRY_BAD_INPUT', `the verdict served by ${endpoint} exceeds ${MAX_VERDICT_BYTES} bytes`);
  const { status, body } = await boundedGet(url, { timeoutMs, maxBytes: MAX_VERDICT_BYTES, baseUrl: endpoint, tooLarge });
  if (status === 404) return undefined;
  if (status !== 200) throw new AirtntError('EXECUTOR_UNREACHABLE', `GET ${url} answered ${status}`, { details: { endpoint, status } });
  let parsed: z.infer<typeof verdictSchema>;
  try {
    parsed = verdictSchema.parse(JSON.parse(body.toString('utf8')));
  } catch (cause) {
    throw new AirtntError('REGISTRY_BAD_INPUT', `the verdict served by ${endpoint} is malformed`, { details: { endpoint }, cause });
  }
  const v = parsed.verdict;
  return {
    verdict: { ...v, node: v.node as Address, epoch: BigInt(v.epoch), committee: BigInt(v.committee), time: BigInt(v.time), evidenceHash: v.evidenceHash as Hex, collateralHash: v.collateralHash as Hex, policyHash: v.policyHash as Hex, keysHash: v.keysHash as Hex },
    signature: parsed.signature as Hex,
  };
}

/** Whether `signed` is `expected` exactly, signed by `signer`. */
export async function isVerdictBy(domain: RegistryDomain, expected: Verdict, signed: SignedVerdict, signer: Address): Promise<boolean> {
  const digest = verdictDigest(domain, expected);
  if (verdictDigest(domain, signed.verdict) !== digest) return false;
  try {
    return (await recoverAddress({ hash: digest, signature: signed.signature })).toLowerCase() === signer.toLowerCase();
  } catch {
    return false;
  }
}
