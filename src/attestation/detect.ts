/** Recognises the kind of raw evidence by its structure (used when the kind is not given). */
import { SNP_REPORT_BYTES } from './sev-snp.js';
import { TEE_TYPE_SGX, TEE_TYPE_TDX } from './dcap-quote.js';
import { SIMULATED_EVIDENCE_TAG } from '../tee/simulated.js';
import { equalBytes } from '../util/bytes.js';
import type { TeeKind } from './types.js';

const u16le = (bytes: Uint8Array, offset: number) => bytes[offset]! | (bytes[offset + 1]! << 8);
const u32le = (bytes: Uint8Array, offset: number) => (u16le(bytes, offset) | (u16le(bytes, offset + 2) << 16)) >>> 0;

export function detectEvidenceKind(bytes: Uint8Array): TeeKind | undefined {
  if (!(bytes instanceof Uint8Array) || bytes.length < 8) return undefined;
  if (bytes.length >= SIMULATED_EVIDENCE_TAG.length && equalBytes(bytes.subarray(0, SIMULATED_EVIDENCE_TAG.length), SIMULATED_EVIDENCE_TAG)) {
    return 'simulated';
  }
  // COSE_Sign1: a CBOR array of four, possibly under tag 18 (0xd2).
  if (bytes[0] === 0x84 || (bytes[0] === 0xd2 && bytes[1] === 0x84)) return 'nitro';
  // SEV-SNP: fixed size, version 2..5, signature algorithm 1 (ECDSA P-384) at 0x34.
  if (bytes.length === SNP_REPORT_BYTES) {
    const version = u32le(bytes, 0);
    if (version >= 2 && version <= 5 && u32le(bytes, 0x34) === 1) return 'sev-snp';
  }
  // DCAP: version 3..5, attestation key type 2 (ECDSA P-256); v4/v5 name the TEE type.
  const version = u16le(bytes, 0);
  if (u16le(bytes, 2) === 2 && version >= 3 && version <= 5) {
    if (version === 3) return 'sgx';
    const teeType = u32le(bytes, 4);
    if (teeType === TEE_TYPE_SGX) return 'sgx';
    if (teeType === TEE_TYPE_TDX) return 'tdx';
  }
  return undefined;
}
