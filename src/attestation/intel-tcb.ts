/**
 * Intel TCB status from collateral, as Intel's Quote Verification Library decides it
 * (SGX-TDX-DCAP-QuoteVerificationLibrary: TcbLevelCheck, TdxModuleCheck, QeIdentity checks, and the
 * convergence of the QE and TDX module statuses into the platform status). Pure: no I/O, no clock.
 */
import { AirtntError } from '../util/errors.js';
import type { SgxReportBody, TdxReportBody } from './dcap-quote.js';
import type { IsvTcbLevel, QeIdentity, TcbInfo, TcbLevel } from './intel-collateral.js';
import type { PckTcb } from './pck.js';
import { hex } from './reader.js';
import type { TcbStatus } from './types.js';

export type TcbVerdict = { status: TcbStatus; advisories: string[] };

/**
 * The first TCB level (Intel lists them from newest to oldest) whose every SGX component and PCE SVN
 * is at most the platform's and, for TDX, whose TDX components are at most the TEE TCB SVN. When
 * tee_tcb_svn[1] (the TDX module major version) is non-zero, bytes 0 and 1 describe the module, which
 * the module identities judge instead, so the comparison starts at index 2.
 */
export function matchPlatformTcbLevel(info: TcbInfo, pck: PckTcb, teeTcbSvn?: Uint8Array): TcbLevel {
  for (const level of info.tcbLevels) {
    const sgxOk = level.tcb.sgxtcbcomponents.every((component, i) => pck.cpuSvnComponents[i]! >= component.svn);
    if (!sgxOk || pck.pceSvn < level.tcb.pcesvn) continue;
    if (info.id === 'TDX') {
      const tdx = level.tcb.tdxtcbcomponents;
      if (!tdx || !teeTcbSvn) continue;
      const start = teeTcbSvn[1]! > 0 ? 2 : 0;
      if (!tdx.every((component, i) => i < start || teeTcbSvn[i]! >= component.svn)) continue;
    }
    return level;
  }
  throw new AirtntError('TCB_LEVEL_NOT_FOUND', 'the platform matches no TCB level of the TCB info', {
    details: {
      fmspc: info.fmspc,
      cpuSvnComponents: pck.cpuSvnComponents,
      pceSvn: pck.pceSvn,
      teeTcbSvn: teeTcbSvn ? hex(teeTcbSvn) : undefined,
    },
    hint: 'the platform TCB is older than every level Intel still lists (or the collateral is for another platform)',
  });
}

function maskedEqual(value: Uint8Array, expected: Uint8Array, mask: Uint8Array): boolean {
  if (value.length !== expected.length || mask.length !== value.length) return false;
  for (let i = 0; i < value.length; i++) if ((value[i]! & mask[i]!) !== (expected[i]! & mask[i]!)) return false;
  return true;
}

function fromHex(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'hex'));
}

function isvLevelFor(levels: IsvTcbLevel[], isvSvn: number): IsvTcbLevel | undefined {
  return levels.find((level) => level.tcb.isvsvn <= isvSvn);
}

/**
 * The TDX module's status. Module major version 0 is checked against `tdxModule` (no levels); later
 * versions against the `TDX_<major>` module identity, whose levels compare the module SVN (byte 0).
 */
export function tdxModuleVerdict(info: TcbInfo, report: TdxReportBody): TcbVerdict | undefined {
  const majorVersion = report.teeTcbSvn[1]!;
  const moduleSvn = report.teeTcbSvn[0]!;
  if (majorVersion === 0) {
    if (info.tdxModule && !moduleMatches(info.tdxModule, report)) throw moduleMismatch('tdxModule');
    return undefined;
  }
  if (!info.tdxModuleIdentities) return undefined;
  const id = `TDX_${majorVersion.toString(16).padStart(2, '0').toUpperCase()}`;
  const identity = info.tdxModuleIdentities.find((entry) => entry.id.toUpperCase() === id);
  if (!identity) throw moduleMismatch(id, 'the TCB info has no identity for this TDX module version');
  if (!moduleMatches(identity, report)) throw moduleMismatch(id);
  const level = isvLevelFor(identity.tcbLevels, moduleSvn);
  if (!level) {
    throw new AirtntError('TCB_LEVEL_NOT_FOUND', `the TDX module SVN ${moduleSvn} matches no level of ${id}`, {
      details: { moduleSvn, id },
    });
  }
  return { status: level.tcbStatus, advisories: level.advisoryIDs ?? [] };
}

function moduleMatches(module: { mrsigner: string; attributes: string; attributesMask: string }, report: TdxReportBody): boolean {
  const mask = fromHex(module.attributesMask);
  return hex(report.mrSignerSeam) === module.mrsigner.toLowerCase() && maskedEqual(report.seamAttributes, fromHex(module.attributes), mask);
}

function moduleMismatch(id: string, message = 'the TDX module signer or attributes differ from the TCB info'): AirtntError {
  return new AirtntError('TDX_MODULE_MISMATCH', message, { details: { id } });
}

/** Checks the QE report against the QE identity and returns the QE's TCB status (by its ISV SVN). */
export function qeIdentityVerdict(identity: QeIdentity, qeReport: SgxReportBody): TcbVerdict {
  const misc = new Uint8Array(4);
  new DataView(misc.buffer).setUint32(0, qeReport.miscSelect, true);
  const checks: [string, boolean][] = [
    ['miscselect', maskedEqual(misc, fromHex(identity.miscselect).reverse(), fromHex(identity.miscselectMask).reverse())],
    ['attributes', maskedEqual(qeReport.attributes, fromHex(identity.attributes), fromHex(identity.attributesMask))],
    ['mrsigner', hex(qeReport.mrSigner) === identity.mrsigner.toLowerCase()],
    ['isvprodid', qeReport.isvProdId === identity.isvprodid],
  ];
  const failed = checks.filter(([, ok]) => !ok).map(([name]) => name);
  if (failed.length > 0) {
    throw new AirtntError('QE_IDENTITY_MISMATCH', 'the quoting enclave is not the one Intel identifies', {
      details: { id: identity.id, failed },
    });
  }
  // No level at or below the QE's SVN means Intel no longer lists it: treated as revoked (QVL).
  const level = isvLevelFor(identity.tcbLevels, qeReport.isvSvn);
  return level ? { status: level.tcbStatus, advisories: level.advisoryIDs ?? [] } : { status: 'Revoked', advisories: [] };
}

/** Merges an out-of-date or revoked component (QE or TDX module) into the platform status (QVL). */
export function convergeTcb(platform: TcbVerdict, component: TcbVerdict | undefined): TcbVerdict {
  if (!component) return platform;
  const advisories = [...new Set([...platform.advisories, ...component.advisories])];
  if (component.status === 'Revoked') return { status: 'Revoked', advisories };
  if (component.status === 'OutOfDate') {
    if (platform.status === 'UpToDate' || platform.status === 'SWHardeningNeeded') return { status: 'OutOfDate', advisories };
    if (platform.status === 'ConfigurationNeeded' || platform.status === 'ConfigurationAndSWHardeningNeeded') {
      return { status: 'OutOfDateConfigurationNeeded', advisories };
    }
  }
  return { status: platform.status, advisories };
}
