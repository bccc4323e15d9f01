/**
 * The SEV-SNP TCB verdict and guest policy, in the same TCB status list as Intel's (types.ts), so that
 * one --min-tcb-status applies to both.
 *
 * AMD publishes no signed TCB-status service like Intel's: it publishes, in its security bulletins,
 * the firmware and microcode a platform must run, which firmware reports as security patch levels
 * (SPLs) in TCB_VERSION (SEV-SNP ABI spec 56860, section 2.2 "TCB_VERSION"; layout per product
 * below). The verdict compares the report's REPORTED_TCB (the one its VCEK certifies, and so the one
 * whose keys sign the report) against a minimum per product:
 *   - every SPL at or above the minimum: UpToDate;
 *   - any SPL below it: OutOfDate (refused by the default minimum status);
 *   - a revoked VCEK/VLEK/ASK is refused by the CRL check before any verdict.
 * The minimums are data: AMD_MINIMUM_TCB below, overridable by the requester's policy (snp.minimumTcb)
 * when AMD publishes a newer bulletin. A product without a known minimum cannot be judged and is
 * refused (SNP_MINIMUM_TCB_UNKNOWN), never passed unjudged.
 */
import { AirtntError } from '../util/errors.js';
import { hex } from './reader.js';
import type { TcbStatus } from './types.js';

export const SNP_PRODUCTS = ['Milan', 'Genoa', 'Turin'] as const;
export type SnpProduct = (typeof SNP_PRODUCTS)[number];

/** An SPL by its VCEK extension name (fmcSPL, blSPL, teeSPL, snpSPL, ucodeSPL). */
export type SnpTcbValues = Record<string, number>;
export type SnpMinimumTcb = Partial<Record<SnpProduct, SnpTcbValues>>;

const AMD_OID = '1.3.6.1.4.1.3704.1';

/** TCB_VERSION fields by product: the byte in the 8-byte TCB_VERSION and the VCEK extension that certifies it. */
export function snpTcbFields(product: SnpProduct): { oid: string; name: string; byte: number }[] {
  if (product === 'Turin') {
    return [
      { oid: `${AMD_OID}.3.9`, name: 'fmcSPL', byte: 0 },
      { oid: `${AMD_OID}.3.1`, name: 'blSPL', byte: 1 },
      { oid: `${AMD_OID}.3.2`, name: 'teeSPL', byte: 2 },
      { oid: `${AMD_OID}.3.3`, name: 'snpSPL', byte: 3 },
      { oid: `${AMD_OID}.3.8`, name: 'ucodeSPL', byte: 7 },
    ];
  }
  return [
    { oid: `${AMD_OID}.3.1`, name: 'blSPL', byte: 0 },
    { oid: `${AMD_OID}.3.2`, name: 'teeSPL', byte: 1 },
    { oid: `${AMD_OID}.3.3`, name: 'snpSPL', byte: 6 },
    { oid: `${AMD_OID}.3.8`, name: 'ucodeSPL', byte: 7 },
  ];
}

/**
 * AMD's minimum TCB per product, as shipped. Source: the TCB_VERSION Microsoft CCF requires of new
 * SEV-SNP nodes by default (`nodes.snp.tcb_versions`, CPUID 00a00f11 = Milan: TCB_VERSION
 * "db18000000000004" as a u64, i.e. boot loader 4, TEE 0, SNP 24, microcode 219; microsoft/CCF
 * pull request 7749, March 2026), which tracks AMD's bulletins on SEV-SNP firmware and microcode
 * (AMD-SB-3019: microcode signature verification, CVE-2024-56161, and its successors).
 * Genoa and Turin have no minimum shipped here: their values must come from AMD's current bulletin
 * through the policy (--snp-min-tcb), until then their evidence is refused as unjudgeable.
 */
export const AMD_MINIMUM_TCB: SnpMinimumTcb = {
  Milan: { blSPL: 4, teeSPL: 0, snpSPL: 24, ucodeSPL: 219 },
};

export type SnpTcbVerdict = { status: TcbStatus; advisories: string[] };

/** The SPLs of an 8-byte TCB_VERSION, by field name. */
export function snpTcbValues(tcb: Uint8Array, product: SnpProduct): SnpTcbValues {
  return Object.fromEntries(snpTcbFields(product).map((field) => [field.name, tcb[field.byte]!]));
}

