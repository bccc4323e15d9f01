/**
 * The enclave's secp256k1 record-claim key: for every round it signs the registry's EIP-712
 * RoundRecord(sessionId, round, recordHash = keccak256(record)) (docs/protocol.md, "Slashing"), which
 * the registry checks with one ecrecover. Honest enclave code signs one record per (session, round),
 * so two such signatures over different records prove a forked or rolled-back enclave.
 *
 * Drawn from the CSPRNG when the enclave starts, like its Ed25519 key, and never leaves the enclave
 * worker; the evidence binds its address (binding v3).
 */
import { secp256k1 } from '@noble/curves/secp256k1.js';
import type { Address, Hex } from 'viem';
import { recordDigest, type RegistryDomain } from '../registry/signing.js';
import { fromHex, toHex } from '../util/bytes.js';
import { addressOfPublicKey, keccak256 } from '../util/evm.js';

export type RecordClaimSigner = {
  readonly address: Address;
  /** The 65-byte r || s || v (v 27/28, low s) signature over RoundRecord(sessionId, round, keccak256(record)). */
  sign(sessionId: Uint8Array, round: bigint, record: Uint8Array): Promise<Uint8Array>;
};

/**
 * A signer for one registry. `privateKey` is for in-process tests that play a forked enclave (two
 * instances holding one key); the enclave worker never receives one and always draws its own.
 * Signs the EIP-712 digest with noble directly (RFC 6979 nonces, low s), as viem's accounts do.
 */
export function createRecordClaimSigner(domain: RegistryDomain, privateKey?: Hex): RecordClaimSigner {
  const secretKey = privateKey === undefined ? secp256k1.utils.randomSecretKey() : fromHex(privateKey, 32, 'privateKey');
  const address = addressOfPublicKey(secp256k1.getPublicKey(secretKey, false));
  return {
    address,
    async sign(sessionId, round, record) {
      const digest = fromHex(recordDigest(domain, { sessionId: toHex(sessionId), round, recordHash: keccak256(record) }), 32, 'digest');
      // noble's recovered format is recovery || r || s; the registry's ecrecover takes r || s || v with v = 27 + recovery.
      const recovered = secp256k1.sign(digest, secretKey, { prehash: false, lowS: true, format: 'recovered' });
      const signature = new Uint8Array(65);
      signature.set(recovered.subarray(1), 0);
      signature[64] = 27 + recovered[0]!;
      return signature;
    },
  };
}
