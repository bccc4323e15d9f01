/**
 * A third party's check of a selection document (`airtnt-selection/2`), written from RFC 9381, the
 * ranking of docs/protocol.md ("Selection, step by step") and its task id layout ("Task ids") alone, sharing no code with src/vrf/: its own
 * ECVRF-EDWARDS25519-SHA512-TAI verification (RFC 9381 section 5.3, step by step) on @noble/curves'
 * ed25519 point arithmetic, and its own ranking. Test-only: the point is that it is a second
 * implementation, so a mistake in src/vrf/ would show as a disagreement.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import type { SelectionDocument } from '../select-executor.js';

type EdPoint = InstanceType<typeof ed25519.Point>;

const SUITE_STRING = 0x03;
const P = 2n ** 255n - 19n;
/** q in RFC 9381: the prime order of the base point. */
const Q = 2n ** 252n + 27742317777372353535851937790883648493n;
const COFACTOR = 8n;

function hexToBytes(hex: string): Uint8Array {
  const body = hex.startsWith('0x') ? hex.slice(2) : hex;
  if (!/^([0-9a-fA-F]{2})*$/.test(body)) throw new Error(`not hex: ${hex}`);
  return Uint8Array.from(body.match(/../g) ?? [], (byte) => parseInt(byte, 16));
}

