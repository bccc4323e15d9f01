/**
 * Verifier of AMD SEV-SNP attestation reports (AMD SEV-SNP ABI specification 56860, table 23
 * "ATTESTATION_REPORT structure"; VCEK certificate specification 57230):
 *  - the report (1184 bytes, signature algorithm 1) is signed with ECDSA P-384 / SHA-384 over bytes
 *    0..0x2A0; r and s are 72-byte little-endian fields;
 *  - the signing VCEK (or VLEK) chains through the ASK (ASVK) to one of the pinned AMD roots (ARK),
 *    RSA-PSS signed;
 *  - a VCEK's hwID extension equals the report's chip_id, and its TCB extensions equal reported_tcb.
 * verifySnpReport stops there (the report is genuine). verifySnpEvidence also judges the platform:
 *  - the ARK-signed CRL of the product is required, current, and revokes nothing on the chain;
 *  - the TCB verdict compares reported_tcb against AMD's minimum for the product (snp-tcb.ts).
 */
import { verify as cryptoVerify } from 'node:crypto';
import { AirtntError } from '../util/errors.js';
import { parseCollateral, type Collateral } from './collateral.js';
import { DER_TAG, decodeSmallUnsigned, readDer, readDerExact } from './der.js';
import { ByteReader, hex } from './reader.js';
import { amdArks, amdSigningKeys } from './roots.js';
import { AMD_MINIMUM_TCB, snpTcbFields, snpTcbVerdict, SNP_POLICY_BITS, type SnpMinimumTcb, type SnpProduct } from './snp-tcb.js';
import type { VerifiedEvidence } from './types.js';
import { checkNotRevoked, findCurrentCrl, parseCertificate, pemToDerList, verifyChain, verifyCrl, type Certificate, type Crl, type VerifiedChain } from './x509.js';

export const SNP_REPORT_BYTES = 0x4a0;
const SIGNED_BYTES = 0x2a0;

export type SnpReport = {
  version: number;
  guestSvn: number;
  policy: bigint;
  familyId: Uint8Array;
  imageId: Uint8Array;
  vmpl: number;
  signatureAlgorithm: number;
  currentTcb: Uint8Array;
  platformInfo: bigint;
  /** 0 = VCEK, 1 = VLEK, 7 = none (key_info bits 2..4). */
  signingKey: number;
  reportData: Uint8Array;
  measurement: Uint8Array;
  hostData: Uint8Array;
  idKeyDigest: Uint8Array;
  authorKeyDigest: Uint8Array;
  reportId: Uint8Array;
  reportedTcb: Uint8Array;
  chipId: Uint8Array;
  signedBytes: Uint8Array;
  /** r || s, big-endian, 48 bytes each. */
  signature: Uint8Array;
};

function malformed(message: string, details: Record<string, unknown> = {}): AirtntError {
  return new AirtntError('SNP_REPORT_MALFORMED', message, { details });
}

/** A 72-byte little-endian signature component as 48 big-endian bytes (the upper 24 must be zero). */
function p384Component(le: Uint8Array, name: string): Uint8Array {
  const be = Uint8Array.from(le).reverse();
  if (be.subarray(0, 24).some((byte) => byte !== 0)) throw malformed(`signature component ${name} exceeds 48 bytes`);
  return be.subarray(24);
}

export function parseSnpReport(bytes: Uint8Array): SnpReport {
  if (!(bytes instanceof Uint8Array) || bytes.length !== SNP_REPORT_BYTES) {
    throw malformed(`an SEV-SNP report is exactly ${SNP_REPORT_BYTES} bytes`, { bytes: bytes?.length });
  }
  const r = new ByteReader(bytes, 'SNP_REPORT_MALFORMED');
  const version = r.u32('version');
  const guestSvn = r.u32('guest_svn');
  const policy = r.u64('policy');
  const familyId = r.take(16, 'family_id');
  const imageId = r.take(16, 'image_id');
  const vmpl = r.u32('vmpl');
  const signatureAlgorithm = r.u32('signature_algo');
  const currentTcb = r.take(8, 'current_tcb');
  const platformInfo = r.u64('platform_info');
  const keyInfo = r.u32('key_info');
  r.take(4, 'reserved');
  const reportData = r.take(64, 'report_data');
  const measurement = r.take(48, 'measurement');
  const hostData = r.take(32, 'host_data');
  const idKeyDigest = r.take(48, 'id_key_digest');
  const authorKeyDigest = r.take(48, 'author_key_digest');
  const reportId = r.take(32, 'report_id');
  r.take(32, 'report_id_ma');
  const reportedTcb = r.take(8, 'reported_tcb');
  r.take(0x1a0 - 0x188, 'reserved');
  const chipId = r.take(64, 'chip_id');
  if (version < 2 || version > 5) throw malformed('unsupported report version', { version });
  if (signatureAlgorithm !== 1) throw malformed('unsupported signature algorithm', { signatureAlgorithm });
  const signatureField = bytes.subarray(SIGNED_BYTES);
  const signature = new Uint8Array(96);
  signature.set(p384Component(signatureField.subarray(0, 72), 'r'), 0);
  signature.set(p384Component(signatureField.subarray(72, 144), 's'), 48);
  return {
    version,
    guestSvn,
    policy,
    familyId,
    imageId,
    vmpl,
    signatureAlgorithm,
    currentTcb,
    platformInfo,
    signingKey: (keyInfo >>> 2) & 0x7,
    reportData,
    measurement,
    hostData,
    idKeyDigest,
    authorKeyDigest,
    reportId,
    reportedTcb,
    chipId,
    signedBytes: bytes.subarray(0, SIGNED_BYTES),
    signature,
  };
}

