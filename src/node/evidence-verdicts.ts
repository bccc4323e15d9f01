/**
 * The requester's verdicts on executors' evidence, so that a run on an executor it knows does not
 * verify the same evidence again (issue 12: setup on a known executor is cached and short). Verifying
 * evidence from real hardware takes milliseconds (certificate chains, ECDSA, collateral, and a fetch of
 * that collateral); the verdict is a pure function of the evidence bytes, the options it was judged with
 * and the time, and the time enters only through the window in which every certificate and collateral
 * item it rests on is valid (VerifiedEvidence.validFrom and validUntil). So a verdict is reused for the
 * same bytes and options, inside that window, and for at most VERDICT_MAX_AGE_MS besides (a revocation
 * published meanwhile is seen within that time). The policy, the collateral's age and the binding to
 * the advertised keys are checked again on every use (acceptVerifiedIdentity).
 *
 * Kept in memory and in the requester's store (table evidence_verdicts, stored-cache.ts), written when the store closes:
 * a verdict is worth no money, and one lost to a crash only means one more verification. What is read
 * back from the file is checked for shape and size, as any stored row is.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Evidence, VerifiedEvidence } from '../attestation/types.js';
import { TEE_KINDS, TCB_STATUSES } from '../attestation/types.js';
import type { SnpMinimumTcb } from '../attestation/snp-tcb.js';
import { fromHex, toHex } from '../util/bytes.js';
import type { SqliteDatabase } from './sqlite.js';
import { StoredCache, type CacheCodec } from './stored-cache.js';

/** How long a verdict is reused at most, whatever its evidence's own window says. */
export const VERDICT_MAX_AGE_MS = 60 * 60 * 1000;
/** Verdicts kept in memory and in the store (the newest): one per executor the requester uses, and then some. */
export const MAX_VERDICTS = 256;
/** The longest verdict read back from the store (a real one is well under 4 kB). */
const MAX_STORED_VERDICT_CHARS = 64 * 1024;

/** What a verdict depends on besides the evidence: the options verifyEvidence is called with. */
export type VerdictOptions = { allowSimulated: boolean; snpMinimumTcb?: SnpMinimumTcb };

/**
 * Bumped with every change to what a verifier accepts (src/attestation/, src/tee/simulated.ts, the
 * vendor minimums): verdicts of an older verifier are then not taken after an upgrade.
 */
export const VERDICT_REVISION = 2;

/**
 * The key of a verdict: sha256 over a domain tag with VERDICT_REVISION, the evidence's kind, quote
 * and certificates (each length-prefixed) and the options as JSON. Not signed or sent anywhere; only compared.
 */
export function evidenceDigest(evidence: Evidence, options: VerdictOptions): string {
  const hash = createHash('sha256').update(`airtnt evidence verdict r${VERDICT_REVISION}\0`).update(`${evidence.kind}\0`);
  for (const part of [evidence.quote, evidence.certificates ?? new Uint8Array(0)]) {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(part.length);
    hash.update(length).update(part);
  }
  hash.update(JSON.stringify({ allowSimulated: options.allowSimulated, snpMinimumTcb: options.snpMinimumTcb ?? null }, (_key, value: unknown) => (typeof value === 'bigint' ? value.toString() : value)));
  return hash.digest('hex');
}

const hex = z.string().max(4096).regex(/^[0-9a-f]*$/);
const isoDate = z.string().max(40).refine((value) => !Number.isNaN(Date.parse(value)));
const storedVerdict = z.object({
  kind: z.enum(TEE_KINDS),
  insecure: z.boolean(),
  measurement: hex,
  measurements: z.record(z.string().max(64), hex).refine((record) => Object.keys(record).length <= 64),
  reportData: z.string().regex(/^0x[0-9a-f]{128}$/).transform((value) => value as `0x${string}`),
  tcbStatus: z.enum([...TCB_STATUSES, 'NotApplicable']),
  advisories: z.array(z.string().max(256)).max(256),
  debug: z.boolean(),
  validFrom: isoDate,
  validUntil: isoDate,
  collateralIssuedAt: isoDate.optional(),
}).strict();

const VERDICT_CODEC: CacheCodec<VerifiedEvidence> = {
  encode: (verified) => JSON.stringify({ ...verified, reportData: toHex(verified.reportData) }),
  decode(text) {
    try {
      const { collateralIssuedAt, ...rest } = storedVerdict.parse(JSON.parse(text));
      return { ...rest, reportData: fromHex(rest.reportData, 64, 'reportData'), ...(collateralIssuedAt === undefined ? {} : { collateralIssuedAt }) };
    } catch {
      return undefined;
    }
  },
  maxChars: MAX_STORED_VERDICT_CHARS,
};

export class EvidenceVerdicts {
  private readonly cache: StoredCache<VerifiedEvidence>;

  constructor(db?: SqliteDatabase) {
    this.cache = new StoredCache(db, 'evidence_verdicts', MAX_VERDICTS, VERDICT_CODEC);
  }

  /** The verdict on the evidence with this digest, if one is known and still valid at `now`. */
  get(digest: string, now: Date): VerifiedEvidence | undefined {
    const entry = this.cache.get(digest);
    if (entry === undefined) return undefined;
    const at = now.getTime();
    if (at - entry.storedAt > VERDICT_MAX_AGE_MS || at < entry.storedAt || at < Date.parse(entry.value.validFrom) || at > Date.parse(entry.value.validUntil)) {
      this.cache.forget(digest);
      return undefined;
    }
    return entry.value;
  }

  /** Keeps a verdict verifyEvidence reached at `now` (written to the store at `save`). */
  put(digest: string, verified: VerifiedEvidence, now: Date): void {
    this.cache.put(digest, verified, now.getTime());
  }

  /** Takes the verdicts another requester's store holds (a bench's run on an executor it knows). */
  adopt(other: EvidenceVerdicts): void {
    this.cache.adopt(other.cache);
  }

  /** Writes the verdicts reached since the last save, and keeps the newest MAX_VERDICTS rows. */
  save(): void {
    this.cache.save();
  }
}
