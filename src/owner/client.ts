/**
 * The requester's side of owner releases: ask each owner's agent for its release for this session
 * (the enclave signs the request), and attach the releases to the session opening. The requester only
 * ever holds sealed releases, the encrypted module and data, and (with a named recipient) a result
 * secret sealed to that recipient: none of it opens with anything the requester has.
 *
 *   const policy = await fetchOwnerPolicy(agentUrl);
 *   const release = await requestRelease({ agentUrl, identity, session, policy, signRequest: (s) => enclave.signReleaseRequest(s) });
 *   const { owners, digest } = ownerOpeningFor({ session, releases: [codeRelease, dataRelease], encryptedModule });
 *   const sealedSession = sealSessionOpening({ ...fields, ownersDigest: digest, ... });
 *   await enclave.openSession({ ...fields, sealedSession, owners });
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { EnclaveIdentity } from '../enclave/types.js';
import { ownersDigest, type OwnerOpening, type OwnerRelease } from '../protocol/owner-opening.js';
import { releaseRequestStatement, type ReleaseBinding, type SessionBinding } from '../protocol/release.js';
import { equalBytes, fromHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { MAX_RELEASE_ANSWER_BYTES, encodeReleaseRequest, policyAnswerSchema, refusalSchema, releaseAnswerSchema } from './wire.js';

const DEFAULT_TIMEOUT_MS = 30_000;

type HttpAnswer = { status: number; json: unknown };

/** One bounded HTTP exchange with an agent: size-capped answer, silence and overall deadline. */
function exchange(url: URL, method: 'GET' | 'POST', body: string | undefined, timeoutMs: number): Promise<HttpAnswer> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = body === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
    const req = request(url, { method, agent: false, timeout: timeoutMs, headers }, (res) => {
      res.on('error', (error) => reject(new AirtntError('OWNER_AGENT_UNREACHABLE', `reading ${url} failed: ${error.message}`, { cause: error })));
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_RELEASE_ANSWER_BYTES) {
          req.destroy(new AirtntError('OWNER_AGENT_BAD_ANSWER', `the agent's answer is larger than ${MAX_RELEASE_ANSWER_BYTES} bytes`));
          return;
        }
        chunks.push(chunk);
      });
      res.on('end', () => {
        try {
          resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
        } catch (cause) {
          reject(new AirtntError('OWNER_AGENT_BAD_ANSWER', `the agent at ${url.origin} did not answer JSON`, { cause }));
        }
      });
    });
    req.on('timeout', () => req.destroy(new AirtntError('OWNER_AGENT_UNREACHABLE', `no answer from ${url} within ${timeoutMs} ms`)));
    const deadline = setTimeout(() => req.destroy(new AirtntError('OWNER_AGENT_UNREACHABLE', `${method} ${url} did not complete within ${timeoutMs} ms`)), timeoutMs);
    req.on('close', () => clearTimeout(deadline));
    req.on('error', (error) => reject(error instanceof AirtntError ? error : new AirtntError('OWNER_AGENT_UNREACHABLE', `cannot reach ${url.origin}: ${error.message}`, { cause: error })));
    req.end(body);
  });
}

export type OwnerPolicySummary = { role: 'code' | 'data'; release: 'codeKey' | 'dataKey' | 'inlineData'; policyHash: Uint8Array; policy: unknown };

