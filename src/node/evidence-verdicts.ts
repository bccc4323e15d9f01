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
 * Kept in memory and in the requester's store (table evidence_verdicts), written when the store closes:
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

/** How long a verdict is reused at most, whatever its evidence's own window says. */
export const VERDICT_MAX_AGE_MS = 60 * 60 * 1000;
/** Verdicts kept in memory and in the store (the newest): one per executor the requester uses, and then some. */
export const MAX_VERDICTS = 256;
/** The longest verdict read back from the store (a real one is well under 4 kB). */
const MAX_STORED_VERDICT_CHARS = 64 * 1024;

/** A verdict reached on some evidence, and when (ms since the epoch). */
type Entry = { verified: VerifiedEvidence; verifiedAt: number };

/** What a verdict depends on besides the evidence: the options verifyEvidence is called with. */
export type VerdictOptions = { allowSimulated: boolean; snpMinimumTcb?: SnpMinimumTcb };

/**
 * The key of a verdict: sha256 over a domain tag, the evidence's kind, quote and certificates (each
 * length-prefixed) and the options as JSON. Not signed or sent anywhere; only compared.
 */
export function evidenceDigest(evidence: Evidence, options: VerdictOptions): string {
  const hash = createHash('sha256').update('airtnt evidence verdict v1\0').update(`${evidence.kind}\0`);
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
  reportData: z.string().regex(/^0x[0-9a-f]{128}$/),
  tcbStatus: z.enum([...TCB_STATUSES, 'NotApplicable']),
  advisories: z.array(z.string().max(256)).max(256),
  debug: z.boolean(),
  validFrom: isoDate,
  validUntil: isoDate,
  collateralIssuedAt: isoDate.optional(),
}).strict();

export class EvidenceVerdicts {
  /** Newest last (Map order): what is looked up is moved to the end, the first is dropped past MAX_VERDICTS. */
  private readonly entries = new Map<string, Entry>();
  /** Verdicts reached since the store was last written. */
  private readonly unsaved = new Set<string>();

  constructor(private readonly db?: SqliteDatabase) {}

  /** The verdict on the evidence with this digest, if one is known and still valid at `now`. */
  get(digest: string, now: Date): VerifiedEvidence | undefined {
    const entry = this.entries.get(digest) ?? this.read(digest);
    if (entry === undefined) return undefined;
    const at = now.getTime();
    if (at - entry.verifiedAt > VERDICT_MAX_AGE_MS || at < entry.verifiedAt || at < Date.parse(entry.verified.validFrom) || at > Date.parse(entry.verified.validUntil)) {
      this.entries.delete(digest);
      return undefined;
    }
    this.remember(digest, entry);
    return entry.verified;
  }

  /** Keeps a verdict verifyEvidence reached at `now` (written to the store at `save`). */
  put(digest: string, verified: VerifiedEvidence, now: Date): void {
    this.remember(digest, { verified, verifiedAt: now.getTime() });
    this.unsaved.add(digest);
  }

  /** Takes the verdicts another requester's store holds (a bench's run on an executor it knows). */
  adopt(other: EvidenceVerdicts): void {
    for (const [digest, entry] of other.entries) {
      this.remember(digest, entry);
      this.unsaved.add(digest);
    }
  }

  /** Writes the verdicts reached since the last save, and keeps the newest MAX_VERDICTS rows. */
  save(): void {
    if (this.db === undefined || this.unsaved.size === 0) return;
    const db = this.db;
    db.transaction(() => {
      for (const digest of this.unsaved) {
        const entry = this.entries.get(digest);
        if (entry === undefined) continue;
        const json = JSON.stringify({ ...entry.verified, reportData: toHex(entry.verified.reportData) });
        db.prepare('INSERT OR REPLACE INTO evidence_verdicts (digest, verdict, verified_at) VALUES (?, ?, ?)').run(digest, json, entry.verifiedAt);
      }
      db.prepare('DELETE FROM evidence_verdicts WHERE digest NOT IN (SELECT digest FROM evidence_verdicts ORDER BY verified_at DESC LIMIT ?)').run(MAX_VERDICTS);
    }).immediate();
    this.unsaved.clear();
  }

  private remember(digest: string, entry: Entry): void {
    this.entries.delete(digest);
    this.entries.set(digest, entry);
    if (this.entries.size > MAX_VERDICTS) {
      const oldest = this.entries.keys().next().value!;
      this.entries.delete(oldest);
      this.unsaved.delete(oldest);
    }
  }

  /** A stored verdict, or undefined when there is none or the row is not one (a damaged file re-verifies). */
  private read(digest: string): Entry | undefined {
    const row = this.db?.prepare('SELECT verdict, verified_at FROM evidence_verdicts WHERE digest = ?').get(digest) as { verdict: unknown; verified_at: unknown } | undefined;
    if (row === undefined || typeof row.verdict !== 'string' || row.verdict.length > MAX_STORED_VERDICT_CHARS || typeof row.verified_at !== 'number') return undefined;
    let parsed: z.infer<typeof storedVerdict>;
    try {
      parsed = storedVerdict.parse(JSON.parse(row.verdict));
    } catch {
      return undefined;
    }
    const { collateralIssuedAt, ...rest } = parsed;
    const verified: VerifiedEvidence = { ...rest, reportData: fromHex(parsed.reportData as `0x${string}`, 64, 'reportData'), ...(collateralIssuedAt === undefined ? {} : { collateralIssuedAt }) };
    return { verified, verifiedAt: row.verified_at };
  }
}
