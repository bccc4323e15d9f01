/**
 * The verdicts a verifier node signed (docs/protocol.md, "Verifier nodes"), in SQLite with
 * synchronous=FULL in its data directory: a verdict is stored before its signature is served or
 * submitted, and survives kill -9.
 *
 * The rule it keeps: for one case (node, case epoch, kind) and one set of inputs (evidenceHash,
 * collateralHash, keysHash, policyHash, time), the node signs one pass value, ever. That is what
 * slashVerdictEquivocation punishes, so an honest node cannot be slashed whatever a node it judges
 * serves, whatever happens to its own process. Within that rule it signs again only:
 *  - when the inputs changed (collateral re-fetched after a TCB recovery, evidence first unreachable
 *    then served): the new verdict names other inputs, which is not equivocation;
 *  - when only the committee bitmap changed (a member's VRF proof was unreachable at one poll and not
 *    at the next): the same pass, which is not equivocation either.
 * A case holds at most MAX_INPUTS_PER_CASE input sets: a node serving ever new collateral is not judged
 * again after that.
 */
import { join } from 'node:path';
import type { Hex } from 'viem';
import { openDatabase, type SqliteDatabase } from '../node/sqlite.js';
import { AirtntError } from '../util/errors.js';
import type { Verdict } from './signing.js';
import type { SignedVerdict } from './verdict-wire.js';

/**
 * The case a verdict answers: an admission ('join'), a removal after changed collateral ('review'), or
 * an admission judged again by a challenge committee ('challenge'). Each kind is served at its own path
 * and the rule holds per kind; across kinds the case epochs differ anyway (a verdict of one case epoch
 * never conflicts with one of another on chain).
 */
export type VerdictKind = 'join' | 'review' | 'challenge';

export const MAX_INPUTS_PER_CASE = 16;

const MIGRATIONS = [
  `CREATE TABLE verdicts (
     seq INTEGER PRIMARY KEY AUTOINCREMENT,
     node TEXT NOT NULL,
     epoch TEXT NOT NULL,
     kind TEXT NOT NULL,
     evidence_hash TEXT NOT NULL,
     collateral_hash TEXT NOT NULL,
     keys_hash TEXT NOT NULL,
     policy_hash TEXT NOT NULL,
     time TEXT NOT NULL,
     pass INTEGER NOT NULL,
     committee TEXT NOT NULL,
     signature TEXT NOT NULL,
     UNIQUE (node, epoch, kind, evidence_hash, collateral_hash, keys_hash, policy_hash, time)
   );
   CREATE INDEX verdicts_by_node ON verdicts (node, seq);`,
  // latest(node, kind): one kind's last verdict without scanning the others.
  'CREATE INDEX verdicts_by_node_kind ON verdicts (node, kind, seq);',
];

type Row = {
  node: string;
  epoch: string;
  evidence_hash: string;
  collateral_hash: string;
  keys_hash: string;
  policy_hash: string;
  time: string;
  pass: number;
  committee: string;
  signature: string;
};

function signedOf(row: Row): SignedVerdict {
  const verdict: Verdict = {
    node: row.node as Hex,
    epoch: BigInt(row.epoch),
    committee: BigInt(row.committee),
    evidenceHash: row.evidence_hash as Hex,
    collateralHash: row.collateral_hash as Hex,
    policyHash: row.policy_hash as Hex,
    time: BigInt(row.time),
    keysHash: row.keys_hash as Hex,
    pass: row.pass === 1,
  };
  return { verdict, signature: row.signature as Hex };
}

export class VerdictStore {
  private constructor(private readonly db: SqliteDatabase) {}

  /** Opens (or creates) `verdicts.sqlite` in the node's data directory. */
  static open(dataDir: string): VerdictStore {
    return new VerdictStore(openDatabase(join(dataDir, 'verdicts.sqlite'), MIGRATIONS));
  }

