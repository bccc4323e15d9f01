/**
 * The requester store's schema and the mapping between its rows and typed records (the store's
 * queries are in requester-store.ts). Outputs are kept as one CBOR array of byte strings.
 */
import { Encoder } from 'cbor-x';
import type { Address, Hex } from 'viem';

export const REQUESTER_MIGRATIONS = [
  `CREATE TABLE runs (
     run_id TEXT PRIMARY KEY,
     function_measurement TEXT NOT NULL,
     initial_state BLOB NOT NULL,
     total_cycles INTEGER NOT NULL,
     per_round INTEGER NOT NULL,
     created_at INTEGER NOT NULL,
     finished_at INTEGER
   );
   CREATE TABLE channels (
     channel_id TEXT PRIMARY KEY,
     requester TEXT NOT NULL,
     executor TEXT NOT NULL,
     token TEXT NOT NULL,
     lane TEXT NOT NULL,
     deposit TEXT NOT NULL,
     expiry INTEGER NOT NULL,
     signed TEXT NOT NULL DEFAULT '0',
     status TEXT NOT NULL DEFAULT 'open',
     opened_at INTEGER NOT NULL
   );
   CREATE TABLE sessions (
     session_id TEXT PRIMARY KEY,
     run_id TEXT NOT NULL REFERENCES runs(run_id),
     executor_url TEXT NOT NULL,
     channel_id TEXT NOT NULL REFERENCES channels(channel_id),
     session_secret BLOB NOT NULL,
     enclave_address TEXT NOT NULL,
     first_round INTEGER NOT NULL,
     started_at INTEGER NOT NULL,
     ended_at INTEGER,
     end_reason TEXT,
     bytes_sent INTEGER NOT NULL DEFAULT 0,
     bytes_received INTEGER NOT NULL DEFAULT 0
   );
   CREATE TABLE rounds (
     session_id TEXT NOT NULL REFERENCES sessions(session_id),
     round INTEGER NOT NULL,
     run_id TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     cycles_asked INTEGER NOT NULL,
     cycles_done INTEGER NOT NULL,
     amount TEXT NOT NULL,
     key_hash TEXT NOT NULL,
     payment_signature TEXT NOT NULL,
     record BLOB NOT NULL,
     record_signature BLOB NOT NULL,
     state_ciphertext BLOB NOT NULL,
     outputs_ciphertext BLOB NOT NULL,
     key BLOB,
     state BLOB,
     outputs BLOB,
     status TEXT NOT NULL,
     paid_at INTEGER NOT NULL,
     keyed_at INTEGER,
     PRIMARY KEY (session_id, round)
   );
   CREATE INDEX rounds_by_run ON rounds(run_id, round);`,
  // 2: the block each channel was opened in, where searches for its revealed keys start (NULL: unknown),
  // and when the executor refused it for an unpaid round (NULL: never).
  `ALTER TABLE channels ADD COLUMN opened_block TEXT;
   ALTER TABLE channels ADD COLUMN refused_at INTEGER;`,
  // 3: the run's budget (NULL: none given, the default applies), what it has signed away in total over
  // every executor and invocation (counted in the transaction that stores each payment, before it is
  // sent), and the token both are counted in (NULL until the first payment). Runs stored before this
  // migration count from 0.
  `ALTER TABLE runs ADD COLUMN max_spend TEXT;
   ALTER TABLE runs ADD COLUMN spent TEXT NOT NULL DEFAULT '0';
   ALTER TABLE runs ADD COLUMN token TEXT;`,
  // 4: for a session whose results are sealed to a recipient the data owner named: that recipient's
  // X25519 key and the result secret sealed to it, stored before the opening is sent (without them the
  // paid rounds could never be opened by anyone). NULL: the requester is the recipient.
  `ALTER TABLE sessions ADD COLUMN result_recipient TEXT;
   ALTER TABLE sessions ADD COLUMN sealed_result_secret BLOB;`,
  // 5: the enclave's secp256k1 RoundRecord claim of each paid round, from executors serving a registry
  // (NULL: none sent): with another claim for the same round it proves equivocation on chain.
  `ALTER TABLE rounds ADD COLUMN record_claim BLOB;`,
  // 6: a pool session (requester-pool-store.ts), stored before its opening is sent: the AirtntPools
  // contract, the members in pool order (url and payee), the ack count, the view the session stands in
  // (counted over the run: a resumed session starts in the view its run was left in) and which member
  // executes it; each signed view change stored before it is sent; and for each paid round of a pool,
  // the member its PoolPayment names and the view it was paid in. Rows of single-executor sessions: NULL.
  `CREATE TABLE pool_sessions (
     session_id TEXT PRIMARY KEY REFERENCES sessions(session_id),
     run_id TEXT NOT NULL,
     contract TEXT NOT NULL,
     members TEXT NOT NULL,
     ack_count INTEGER NOT NULL,
     first_view INTEGER NOT NULL,
     view INTEGER NOT NULL,
     executor_index INTEGER NOT NULL
   );
   CREATE INDEX pool_sessions_by_run ON pool_sessions(run_id);
   CREATE TABLE pool_view_changes (
     session_id TEXT NOT NULL REFERENCES pool_sessions(session_id),
     signed_view INTEGER NOT NULL,
     executor_index INTEGER NOT NULL,
     last_paid_round INTEGER NOT NULL,
     last_paid_key_hash TEXT NOT NULL,
     ack_count INTEGER NOT NULL,
     signature TEXT NOT NULL,
     stored_at INTEGER NOT NULL,
     PRIMARY KEY (session_id, signed_view)
   );
   ALTER TABLE rounds ADD COLUMN pool_member TEXT;
   ALTER TABLE rounds ADD COLUMN pool_view INTEGER;`,
  // 7: the contract a channel is on when it is not the requester's AirtntChannels (a pool's channel is on
  // AirtntPools), stored with the channel at its opening: recovery refunds it there, even when the process
  // died before the pool session naming the contract was stored. NULL: the channels contract.
  `ALTER TABLE channels ADD COLUMN contract TEXT;`,
  // 8: caches (stored-cache.ts), worth no money, lost to a crash at worst: verdicts on executors' evidence
  // by the digest of the evidence and the options it was judged with (evidence-verdicts.ts), and the info
  // documents of executors this requester verified, by URL (known-infos.ts); stored_at in ms.
  `CREATE TABLE evidence_verdicts (key TEXT PRIMARY KEY, value TEXT NOT NULL, stored_at INTEGER NOT NULL);
   CREATE TABLE executor_infos (key TEXT PRIMARY KEY, value TEXT NOT NULL, stored_at INTEGER NOT NULL);`,
] as const;