/** GET /v1/policy: the role and policy hash a release request must name. */
export async function fetchOwnerPolicy(agentUrl: string, options: { timeoutMs?: number } = {}): Promise<OwnerPolicySummary> {
  const answer = await exchange(new URL('/v1/policy', agentUrl), 'GET', undefined, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const parsed = policyAnswerSchema.safeParse(answer.json);
  if (answer.status !== 200 || !parsed.success) throw new AirtntError('OWNER_AGENT_BAD_ANSWER', `the agent at ${agentUrl} did not answer its policy`, { details: { status: answer.status } });
  return { role: parsed.data.role, release: parsed.data.release, policyHash: fromHex(parsed.data.policyHash), policy: parsed.data.policy };
}

export type FetchedRelease = {
  /** What goes into the session opening's owners.releases. */
  owned: OwnerRelease;
  /** With a named recipient: the result secret, sealed to the recipient (to pass on; the requester cannot open it). */
  sealedResultSecret?: Uint8Array | undefined;
  binding: ReleaseBinding;
};

/**
 * Asks one owner's agent for its release for this session. The enclave signs the request
 * (`signRequest`: EnclaveHandle.signReleaseRequest, or the executor relaying it). A refusal throws
 * OWNER_RELEASE_REFUSED with details.rule, the policy rule that failed.
 */
export async function requestRelease(params: {
  agentUrl: string;
  identity: EnclaveIdentity;
  session: SessionBinding;
  policy: Pick<OwnerPolicySummary, 'role' | 'policyHash'>;
  signRequest: (statement: Uint8Array) => Promise<Uint8Array>;
  /** The executor's collateral document (GET /v1/collateral), for hardware kinds that need it. */
  collateralDocument?: unknown;
  timeoutMs?: number;
}): Promise<FetchedRelease> {
  const binding: ReleaseBinding = { ...params.session, role: params.policy.role, policyHash: params.policy.policyHash };
  const signature = await params.signRequest(releaseRequestStatement(binding, params.identity.signingPublicKey));
  const body = JSON.stringify(encodeReleaseRequest({ identity: params.identity, binding, signature, collateralDocument: params.collateralDocument }));
  const answer = await exchange(new URL('/v1/release', params.agentUrl), 'POST', body, params.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  if (answer.status !== 200) {
    const refusal = refusalSchema.safeParse(answer.json);
    if (!refusal.success) throw new AirtntError('OWNER_AGENT_BAD_ANSWER', `the agent at ${params.agentUrl} answered ${answer.status} without a readable error`);
    const { error } = refusal.data;
    if (error.code === 'OWNER_RELEASE_REFUSED') {
      throw new AirtntError('OWNER_RELEASE_REFUSED', `the ${binding.role} owner's agent refused: ${error.message}`, {
        details: { rule: error.rule ?? 'unknown', ...(error.cause ? { cause: error.cause } : {}), agent: params.agentUrl },
      });
    }
    throw new AirtntError('OWNER_AGENT_BAD_ANSWER', `the agent at ${params.agentUrl} answered ${answer.status}: ${error.code}: ${error.message}`, { details: { remoteCode: error.code } });
  }
  const parsed = releaseAnswerSchema.safeParse(answer.json);
  if (!parsed.success || parsed.data.role !== binding.role) {
    throw new AirtntError('OWNER_AGENT_BAD_ANSWER', `the agent at ${params.agentUrl} answered something that is not a ${binding.role} release`);
  }
  return {
    owned: { role: binding.role, policyHash: binding.policyHash, sealed: fromHex(parsed.data.release) },
    sealedResultSecret: parsed.data.sealedResultSecret === undefined ? undefined : fromHex(parsed.data.sealedResultSecret),
    binding,
  };
}

/**
 * Attaches fetched releases to a session opening: the `owners` field and the digest to seal the
 * session with (sealSessionOpening's ownersDigest). Refuses releases fetched for another session.
 */
export function ownerOpeningFor(params: { session: SessionBinding; releases: FetchedRelease[]; encryptedModule?: Uint8Array | undefined }): { owners: OwnerOpening; digest: Uint8Array } {
  const { session } = params;
  for (const release of params.releases) {
    const b = release.binding;
    const same = b.chainId === session.chainId && equalBytes(b.channels, session.channels) && equalBytes(b.channelId, session.channelId)
      && equalBytes(b.sessionId, session.sessionId) && equalBytes(b.functionMeasurement, session.functionMeasurement) && equalBytes(b.recipient, session.recipient);
    if (!same) throw new AirtntError('OWNER_OPENING_INVALID', `the ${b.role} owner's release was fetched for another session binding`);
  }
  const owners: OwnerOpening = {
    chainId: session.chainId,
    channels: session.channels,
    recipient: session.recipient,
    releases: params.releases.map((release) => release.owned),
    ...(params.encryptedModule ? { encryptedModule: params.encryptedModule } : {}),
  };
  return { owners, digest: ownersDigest(owners) };
}
