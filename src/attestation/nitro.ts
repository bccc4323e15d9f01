/**
 * Verifier of AWS Nitro Enclaves attestation documents ("AWS Nitro Enclaves: verifying the root of
 * trust"): a COSE_Sign1 (RFC 9052 section 4.2; usually untagged) signed with ES384, whose payload is
 * the NSM attestation document (CBOR map). The signing certificate chains through the document's
 * cabundle (root first) to the pinned AWS Nitro root G1; the signature is raw r || s (96 bytes) over
 * Sig_structure = ["Signature1", protected, h'', payload].
 * The chain lives about three hours: always pass the clock.
 */
import { verify as cryptoVerify } from 'node:crypto';
import { Decoder, Tag } from 'cbor-x';
import { AirtntError } from '../util/errors.js';
import { concatBytes, utf8 } from '../util/bytes.js';
import { hex } from './reader.js';
import { nitroRoot } from './roots.js';
import type { VerifiedEvidence } from './types.js';
import { parseCertificate, verifyChain } from './x509.js';

export const MAX_NITRO_DOCUMENT_BYTES = 32 * 1024;
/** The NSM's limit for each of user_data, nonce and public_key (aws-nitro-enclaves-nsm-api, attestation document). */
export const MAX_NITRO_OPTIONAL_FIELD_BYTES = 1024;
const COSE_ALG_ES384 = -35;
const COSE_SIGN1_TAG = 18;

const decoder = new Decoder({ mapsAsObjects: false, useRecords: false } as ConstructorParameters<typeof Decoder>[0]);

export type NitroDocument = {
  moduleId: string;
  digest: string;
  timestamp: number;
  pcrs: Map<number, Uint8Array>;
  certificate: Uint8Array;
  cabundle: Uint8Array[];
  publicKey: Uint8Array | undefined;
  userData: Uint8Array | undefined;
  nonce: Uint8Array | undefined;
};

export type NitroCoseSign1 = { protectedHeader: Uint8Array; payload: Uint8Array; signature: Uint8Array; document: NitroDocument };

function malformed(message: string, details: Record<string, unknown> = {}): AirtntError {
  return new AirtntError('NITRO_DOCUMENT_MALFORMED', message, { details });
}

function decodeCbor(bytes: Uint8Array, name: string): unknown {
  try {
    return decoder.decode(bytes);
  } catch (error) {
    throw new AirtntError('NITRO_DOCUMENT_MALFORMED', `${name} is not valid CBOR`, { cause: error });
  }
}

function bytesField(value: unknown, name: string, max: number, min = 0): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length < min || value.length > max) throw malformed(`"${name}" is not a byte string of ${min}..${max} bytes`);
  return new Uint8Array(value);
}

function optionalBytes(value: unknown, name: string, max: number): Uint8Array | undefined {
  return value === null || value === undefined ? undefined : bytesField(value, name, max);
}

function parseDocument(payload: Uint8Array): NitroDocument {
  const map = decodeCbor(payload, 'the attestation document');
  if (!(map instanceof Map)) throw malformed('the attestation document is not a CBOR map');
  const moduleId = map.get('module_id');
  const digest = map.get('digest');
  const timestamp = map.get('timestamp');
  if (typeof moduleId !== 'string' || moduleId.length === 0 || moduleId.length > 256) throw malformed('bad module_id');
  if (digest !== 'SHA384') throw malformed('unsupported digest', { digest: String(digest).slice(0, 16) });
  if ((typeof timestamp !== 'number' && typeof timestamp !== 'bigint') || timestamp <= 0 || timestamp > Number.MAX_SAFE_INTEGER) {
    throw malformed('bad timestamp');
  }
  const pcrMap = map.get('pcrs');
  if (!(pcrMap instanceof Map) || pcrMap.size === 0 || pcrMap.size > 32) throw malformed('pcrs must be a map of 1..32 entries');
  const pcrs = new Map<number, Uint8Array>();
  for (const [index, value] of pcrMap) {
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= 32) throw malformed('bad PCR index');
    const pcr = bytesField(value, `pcr${index}`, 64, 32);
    if (pcr.length !== 32 && pcr.length !== 48 && pcr.length !== 64) throw malformed('bad PCR length', { index });
    pcrs.set(index, pcr);
  }
  const cabundle = map.get('cabundle');
  if (!Array.isArray(cabundle) || cabundle.length === 0 || cabundle.length > 8) throw malformed('cabundle must hold 1..8 certificates');
  return {
    moduleId,
    digest,
    timestamp: Number(timestamp),
    pcrs,
    certificate: bytesField(map.get('certificate'), 'certificate', 16 * 1024, 1),
    cabundle: cabundle.map((cert, i) => bytesField(cert, `cabundle[${i}]`, 16 * 1024, 1)),
    publicKey: optionalBytes(map.get('public_key'), 'public_key', MAX_NITRO_OPTIONAL_FIELD_BYTES),
    // AWS Nitro Enclaves NSM API: user_data, nonce and public_key are each up to 1024 bytes.
    userData: optionalBytes(map.get('user_data'), 'user_data', MAX_NITRO_OPTIONAL_FIELD_BYTES),
    nonce: optionalBytes(map.get('nonce'), 'nonce', MAX_NITRO_OPTIONAL_FIELD_BYTES),
  };
}

