/**
 * Reads collateral from files and folders (offline verification). Each file is classified by its
 * content, not its name, so the layouts of Intel PCS responses, PCCS dumps, Phala's QuoteCollateralV3
 * JSON and AMD KDS downloads are all accepted:
 *  - JSON with "tcbInfo" or "enclaveIdentity" and "signature": an Intel signed document;
 *  - JSON with "tcb_info", "qe_identity", ... (QuoteCollateralV3): all of its parts;
 *  - PEM certificates or CRLs; DER certificates or CRLs (Intel CRLs, AMD VCEK/ASK/ARK).
 * Inside a folder, files that are none of these (a quote, a README) are skipped; a file named
 * explicitly must be collateral.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AirtntError } from '../util/errors.js';
import { mergeCollateral, splitSignedJson, type Collateral } from './collateral.js';
import { parseCertificate, parseCrl, pemToDerList } from './x509.js';

const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_FILES = 128;

/** Classifies one file's bytes; undefined when it is not collateral. */
export function collateralFromBytes(bytes: Uint8Array): Collateral | undefined {
  const head = Buffer.from(bytes.subarray(0, 64)).toString('latin1').trimStart();
  if (head.startsWith('{')) return collateralFromJson(Buffer.from(bytes).toString('utf8'));
  if (head.startsWith('-----BEGIN')) {
    const text = Buffer.from(bytes).toString('utf8');
    const crls = [...text.matchAll(/-----BEGIN X509 CRL-----([\s\S]*?)-----END X509 CRL-----/g)].map(
      (match) => new Uint8Array(Buffer.from(match[1]!.replace(/\s+/g, ''), 'base64')),
    );
    return { certificates: pemToDerList(text), crls };
  }
  if (bytes[0] === 0x30) {
    if (isParsable(() => parseCrl(bytes))) return { crls: [bytes] };
    if (isParsable(() => parseCertificate(bytes))) return { certificates: [bytes] };
  }
  return undefined;
}

function isParsable(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
}

function collateralFromJson(text: string): Collateral | undefined {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (json === null || typeof json !== 'object') return undefined;
  if ('tcbInfo' in json) return { tcbInfos: [splitSignedJson(text, 'tcbInfo')] };
  if ('enclaveIdentity' in json) return { qeIdentities: [splitSignedJson(text, 'enclaveIdentity')] };
  if (typeof json.tcb_info === 'string') return fromQuoteCollateralV3(json);
  return undefined;
}

/** Phala's QuoteCollateralV3 JSON: documents as strings, signatures and CRLs as hex, chains as PEM. */
function fromQuoteCollateralV3(json: Record<string, unknown>): Collateral {
  const text = (key: string): string => {
    const value = json[key];
    if (typeof value !== 'string') throw new AirtntError('COLLATERAL_INVALID', `QuoteCollateralV3 lacks "${key}"`);
    return value;
  };
  const hexBytes = (key: string) => new Uint8Array(Buffer.from(text(key).replace(/^0x/, ''), 'hex'));
  return {
    tcbInfos: [{ body: text('tcb_info'), signature: text('tcb_info_signature') }],
    qeIdentities: [{ body: text('qe_identity'), signature: text('qe_identity_signature') }],
    crls: [hexBytes('root_ca_crl'), hexBytes('pck_crl')],
    certificates: [
      ...pemToDerList(text('tcb_info_issuer_chain')),
      ...pemToDerList(text('qe_identity_issuer_chain')),
      ...pemToDerList(text('pck_crl_issuer_chain')),
    ],
  };
}

function readBounded(path: string): Uint8Array {
  const size = statSync(path).size;
  if (size > MAX_FILE_BYTES) {
    throw new AirtntError('COLLATERAL_INVALID', `collateral file too large: ${path}`, { details: { bytes: size } });
  }
  return new Uint8Array(readFileSync(path));
}

/** Loads collateral from files and folders (folders: their files, not recursive). */
export function loadCollateralFiles(paths: string[]): Collateral {
  const parts: Collateral[] = [];
  let files = 0;
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch (error) {
      throw new AirtntError('COLLATERAL_NOT_FOUND', `no such collateral file or folder: ${path}`, { cause: error });
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        const child = join(path, name);
        if (name.startsWith('.') || !statSync(child).isFile()) continue;
        if (++files > MAX_FILES) throw new AirtntError('COLLATERAL_INVALID', 'too many collateral files');
        const part = collateralFromBytes(readBounded(child));
        if (part) parts.push(part);
      }
    } else {
      files++;
      const part = collateralFromBytes(readBounded(path));
      if (!part) throw new AirtntError('COLLATERAL_INVALID', `not a collateral file: ${path}`);
      parts.push(part);
    }
  }
  return mergeCollateral(...parts);
}
