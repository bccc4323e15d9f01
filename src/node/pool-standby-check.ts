/**
 * Executor side of a pool opening (docs/protocol.md, "Opening a pool session"): before its enclave
 * seals the pool key (and so every round's key and state, in the replicas) to the other members, the
 * view-0 executor's host checks each of them as a requester checks an executor. The requester names
 * the members' keys and may be the attacker (a key it made itself would read every round unpaid), so
 * the party whose pay is at stake checks them: each member's /v1/info, fetched from the URL the
 * opening names (bounded in size and time), must carry evidence that verifies under this node's
 * standby policy and binds exactly the keys the opening names, with the same runtime measurement as
 * this node's own enclave. Acks are then checked against those attested keys (pool-rules.ts).
 */
import { mergeCollateral, verifyEnclaveIdentity, type AttestationPolicy } from '../attestation/index.js';
import type { EnclaveIdentity } from '../enclave/types.js';
import type { PoolMember } from '../protocol/pool-rules.js';
import { toHex } from '../util/bytes.js';
import { AirtntError, isAirtntError } from '../util/errors.js';
import { fetchExecutorCollateral } from './collateral-client.js';
import { fetchExecutorInfo } from './verify-executor.js';

/** How long one member's info (and collateral) may take at the opening (it is fetched once per opening). */
export const DEFAULT_STANDBY_CHECK_MS = 5_000;

export type StandbyCheckOptions = {
  /**
   * The attestation policy the other members must meet. Default: this node's own TEE kind, the
   * simulated TEE only if this node's enclave is simulated (hardware kinds then need pinned
   * measurements, or every pool opening is refused: POLICY_MEASUREMENT_NOT_PINNED).
   */
  policy?: AttestationPolicy;
  timeoutMs?: number;
  now?: () => Date;
};

const COLLATERAL_KINDS = new Set(['sgx', 'tdx', 'sev-snp']);

/** The policy standbys are held to when the operator names none. */
export function defaultStandbyPolicy(self: EnclaveIdentity): AttestationPolicy {
  return self.insecure ? { allowedKinds: ['simulated'], allowSimulated: true } : { allowedKinds: [self.tee] };
}

/** A member's HTTP base URL from its pool link URL (same host and port: ws -> http, wss -> https). */
export function memberBaseUrl(poolLinkUrl: string): string {
  const url = new URL(poolLinkUrl);
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') throw new AirtntError('INVALID_EXECUTOR_URL', `a pool link URL must be ws: or wss:, got ${poolLinkUrl}`, { details: { url: poolLinkUrl } });
  return `${url.protocol === 'wss:' ? 'https:' : 'http:'}//${url.host}/`;
}

/**
 * Every member but `selfIndex` must be named in `standbys` and pass checkMember; the first failure
 * refuses the opening (POOL_STANDBY_UNVERIFIED, naming the member and why), before any work.
 */
export async function checkStandbys(input: { self: EnclaveIdentity; selfIndex: number; members: readonly PoolMember[]; standbys: ReadonlyMap<number, string>; options?: StandbyCheckOptions }): Promise<void> {
  const checks: Promise<void>[] = [];
  for (let index = 0; index < input.members.length; index += 1) {
    if (index === input.selfIndex) continue;
    const url = input.standbys.get(index);
    if (url === undefined) {
      throw new AirtntError('POOL_STANDBY_UNVERIFIED', `pool member ${index} has no URL in the opening: its attestation cannot be checked`, { details: { index, reason: 'no URL' } });
    }
    checks.push(checkMember(input.self, index, input.members[index]!, url, input.options ?? {}));
  }
  await Promise.all(checks);
}

async function checkMember(self: EnclaveIdentity, index: number, member: PoolMember, url: string, options: StandbyCheckOptions): Promise<void> {
  try {
    const base = memberBaseUrl(url);
    const timeoutMs = options.timeoutMs ?? DEFAULT_STANDBY_CHECK_MS;
    const { info } = await fetchExecutorInfo(base, timeoutMs);
    const claimed = info.enclave;
    if (toHex(claimed.signingPublicKey) !== toHex(member.enclavePublicKey) || toHex(claimed.hpkePublicKey) !== toHex(member.enclaveHpkeKey)) {
      throw new AirtntError('BINDING_MISMATCH', 'its attested enclave keys are not the keys the opening names');
    }
    if (toHex(claimed.runtimeMeasurement) !== toHex(self.runtimeMeasurement)) {
      throw new AirtntError('BINDING_MISMATCH', `it runs runtime ${toHex(claimed.runtimeMeasurement)}, this executor ${toHex(self.runtimeMeasurement)}`);
    }
    const served = COLLATERAL_KINDS.has(claimed.evidence.kind) ? await fetchExecutorCollateral(base, timeoutMs) : undefined;
    const evidence = await verifyEnclaveIdentity(
      { tee: info.tee, insecure: info.insecure, signingPublicKey: member.enclavePublicKey, hpkePublicKey: member.enclaveHpkeKey, runtimeMeasurement: self.runtimeMeasurement, evidence: claimed.evidence, ...(claimed.recordAddress === undefined ? {} : { recordAddress: claimed.recordAddress }) },
      options.policy ?? defaultStandbyPolicy(self),
      { ...(served ? { collateral: mergeCollateral(served.collateral, undefined) } : {}), ...(options.now ? { now: options.now() } : {}) },
    );
    if (evidence.insecure && !self.insecure) throw new AirtntError('BINDING_MISMATCH', 'its TEE is simulated and this executor\'s is not');
  } catch (cause) {
    const reason = isAirtntError(cause) ? `${cause.code}: ${cause.message}` : (cause as Error).message;
    throw new AirtntError('POOL_STANDBY_UNVERIFIED', `pool member ${index} at ${url} is not an attested enclave holding the keys the opening names (${reason})`, { cause, details: { index, url, reason } });
  }
}