function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function concat(...parts: (Uint8Array | number[])[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** string_to_int for this suite: little-endian. */
function littleEndian(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = n * 256n + BigInt(bytes[i]!);
  return n;
}

/**
 * string_to_point (RFC 8032 section 5.1.3, strict): y < p, x recoverable, and no "negative zero"
 * (x = 0 with the sign bit set); undefined means INVALID.
 */
function stringToPoint(bytes: Uint8Array): EdPoint | undefined {
  if (bytes.length !== 32) return undefined;
  const sign = bytes[31]! >> 7;
  const yBytes = bytes.slice();
  yBytes[31]! &= 0x7f;
  if (littleEndian(yBytes) >= P) return undefined;
  let point: EdPoint;
  try {
    point = ed25519.Point.fromBytes(bytes, false);
  } catch {
    return undefined;
  }
  if (point.toAffine().x === 0n && sign === 1) return undefined;
  return point;
}

/** Section 5.4.1.1: ECVRF_encode_to_curve_try_and_increment. */
function encodeToCurve(encodeToCurveSalt: Uint8Array, alpha: Uint8Array): EdPoint {
  for (let ctr = 0; ctr < 256; ctr++) {
    const hashString = sha512(concat([SUITE_STRING, 0x01], encodeToCurveSalt, alpha, [ctr, 0x00]));
    const candidate = stringToPoint(hashString.slice(0, 32));
    if (candidate !== undefined) return candidate.multiplyUnsafe(COFACTOR);
  }
  throw new Error('encode_to_curve: no point in 256 tries');
}

/** Section 5.4.3: ECVRF_challenge_generation(P1 .. P5), the first cLen = 16 bytes as an integer. */
function challenge(points: EdPoint[]): bigint {
  const hash = sha512(concat([SUITE_STRING, 0x02], ...points.map((p) => p.toBytes()), [0x00]));
  return littleEndian(hash.slice(0, 16));
}

/**
 * Section 5.3, ECVRF_verify(PK_string, alpha_string, pi_string) with validate_key on: the VRF output
 * beta (64 bytes) when the proof is valid, undefined when it is not.
 */
export function ecvrfVerify(publicKey: Uint8Array, alpha: Uint8Array, proof: Uint8Array): Uint8Array | undefined {
  // 1-2. Y = string_to_point(PK_string); INVALID stops.
  const y = stringToPoint(publicKey);
  if (y === undefined) return undefined;
  // 3. validate_key: Y of small order (cofactor * Y is the identity) is refused.
  if (y.multiplyUnsafe(COFACTOR).equals(ed25519.Point.ZERO)) return undefined;
  // 4-6. ECVRF_decode_proof: Gamma (ptLen 32) || c (cLen 16) || s (qLen 32); s >= q is INVALID.
  if (proof.length !== 80) return undefined;
  const gamma = stringToPoint(proof.slice(0, 32));
  if (gamma === undefined) return undefined;
  const c = littleEndian(proof.slice(32, 48));
  const s = littleEndian(proof.slice(48, 80));
  if (s >= Q) return undefined;
  // 7. H = ECVRF_encode_to_curve(encode_to_curve_salt = PK_string, alpha_string).
  const h = encodeToCurve(publicKey, alpha);
  // 8. U = s*B - c*Y.
  const u = ed25519.Point.BASE.multiplyUnsafe(s).add(y.multiplyUnsafe(c).negate());
  // 9. V = s*H - c*Gamma.
  const v = h.multiplyUnsafe(s).add(gamma.multiplyUnsafe(c).negate());
  // 10. c' = ECVRF_challenge_generation(Y, H, Gamma, U, V).
  if (challenge([y, h, gamma, u, v]) !== c) return undefined;
  // 11. beta = ECVRF_proof_to_hash(pi) (section 5.2): SHA-512(suite || 0x03 || cofactor * Gamma || 0x00).
  return sha512(concat([SUITE_STRING, 0x03], gamma.multiplyUnsafe(COFACTOR).toBytes(), [0x00]));
}

type Ranked = { node: string; vrfKey: Uint8Array; big: bigint; weight: bigint };

/** Step 5: `a` before `b` iff U_a^(w_b) * 2^(64 w_a) > U_b^(w_a) * 2^(64 w_b); equal: lower vrfKey bytes first. */
function before(a: Ranked, b: Ranked): number {
  const left = a.big ** b.weight * 2n ** (64n * a.weight);
  const right = b.big ** a.weight * 2n ** (64n * b.weight);
  if (left !== right) return left > right ? -1 : 1;
  for (let i = 0; i < 32; i++) if (a.vrfKey[i] !== b.vrfKey[i]) return a.vrfKey[i]! - b.vrfKey[i]!;
  return 0;
}

/** A 32-byte big-endian word (abi.encode of a uint256, or of an address left-padded with zeros). */
function word(value: bigint): Uint8Array {
  return hexToBytes(value.toString(16).padStart(64, '0'));
}

/** The registry's TEE codes, as docs/protocol.md lists them. */
const TEE = { simulated: 1, sgx: 2, tdx: 3, 'sev-snp': 4, nitro: 5 } as Record<string, number>;

/** docs/protocol.md "Task ids": the id that commits requester, epoch, salt and filter, byte by byte. */
function taskIdIndependently(doc: SelectionDocument): string {
  const domain = keccak_256(new TextEncoder().encode('airtnt-selection-filter/1'));
  const mask = doc.filter.teeKinds === null ? 2n ** 256n - 1n : doc.filter.teeKinds.reduce((m, kind) => m | (1n << BigInt(TEE[kind]!)), 0n);
  const filterHash = keccak_256(concat(concat(domain, word(mask)), word(BigInt(doc.filter.minStake))));
  const salt = keccak_256(concat(hexToBytes(doc.salt), filterHash));
  return bytesToHex(keccak_256(concat(concat(word(BigInt(doc.requester)), word(BigInt(doc.epoch))), salt)));
}

/**
 * Recomputes a selection document's ranking from its public inputs by docs/protocol.md steps 1-5, checking
 * the seed, every proof and every beta on the way; throws on any disagreement, returns the ranking.
 */
export function checkSelectionIndependently(doc: SelectionDocument): string[] {
  // 1. seed = keccak256(epochSeed || taskId).
  const seed = keccak_256(concat(hexToBytes(doc.epochSeed), hexToBytes(doc.taskId)));
  if (bytesToHex(seed) !== bytesToHex(hexToBytes(doc.seed))) throw new Error(`seed differs: ${bytesToHex(seed)} vs ${doc.seed}`);
  // 0. the task id commits the filter and salt the document carries.
  const taskId = taskIdIndependently(doc);
  if (taskId !== bytesToHex(hexToBytes(doc.taskId))) throw new Error(`task id does not commit the filter: ${taskId} vs ${doc.taskId}`);
  const ticket = BigInt(doc.ticket);
  const maxTickets = BigInt(doc.maxTickets);
  const ranked: Ranked[] = doc.candidates.map((candidate) => {
    const vrfKey = hexToBytes(candidate.vrfKey);
    // 2. beta = ECVRF_verify(vrfKey, alpha = seed, proof).
    const beta = ecvrfVerify(vrfKey, seed, hexToBytes(candidate.proof));
    if (beta === undefined) throw new Error(`proof of ${candidate.node} does not verify`);
    if (bytesToHex(beta) !== bytesToHex(hexToBytes(candidate.beta))) throw new Error(`beta of ${candidate.node} differs`);
    // 3. U = uint64(beta[0..8), big-endian) + 1.
    let big = 0n;
    for (let i = 0; i < 8; i++) big = big * 256n + BigInt(beta[i]!);
    big += 1n;
    // 4. w = min(floor(stake / ticket), maxTickets); 0 is not eligible.
    const tickets = BigInt(candidate.stake) / ticket;
    const weight = tickets < maxTickets ? tickets : maxTickets;
    if (weight === 0n) throw new Error(`${candidate.node} has no ticket and cannot be ranked`);
    return { node: candidate.node, vrfKey, big, weight };
  });
  return ranked.sort(before).map((r) => r.node);
}
