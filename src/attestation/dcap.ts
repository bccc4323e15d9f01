/**
 * Verifier of Intel SGX and TDX DCAP quotes, after Intel's Quote Verification Library:
 *  1. the PCK certificate chain (from the quote) leads to the pinned Intel SGX Root CA at `now`;
 *  2. the QE report is signed by the PCK key and its report data is SHA-256(attestation key || QE auth
 *     data) || 32 zero bytes; the quote is signed by the attestation key;
 *  3. with collateral: the root CA CRL and the PCK CRL are signed, current and revoke nothing on the
 *     chain; the TCB info and QE identity are signed by Intel, current and fit the platform; the TCB
 *     status is the matching level converged with the QE and TDX module statuses.
 * Steps 1-2 alone (verifyDcapQuote) say the quote is genuine, not that the platform is up to date.
 */
import { createHash, createPublicKey, verify as cryptoVerify, type KeyObject } from 'node:crypto';
import { AirtntError } from '../util/errors.js';
import { parseCollateral, type Collateral } from './collateral.js';
import { INTEL_QE_VENDOR_ID, parseDcapQuote, type DcapQuote } from './dcap-quote.js';
import { selectQeIdentity, selectTcbInfo } from './intel-collateral.js';
import { convergeTcb, matchPlatformTcbLevel, qeIdentityVerdict, tdxModuleVerdict } from './intel-tcb.js';
import { readPckTcb, type PckTcb } from './pck.js';
import { hex } from './reader.js';
import { intelRoot } from './roots.js';
import type { VerifiedEvidence } from './types.js';
import { checkNotRevoked, findCurrentCrl, parseCertificate, pemToDerList, verifyChain, type Certificate, type VerifiedChain } from './x509.js';

export type VerifiedDcapQuote = {
  quote: DcapQuote;
  pck: Certificate;
  pckTcb: PckTcb;
  chain: VerifiedChain;
};

function attestationKeyObject(raw: Uint8Array): KeyObject {
  try {
    return createPublicKey({
      key: { kty: 'EC', crv: 'P-256', x: Buffer.from(raw.subarray(0, 32)).toString('base64url'), y: Buffer.from(raw.subarray(32, 64)).toString('base64url') },
      format: 'jwk',
    });
  } catch (error) {
    throw new AirtntError('QUOTE_SIGNATURE_INVALID', 'the attestation key is not a P-256 point', { cause: error });
  }
}

function verifyP1363(key: KeyObject, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return cryptoVerify('sha256', data, { key, dsaEncoding: 'ieee-p1363' }, signature);
  } catch {
    return false;
  }
}

/** Steps 1-2: the quote's own signatures and PCK chain (no collateral, no revocation, no TCB status). */
export function verifyDcapQuote(bytes: Uint8Array, options: { now?: Date } = {}): VerifiedDcapQuote {
  const now = options.now ?? new Date();
  const quote = parseDcapQuote(bytes);
  if (hex(quote.qeVendorId) !== INTEL_QE_VENDOR_ID) {
    throw new AirtntError('QUOTE_UNSUPPORTED', 'the quote was not made by an Intel quoting enclave', {
      details: { qeVendorId: hex(quote.qeVendorId) },
    });
  }
  const ders = pemToDerList(quote.pckChainPem);
  if (ders.length < 2 || ders.length > 5) {
    throw new AirtntError('QUOTE_MALFORMED', 'the quote does not carry a PCK certificate chain', { details: { certificates: ders.length } });
  }
  const [pck, ...issuers] = ders.map((der, i) => parseCertificate(der, `PCK chain certificate #${i}`)) as [Certificate, ...Certificate[]];
  const chain = verifyChain(pck, issuers, [intelRoot()], now);

  if (!verifyP1363(pck.publicKey, quote.qeReport.raw, quote.qeReportSignature)) {
    throw new AirtntError('QE_REPORT_SIGNATURE_INVALID', 'the QE report is not signed by the PCK key');
  }
  const expected = createHash('sha256').update(quote.attestationKey).update(quote.qeAuthData).digest();
  const reportData = quote.qeReport.reportData;
  if (Buffer.compare(expected, reportData.subarray(0, 32)) !== 0 || reportData.subarray(32).some((byte) => byte !== 0)) {
    throw new AirtntError('QE_REPORT_DATA_MISMATCH', 'the QE report does not vouch for this attestation key');
  }
  if (!verifyP1363(attestationKeyObject(quote.attestationKey), quote.signedData, quote.signature)) {
    throw new AirtntError('QUOTE_SIGNATURE_INVALID', 'the quote is not signed by its attestation key');
  }
  return { quote, pck, pckTcb: readPckTcb(pck), chain };
}