/**
 * UpToDate when every SPL of `reportedTcb` is at least the product's minimum, OutOfDate otherwise
 * (advisories name each SPL below it). Also refuses a reported TCB above the platform's current one,
 * which firmware never produces.
 */
export function snpTcbVerdict(reportedTcb: Uint8Array, currentTcb: Uint8Array, product: SnpProduct, minimums: SnpMinimumTcb = AMD_MINIMUM_TCB): SnpTcbVerdict {
  const reported = snpTcbValues(reportedTcb, product);
  const current = snpTcbValues(currentTcb, product);
  const above = Object.keys(reported).filter((name) => reported[name]! > current[name]!);
  if (above.length > 0) {
    throw new AirtntError('SNP_TCB_INCONSISTENT', 'the reported TCB is above the platform\'s current TCB', {
      details: { fields: above, reportedTcb: hex(reportedTcb), currentTcb: hex(currentTcb) },
    });
  }
  const minimum = minimums[product];
  if (minimum === undefined) {
    throw new AirtntError('SNP_MINIMUM_TCB_UNKNOWN', `no minimum TCB is known for AMD ${product}: the platform cannot be judged`, {
      details: { product, reported },
      hint: `set the minimum from AMD's current security bulletin (policy snp.minimumTcb for ${product}: ${Object.keys(reported).join(', ')})`,
    });
  }
  const advisories: string[] = [];
  for (const [name, value] of Object.entries(reported)) {
    const floor = minimum[name];
    if (floor === undefined) {
      throw new AirtntError('SNP_MINIMUM_TCB_UNKNOWN', `the minimum TCB for AMD ${product} lacks ${name}`, { details: { product, minimum } });
    }
    if (value < floor) advisories.push(`AMD ${product} ${name} ${value} < ${floor}`);
  }
  return { status: advisories.length === 0 ? 'UpToDate' : 'OutOfDate', advisories };
}

/** Guest policy bits (SEV-SNP ABI spec 56860, section 4.3 "Guest Policy"). */
export const SNP_POLICY_BITS = { smt: 16n, migrationAgent: 18n, debug: 19n, singleSocket: 20n } as const;

export type SnpGuestPolicy = { smtAllowed: boolean; migrationAgentAllowed: boolean; debugAllowed: boolean; singleSocket: boolean };

export function snpGuestPolicy(policy: bigint): SnpGuestPolicy {
  const bit = (n: bigint) => ((policy >> n) & 1n) === 1n;
  return {
    smtAllowed: bit(SNP_POLICY_BITS.smt),
    migrationAgentAllowed: bit(SNP_POLICY_BITS.migrationAgent),
    debugAllowed: bit(SNP_POLICY_BITS.debug),
    singleSocket: bit(SNP_POLICY_BITS.singleSocket),
  };
}

/** Parses `Product:name=N,name=N` (the --snp-min-tcb flag) into a minimum for that product. */
export function parseSnpMinimumTcb(text: string): { product: SnpProduct; values: SnpTcbValues } {
  const match = /^(Milan|Genoa|Turin):((?:[a-zA-Z]+=\d{1,3},?)+)$/.exec(text);
  if (!match) throw new AirtntError('INVALID_SNP_MINIMUM_TCB', 'expected Product:blSPL=N,teeSPL=N,snpSPL=N,ucodeSPL=N (Turin also fmcSPL)', { details: { text } });
  const product = match[1] as SnpProduct;
  const values: SnpTcbValues = {};
  for (const pair of match[2]!.split(',').filter(Boolean)) {
    const [name, value] = pair.split('=') as [string, string];
    values[name] = Number(value);
  }
  const expected = snpTcbFields(product).map((field) => field.name);
  const names = Object.keys(values);
  if (names.length !== expected.length || !expected.every((name) => names.includes(name)) || Object.values(values).some((value) => value > 255)) {
    throw new AirtntError('INVALID_SNP_MINIMUM_TCB', `the minimum for ${product} names exactly ${expected.join(', ')}, each 0..255`, { details: { text } });
  }
  return { product, values };
}