export type RunRow = {
  runId: string;
  functionMeasurement: Hex;
  initialState: Uint8Array;
  totalCycles: number;
  perRound: number;
  finished: boolean;
  /** The run's budget in smallest units of `token`, when one was given (persisted: it binds every invocation). */
  maxSpend?: bigint;
  /** Everything signed away for this run so far, all executors and invocations together. */
  spent: bigint;
  /** The token `spent` and `maxSpend` are counted in (zeroAddress: ETH); absent before the first payment. */
  token?: Address;
};

export type ChannelRow = {
  channelId: Hex;
  requester: Address;
  executor: Address;
  token: Address;
  lane: bigint;
  deposit: bigint;
  expiry: bigint;
  /** Highest cumulative amount signed on this channel. */
  signed: bigint;
  status: 'open' | 'refunded' | 'closed';
  /** The block the channel was opened in; absent for channels stored before it was recorded. */
  openedBlock?: bigint;
  /** The contract the channel is on when it is not the channels contract (a pool's AirtntPools); absent otherwise. */
  contract?: Address;
};

export type SessionRow = {
  sessionId: Hex;
  runId: string;
  executorUrl: string;
  channelId: Hex;
  sessionSecret: Uint8Array;
  /** The enclave's record-signing key as 0x-hex (an Ed25519 public key since record v2; column enclave_address). */
  enclaveAddress: Hex;
  firstRound: bigint;
  /** The named recipient's X25519 key (0x-hex), when the results are sealed to it rather than to the requester. */
  resultRecipient?: Hex;
};

