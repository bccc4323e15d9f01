/**
 * Intel TCB info (v3) and enclave identity (v2) documents ("Intel PCS API v4": TCB Info, Enclave
 * Identity): schemas, signature check by an Intel SGX TCB Signing certificate that chains to the
 * pinned Intel root and is not on the root CA CRL, and selection of the document that fits a quote.
 */
import { verify as cryptoVerify } from 'node:crypto';
import { z } from 'zod';
import { AirtntError } from '../util/errors.js';
import type { ParsedCollateral, SignedJson } from './collateral.js';
import { intelRoot, intelTcbSigningCertificates } from './roots.js';
import { TCB_STATUSES } from './types.js';
import { checkNotRevoked, verifyChain, type Certificate, type Crl } from './x509.js';

const hexOf = (bytes: number) => z.string().regex(new RegExp(`^[0-9a-fA-F]{${bytes * 2}}$`));
const isoDate = z.string().max(40).refine((value) => !Number.isNaN(Date.parse(value)), 'not a date');
const advisories = z.array(z.string().max(64)).max(512).optional();
const svnComponent = z.object({ svn: z.number().int().min(0).max(255) });


const tcbLevelSchema = z.object({
  tcb: z.object({
    sgxtcbcomponents: z.array(svnComponent).length(16),
    pcesvn: z.number().int().min(0).max(0xffff),
    tdxtcbcomponents: z.array(svnComponent).length(16).optional(),
  }),
  tcbDate: isoDate,
  tcbStatus: z.enum(TCB_STATUSES),
  advisoryIDs: advisories,
});

const isvLevelSchema = z.object({
  tcb: z.object({ isvsvn: z.number().int().min(0).max(0xffff) }),
  tcbDate: isoDate.optional(),
  tcbStatus: z.enum(TCB_STATUSES),
  advisoryIDs: advisories,
});

const tdxModuleIdentitySchema = z.object({
  id: z.string().max(32),
  mrsigner: hexOf(48),
  attributes: hexOf(8),
  attributesMask: hexOf(8),
  tcbLevels: z.array(isvLevelSchema).min(1).max(512),
});

export const tcbInfoSchema = z.object({
  id: z.enum(['SGX', 'TDX']),
  version: z.literal(3),
  issueDate: isoDate,
  nextUpdate: isoDate,
  fmspc: hexOf(6),
  pceId: hexOf(2),
  tcbType: z.literal(0),
  tcbEvaluationDataNumber: z.number().int().min(0),
  tdxModule: z.object({ mrsigner: hexOf(48), attributes: hexOf(8), attributesMask: hexOf(8) }).optional(),
  tdxModuleIdentities: z.array(tdxModuleIdentitySchema).max(64).optional(),
  tcbLevels: z.array(tcbLevelSchema).min(1).max(512),
});
export type TcbInfo = z.infer<typeof tcbInfoSchema>;
export type TcbLevel = TcbInfo['tcbLevels'][number];
export type IsvTcbLevel = z.infer<typeof isvLevelSchema>;

export const qeIdentitySchema = z.object({
  id: z.enum(['QE', 'TD_QE', 'QVE']),
  version: z.literal(2),
  issueDate: isoDate,
  nextUpdate: isoDate,
  tcbEvaluationDataNumber: z.number().int().min(0),
  miscselect: hexOf(4),
  miscselectMask: hexOf(4),
  attributes: hexOf(16),
  attributesMask: hexOf(16),
  mrsigner: hexOf(32),
  isvprodid: z.number().int().min(0).max(0xffff),
  tcbLevels: z.array(isvLevelSchema).min(1).max(512),
});
export type QeIdentity = z.infer<typeof qeIdentitySchema>;

export type VerifiedDocument<T> = { value: T; signer: Certificate; validFrom: Date; validUntil: Date };

function parseBody<T>(doc: SignedJson, schema: z.ZodType<T>, name: string): T {
  let json: unknown;
  try {
    json = JSON.parse(doc.body);
  } catch (error) {
    throw new AirtntError('COLLATERAL_INVALID', `the ${name} is not JSON`, { cause: error });
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new AirtntError('COLLATERAL_UNSUPPORTED', `the ${name} is not a supported document`, {
      details: { issues: result.error.issues.slice(0, 3).map((issue) => `${issue.path.join('.')}: ${issue.message}`) },
      hint: 'airtnt reads TCB info v3 and enclave identity v2 (Intel PCS API v4)',
    });
  }
  return result.data;
}

/**
 * Checks a document's signature with the first candidate TCB Signing certificate that verifies it,
 * chains to the Intel root at `now` and is not revoked. Certificates from the collateral come first,
 * then the pinned ones (the 2025 re-issue shares the key of the 2018 certificate).
 */
