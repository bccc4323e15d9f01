/**
 * The collateral an executor serves beside its evidence (GET /v1/collateral, docs/protocol.md), as
 * JSON, and the window in which a bag of collateral is current:
 *
 *   { "version": 1, "kind": "sgx" | "tdx" | "sev-snp",
 *     "tcbInfos": [{ "body": <exact signed text>, "signature": <hex> }], "qeIdentities": [...],
 *     "crls": ["0x<DER>"], "certificates": ["0x<DER>"],
 *     "issuedAt": ISO-8601 | null, "nextUpdate": ISO-8601 | null }
 *
 * issuedAt and nextUpdate are the executor's summary for operators and caches, not trusted: the
 * requester verifies every item against the pinned roots and takes dates only from signed items.
 */
import { z } from 'zod';
import { fromHex, toHex } from '../util/bytes.js';
import { AirtntError } from '../util/errors.js';
import { MAX_COLLATERAL_ITEMS, mergeCollateral, type Collateral } from './collateral.js';
import { parseCrl } from './x509.js';

export const COLLATERAL_WIRE_VERSION = 1;
/** A served collateral document larger than this is refused before parsing (Intel TDX TCB info is the largest item, tens of kB). */
export const MAX_COLLATERAL_DOCUMENT_BYTES = 1024 * 1024;

export type CollateralDocument = {
  kind: 'sgx' | 'tdx' | 'sev-snp';
  collateral: Collateral;
  issuedAt: Date | undefined;
  nextUpdate: Date | undefined;
};

const hexBytes = z.string().regex(/^0x[0-9a-fA-F]*$/).max(2 + 2 * 256 * 1024);
const signedJson = z.object({ body: z.string().max(512 * 1024), signature: z.string().regex(/^[0-9a-fA-F]{1,1024}$/) });
const isoOrNull = z.string().max(40).nullable();
const documentSchema = z.object({
  version: z.literal(COLLATERAL_WIRE_VERSION),
  kind: z.enum(['sgx', 'tdx', 'sev-snp']),
  tcbInfos: z.array(signedJson).max(MAX_COLLATERAL_ITEMS),
  qeIdentities: z.array(signedJson).max(MAX_COLLATERAL_ITEMS),
  crls: z.array(hexBytes).max(MAX_COLLATERAL_ITEMS),
  certificates: z.array(hexBytes).max(MAX_COLLATERAL_ITEMS),
  issuedAt: isoOrNull,
  nextUpdate: isoOrNull,
});

export function collateralDocumentToJson(document: CollateralDocument): Record<string, unknown> {
  const bag = mergeCollateral(document.collateral);
  return {
    version: COLLATERAL_WIRE_VERSION,
    kind: document.kind,
    tcbInfos: bag.tcbInfos,
    qeIdentities: bag.qeIdentities,
    crls: bag.crls!.map((der) => toHex(der)),
    certificates: bag.certificates!.map((der) => toHex(der)),
    issuedAt: document.issuedAt?.toISOString() ?? null,
    nextUpdate: document.nextUpdate?.toISOString() ?? null,
  };
}

/** Validates a served (untrusted) collateral document; throws COLLATERAL_INVALID. */
export function parseCollateralDocument(json: unknown): CollateralDocument {
  const parsed = documentSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AirtntError('COLLATERAL_INVALID', 'the served collateral document is malformed', {
      details: { field: issue?.path.join('.') ?? '', problem: issue?.message ?? 'invalid' },
    });
  }
  const d = parsed.data;
  const total = d.tcbInfos.length + d.qeIdentities.length + d.crls.length + d.certificates.length;
  if (total > MAX_COLLATERAL_ITEMS) throw new AirtntError('COLLATERAL_INVALID', 'too many collateral items', { details: { items: total } });
  const date = (value: string | null) => (value === null || Number.isNaN(Date.parse(value)) ? undefined : new Date(value));
  return {
    kind: d.kind,
    collateral: { tcbInfos: d.tcbInfos, qeIdentities: d.qeIdentities, crls: d.crls.map((h) => fromHex(h)), certificates: d.certificates.map((h) => fromHex(h)) },
    issuedAt: date(d.issuedAt),
    nextUpdate: date(d.nextUpdate),
  };
}

/**
 * The oldest issue date and the earliest next update of the dated items in a bag (Intel TCB info and
 * QE identity: issueDate / nextUpdate; CRLs: thisUpdate / nextUpdate). Unsigned reading, for caching
 * and refresh decisions only: the verifiers check each item's signature and dates themselves.
 */
export function collateralWindow(collateral: Collateral): { issuedAt: Date | undefined; nextUpdate: Date | undefined } {
  const issued: number[] = [];
  const next: number[] = [];
  const bag = mergeCollateral(collateral);
  for (const doc of [...bag.tcbInfos!, ...bag.qeIdentities!]) {
    try {
      const body = JSON.parse(doc.body) as { issueDate?: unknown; nextUpdate?: unknown };
      if (typeof body.issueDate === 'string' && !Number.isNaN(Date.parse(body.issueDate))) issued.push(Date.parse(body.issueDate));
      if (typeof body.nextUpdate === 'string' && !Number.isNaN(Date.parse(body.nextUpdate))) next.push(Date.parse(body.nextUpdate));
    } catch {
      // A malformed document is the verifier's to refuse.
    }
  }
  for (const der of bag.crls!) {
    try {
      const crl = parseCrl(der);
      issued.push(crl.thisUpdate.getTime());
      if (crl.nextUpdate) next.push(crl.nextUpdate.getTime());
    } catch {
      // Likewise.
    }
  }
  return {
    issuedAt: issued.length > 0 ? new Date(Math.min(...issued)) : undefined,
    nextUpdate: next.length > 0 ? new Date(Math.min(...next)) : undefined,
  };
}
