/**
 * Parser of Intel DCAP ECDSA quotes: SGX v3 (and v4), TDX v4 and v5, with P-256 attestation keys
 * ("Intel SGX ECDSA Quote Library Reference", appendix A; "Intel TDX DCAP Quoting Library API",
 * appendix A.3 and A.4). Layouts are read by their length fields; whatever follows the signature data
 * (some producers pad to a fixed buffer) is ignored and not covered by any signature.
 */
import { AirtntError } from '../util/errors.js';
import { ByteReader } from './reader.js';

export const MAX_QUOTE_BYTES = 128 * 1024;
const HEADER_BYTES = 48;
const SGX_REPORT_BYTES = 384;
const TDX10_REPORT_BYTES = 584;
const TDX15_REPORT_BYTES = 648;
const ECDSA_P256_KEY_TYPE = 2;
export const TEE_TYPE_SGX = 0x00000000;
export const TEE_TYPE_TDX = 0x00000081;
/** The QE vendor id of Intel's own quoting enclaves. */
export const INTEL_QE_VENDOR_ID = '939a7233f79c4ca9940a0db3957f0607';
const CERT_DATA_PCK_CHAIN = 5;
const CERT_DATA_QE_REPORT = 6;

export type SgxReportBody = {
  raw: Uint8Array;
  cpuSvn: Uint8Array;
  miscSelect: number;
  attributes: Uint8Array;
  mrEnclave: Uint8Array;
  mrSigner: Uint8Array;
  isvProdId: number;
  isvSvn: number;
  reportData: Uint8Array;
};