/** Evidence.certificates: a DER certificate optionally followed by PEM text, or PEM text alone. */
export function splitSevCertificates(bytes: Uint8Array | undefined): Uint8Array[] {
  if (!bytes || bytes.length === 0) return [];
  if (bytes.length > 64 * 1024) throw new AirtntError('EVIDENCE_INVALID', 'the SEV-SNP certificates are too large');
  if (bytes[0] === 0x30) {
    const { next } = readDer(bytes, 0);
    return [bytes.subarray(0, next), ...pemToDerList(Buffer.from(bytes.subarray(next)).toString('latin1'))];
  }
  return pemToDerList(Buffer.from(bytes).toString('latin1'));
}

const AMD_OID = '1.3.6.1.4.1.3704.1';
type Product = SnpProduct;

function productOf(ark: Certificate): Product {
  const match = /ARK-(Milan|Genoa|Turin)/.exec(ark.subject);
  if (!match) throw new AirtntError('CERT_CHAIN_UNTRUSTED', 'unknown AMD product root', { details: { subject: ark.subject } });
  return match[1] as Product;
}

function checkKeyExtensions(cert: Certificate, report: SnpReport, product: Product): void {
  const mismatches: string[] = [];
  for (const field of snpTcbFields(product)) {
    const value = cert.extensions.get(field.oid);
    let spl: number | undefined;
    try {
      const node = value ? readDerExact(value) : undefined;
      spl = node && node.tag === DER_TAG.integer ? decodeSmallUnsigned(node, field.name) : undefined;
    } catch {
      spl = undefined;
    }
    if (spl !== report.reportedTcb[field.byte]) mismatches.push(field.name);
  }
  if (report.signingKey === 0) {
    // hwID is the raw chip id (64 bytes; Turin VCEKs carry its first 8), though some encoders wrap it.
    let hwId = cert.extensions.get(`${AMD_OID}.4`);
    if (hwId && hwId.length !== 64 && hwId.length !== 8 && hwId[0] === DER_TAG.octetString) {
      try {
        hwId = readDerExact(hwId).content;
      } catch {
        hwId = undefined;
      }
    }
    const expected = product === 'Turin' ? report.chipId.subarray(0, 8) : report.chipId;
    if (!hwId || Buffer.compare(hwId, expected) !== 0) mismatches.push('hwID');
  }
  if (mismatches.length > 0) {
    throw new AirtntError('SNP_KEY_MISMATCH', 'the VCEK/VLEK does not certify this chip and TCB', {
      details: { mismatches, reportedTcb: hex(report.reportedTcb) },
      hint: 'fetch the VCEK for this chip id and reported TCB from AMD KDS',
    });
  }
}

function signedByKey(cert: Certificate, report: SnpReport): boolean {
  try {
    return cryptoVerify('sha384', report.signedBytes, { key: cert.publicKey, dsaEncoding: 'ieee-p1363' }, report.signature);
  } catch {
    return false;
  }
}

function isCurrentCrlOf(crl: Crl, issuer: Certificate, now: Date): boolean {
  if (Buffer.compare(crl.issuerRaw, issuer.subjectRaw) !== 0) return false;
  try {
    verifyCrl(crl, issuer, now, 'AMD CRL');
    return true;
  } catch {
    return false;
  }
}

export type VerifiedSnpReport = { report: SnpReport; chain: VerifiedChain; product: Product };

