/**
 * The Intel SGX extensions of PCK certificates (OID 1.2.840.113741.1.13.1, "Intel SGX PCK Certificate
 * and Certificate Revocation List Profile Specification", section 1.5): the platform's TCB (16 CPU SVN
 * components and the PCE SVN), PCE id and FMSPC, which select the TCB info and its matching level.
 */
import { AirtntError } from '../util/errors.js';
import { DER_TAG, decodeOid, decodeSmallUnsigned, derChildren, expectTag, readDerExact } from './der.js';
import type { Certificate } from './x509.js';

const SGX_EXTENSIONS_OID = '1.2.840.113741.1.13.1';
const TCB_OID = `${SGX_EXTENSIONS_OID}.2`;
const PCESVN_OID = `${TCB_OID}.17`;
const CPUSVN_OID = `${TCB_OID}.18`;
const PCEID_OID = `${SGX_EXTENSIONS_OID}.3`;
const FMSPC_OID = `${SGX_EXTENSIONS_OID}.4`;

export type PckTcb = {
  /** SGX TCB component SVNs 1..16 (indices 0..15). */
  cpuSvnComponents: number[];
  pceSvn: number;
  /** 2 bytes, lowercase hex. */
  pceId: string;
  /** 6 bytes, lowercase hex. */
  fmspc: string;
};

export function readPckTcb(pck: Certificate): PckTcb {
  const value = pck.extensions.get(SGX_EXTENSIONS_OID);
  if (!value) {
    throw new AirtntError('PCK_EXTENSION_INVALID', 'the PCK certificate has no Intel SGX extensions', {
      details: { subject: pck.subject },
    });
  }
  try {
    const entries = new Map<string, ReturnType<typeof readDerExact>>();
    for (const entry of derChildren(expectTag(readDerExact(value), DER_TAG.sequence, 'SGX extensions'))) {
      const [oid, field] = derChildren(expectTag(entry, DER_TAG.sequence, 'SGX extension'));
      entries.set(decodeOid(expectTag(oid, DER_TAG.oid, 'SGX extension id').content), field!);
    }
    const tcb = entries.get(TCB_OID);
    const pceIdNode = expectTag(entries.get(PCEID_OID), DER_TAG.octetString, 'PCE-ID');
    const fmspcNode = expectTag(entries.get(FMSPC_OID), DER_TAG.octetString, 'FMSPC');
    if (pceIdNode.content.length !== 2 || fmspcNode.content.length !== 6) throw new Error('bad PCE-ID or FMSPC length');
    const components = new Map<string, number>();
    for (const entry of derChildren(expectTag(tcb, DER_TAG.sequence, 'TCB'))) {
      const [oid, field] = derChildren(expectTag(entry, DER_TAG.sequence, 'TCB component'));
      const id = decodeOid(expectTag(oid, DER_TAG.oid, 'TCB component id').content);
      if (id !== CPUSVN_OID) components.set(id, decodeSmallUnsigned(expectTag(field, DER_TAG.integer, id), id));
    }
    const cpuSvnComponents: number[] = [];
    for (let i = 1; i <= 16; i++) {
      const svn = components.get(`${TCB_OID}.${i}`);
      if (svn === undefined || svn > 255) throw new Error(`missing or out-of-range TCB component ${i}`);
      cpuSvnComponents.push(svn);
    }
    const pceSvn = components.get(PCESVN_OID);
    if (pceSvn === undefined || pceSvn > 0xffff) throw new Error('missing PCESVN');
    return {
      cpuSvnComponents,
      pceSvn,
      pceId: Buffer.from(pceIdNode.content).toString('hex'),
      fmspc: Buffer.from(fmspcNode.content).toString('hex'),
    };
  } catch (error) {
    throw new AirtntError('PCK_EXTENSION_INVALID', 'the Intel SGX extensions of the PCK certificate are malformed', {
      cause: error,
      details: { reason: error instanceof Error ? error.message : String(error) },
    });
  }
}
