/**
 * Collateral: what a verifier needs beside the evidence. It is a bag of vendor-signed items whatever
 * their source (files, Intel PCS, AMD KDS, a cache); the verifiers pick the items that fit the
 * evidence (by FMSPC, issuer and validity at the clock), so callers never have to sort them.
 *
 * Nothing in the bag is trusted: every item is checked against the pinned roots before use.
 */
import { AirtntError } from '../util/errors.js';
import { parseCertificate, parseCrl, pemToDerList, type Certificate, type Crl } from './x509.js';

/** An Intel-signed JSON document: the exact text of the signed member and its hex r||s signature. */
export type SignedJson = { body: string; signature: string };

export type Collateral = {
  /** Intel TCB info documents (the text of "tcbInfo" and its signature). */
  tcbInfos?: SignedJson[];
  /** Intel QE / TD QE identity documents (the text of "enclaveIdentity" and its signature). */
  qeIdentities?: SignedJson[];
  /** CRLs in DER: Intel root CA and PCK CRLs, AMD ARK CRLs. */
  crls?: Uint8Array[];
  /** Certificates in DER: issuer chains, AMD VCEK/VLEK/ASK/ARK. */
  certificates?: Uint8Array[];
};

export const MAX_COLLATERAL_ITEMS = 256;
const MAX_SIGNED_JSON_BYTES = 512 * 1024;

export function mergeCollateral(...parts: (Collateral | undefined)[]): Collateral {
  const out: Required<Collateral> = { tcbInfos: [], qeIdentities: [], crls: [], certificates: [] };
  for (const part of parts) {
    if (!part) continue;
    out.tcbInfos.push(...(part.tcbInfos ?? []));
    out.qeIdentities.push(...(part.qeIdentities ?? []));
    out.crls.push(...(part.crls ?? []));
    out.certificates.push(...(part.certificates ?? []));
  }
  return out;
}

export type ParsedCollateral = {
  tcbInfos: SignedJson[];
  qeIdentities: SignedJson[];
  crls: Crl[];
  certificates: Certificate[];
};

/** Parses the DER items once; refuses oversized bags; skips nothing silently (a bad item is an error). */
export function parseCollateral(collateral: Collateral | undefined): ParsedCollateral {
  const bag = mergeCollateral(collateral);
  const total = bag.tcbInfos!.length + bag.qeIdentities!.length + bag.crls!.length + bag.certificates!.length;
  if (total > MAX_COLLATERAL_ITEMS) {
    throw new AirtntError('COLLATERAL_INVALID', 'too many collateral items', { details: { items: total } });
  }
  for (const doc of [...bag.tcbInfos!, ...bag.qeIdentities!]) {
    if (typeof doc?.body !== 'string' || typeof doc.signature !== 'string' || doc.body.length > MAX_SIGNED_JSON_BYTES) {
      throw new AirtntError('COLLATERAL_INVALID', 'a signed collateral document is malformed');
    }
  }
  return {
    tcbInfos: bag.tcbInfos!,
    qeIdentities: bag.qeIdentities!,
    crls: bag.crls!.map((der, i) => parseCrl(der, `collateral CRL #${i}`)),
    certificates: bag.certificates!.map((der, i) => parseCertificate(der, `collateral certificate #${i}`)),
  };
}

/**
 * Splits Intel's `{"tcbInfo":{...},"signature":"..."}` (or "enclaveIdentity") into the exact text of
 * the signed member and the signature: Intel signs the bytes as served, so the member must not be
 * re-serialised.
 */
export function splitSignedJson(text: string, member: 'tcbInfo' | 'enclaveIdentity'): SignedJson {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new AirtntError('COLLATERAL_INVALID', `the ${member} document is not JSON`, { cause: error });
  }
  const signature = (parsed as Record<string, unknown> | null)?.signature;
  const body = rawTopLevelMember(text, member);
  if (typeof signature !== 'string' || body === undefined) {
    throw new AirtntError('COLLATERAL_INVALID', `the document has no "${member}" and "signature"`);
  }
  return { body, signature };
}

/** The source text of a top-level member of a JSON object already known to be valid JSON. */
function rawTopLevelMember(text: string, name: string): string | undefined {
  let depth = 0;
  let i = 0;
  let expectingKey = false;
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const end = skipString(text, i);
      if (depth === 1 && expectingKey) {
        const key = JSON.parse(text.slice(i, end)) as string;
        let j = skipSpace(text, end);
        if (text[j] !== ':') return undefined;
        j = skipSpace(text, j + 1);
        const valueEnd = skipValue(text, j);
        if (key === name) return text.slice(j, valueEnd);
        i = valueEnd;
        expectingKey = false;
        continue;
      }
      i = end;
      continue;
    }
    if (c === '{' || c === '[') {
      depth++;
      expectingKey = c === '{' && depth === 1;
    } else if (c === '}' || c === ']') {
      depth--;
    } else if (c === ',' && depth === 1) {
      expectingKey = true;
    }
    i++;
  }
  return undefined;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function skipString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

function skipValue(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return skipString(text, start);
  if (first === '{' || first === '[') {
    let depth = 0;
    let i = start;
    while (i < text.length) {
      const c = text[i]!;
      if (c === '"') {
        i = skipString(text, i);
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if (c === '}' || c === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return i;
  }
  let i = start;
  while (i < text.length && !/[,\]}\s]/.test(text[i]!)) i++;
  return i;
}

/** Certificates from PEM text (issuer chains) as DER, for the `certificates` of a bag. */
export function certificatesFromPem(text: string): Uint8Array[] {
  return pemToDerList(text);
}