export function parseNitroDocument(bytes: Uint8Array): NitroCoseSign1 {
  if (!(bytes instanceof Uint8Array) || bytes.length === 0 || bytes.length > MAX_NITRO_DOCUMENT_BYTES) {
    throw malformed('the attestation document must be 1..32 KiB', { bytes: bytes?.length });
  }
  let outer = decodeCbor(bytes, 'the COSE_Sign1');
  if (outer instanceof Tag && outer.tag === COSE_SIGN1_TAG) outer = outer.value;
  if (!Array.isArray(outer) || outer.length !== 4) throw malformed('not a COSE_Sign1 array of four elements');
  const [protectedHeader, unprotectedHeader, payload, signature] = outer as unknown[];
  const protectedBytes = bytesField(protectedHeader, 'protected', 64, 1);
  if (!(unprotectedHeader instanceof Map)) throw malformed('the unprotected header is not a map');
  const header = decodeCbor(protectedBytes, 'the protected header');
  if (!(header instanceof Map) || header.get(1) !== COSE_ALG_ES384) throw malformed('the COSE algorithm is not ES384');
  const payloadBytes = bytesField(payload, 'payload', MAX_NITRO_DOCUMENT_BYTES, 1);
  return {
    protectedHeader: protectedBytes,
    payload: payloadBytes,
    signature: bytesField(signature, 'signature', 96, 96),
    document: parseDocument(payloadBytes),
  };
}

/** The CBOR head of a major type with a length (RFC 8949 section 3). */
function cborHead(majorType: number, length: number): Uint8Array {
  const major = majorType << 5;
  if (length < 24) return Uint8Array.of(major | length);
  if (length < 0x100) return Uint8Array.of(major | 24, length);
  if (length < 0x10000) return Uint8Array.of(major | 25, length >> 8, length & 0xff);
  return Uint8Array.of(major | 26, (length >>> 24) & 0xff, (length >> 16) & 0xff, (length >> 8) & 0xff, length & 0xff);
}

const byteString = (bytes: Uint8Array) => concatBytes(cborHead(2, bytes.length), bytes);

/** Sig_structure for COSE_Sign1 with empty external AAD (RFC 9052 section 4.4). */
export function sigStructure(protectedHeader: Uint8Array, payload: Uint8Array): Uint8Array {
  const context = utf8('Signature1');
  return concatBytes(cborHead(4, 4), cborHead(3, context.length), context, byteString(protectedHeader), byteString(new Uint8Array()), byteString(payload));
}

export function verifyNitroEvidence(bytes: Uint8Array, options: { now?: Date } = {}): VerifiedEvidence {
  const now = options.now ?? new Date();
  const cose = parseNitroDocument(bytes);
  const doc = cose.document;
  const leaf = parseCertificate(doc.certificate, 'Nitro signing certificate');
  const bundle = doc.cabundle.map((der, i) => parseCertificate(der, `Nitro cabundle[${i}]`));
  const chain = verifyChain(leaf, bundle, [nitroRoot()], now);
  if (leaf.publicKey.asymmetricKeyType !== 'ec' || leaf.publicKey.asymmetricKeyDetails?.namedCurve !== 'secp384r1') {
    throw malformed('the Nitro signing key is not P-384');
  }
  let ok = false;
  try {
    ok = cryptoVerify('sha384', sigStructure(cose.protectedHeader, cose.payload), { key: leaf.publicKey, dsaEncoding: 'ieee-p1363' }, cose.signature);
  } catch {
    ok = false;
  }
  if (!ok) throw new AirtntError('NITRO_SIGNATURE_INVALID', 'the attestation document is not signed by its certificate');

  const pcr0 = doc.pcrs.get(0);
  const measurements: Record<string, string> = {};
  for (const [index, value] of doc.pcrs) measurements[`pcr${index}`] = hex(value);
  if (doc.publicKey) measurements.publickey = hex(doc.publicKey);
  if (doc.nonce) measurements.nonce = hex(doc.nonce);
  if (doc.userData) measurements.userdata = hex(doc.userData);
  const userData = doc.userData ?? new Uint8Array();
  // Up to 64 bytes are padded to the report-data size; longer user data is kept whole, never cut.
  const reportData = userData.length <= 64 ? concatBytes(userData, new Uint8Array(64 - userData.length)) : userData;
  return {
    kind: 'nitro',
    insecure: false,
    measurement: pcr0 ? hex(pcr0) : '',
    measurements,
    reportData,
    tcbStatus: 'NotApplicable',
    advisories: [],
    // Enclaves started in debug mode report all-zero PCRs.
    debug: pcr0 === undefined || pcr0.every((byte) => byte === 0),
    validFrom: chain.validFrom.toISOString(),
    validUntil: chain.validUntil.toISOString(),
  };
}