function verifySignedJson(doc: SignedJson, candidates: Certificate[], rootCrl: Crl, now: Date, name: string): { signer: Certificate; validFrom: Date; validUntil: Date } {
  const signature = /^[0-9a-fA-F]{128}$/.test(doc.signature) ? Buffer.from(doc.signature, 'hex') : undefined;
  if (!signature) throw new AirtntError('COLLATERAL_INVALID', `the ${name} signature is not 64 bytes of hex`);
  const data = Buffer.from(doc.body, 'utf8');
  let lastError: unknown = new AirtntError('COLLATERAL_SIGNATURE_INVALID', `the ${name} is not signed by an Intel TCB Signing key`);
  for (const cert of candidates) {
    if (cert.isCa) continue;
    let ok = false;
    try {
      ok = cryptoVerify('sha256', data, { key: cert.publicKey, dsaEncoding: 'ieee-p1363' }, signature);
    } catch {
      ok = false;
    }
    if (!ok) continue;
    try {
      const chain = verifyChain(cert, [], [intelRoot()], now);
      checkNotRevoked(cert, rootCrl, 'TCB Signing');
      return { signer: cert, validFrom: chain.validFrom, validUntil: chain.validUntil };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

function checkCurrent(issueDate: string, nextUpdate: string, now: Date, name: string): { validFrom: Date; validUntil: Date } {
  const validFrom = new Date(issueDate);
  const validUntil = new Date(nextUpdate);
  if (now < validFrom || now > validUntil) {
    throw new AirtntError('COLLATERAL_EXPIRED', `the ${name} is not current at ${now.toISOString()}`, {
      details: { issueDate, nextUpdate },
      hint: 'fetch fresh collateral from Intel PCS, or verify at a time inside its window (the verification time option)',
    });
  }
  return { validFrom, validUntil };
}

function signerCandidates(bag: ParsedCollateral): Certificate[] {
  return [...bag.certificates, ...intelTcbSigningCertificates()];
}

/**
 * The TCB info for this platform: matching id (SGX/TDX), FMSPC and PCE id, current at `now`, signed by
 * Intel. When several fit, the one with the highest tcbEvaluationDataNumber wins.
 */
export function selectTcbInfo(
  bag: ParsedCollateral,
  want: { id: 'SGX' | 'TDX'; fmspc: string; pceId: string },
  rootCrl: Crl,
  now: Date,
): VerifiedDocument<TcbInfo> {
  return selectDocument(bag.tcbInfos, tcbInfoSchema, 'TCB info', bag, rootCrl, now, (info) =>
    info.id === want.id && info.fmspc.toLowerCase() === want.fmspc && info.pceId.toLowerCase() === want.pceId,
  `${want.id} TCB info for FMSPC ${want.fmspc}`);
}

export function selectQeIdentity(bag: ParsedCollateral, id: 'QE' | 'TD_QE', rootCrl: Crl, now: Date): VerifiedDocument<QeIdentity> {
  return selectDocument(bag.qeIdentities, qeIdentitySchema, 'QE identity', bag, rootCrl, now, (identity) => identity.id === id, `${id} identity`);
}

function selectDocument<T extends { issueDate: string; nextUpdate: string; tcbEvaluationDataNumber: number }>(
  docs: SignedJson[],
  schema: z.ZodType<T>,
  name: string,
  bag: ParsedCollateral,
  rootCrl: Crl,
  now: Date,
  fits: (value: T) => boolean,
  wanted: string,
): VerifiedDocument<T> {
  const fitting = docs
    .map((doc) => ({ doc, value: parseBody(doc, schema, name) }))
    .filter(({ value }) => fits(value))
    .sort((a, b) => b.value.tcbEvaluationDataNumber - a.value.tcbEvaluationDataNumber);
  if (fitting.length === 0) {
    throw new AirtntError('COLLATERAL_MISSING', `no ${wanted} in the collateral`, {
      hint: 'pass the matching collateral or fetch it from Intel PCS',
    });
  }
  let lastError: unknown;
  for (const { doc, value } of fitting) {
    try {
      const window = checkCurrent(value.issueDate, value.nextUpdate, now, name);
      const signed = verifySignedJson(doc, signerCandidates(bag), rootCrl, now, name);
      return {
        value,
        signer: signed.signer,
        validFrom: new Date(Math.max(window.validFrom.getTime(), signed.validFrom.getTime())),
        validUntil: new Date(Math.min(window.validUntil.getTime(), signed.validUntil.getTime())),
      };
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}
