/**
 * X.509 certificates, chains and CRLs (RFC 5280) for attestation: parsing with the DER reader of
 * ./der.ts, every signature checked with node:crypto (ECDSA P-256/P-384 and RSA-PSS, which AMD uses).
 *
 * Deliberately narrow: a chain is built only from certificates the caller passes, must end at one of
 * the pinned anchors of ./roots.ts, and every certificate on it must be valid at the caller's clock.
 */
import { X509Certificate, constants, createHash, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { AirtntError } from '../util/errors.js';
import { DER_TAG, decodeOid, decodeSmallUnsigned, decodeTime, derChildren, expectTag, readDerExact, type DerNode } from './der.js';

export type Certificate = {
  der: Uint8Array;
  /** Lowercase hex sha256 of the DER encoding. */
  fingerprint: string;
  /** The subject as text, for messages only (names are compared as raw DER). */
  subject: string;
  subjectRaw: Uint8Array;
  issuerRaw: Uint8Array;
  /** The serial number's INTEGER content, lowercase hex. */
  serial: string;
  notBefore: Date;
  notAfter: Date;
  publicKey: KeyObject;
  /** extnValue contents by dotted OID. */
  extensions: Map<string, Uint8Array>;
  isCa: boolean;
  x509: X509Certificate;
};

const MAX_CERTIFICATE_BYTES = 16 * 1024;
const MAX_CHAIN_DEPTH = 6;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function certError(message: string, details: Record<string, unknown> = {}, cause?: unknown): AirtntError {
  return new AirtntError('CERTIFICATE_INVALID', message, { details, cause });
}

export function parseCertificate(der: Uint8Array, name = 'certificate'): Certificate {
  if (der.length === 0 || der.length > MAX_CERTIFICATE_BYTES) {
    throw certError(`"${name}" has an implausible size`, { bytes: der.length });
  }
  try {
    const root = readDerExact(der);
    const [tbs] = derChildren(expectTag(root, DER_TAG.sequence, 'Certificate'));
    const fields = derChildren(expectTag(tbs, DER_TAG.sequence, 'TBSCertificate'));
    // The version is an explicit [0] that may be absent (v1).
    const start = fields[0]?.tag === 0xa0 ? 1 : 0;
    const serial = expectTag(fields[start], DER_TAG.integer, 'serialNumber');
    const issuer = expectTag(fields[start + 2], DER_TAG.sequence, 'issuer');
    const validity = derChildren(expectTag(fields[start + 3], DER_TAG.sequence, 'validity'));
    const subject = expectTag(fields[start + 4], DER_TAG.sequence, 'subject');
    const extensions = new Map<string, Uint8Array>();
    const extensionsField = fields.slice(start + 6).find((field) => field.tag === 0xa3);
    if (extensionsField) {
      const [list] = derChildren(extensionsField);
      for (const extension of derChildren(expectTag(list, DER_TAG.sequence, 'Extensions'))) {
        const parts = derChildren(expectTag(extension, DER_TAG.sequence, 'Extension'));
        const oid = decodeOid(expectTag(parts[0], DER_TAG.oid, 'extnID').content);
        const value = expectTag(parts[parts.length - 1], DER_TAG.octetString, 'extnValue');
        extensions.set(oid, value.content);
      }
    }
    const x509 = new X509Certificate(der);
    return {
      der,
      fingerprint: sha256Hex(der),
      subject: x509.subject.replace(/\n/g, ', '),
      subjectRaw: subject.raw,
      issuerRaw: issuer.raw,
      serial: Buffer.from(serial.content).toString('hex'),
      notBefore: decodeTime(validity[0]!),
      notAfter: decodeTime(validity[1]!),
      publicKey: x509.publicKey,
      extensions,
      isCa: x509.ca,
      x509,
    };
  } catch (error) {
    if (error instanceof AirtntError && error.code === 'CERTIFICATE_INVALID') throw error;
    throw certError(`"${name}" is not a valid X.509 certificate`, {}, error);
  }
}

/** Every CERTIFICATE block of a PEM text, as DER. */
export function pemToDerList(text: string): Uint8Array[] {
  const out: Uint8Array[] = [];
  const pattern = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/g;
  for (const match of text.matchAll(pattern)) {
    out.push(new Uint8Array(Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64')));
  }
  return out;
}

export function derToPem(der: Uint8Array): string {
  const body = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
  return `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

export function isSelfIssued(cert: Certificate): boolean {
  return sameBytes(cert.subjectRaw, cert.issuerRaw);
}

export function checkValidAt(cert: Certificate, now: Date, name: string): void {
  if (now < cert.notBefore || now > cert.notAfter) {
    throw new AirtntError('CERTIFICATE_EXPIRED', `the ${name} certificate is not valid at ${now.toISOString()}`, {
      details: { subject: cert.subject, notBefore: cert.notBefore.toISOString(), notAfter: cert.notAfter.toISOString() },
      hint: 'check the clock, or fetch fresh evidence and collateral',
    });
  }
}

function signedBy(child: Certificate, issuer: Certificate): boolean {
  if (!sameBytes(child.issuerRaw, issuer.subjectRaw)) return false;
  try {
    return child.x509.verify(issuer.publicKey);
  } catch {
    return false;
  }
}

export type VerifiedChain = {
  /** Leaf first, anchor last. */
  path: Certificate[];
  validFrom: Date;
  validUntil: Date;
};

/**
 * Builds and checks the path leaf -> ... -> anchor: each certificate signed by the next, each valid at
 * `now`, each issuer a CA, and the last one one of `anchors` (compared by fingerprint).
 */
export function verifyChain(leaf: Certificate, intermediates: Certificate[], anchors: Certificate[], now: Date): VerifiedChain {
  const anchorPrints = new Set(anchors.map((anchor) => anchor.fingerprint));
  const path: Certificate[] = [leaf];
  let current = leaf;
  while (!anchorPrints.has(current.fingerprint)) {
    if (path.length > MAX_CHAIN_DEPTH) throw chainError('the certificate chain is too long', path);
    // Pinned anchors are tried first so that a look-alike test root is never preferred.
    const issuer =
      anchors.find((candidate) => signedBy(current, candidate)) ??
      intermediates.find((candidate) => candidate !== current && !isSelfIssued(candidate) && signedBy(current, candidate));
    if (!issuer) throw chainError('the certificate chain does not lead to a pinned vendor root', path);
    if (!issuer.isCa) throw chainError('a certificate in the chain is signed by a non-CA certificate', path);
    path.push(issuer);
    current = issuer;
  }
  // The anchor itself is pinned by its fingerprint; its self-signature is checked for good measure.
  if (!signedBy(current, current)) throw chainError('the pinned root does not verify its own signature', path);
  for (const cert of path) checkValidAt(cert, now, cert === leaf ? 'leaf' : 'issuer');
  return {
    path,
    validFrom: new Date(Math.max(...path.map((cert) => cert.notBefore.getTime()))),
    validUntil: new Date(Math.min(...path.map((cert) => cert.notAfter.getTime()))),
  };
}

function chainError(message: string, path: Certificate[]): AirtntError {
  return new AirtntError('CERT_CHAIN_UNTRUSTED', message, {
    details: { path: path.map((cert) => cert.subject) },
    hint: 'the evidence was not issued by the genuine vendor (a test or forged root is refused)',
  });
}

// --- CRLs (RFC 5280 section 5) ---

export type Crl = {
  der: Uint8Array;
  issuerRaw: Uint8Array;
  thisUpdate: Date;
  nextUpdate: Date | undefined;
  /** Serial numbers (INTEGER content, lowercase hex) of revoked certificates. */
  revoked: Set<string>;
  tbs: Uint8Array;
  signatureAlgorithm: DerNode;
  signature: Uint8Array;
};

const MAX_CRL_BYTES = 1024 * 1024;

export function parseCrl(der: Uint8Array, name = 'CRL'): Crl {
  if (der.length === 0 || der.length > MAX_CRL_BYTES) {
    throw new AirtntError('CRL_INVALID', `"${name}" has an implausible size`, { details: { bytes: der.length } });
  }
  try {
    const parts = derChildren(expectTag(readDerExact(der), DER_TAG.sequence, 'CertificateList'));
    const tbs = expectTag(parts[0], DER_TAG.sequence, 'TBSCertList');
    const signatureAlgorithm = expectTag(parts[1], DER_TAG.sequence, 'signatureAlgorithm');
    const signatureBits = expectTag(parts[2], DER_TAG.bitString, 'signatureValue');
    if (signatureBits.content[0] !== 0) throw new Error('signature BIT STRING has unused bits');
    const fields = derChildren(tbs);
    const start = fields[0]?.tag === DER_TAG.integer ? 1 : 0;
    const issuer = expectTag(fields[start + 1], DER_TAG.sequence, 'issuer');
    const thisUpdate = decodeTime(fields[start + 2]!);
    let index = start + 3;
    let nextUpdate: Date | undefined;
    const maybeNext = fields[index];
    if (maybeNext && (maybeNext.tag === DER_TAG.utcTime || maybeNext.tag === DER_TAG.generalizedTime)) {
      nextUpdate = decodeTime(maybeNext);
      index++;
    }
    const revoked = new Set<string>();
    const maybeRevoked = fields[index];
    if (maybeRevoked && maybeRevoked.tag === DER_TAG.sequence) {
      for (const entry of derChildren(maybeRevoked)) {
        const serial = expectTag(derChildren(entry)[0], DER_TAG.integer, 'userCertificate');
        revoked.add(Buffer.from(serial.content).toString('hex'));
      }
    }
    return {
      der,
      issuerRaw: issuer.raw,
      thisUpdate,
      nextUpdate,
      revoked,
      tbs: tbs.raw,
      signatureAlgorithm,
      signature: signatureBits.content.subarray(1),
    };
  } catch (error) {
    throw new AirtntError('CRL_INVALID', `"${name}" is not a valid CRL`, { cause: error });
  }
}

const HASH_BY_OID: Record<string, string> = {
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

/** Verifies `signature` over `data` under an X.509 AlgorithmIdentifier (ECDSA or RSA-PSS). */
export function verifyWithAlgorithm(algorithm: DerNode, key: KeyObject, data: Uint8Array, signature: Uint8Array): boolean {
  const parts = derChildren(algorithm);
  const oid = decodeOid(expectTag(parts[0], DER_TAG.oid, 'algorithm').content);
  try {
    switch (oid) {
      case '1.2.840.10045.4.3.2':
        return cryptoVerify('sha256', data, key, signature);
      case '1.2.840.10045.4.3.3':
        return cryptoVerify('sha384', data, key, signature);
      case '1.2.840.113549.1.1.11':
        return cryptoVerify('sha256', data, key, signature);
      case '1.2.840.113549.1.1.10': {
        const { hash, saltLength } = readPssParameters(parts[1]);
        return cryptoVerify(hash, data, { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength }, signature);
      }
      default:
        throw new AirtntError('SIGNATURE_ALGORITHM_UNSUPPORTED', `unsupported signature algorithm ${oid}`);
    }
  } catch (error) {
    if (error instanceof AirtntError) throw error;
    return false;
  }
}

function readPssParameters(params: DerNode | undefined): { hash: string; saltLength: number } {
  // RFC 4055 3.1: the defaults (SHA-1, salt 20) are never used by the vendors; we refuse them.
  let hash: string | undefined;
  let saltLength = 20;
  for (const field of params ? derChildren(params) : []) {
    if (field.tag === 0xa0) {
      const [algorithm] = derChildren(field);
      const [hashOid] = derChildren(expectTag(algorithm, DER_TAG.sequence, 'hashAlgorithm'));
      hash = HASH_BY_OID[decodeOid(expectTag(hashOid, DER_TAG.oid, 'hash').content)];
    } else if (field.tag === 0xa2) {
      saltLength = decodeSmallUnsigned(derChildren(field)[0]!, 'saltLength');
    }
  }
  if (!hash) throw new AirtntError('SIGNATURE_ALGORITHM_UNSUPPORTED', 'RSA-PSS with an unsupported hash');
  return { hash, saltLength };
}

/** Checks a CRL's signature by `issuer` and that it is current at `now`. */
export function verifyCrl(crl: Crl, issuer: Certificate, now: Date, name: string): void {
  if (!sameBytes(crl.issuerRaw, issuer.subjectRaw) || !verifyWithAlgorithm(crl.signatureAlgorithm, issuer.publicKey, crl.tbs, crl.signature)) {
    throw new AirtntError('CRL_SIGNATURE_INVALID', `the ${name} is not signed by ${issuer.subject}`);
  }
  if (now < crl.thisUpdate || (crl.nextUpdate !== undefined && now > crl.nextUpdate)) {
    throw new AirtntError('CRL_EXPIRED', `the ${name} is not current at ${now.toISOString()}`, {
      details: { thisUpdate: crl.thisUpdate.toISOString(), nextUpdate: crl.nextUpdate?.toISOString() },
      hint: 'fetch a fresh CRL',
    });
  }
}

export function checkNotRevoked(cert: Certificate, crl: Crl, name: string): void {
  if (sameBytes(crl.issuerRaw, cert.issuerRaw) && crl.revoked.has(cert.serial)) {
    throw new AirtntError('CERTIFICATE_REVOKED', `the ${name} certificate is revoked`, {
      details: { subject: cert.subject, serial: cert.serial },
    });
  }
}

/** The CRL among `crls` issued by `issuer`, signed by it and current at `now` (the newest one). */
export function findCurrentCrl(crls: Crl[], issuer: Certificate, now: Date, name: string): Crl {
  const candidates = crls
    .filter((crl) => sameBytes(crl.issuerRaw, issuer.subjectRaw))
    .sort((a, b) => b.thisUpdate.getTime() - a.thisUpdate.getTime());
  if (candidates.length === 0) {
    throw new AirtntError('COLLATERAL_MISSING', `no ${name} issued by ${issuer.subject} in the collateral`, {
      hint: 'pass the CRL (files or fetched collateral)',
    });
  }
  let lastError: unknown;
  for (const crl of candidates) {
    try {
      verifyCrl(crl, issuer, now, name);
      return crl;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
