/**
 * The enclave's secp256k1 record-claim key: for every round it signs the registry's EIP-712
 * RoundRecord(sessionId, round, recordHash = keccak256(record)) (docs/protocol.md, "Slashing"), which
 * the registry checks with one ecrecover. Honest enclave code signs one record per (session, round),
 * so two such signatures over different records prove a forked or rolled-back enclave.
 *
 * Drawn from the CSPRNG when the enclave starts, like its Ed25519 key, and never leaves the enclave
 * worker; the evidence binds its address (binding v3).
 */
import { keccak256, toHex as viemToHex, type Address, type Hex } from 'viem';
import { generatePrivateKey, privateKeyToAccount, type PrivateKeyAccount } from 'viem/accounts';
import { signRoundRecord, type RegistryDomain } from '../registry/signing.js';
import { fromHex } from '../util/bytes.js';

export type RecordClaimSigner = {
  readonly address: Address;
  /** The 65-byte r || s || v (v 27/28, low s) signature over RoundRecord(sessionId, round, keccak256(record)). */
  sign(sessionId: Uint8Array, round: bigint, record: Uint8Array): Promise<Uint8Array>;
};

/**
 * A signer for one registry. `privateKey` is for in-process tests that play a forked enclave (two
 * instances holding one key); the enclave worker never receives one and always draws its own.
 */
export function createRecordClaimSigner(domain: RegistryDomain, privateKey: Hex = generatePrivateKey()): RecordClaimSigner {
  const account: PrivateKeyAccount = privateKeyToAccount(privateKey);
  return {
    address: account.address,
    async sign(sessionId, round, record) {
      const signature = await signRoundRecord(account, domain, { sessionId: viemToHex(sessionId), round, recordHash: keccak256(record) });
      return fromHex(signature, 65, 'recordClaim');
    },
  };
}