/** The report's signature, its VCEK/VLEK chain to a pinned ARK and the key's extensions (no CRL, no verdict). */
export function verifySnpReport(
  bytes: Uint8Array,
  certificates: Uint8Array | undefined,
  options: { now?: Date; collateral?: Collateral } = {},
): VerifiedSnpReport {
  const now = options.now ?? new Date();
  const report = parseSnpReport(bytes);
  if (report.signingKey !== 0 && report.signingKey !== 1) {
    throw new AirtntError('SNP_REPORT_UNSIGNED', 'the report is not signed by a VCEK or VLEK', { details: { signingKey: report.signingKey } });
  }
  const bag = parseCollateral(options.collateral);
  const given = [
    ...splitSevCertificates(certificates).map((der, i) => parseCertificate(der, `SEV-SNP certificate #${i}`)),
    ...bag.certificates,
  ];
  const signer = given.find((cert) => !cert.isCa && signedByKey(cert, report));
  if (!signer) {
    const reason = given.some((cert) => !cert.isCa) ? 'SNP_SIGNATURE_INVALID' : 'COLLATERAL_MISSING';
    throw new AirtntError(reason, reason === 'COLLATERAL_MISSING' ? 'no VCEK/VLEK certificate given' : 'the report is not signed by any given VCEK/VLEK', {
      hint: 'pass the VCEK (AMD KDS /vcek/v1/{product}/{chip_id}) or VLEK that matches the report',
    });
  }
  const chain = verifyChain(signer, [...given.filter((cert) => cert.isCa), ...amdSigningKeys()], amdArks(), now);
  const signingCa = chain.path[1]!;
  const isVlekCa = signingCa.subject.includes('SEV-VLEK-');
  if (isVlekCa !== (report.signingKey === 1)) {
    throw new AirtntError('SNP_KEY_MISMATCH', 'the report names another signing key type than the certificate chain', {
      details: { signingKey: report.signingKey === 0 ? 'VCEK' : 'VLEK', issuer: signingCa.subject },
    });
  }
  const product = productOf(chain.path[chain.path.length - 1]!);
  checkKeyExtensions(signer, report, product);
  return { report, chain, product };
}

export function verifySnpEvidence(
  bytes: Uint8Array,
  certificates: Uint8Array | undefined,
  options: { now?: Date; collateral?: Collateral; minimumTcb?: SnpMinimumTcb } = {},
): VerifiedEvidence {
  const now = options.now ?? new Date();
  const { report, chain, product } = verifySnpReport(bytes, certificates, options);
  // Without the ARK's current CRL a revoked VCEK, VLEK or ASK would pass: the CRL is required.
  const ark = chain.path[chain.path.length - 1]!;
  const crls = parseCollateral(options.collateral).crls;
  const crl = findCurrentCrl(crls, ark, now, `AMD ${product} CRL`);
  // The ARK signs one CRL for the VCEK side (ASKs) and one for the VLEK side (ASVKs): apply every current one given.
  for (const current of crls.filter((entry) => entry === crl || isCurrentCrlOf(entry, ark, now))) {
    for (const cert of chain.path.slice(0, -1)) checkNotRevoked(cert, current, 'AMD');
  }
  const verdict = snpTcbVerdict(report.reportedTcb, report.currentTcb, product, { ...AMD_MINIMUM_TCB, ...options.minimumTcb });
  const validFrom = crl.thisUpdate > chain.validFrom ? crl.thisUpdate : chain.validFrom;
  const validUntil = crl.nextUpdate && crl.nextUpdate < chain.validUntil ? crl.nextUpdate : chain.validUntil;

  return {
    kind: 'sev-snp',
    insecure: false,
    measurement: hex(report.measurement),
    measurements: {
      hostdata: hex(report.hostData),
      idkeydigest: hex(report.idKeyDigest),
      authorkeydigest: hex(report.authorKeyDigest),
      familyid: hex(report.familyId),
      imageid: hex(report.imageId),
      reportid: hex(report.reportId),
      chipid: hex(report.chipId),
      reportedtcb: hex(report.reportedTcb),
      currenttcb: hex(report.currentTcb),
      policy: report.policy.toString(16).padStart(16, '0'),
      vmpl: report.vmpl.toString(16).padStart(8, '0'),
      guestsvn: report.guestSvn.toString(16).padStart(8, '0'),
      signingkey: report.signingKey === 0 ? '00' : '01',
    },
    reportData: new Uint8Array(report.reportData),
    tcbStatus: verdict.status,
    advisories: verdict.advisories,
    debug: ((report.policy >> SNP_POLICY_BITS.debug) & 1n) === 1n,
    validFrom: validFrom.toISOString(),
    validUntil: validUntil.toISOString(),
    collateralIssuedAt: crl.thisUpdate.toISOString(),
  };
}