  /**
   * The verdict of `kind` last signed for `node` in any case (what GET /v1/verdicts/:node serves for
   * 'join', /v1/review-verdicts/:node for 'review', /v1/challenge-verdicts/:node for 'challenge').
   */
  latest(node: string, kind: VerdictKind = 'join'): SignedVerdict | undefined {
    const row = this.db.prepare('SELECT * FROM verdicts WHERE node = ? AND kind = ? ORDER BY seq DESC LIMIT 1').get(node.toLowerCase(), kind) as Row | undefined;
    return row === undefined ? undefined : signedOf(row);
  }

  /** The verdict last signed for this case (node, epoch, kind). */
  current(node: string, epoch: bigint, kind: VerdictKind): SignedVerdict | undefined {
    const row = this.db.prepare('SELECT * FROM verdicts WHERE node = ? AND epoch = ? AND kind = ? ORDER BY seq DESC LIMIT 1').get(node.toLowerCase(), epoch.toString(), kind) as
      | Row
      | undefined;
    return row === undefined ? undefined : signedOf(row);
  }

  /**
   * Signs `verdict` with `sign` and stores it before returning, unless the rule forbids it: the stored
   * verdict is returned as is when it is the same, REGISTRY_VERDICT_CONFLICT is thrown (nothing signed)
   * when it has the same inputs and the other pass value, or when the case has too many input sets.
   */
  async sign(kind: VerdictKind, verdict: Verdict, sign: (verdict: Verdict) => Promise<Hex>): Promise<SignedVerdict> {
    const node = verdict.node.toLowerCase();
    const inputs = [node, verdict.epoch.toString(), kind, verdict.evidenceHash, verdict.collateralHash, verdict.keysHash, verdict.policyHash, verdict.time.toString()];
    const stored = this.db
      .prepare('SELECT * FROM verdicts WHERE node = ? AND epoch = ? AND kind = ? AND evidence_hash = ? AND collateral_hash = ? AND keys_hash = ? AND policy_hash = ? AND time = ?')
      .get(...inputs) as Row | undefined;
    const details = { node: verdict.node, epoch: verdict.epoch, kind, evidenceHash: verdict.evidenceHash, collateralHash: verdict.collateralHash };
    if (stored !== undefined) {
      if ((stored.pass === 1) !== verdict.pass) {
        throw new AirtntError('REGISTRY_VERDICT_CONFLICT', 'this verifier already signed the other verdict on the same inputs: it will not sign this one', {
          details: { ...details, signed: stored.pass === 1, now: verdict.pass },
        });
      }
      if (BigInt(stored.committee) === verdict.committee) return signedOf(stored);
    } else {
      const { count } = this.db.prepare('SELECT COUNT(*) AS count FROM verdicts WHERE node = ? AND epoch = ? AND kind = ?').get(node, verdict.epoch.toString(), kind) as { count: number };
      if (count >= MAX_INPUTS_PER_CASE) {
        throw new AirtntError('REGISTRY_VERDICT_CONFLICT', `this verifier already judged ${count} different inputs in this case: it judges no more`, { details: { ...details, limit: MAX_INPUTS_PER_CASE } });
      }
    }
    const signature = await sign(verdict);
    // Durable before the signature leaves this function (served, gathered or submitted).
    this.db
      .prepare(
        `INSERT INTO verdicts (node, epoch, kind, evidence_hash, collateral_hash, keys_hash, policy_hash, time, pass, committee, signature)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (node, epoch, kind, evidence_hash, collateral_hash, keys_hash, policy_hash, time)
         DO UPDATE SET seq = (SELECT MAX(seq) + 1 FROM verdicts), committee = excluded.committee, signature = excluded.signature`,
      )
      .run(...inputs, verdict.pass ? 1 : 0, verdict.committee.toString(), signature);
    return { verdict, signature };
  }

  close(): void {
    this.db.close();
  }
}
