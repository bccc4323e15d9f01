/**
 * The owner's durable log (SQLite, WAL, synchronous=FULL, src/node/sqlite.ts): every release is
 * recorded, committed, before the agent answers with it, so an owner can always tell which enclaves
 * and sessions got its secret. Secrets themselves are not stored, only sha256 of each sealed release.
 * One release per (session, role): the unique index makes the check and the claim one atomic insert.
 * Refusals are logged too (rule and cause), for the owner's information.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import type { VerifiedEvidence } from '../attestation/types.js';
import { openDatabase, type SqliteDatabase } from '../node/sqlite.js';
import type { ReleaseBinding } from '../protocol/release.js';
import { toHex } from '../util/bytes.js';

const MIGRATIONS = [
  `CREATE TABLE releases (
     id INTEGER PRIMARY KEY,
     released_at INTEGER NOT NULL,
     role TEXT NOT NULL,
     policy_hash TEXT NOT NULL,
     chain_id TEXT NOT NULL,
     channels TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     session_id TEXT NOT NULL,
     function_measurement TEXT NOT NULL,
     recipient TEXT NOT NULL,
     enclave_kind TEXT NOT NULL,
     enclave_measurement TEXT NOT NULL,
     enclave_signing_key TEXT NOT NULL,
     enclave_hpke_key TEXT NOT NULL,
     release_sha256 TEXT NOT NULL,
     offline INTEGER NOT NULL
   );
   CREATE UNIQUE INDEX releases_once ON releases (session_id, role);
   CREATE TABLE refusals (
     id INTEGER PRIMARY KEY,
     refused_at INTEGER NOT NULL,
     rule TEXT NOT NULL,
     cause TEXT,
     session_id TEXT
   );`,
];

export type ReleaseRow = {
  id: number;
  releasedAt: number;
  role: string;
  sessionId: string;
  functionMeasurement: string;
  recipient: string;
  enclaveMeasurement: string;
  releaseSha256: string;
  offline: boolean;
};

export class ReleaseLog {
  readonly #db: SqliteDatabase;

  constructor(path: string) {
    this.#db = openDatabase(path, MIGRATIONS);
  }

  /** Records a release; false (nothing recorded) when this session already got this role's release. */
  record(params: { binding: ReleaseBinding; verified: VerifiedEvidence; enclaveSigningKey: Uint8Array; enclaveHpkeKey: Uint8Array; sealed: Uint8Array; offline: boolean; now: number }): boolean {
    const { binding } = params;
    const result = this.#db.prepare(
      `INSERT OR IGNORE INTO releases (released_at, role, policy_hash, chain_id, channels, channel_id, session_id, function_measurement,
         recipient, enclave_kind, enclave_measurement, enclave_signing_key, enclave_hpke_key, release_sha256, offline)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      params.now,
      binding.role,
      toHex(binding.policyHash),
      binding.chainId.toString(),
      toHex(binding.channels),
      toHex(binding.channelId),
      toHex(binding.sessionId),
      toHex(binding.functionMeasurement),
      toHex(binding.recipient),
      params.verified.kind,
      params.verified.measurement,
      toHex(params.enclaveSigningKey),
      toHex(params.enclaveHpkeKey),
      toHex(sha256(params.sealed)),
      params.offline ? 1 : 0,
    );
    return result.changes === 1;
  }

  hasReleased(sessionId: Uint8Array, role: string): boolean {
    return this.#db.prepare('SELECT 1 FROM releases WHERE session_id = ? AND role = ?').get(toHex(sessionId), role) !== undefined;
  }

  recordRefusal(rule: string, cause: string | undefined, sessionId: Uint8Array | undefined, now: number): void {
    this.#db.prepare('INSERT INTO refusals (refused_at, rule, cause, session_id) VALUES (?, ?, ?, ?)').run(now, rule, cause ?? null, sessionId ? toHex(sessionId) : null);
  }

  releases(): ReleaseRow[] {
    const rows = this.#db.prepare('SELECT id, released_at, role, session_id, function_measurement, recipient, enclave_measurement, release_sha256, offline FROM releases ORDER BY id').all() as {
      id: number; released_at: number; role: string; session_id: string; function_measurement: string; recipient: string; enclave_measurement: string; release_sha256: string; offline: number;
    }[];
    return rows.map((row) => ({
      id: row.id,
      releasedAt: row.released_at,
      role: row.role,
      sessionId: row.session_id,
      functionMeasurement: row.function_measurement,
      recipient: row.recipient,
      enclaveMeasurement: row.enclave_measurement,
      releaseSha256: row.release_sha256,
      offline: row.offline === 1,
    }));
  }

  refusals(): { rule: string; cause: string | null; sessionId: string | null }[] {
    return (this.#db.prepare('SELECT rule, cause, session_id FROM refusals ORDER BY id').all() as { rule: string; cause: string | null; session_id: string | null }[])
      .map((row) => ({ rule: row.rule, cause: row.cause, sessionId: row.session_id }));
  }

  close(): void {
    this.#db.close();
  }
}
