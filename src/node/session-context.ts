/**
 * What a requester's session client (session-client.ts) is given and what it hands back: the
 * context and timeouts it runs with, the owners' releases it asks for, each paid round's outcome
 * and where its rounds spent their time.
 */
import type { ChainClient } from '../chain/index.js';
import type { OwnerOpening } from '../protocol/owner-opening.js';
import type { DiffCodecs } from '../protocol/payload.js';
import type { RegistryDomain } from '../registry/signing.js';
import type { RequesterFaults } from './faults.js';
import type { RequesterStore } from './requester-store.js';

export type SessionTimeouts = {
  connectMs: number;
  /** Wait for a round's result (the executor runs the round meanwhile). */
  resultMs: number;
  /** Wait for k after paying. */
  keyMs: number;
  /** After k was withheld: how long to watch the chain for it before moving on. */
  keyFromChainMs: number;
  chainPollMs: number;
};

export type SessionContext = {
  chain: ChainClient;
  store: RequesterStore;
  codecs: DiffCodecs;
  timeouts: SessionTimeouts;
  log(line: string): void;
  /** Test-only crash points (src/node/faults.ts); default: none. */
  faults?: RequesterFaults;
  /** The registry the executor was drawn from: each round's RoundRecord claim is checked against it. */
  registry?: RegistryDomain;
};

/**
 * Where the requester's side of its rounds spent its time, summed over the session (ms): waiting for
 * each result (the executor: its enclave, its checks and durable writes, the loopback), checking it
 * (record rebuild, Ed25519 verification), signing the payment (secp256k1), committing it (SQLite,
 * fsync), sending it, waiting for k, and opening the round (keccak of k, the AEAD, the diff).
 */
export type RoundPhaseTimes = { resultWaitMs: number; resultCheckMs: number; signMs: number; storeMs: number; sendMs: number; keyWaitMs: number; keyOpenMs: number };

export function emptyRoundPhases(): RoundPhaseTimes {
  return { resultWaitMs: 0, resultCheckMs: 0, signMs: 0, storeMs: 0, sendMs: 0, keyWaitMs: 0, keyOpenMs: 0 };
}

/**
 * One paid round. `keyFrom`: who handed over its key (the executor; the chain, after the executor withheld it; or
 * 'pool', a standby of a pool session whose executor stopped before the key). `forRecipient`: the session's results go to a recipient the owners named, so the
 * requester could not open them (state and outputs are empty here; the ciphertexts and k are stored).
 */
export type RoundOutcome = { round: bigint; cyclesAsked: number; cyclesDone: number; amount: bigint; state: Uint8Array; outputs: Uint8Array[]; keyFrom: 'executor' | 'chain' | 'pool'; forRecipient?: boolean };

/**
 * Owners' releases for a session (src/owner/client.ts: requestRelease, then ownerOpeningFor), fetched
 * once the session id is drawn: each release is bound to this session, channel and enclave.
 */
export type OwnersForSession = (session: { sessionId: Uint8Array; channelId: Uint8Array }) => Promise<OwnerOpening>;