/** Steps 1-3: a full verification with collateral, returning the normalised result. */
export function verifyDcapEvidence(bytes: Uint8Array, options: { now?: Date; collateral?: Collateral } = {}): VerifiedEvidence {
  const now = options.now ?? new Date();
  const verified = verifyDcapQuote(bytes, { now });
  const { quote, pck, pckTcb, chain } = verified;
  if (!options.collateral) {
    throw new AirtntError('COLLATERAL_MISSING', 'Intel quotes need collateral (TCB info, QE identity, CRLs) to judge the platform', {
      hint: 'pass collateral (files or a bag), or fetch it with fetchIntelCollateral()',
    });
  }
  const bag = parseCollateral(options.collateral);
  const root = intelRoot();
  const rootCrl = findCurrentCrl(bag.crls, root, now, 'Intel root CA CRL');
  const pckIssuer = chain.path[1]!;
  for (const cert of chain.path.slice(1, -1)) checkNotRevoked(cert, rootCrl, 'PCK CA');
  const pckCrl = findCurrentCrl(bag.crls, pckIssuer, now, 'PCK CRL');
  checkNotRevoked(pck, pckCrl, 'PCK');

  const tee = quote.body.tee;
  const tcbInfo = selectTcbInfo(bag, { id: tee === 'sgx' ? 'SGX' : 'TDX', fmspc: pckTcb.fmspc, pceId: pckTcb.pceId }, rootCrl, now);
  const qeIdentity = selectQeIdentity(bag, tee === 'sgx' ? 'QE' : 'TD_QE', rootCrl, now);

  const teeTcbSvn = quote.body.tee === 'tdx' ? quote.body.report.teeTcbSvn : undefined;
  const level = matchPlatformTcbLevel(tcbInfo.value, pckTcb, teeTcbSvn);
  let verdict = { status: level.tcbStatus, advisories: level.advisoryIDs ?? [] } as ReturnType<typeof convergeTcb>;
  if (quote.body.tee === 'tdx') verdict = convergeTcb(verdict, tdxModuleVerdict(tcbInfo.value, quote.body.report));
  verdict = convergeTcb(verdict, qeIdentityVerdict(qeIdentity.value, quote.qeReport));

  const froms = [chain.validFrom, pckCrl.thisUpdate, rootCrl.thisUpdate, tcbInfo.validFrom, qeIdentity.validFrom];
  const untils = [chain.validUntil, tcbInfo.validUntil, qeIdentity.validUntil, pckCrl.nextUpdate, rootCrl.nextUpdate].filter(
    (date): date is Date => date !== undefined,
  );
  return {
    ...normalisedBody(quote),
    tcbStatus: verdict.status,
    advisories: verdict.advisories,
    validFrom: new Date(Math.max(...froms.map((date) => date.getTime()))).toISOString(),
    validUntil: new Date(Math.min(...untils.map((date) => date.getTime()))).toISOString(),
    // The root CA CRL is left out: Intel reissues it only about yearly; its nextUpdate bounds it.
    collateralIssuedAt: new Date(Math.min(...[pckCrl.thisUpdate, tcbInfo.validFrom, qeIdentity.validFrom].map((date) => date.getTime()))).toISOString(),
  };
}

const u16hex = (value: number) => value.toString(16).padStart(4, '0');

/** The identity part of the result, from the quote body. */
export function normalisedBody(quote: DcapQuote): Pick<VerifiedEvidence, 'kind' | 'insecure' | 'measurement' | 'measurements' | 'reportData' | 'debug'> {
  if (quote.body.tee === 'sgx') {
    const report = quote.body.report;
    return {
      kind: 'sgx',
      insecure: false,
      measurement: hex(report.mrEnclave),
      measurements: {
        mrsigner: hex(report.mrSigner),
        isvprodid: u16hex(report.isvProdId),
        isvsvn: u16hex(report.isvSvn),
        attributes: hex(report.attributes),
        cpusvn: hex(report.cpuSvn),
      },
      reportData: new Uint8Array(report.reportData),
      // SGX ATTRIBUTES.DEBUG is bit 1 of the first byte.
      debug: (report.attributes[0]! & 0x02) !== 0,
    };
  }
  const report = quote.body.report;
  const measurements: Record<string, string> = {
    mrseam: hex(report.mrSeam),
    mrsignerseam: hex(report.mrSignerSeam),
    mrconfigid: hex(report.mrConfigId),
    mrowner: hex(report.mrOwner),
    mrownerconfig: hex(report.mrOwnerConfig),
    rtmr0: hex(report.rtmrs[0]),
    rtmr1: hex(report.rtmrs[1]),
    rtmr2: hex(report.rtmrs[2]),
    rtmr3: hex(report.rtmrs[3]),
    tdattributes: hex(report.tdAttributes),
    xfam: hex(report.xfam),
    teetcbsvn: hex(report.teeTcbSvn),
  };
  if (report.mrServiceTd) measurements.mrservicetd = hex(report.mrServiceTd);
  if (report.teeTcbSvn2) measurements.teetcbsvn2 = hex(report.teeTcbSvn2);
  return {
    kind: 'tdx',
    insecure: false,
    measurement: hex(report.mrTd),
    measurements,
    reportData: new Uint8Array(report.reportData),
    // TDATTRIBUTES.DEBUG (TUD) is bit 0.
    debug: (report.tdAttributes[0]! & 0x01) !== 0,
  };
}
