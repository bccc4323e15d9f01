/** A session as the enclave holds it (core.ts), and the opening it is made from. */
import type { OwnerOpening } from '../protocol/owner-opening.js';
import type { DiffCodecs } from '../protocol/payload.js';
import type { KeyChain } from './key-chain.js';
import type { PoolMemberState } from './pool-member.js';
import type { WrappedSession } from './wrapper.js';

export type EnclaveSession = WrappedSession & {
  /** A code owner's module, released for this session only (never in #modules, which any session may name). */
  ownModule?: Uint8Array | undefined;
  nextRound: bigint;
  measurementHex: string;
  /** The session's own reference to its module: evicting it from the cache does not affect the session. */
  module: Uint8Array | undefined;
  busy: boolean;
  /**
   * The diffs this session's results may use: the Game of Life one for the built-in `life`; the bit diff
   * when the requester said it decodes it in its sealed opening (sealing.ts, info v2), never in a pool
   * session nor with owners (a recipient of another release may open the results).
   */
  codecs: DiffCodecs;
  /**
   * The input is a data owner's data, which the requester holds only as ciphertext: the next result
   * carries the full state, not a diff against a state the requester cannot read.
   */
  fullStateNext: boolean;
  /** A pool session's member state (pool-member.ts); none for a single executor's session. */
  pool?: PoolMemberState | undefined;
  /** A pool session: its first round and initial state, which a view change before any paid round continues from. */
  firstRound: bigint;
  initialState: Uint8Array;
  /** The round keys' current segment (key-chain.ts); none before the first round and after a view change. */
  keyChain?: KeyChain | undefined;
};

export type SessionOpening = {
  sessionId: Uint8Array;
  channelId: Uint8Array;
  functionMeasurement: Uint8Array;
  sealedModule?: Uint8Array | undefined;
  sealedSession: Uint8Array;
  firstRound: bigint;
  owners?: OwnerOpening | undefined;
  /** A pool session: the public pool section its sealed opening binds (pool-opening.ts). */
  poolSection?: Uint8Array | undefined;
};