export type TdxReportBody = {
  raw: Uint8Array;
  teeTcbSvn: Uint8Array;
  mrSeam: Uint8Array;
  mrSignerSeam: Uint8Array;
  seamAttributes: Uint8Array;
  tdAttributes: Uint8Array;
  xfam: Uint8Array;
  mrTd: Uint8Array;
  mrConfigId: Uint8Array;
  mrOwner: Uint8Array;
  mrOwnerConfig: Uint8Array;
  rtmrs: [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  reportData: Uint8Array;
  /** TDX 1.5 bodies (quote v5, body type 3) only. */
  teeTcbSvn2?: Uint8Array;
  mrServiceTd?: Uint8Array;
};

export type DcapQuote = {
  version: 3 | 4 | 5;
  teeType: 'sgx' | 'tdx';
  qeSvn: number;
  pceSvn: number;
  qeVendorId: Uint8Array;
  body: { tee: 'sgx'; report: SgxReportBody } | { tee: 'tdx'; report: TdxReportBody };
  /** The bytes the attestation key signs: header and body (v5: with the body type and size). */
  signedData: Uint8Array;
  /** Raw r || s, 64 bytes. */
  signature: Uint8Array;
  /** Raw x || y of the P-256 attestation key, 64 bytes. */
  attestationKey: Uint8Array;
  qeReport: SgxReportBody;
  qeReportSignature: Uint8Array;
  qeAuthData: Uint8Array;
  /** The PCK certificate chain (PEM, leaf first) from certification data type 5. */
  pckChainPem: string;
};

function malformed(message: string, details: Record<string, unknown> = {}): AirtntError {
  return new AirtntError('QUOTE_MALFORMED', message, { details });
}

export function parseSgxReportBody(raw: Uint8Array): SgxReportBody {
  const r = new ByteReader(raw, 'QUOTE_MALFORMED');
  const cpuSvn = r.take(16, 'cpusvn');
  const miscSelect = r.u32('miscselect');
  r.take(28, 'reserved1');
  const attributes = r.take(16, 'attributes');
  const mrEnclave = r.take(32, 'mrenclave');
  r.take(32, 'reserved2');
  const mrSigner = r.take(32, 'mrsigner');
  r.take(96, 'reserved3');
  const isvProdId = r.u16('isvprodid');
  const isvSvn = r.u16('isvsvn');
  r.take(60, 'reserved4');
  const reportData = r.take(64, 'reportdata');
  return { raw, cpuSvn, miscSelect, attributes, mrEnclave, mrSigner, isvProdId, isvSvn, reportData };
}

function parseTdxReportBody(raw: Uint8Array): TdxReportBody {
  const r = new ByteReader(raw, 'QUOTE_MALFORMED');
  const body: TdxReportBody = {
    raw,
    teeTcbSvn: r.take(16, 'tee_tcb_svn'),
    mrSeam: r.take(48, 'mrseam'),
    mrSignerSeam: r.take(48, 'mrsignerseam'),
    seamAttributes: r.take(8, 'seam_attributes'),
    tdAttributes: r.take(8, 'td_attributes'),
    xfam: r.take(8, 'xfam'),
    mrTd: r.take(48, 'mrtd'),
    mrConfigId: r.take(48, 'mrconfigid'),
    mrOwner: r.take(48, 'mrowner'),
    mrOwnerConfig: r.take(48, 'mrownerconfig'),
    rtmrs: [r.take(48, 'rtmr0'), r.take(48, 'rtmr1'), r.take(48, 'rtmr2'), r.take(48, 'rtmr3')],
    reportData: r.take(64, 'reportdata'),
  };
  if (raw.length === TDX15_REPORT_BYTES) {
    body.teeTcbSvn2 = r.take(16, 'tee_tcb_svn2');
    body.mrServiceTd = r.take(48, 'mrservicetd');
  }
  return body;
}

export function parseDcapQuote(bytes: Uint8Array): DcapQuote {
  if (!(bytes instanceof Uint8Array) || bytes.length > MAX_QUOTE_BYTES) {
    throw malformed('the quote is not a byte array of at most 128 KiB', { bytes: bytes?.length });
  }
  const r = new ByteReader(bytes, 'QUOTE_MALFORMED');
  const version = r.u16('version');
  const keyType = r.u16('att_key_type');
  const teeTypeValue = r.u32('tee_type');
  const qeSvn = r.u16('qe_svn');
  const pceSvn = r.u16('pce_svn');
  const qeVendorId = r.take(16, 'qe_vendor_id');
  r.take(20, 'user_data');
  if (version !== 3 && version !== 4 && version !== 5) throw malformed('unsupported quote version', { version });
  if (keyType !== ECDSA_P256_KEY_TYPE) throw malformed('unsupported attestation key type', { keyType });
  // In v3 the four bytes are reserved and the quote is always SGX.
  const teeType = version === 3 ? TEE_TYPE_SGX : teeTypeValue;
  if (teeType !== TEE_TYPE_SGX && teeType !== TEE_TYPE_TDX) throw malformed('unknown TEE type', { teeType });

  let bodyBytes: Uint8Array;
  if (version === 5) {
    const bodyType = r.u16('body_type');
    const bodySize = r.u32('body_size');
    const expected = { 1: SGX_REPORT_BYTES, 2: TDX10_REPORT_BYTES, 3: TDX15_REPORT_BYTES }[bodyType];
    if (expected === undefined || bodySize !== expected) throw malformed('bad v5 body type or size', { bodyType, bodySize });
    if ((bodyType === 1) !== (teeType === TEE_TYPE_SGX)) throw malformed('v5 body type does not match the TEE type', { bodyType, teeType });
    bodyBytes = r.take(bodySize, 'body');
  } else {
    bodyBytes = r.take(teeType === TEE_TYPE_SGX ? SGX_REPORT_BYTES : TDX10_REPORT_BYTES, 'body');
  }
  const signedData = bytes.subarray(0, r.offset);
  if (signedData.length < HEADER_BYTES) throw malformed('quote header too short');
  const body: DcapQuote['body'] =
    teeType === TEE_TYPE_SGX ? { tee: 'sgx', report: parseSgxReportBody(bodyBytes) } : { tee: 'tdx', report: parseTdxReportBody(bodyBytes) };

  const signatureDataLength = r.u32('signature_data_len');
  const sig = new ByteReader(r.take(signatureDataLength, 'signature_data'), 'QUOTE_MALFORMED');
  const signature = sig.take(64, 'quote signature');
  const attestationKey = sig.take(64, 'attestation key');
  // v3 puts the QE report directly here; v4/v5 wrap it in certification data type 6.
  let qe: ByteReader = sig;
  if (version !== 3) {
    const type = sig.u16('cert_data_type');
    const size = sig.u32('cert_data_size');
    if (type !== CERT_DATA_QE_REPORT) throw malformed('expected QE report certification data (type 6)', { type });
    qe = new ByteReader(sig.take(size, 'qe_report_certification_data'), 'QUOTE_MALFORMED');
  }
  const qeReportRaw = qe.take(SGX_REPORT_BYTES, 'qe_report');
  const qeReportSignature = qe.take(64, 'qe_report_signature');
  const qeAuthData = qe.take(qe.u16('qe_auth_data_size'), 'qe_auth_data');
  const certType = qe.u16('cert_data_type');
  const certSize = qe.u32('cert_data_size');
  if (certType !== CERT_DATA_PCK_CHAIN) throw malformed('expected a PCK certificate chain (certification data type 5)', { certType });
  const pckChainPem = new TextDecoder('utf-8', { fatal: false }).decode(qe.take(certSize, 'pck_cert_chain'));

  return {
    version,
    teeType: teeType === TEE_TYPE_SGX ? 'sgx' : 'tdx',
    qeSvn,
    pceSvn,
    qeVendorId,
    body,
    signedData,
    signature,
    attestationKey,
    qeReport: parseSgxReportBody(qeReportRaw),
    qeReportSignature,
    qeAuthData,
    pckChainPem,
  };
}
