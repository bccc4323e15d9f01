/**
 * The requester's check of a round's RoundRecord claim (docs/protocol.md, "Slashing"): when the run's
 * executors were drawn from a registry, every round's record must come with the enclave's secp256k1
 * signature over RoundRecord(sessionId, round, keccak256(record)) in that registry's EIP-712 domain,
 * by the record key the executor's evidence binds. Without it, a forked or rolled-back enclave could
 * not be proven to equivocate (the requester's stored claims are that proof), so the round is refused
 * before it is paid.
 */
import { keccak256, recoverAddress, toHex, type Address } from 'viem';
import { AirtntError } from '../util/errors.js';
import { recordDigest, type RegistryDomain } from './signing.js';

export async function checkRecordClaim(
  domain: RegistryDomain,
  expected: { recordAddress: Address | undefined; sessionId: Uint8Array; round: bigint; record: Uint8Array },
  claim: Uint8Array | undefined,
): Promise<void> {
  const details = { registry: domain.verifyingContract, round: expected.round, recordAddress: expected.recordAddress ?? null };
  if (expected.recordAddress === undefined) {
    throw new AirtntError('RECORD_CLAIM_INVALID', 'the executor\'s enclave binds no record key, so its rounds cannot be held to the registry', {
      details,
      hint: 'choose another executor from the registry; this one runs without the registry its evidence should name',
    });
  }
  if (claim === undefined || claim.length !== 65) {
    throw new AirtntError('RECORD_CLAIM_INVALID', 'the round came without its RoundRecord claim', { details: { ...details, claimBytes: claim?.length ?? 0 } });
  }
  const digest = recordDigest(domain, { sessionId: toHex(expected.sessionId), round: expected.round, recordHash: keccak256(expected.record) });
  let signer: Address;
  try {
    signer = await recoverAddress({ hash: digest, signature: toHex(claim) });
  } catch (cause) {
    throw new AirtntError('RECORD_CLAIM_INVALID', 'the round\'s RoundRecord claim is not a signature', { details, cause });
  }
  if (signer.toLowerCase() !== expected.recordAddress.toLowerCase()) {
    throw new AirtntError('RECORD_CLAIM_INVALID', 'the round\'s RoundRecord claim is not signed by the enclave\'s record key', { details: { ...details, signer } });
  }
}