export type RoundRow = {
  sessionId: Hex;
  round: bigint;
  runId: string;
  channelId: Hex;
  cyclesAsked: number;
  cyclesDone: number;
  amount: bigint;
  keyHash: Hex;
  paymentSignature: Hex;
  record: Uint8Array;
  recordSignature: Uint8Array;
  /** The enclave's 65-byte RoundRecord claim (registry executors only). */
  recordClaim?: Uint8Array | undefined;
  /** A pool's round: the member its PoolPayment names and the view (counted over the run) it was paid in. */
  pool?: { member: Address; view: number } | undefined;
  stateCiphertext: Uint8Array;
  outputsCiphertext: Uint8Array;
  key?: Uint8Array;
  state?: Uint8Array;
  outputs?: Uint8Array[];
  status: 'paid' | 'keyed';
};

/** A paid round once opened: what completeRound stores. */
export type CompletedRound = { sessionId: Hex; round: bigint; key: Uint8Array; state: Uint8Array; outputs: Uint8Array[] };

const cbor = new Encoder({ useRecords: false, tagUint8Array: false });

export type Raw = Record<string, unknown>;
const bytes = (v: unknown): Uint8Array => new Uint8Array(v as Buffer);

export function encodeOutputs(outputs: Uint8Array[]): Buffer {
  return Buffer.from(cbor.encode(outputs));
}

export function runFromRow(row: Raw): RunRow {
  return {
    runId: row.run_id as string,
    functionMeasurement: row.function_measurement as Hex,
    initialState: bytes(row.initial_state),
    totalCycles: row.total_cycles as number,
    perRound: row.per_round as number,
    finished: row.finished_at !== null,
    ...(row.max_spend === null || row.max_spend === undefined ? {} : { maxSpend: BigInt(row.max_spend as string) }),
    spent: BigInt((row.spent as string | undefined) ?? '0'),
    ...(row.token === null || row.token === undefined ? {} : { token: row.token as Address }),
  };
}

export function sessionFromRow(row: Raw): SessionRow {
  return {
    sessionId: row.session_id as Hex,
    runId: row.run_id as string,
    executorUrl: row.executor_url as string,
    channelId: row.channel_id as Hex,
    sessionSecret: bytes(row.session_secret),
    enclaveAddress: row.enclave_address as Hex,
    firstRound: BigInt(row.first_round as number),
    ...(row.result_recipient === null || row.result_recipient === undefined ? {} : { resultRecipient: row.result_recipient as Hex }),
  };
}

export function channelFromRow(row: Raw): ChannelRow {
  return {
    channelId: row.channel_id as Hex,
    requester: row.requester as Address,
    executor: row.executor as Address,
    token: row.token as Address,
    lane: BigInt(row.lane as string),
    deposit: BigInt(row.deposit as string),
    expiry: BigInt(row.expiry as number),
    signed: BigInt(row.signed as string),
    status: row.status as ChannelRow['status'],
    ...(row.opened_block === null || row.opened_block === undefined ? {} : { openedBlock: BigInt(row.opened_block as string) }),
    ...(row.contract === null || row.contract === undefined ? {} : { contract: row.contract as Address }),
  };
}

export function roundFromRow(row: Raw): RoundRow {
  return {
    sessionId: row.session_id as Hex,
    round: BigInt(row.round as number),
    runId: row.run_id as string,
    channelId: row.channel_id as Hex,
    cyclesAsked: row.cycles_asked as number,
    cyclesDone: row.cycles_done as number,
    amount: BigInt(row.amount as string),
    keyHash: row.key_hash as Hex,
    paymentSignature: row.payment_signature as Hex,
    record: bytes(row.record),
    recordSignature: bytes(row.record_signature),
    ...(row.record_claim === null || row.record_claim === undefined ? {} : { recordClaim: bytes(row.record_claim) }),
    ...(row.pool_member === null || row.pool_member === undefined ? {} : { pool: { member: row.pool_member as Address, view: row.pool_view as number } }),
    stateCiphertext: bytes(row.state_ciphertext),
    outputsCiphertext: bytes(row.outputs_ciphertext),
    key: row.key === null ? undefined : bytes(row.key),
    state: row.state === null ? undefined : bytes(row.state),
    outputs: row.outputs === null ? undefined : (cbor.decode(row.outputs as Buffer) as Uint8Array[]).map(bytes),
    status: row.status as RoundRow['status'],
  };
}
